/** A package (or part of one) `pnpm mutation` measures, and the tests that may kill its mutants. */
export interface MutationTarget {
  readonly title: string;
  readonly mutate: readonly string[];
  readonly tests: readonly string[];
}
export declare const mutationTargets: Readonly<Record<string, MutationTarget>>;
export declare function currentTarget(): MutationTarget & { readonly name: string };

import * as core from '@aftersales/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { nearMissArguments } from './adversarialInput';

/**
 * The public entry points of a package, and the sweep that calls each with near misses of a
 * valid call (see adversarialInput.ts). What every call must do:
 *
 * - answer, or throw an `AftersalesError` whose every issue has a known code, a path and a
 *   message in English and in Chinese; a `safeX` never throws at all and answers `{ ok, … }`;
 * - leave Object.prototype, Array.prototype, String.prototype and Function.prototype as they were;
 * - come back within HANG_MS (hang detection, not a speed check: the slowest near miss takes
 *   well under a second; a loop that never ends, or runs to a number like 1e308, does not).
 */

type AnyFunction = (...args: unknown[]) => unknown;

/** Runs per property; `FUZZ_SCALE=20 npx vitest run …` digs deeper locally. */
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
export const runs = (count: number): number => Math.max(1, Math.round(count * FUZZ_SCALE));

/** Hang detection, not speed: one call of a public function on one near miss. */
const HANG_MS = 5_000;

/**
 * Per-test timeout of the async properties: hang detection, not speed (a sweep takes well under
 * a second here, several on a loaded CI machine; vitest's 5 s default would make that flaky).
 */
export const TEST_TIMEOUT = 60_000 * FUZZ_SCALE;

const isClass = (value: unknown): boolean =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
const isZodSchema = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && '_zod' in value && 'safeParse' in value;

/**
 * Every callable a package exports, by name: its functions; `Class.method` for a class's static
 * methods; `object.method` for an exported object's own methods (a jurisdiction pack's
 * `evaluateRights`). Zod schemas are left out: their methods are zod's, and the package's own
 * readers (`parseRecord`, `safeParseRecord`…) that take them are fuzzed instead.
 */
function publicEntryPoints(module: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(module)) {
    if (isClass(value)) {
      for (const key of Object.getOwnPropertyNames(value)) {
        if (typeof (value as unknown as Record<string, unknown>)[key] === 'function') {
          names.push(`${name}.${key}`);
        }
      }
    } else if (typeof value === 'function') {
      names.push(name);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isZodSchema(value)) {
      for (const [key, member] of Object.entries(value)) {
        if (typeof member === 'function') names.push(`${name}.${key}`);
      }
    }
  }
  return names.sort();
}

/** A value's methods: its own, and its class's (never Object.prototype's, like hasOwnProperty). */
export function methodsOf(holder: object): string[] {
  const proto = Object.getPrototypeOf(holder);
  const inherited = proto === Object.prototype || proto === null ? [] : Object.getOwnPropertyNames(proto);
  const names = new Set<string>([...Object.keys(holder), ...inherited]);
  return [...names]
    .filter((key) => key !== 'constructor' && typeof (holder as Record<string, unknown>)[key] === 'function')
    .sort();
}

function resolve(module: Record<string, unknown>, name: string): { fn: AnyFunction; self: unknown } {
  const [owner, method] = name.split('.') as [string, string | undefined];
  const value = module[owner];
  if (method === undefined) return { fn: value as AnyFunction, self: undefined };
  return { fn: (value as Record<string, AnyFunction>)[method] as AnyFunction, self: value };
}

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype];
const prototypeKeys = (): string =>
  JSON.stringify(PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String)));
const PRISTINE = prototypeKeys();

/** No built-in prototype has gained (or lost) a key. */
function expectPrototypesUntouched(label: string): void {
  const now = prototypeKeys();
  if (now !== PRISTINE) throw new Error(`${label} changed a built-in prototype: ${now}`);
}

/** JSON-ish text of anything, for failure messages (bigints as text, long parts cut). */
export function shownArgs(args: readonly unknown[]): string {
  return args
    .map((arg) => {
      try {
        const text = JSON.stringify(arg, (_key, item: unknown) =>
          typeof item === 'bigint' ? `${item}n` : typeof item === 'symbol' ? String(item) : item,
        );
        return text === undefined ? String(arg) : text.slice(0, 300);
      } catch {
        return Object.prototype.toString.call(arg);
      }
    })
    .join(', ');
}

const CHINESE = /[\u3000-\u9fff\uff00-\uffef]/;

/** Throws unless every issue has a known code, a path of keys and indexes, and en + zh text. */
export function expectCodedIssues(issues: unknown, label: string): void {
  if (!Array.isArray(issues) || issues.length === 0)
    throw new Error(`${label}: no issues in ${String(issues)}`);
  for (const issue of issues as core.AftersalesIssue[]) {
    const pathOk =
      Array.isArray(issue.path) &&
      issue.path.every(
        (key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key)),
      );
    if (
      !core.isErrorCode(issue.code) ||
      !pathOk ||
      typeof issue.message?.en !== 'string' ||
      issue.message.en.length === 0 ||
      typeof issue.message.zh !== 'string' ||
      !CHINESE.test(issue.message.zh)
    ) {
      throw new Error(`${label}: a bad issue ${shownArgs([issue])}`);
    }
  }
}

/** Throws unless `error` is an AftersalesError with coded, bilingual issues. */
function expectCodedError(error: unknown, label: string): asserts error is core.AftersalesError {
  if (!core.isAftersalesError(error)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${label} threw ${shown}`, { cause: error });
  }
  expectCodedIssues(error.issues, label);
}

/**
 * Calls `fn` and checks what it did (see the file comment): the value, or the coded error.
 * A `safe` function must not throw, and answers `{ ok: true, value }` or `{ ok: false, issues }`.
 */
export async function checkedCall(
  label: string,
  fn: () => unknown,
  safe = false,
): Promise<{ value?: unknown; error?: core.AftersalesError }> {
  const started = performance.now();
  let outcome: { value?: unknown; error?: core.AftersalesError };
  try {
    const value = fn();
    outcome = { value: value instanceof Promise ? await value : value };
  } catch (error) {
    if (safe) throw new Error(`${label}: a safe function threw ${String(error)}`, { cause: error });
    expectCodedError(error, label);
    outcome = { error };
  }
  const elapsed = performance.now() - started;
  if (elapsed > HANG_MS) throw new Error(`${label} took ${Math.round(elapsed)} ms: a hang?`);
  expectPrototypesUntouched(label);
  if (safe) {
    const result = outcome.value as { ok?: unknown; issues?: unknown } | undefined;
    if (result?.ok === false) expectCodedIssues(result.issues, label);
    else if (result?.ok !== true)
      throw new Error(`${label}: a safe function answered ${shownArgs([result])}`);
  }
  return outcome;
}

/** Valid calls of each entry point: argument lists that a correct caller might write. */
export type ValidCalls = Readonly<Record<string, readonly (readonly unknown[])[]>>;

const isSafe = (name: string): boolean => /^safe[A-Z]/.test(name);

/**
 * One test per entry point: its valid calls answer (no throw at all), then `numRuns` near misses
 * of them answer or throw coded errors. Entries are looked up in `module` by name
 * (`owner.method` calls the method on its owner).
 */
export function sweepEntryPoints(
  module: Record<string, unknown>,
  calls: ValidCalls,
  numRuns: number,
  /** Fewer runs for the entry points whose valid call is slow (a whole audit, a demo dealer). */
  runsOf: Readonly<Record<string, number>> = {},
): void {
  it.each(Object.keys(calls))(
    '%s: valid calls answer; near misses answer or throw coded errors',
    async (name) => {
      const { fn, self } = resolve(module, name);
      const safe = isSafe(name.split('.').pop() as string);
      const valid = calls[name] as readonly (readonly unknown[])[];
      for (const args of valid) {
        const { error } = await checkedCall(
          `${name}(${shownArgs(args)})`,
          () => fn.apply(self, [...args]),
          safe,
        );
        if (error !== undefined)
          throw new Error(`${name}(${shownArgs(args)}) is a valid call, yet threw ${error}`);
      }
      await fc.assert(
        fc.asyncProperty(nearMissArguments(valid), async (args) => {
          await checkedCall(`${name}(${shownArgs(args)})`, () => fn.apply(self, args), safe);
        }),
        // fast-check's timeout catches an async hang; checkedCall's clock a synchronous one.
        { numRuns: runs(runsOf[name] ?? numRuns), timeout: HANG_MS },
      );
    },
    TEST_TIMEOUT,
  );
}

/** The method sweep for values a package hands out (an accumulator, a registry, a Money). */
export function sweepMethods(
  holders: Readonly<Record<string, { readonly self: unknown; readonly calls: ValidCalls }>>,
  numRuns: number,
): void {
  const rows = Object.entries(holders).flatMap(([owner, { self, calls }]) =>
    Object.keys(calls).map((method) => [`${owner}.${method}`, self, method, calls[method]] as const),
  );
  it.each(rows)(
    '%s: valid calls answer; near misses answer or throw coded errors',
    async (label, self, method, valid) => {
      const fn = (self as Record<string, AnyFunction>)[method] as AnyFunction;
      for (const args of valid ?? []) {
        const { error } = await checkedCall(`${label}(${shownArgs(args)})`, () => fn.apply(self, [...args]));
        if (error !== undefined)
          throw new Error(`${label}(${shownArgs(args)}) is a valid call, yet threw ${error}`);
      }
      await fc.assert(
        fc.asyncProperty(nearMissArguments(valid ?? [[]]), async (args) => {
          await checkedCall(`${label}(${shownArgs(args)})`, () => fn.apply(self, args));
        }),
        { numRuns: runs(numRuns), timeout: HANG_MS },
      );
    },
    TEST_TIMEOUT,
  );
}

/**
 * The completeness check: the entry points a sweep covers are exactly those the package exports,
 * so a new export without valid calls fails here, by name.
 */
export function expectEveryEntryPointSwept(module: Record<string, unknown>, calls: ValidCalls): void {
  const exported = publicEntryPoints(module);
  const swept = Object.keys(calls).sort();
  expect({ missing: exported.filter((name) => !swept.includes(name)) }).toEqual({ missing: [] });
  expect({ notExported: swept.filter((name) => !exported.includes(name)) }).toEqual({ notExported: [] });
}

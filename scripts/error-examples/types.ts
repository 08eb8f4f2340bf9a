import type { ErrorCode } from '@aftersales/core';

/**
 * One entry of the bad-input catalog (docs/errors.md): a code, what it means, and a small call
 * into a public API that produces it. tests/docs/errors-doc.test.ts runs every `example` and
 * checks that it throws or returns that code; the doc shows the example's own source text.
 */
export interface ErrorExample {
  readonly code: ErrorCode;
  /** When the code arises and what the user should fix, in one English sentence. */
  readonly meaning: string;
  /** The same in Simplified Chinese. */
  readonly meaningZh: string;
  /**
   * How the example produces its code: `throws` an `AftersalesError` with it (a promise rejects),
   * or `returns` a value in which it appears (an issue of a result, a note, a rejection, an HTTP
   * error body, the CLI's standard error).
   */
  readonly outcome: 'throws' | 'returns';
  /**
   * Produces the code: throws an `AftersalesError` with it, or returns a value (a result, a
   * report, the CLI's error output) in which an issue with it appears. Written as the arrow
   * function of an object literal in one of this folder's files: the doc shows its body (see
   * exampleSources.ts). An example that returns a promise is an `async` arrow, so the doc shows
   * the `await`.
   */
  readonly example: () => unknown;
}

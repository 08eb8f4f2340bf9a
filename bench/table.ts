/**
 * One row of the table in docs/benchmarks.md: a figure an issue names, measured on this machine.
 * `measured` is a plain number in the unit the figure's name gives; `baseline` names what was
 * measured in the same run for comparison (e.g. `plain numbers: 250000000`).
 */
export interface BenchRow {
  readonly figure: string;
  readonly measured: number;
  readonly target: string;
  readonly baseline: string;
}

/**
 * Runs `fn` `rounds` times after one warm-up and returns the best time in milliseconds. With
 * `collect` (and Node's `--expose-gc`), a full collection runs before each timed round, so a
 * round does not pay for the garbage the round before it left (each round still pays for its
 * own): on a heap holding millions of input rows that collection takes most of a second, and
 * without it the rounds alternate between fast and slow.
 */
export function bestOf(rounds: number, fn: () => unknown, options: { collect?: boolean } = {}): number {
  const gc = options.collect ? (globalThis as { gc?: () => void }).gc : undefined;
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    gc?.();
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

import Decimal from 'decimal.js';
import type { z } from 'zod';
import { instantSchema } from './primitives';

/**
 * Helpers for the cross-field checks of the record schemas. Internal: not exported from the
 * package.
 *
 * A cross-field check runs only once every field of its object passed its own schema
 * ({@link onlyWhenValid}): an issue about how two values relate is only worth reading when each
 * value is right. The helpers still accept `unknown` and skip what they cannot read, so a check
 * can never throw.
 */

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Options for `superRefine`: run the cross-field check only when the object has no issue yet
 * (zod's default would also run it after a continuable issue, e.g. a negative amount).
 *
 * @example
 * z.strictObject({ a: z.number(), b: z.number() }).superRefine((v, ctx) => {  }, onlyWhenValid);
 */
export const onlyWhenValid = { when: (payload: z.core.ParsePayload): boolean => payload.issues.length === 0 };

/**
 * Milliseconds since the epoch of an instant with offset, or `undefined` when it is not one (a
 * local time is never read in the host's zone).
 *
 * @example
 * instantMillis('2024-03-01T08:00:00+08:00'); // 1709251200000
 * instantMillis('2024-03-01T08:00:00'); // undefined
 */
export function instantMillis(value: unknown): number | undefined {
  if (typeof value !== 'string' || !instantSchema.safeParse(value).success) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Reports `input.inconsistent` at `path`, with the reason in English and Chinese.
 *
 * @example
 * addInconsistency(ctx, ['odometerOutKm'], 'odometerOutKm is below odometerInKm', '出厂里程小于进厂里程');
 */
export function addInconsistency(ctx: Ctx, path: Path, reason: string, reasonZh: string): void {
  ctx.addIssue({ code: 'custom', path, params: { code: 'input.inconsistent', reason, reasonZh } });
}

/**
 * A field of a record named for the message: key in the record plus its English and Chinese label.
 *
 * @example
 * const delivered: Step = { key: 'deliveredAt', en: 'vehicle delivered', zh: '交车' };
 */
export interface Step {
  readonly key: string;
  readonly en: string;
  readonly zh: string;
}

/**
 * For each pair `[earlier, later]`, reports `input.inconsistent` at the later field when both are
 * instants and the later one is before the earlier one.
 *
 * @example
 * checkInstantOrder(ctx, ro, [[{ key: 'receivedAt', en: 'received', zh: '接车' }, { key: 'deliveredAt', en: 'delivered', zh: '交车' }]]);
 */
export function checkInstantOrder(
  ctx: Ctx,
  record: Readonly<Record<string, unknown>>,
  pairs: readonly (readonly [Step, Step])[],
  prefix: Path = [],
): void {
  for (const [earlier, later] of pairs) {
    const from = instantMillis(record[earlier.key]);
    const to = instantMillis(record[later.key]);
    if (from === undefined || to === undefined || to >= from) continue;
    addInconsistency(
      ctx,
      [...prefix, later.key],
      `${later.key} (${later.en}) is before ${earlier.key} (${earlier.en})`,
      `${later.zh}时间早于${earlier.zh}时间`,
    );
  }
}

/**
 * Compares two decimal strings exactly: -1, 0 or 1; `undefined` when either is not a decimal.
 *
 * @example
 * compareDecimals('1404', '1404.00'); // 0
 */
export function compareDecimals(left: unknown, right: unknown): -1 | 0 | 1 | undefined {
  if (typeof left !== 'string' || typeof right !== 'string') return undefined;
  if (!DECIMAL.test(left) || !DECIMAL.test(right)) return undefined;
  return new Decimal(left).comparedTo(right) as -1 | 0 | 1;
}

/**
 * The exact sum of decimal strings (absent ones count as zero); `undefined` when one is malformed.
 *
 * @example
 * sumDecimals(['0.1', '0.2', undefined]); // '0.3'
 */
export function sumDecimals(values: readonly unknown[]): string | undefined {
  let sum = new Decimal(0);
  for (const value of values) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || !DECIMAL.test(value)) return undefined;
    sum = sum.plus(value);
  }
  return sum.toFixed();
}

/**
 * The sign of a decimal string: -1, 0 or 1; `undefined` when it is not a decimal.
 *
 * @example
 * decimalSign('-4.5'); // -1
 */
export function decimalSign(value: unknown): -1 | 0 | 1 | undefined {
  if (typeof value !== 'string' || !DECIMAL.test(value)) return undefined;
  if (/^-?0(?:\.0+)?$/.test(value)) return 0;
  return value.startsWith('-') ? -1 : 1;
}

/**
 * True when a decimal string has no fractional part other than zeros.
 *
 * @example
 * isWholeDecimal('208.00'); // true
 */
export function isWholeDecimal(value: string): boolean {
  return /^-?\d+(?:\.0+)?$/.test(value);
}

/**
 * Reports every repeated `id` in a list as `input.inconsistent` at `[...prefix, index, 'id']`.
 * An id names one element: a second element under the same id would overwrite the first.
 *
 * @example
 * checkUniqueIds(ctx, ro.jobs, ['jobs'], 'job', '维修项目');
 */
export function checkUniqueIds(ctx: Ctx, items: unknown, prefix: Path, what: string, whatZh: string): void {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      addInconsistency(
        ctx,
        [...prefix, index, 'id'],
        `${what} id '${id}' is used twice`,
        `${whatZh} id“${id}”重复`,
      );
    }
    seen.add(id);
  });
}

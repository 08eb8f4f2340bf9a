import {
  AftersalesError,
  type Citation,
  createIssue,
  type IssuePath,
  isCitation,
  safeParseRecord,
  shortTextSchema,
} from '@aftersales/core';
import { z } from 'zod';

/**
 * Which claim date starts an old part's return clock (回运起算日), read as a calendar date in the
 * dealer's time zone:
 * - `repair_completed`: the claim's `repairCompletedAt` 完工时间;
 * - `submitted`: `submittedAt` 首次提交时间;
 * - `adjudicated`: `adjudicatedAt` 审核时间.
 *
 * There is no fallback: a claim without the chosen instant has no computed deadline (its
 * `repairDate` is not taken for `repair_completed`, since it may be days before completion).
 *
 * @example
 * oldPartClockStartSchema.parse('submitted');
 */
export const oldPartClockStartSchema = z.enum(['repair_completed', 'submitted', 'adjudicated']);

/** Which claim date starts the clock; see {@link oldPartClockStartSchema}. */
export type OldPartClockStart = z.output<typeof oldPartClockStartSchema>;

/**
 * How the deadline follows from the clock's start date `S` and `returnWithinDays` `N`. First
 * `T = S + N` calendar days (the start day is not counted, the library's convention: 15 days
 * from 03-01 is 03-16), then:
 * - `days`: the deadline is `T`;
 * - `end_of_month`: the last day of `T`'s month (OEMs that collect old parts in a monthly batch);
 * - `end_of_following_month`: the last day of the month after `T`'s month ("parts of claims
 *   submitted in March are due back by the end of April" is `N = 0` with this rule).
 *
 * @example
 * oldPartDeadlineRuleSchema.parse('end_of_following_month');
 */
export const oldPartDeadlineRuleSchema = z.enum(['days', 'end_of_month', 'end_of_following_month']);

/** How the deadline is computed; see {@link oldPartDeadlineRuleSchema}. */
export type OldPartDeadlineRule = z.output<typeof oldPartDeadlineRuleSchema>;

/** The most days a policy may give to return an old part (ten years and a few leap days). */
export const MAX_RETURN_WITHIN_DAYS = 3660;

/**
 * A carmaker's old-part return policy (旧件回运政策), as data (`manual:wty.old.parts`: "per OEM
 * policy"). Fields:
 * - `id` the policy's id, used in citations `oem:<id>#<field>` (so letters, digits, `.`, `_`, `-`);
 *   `title` optional, for people;
 * - `returnWithinDays` whole days, 0–3660 (`N` of {@link oldPartDeadlineRuleSchema});
 * - `from` which claim date starts the clock ({@link oldPartClockStartSchema});
 * - `deadlineRule` default `days`;
 * - `returnWhenRejected` default `true`: a rejected claim's part is still due back (the carmaker
 *   may inspect it or reconsider on appeal; the `wty.old.parts.ontime` KPI counts it too). `false`
 *   for carmakers that leave a rejected claim's part with the dealer; a deadline the carmaker
 *   wrote on the claim still applies;
 * - `cite` optional: where the policy is written (e.g. `oem:acme-warranty-manual-2024#7.3`). When
 *   given, every step the policy decides cites it; otherwise a step cites the policy field it read.
 *
 * @example
 * const policy = parseOldPartPolicy({ id: 'acme-old-parts-2024', returnWithinDays: 30, from: 'submitted' });
 * policy.deadlineRule; // 'days'
 */
export const OldPartPolicySchema = z.strictObject({
  // The id goes into citations (`oem:<id>#<field>`), so it keeps to the characters they allow.
  id: z
    .string()
    .max(64)
    .refine((value) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value), {
      params: { code: 'input.invalid_format', format: 'policy id (letters, digits, ".", "_", "-")' },
    }),
  title: shortTextSchema.optional(),
  returnWithinDays: z.number().int().min(0).max(MAX_RETURN_WITHIN_DAYS),
  from: oldPartClockStartSchema,
  deadlineRule: oldPartDeadlineRuleSchema.default('days'),
  returnWhenRejected: z.boolean().default(true),
  cite: z
    .string()
    .refine(isCitation, {
      params: { code: 'input.invalid_format', format: 'citation (oem:<policy>#<field>, manual:<key>, …)' },
    })
    .optional(),
});

/** A validated old-part return policy; see {@link OldPartPolicySchema}. */
export type OldPartPolicy = z.output<typeof OldPartPolicySchema>;
/** An old-part return policy as written: `deadlineRule` and `returnWhenRejected` may be left out. */
export type OldPartPolicyInput = z.input<typeof OldPartPolicySchema>;

/**
 * Validates an old-part return policy and fills in its defaults.
 *
 * @param input - the policy as data (JSON)
 * @param path - where the policy sits in a larger input, prefixed to every issue path
 * @returns the policy, frozen
 * @throws AftersalesError `input.*` naming the field, e.g. `input.invalid_type` at
 *   `returnWithinDays` for 7.5, `input.invalid_value` at `from`, `input.required` at `id`;
 *   `input.invalid_type` at `path` when `path` is not an array
 * @example
 * const policy = parseOldPartPolicy({
 *   id: 'acme-old-parts-2024',
 *   returnWithinDays: 0,
 *   from: 'submitted',
 *   deadlineRule: 'end_of_following_month',
 * });
 */
export function parseOldPartPolicy(input: unknown, path: IssuePath = []): OldPartPolicy {
  // Checked first: a path that is not an array would fail as a TypeError when it is spread.
  if (!Array.isArray(path)) {
    throw AftersalesError.of('input.invalid_type', ['path'], {
      expected: 'array of keys',
      received: path === null ? 'null' : typeof path,
    });
  }
  const parsed = safeParseRecord(OldPartPolicySchema, input);
  if (parsed.ok) return Object.freeze(parsed.value);
  throw new AftersalesError(
    parsed.issues.map((issue) => createIssue(issue.code, [...path, ...issue.path], issue.params ?? {})),
  );
}

/**
 * The citation of a step decided by a policy field: the policy's own `cite`, or
 * `oem:<policy id>#<field>`.
 *
 * @throws AftersalesError `input.invalid_type` at `policy` for anything but a policy object with an
 *   `id`; `input.invalid_value` at `field` for a name that is not a policy field
 * @example
 * oldPartPolicyCite(parseOldPartPolicy({ id: 'acme', returnWithinDays: 30, from: 'submitted' }), 'returnWithinDays');
 * // 'oem:acme#returnWithinDays'
 */
export function oldPartPolicyCite(policy: OldPartPolicy, field: keyof OldPartPolicy): Citation {
  // Public: a caller's `undefined` would otherwise fail as a TypeError, a bad field as a bad citation.
  const bag = policy as unknown as Record<string, unknown> | null;
  if (bag === null || typeof bag !== 'object' || typeof bag.id !== 'string') {
    throw AftersalesError.of('input.invalid_type', ['policy'], {
      expected: 'an old-part policy (from parseOldPartPolicy)',
      received: bag === null ? 'null' : typeof bag,
    });
  }
  if (typeof field !== 'string' || !Object.hasOwn(OldPartPolicySchema.shape, field)) {
    throw AftersalesError.of('input.invalid_value', ['field'], {
      allowed: Object.keys(OldPartPolicySchema.shape),
    });
  }
  return (policy.cite ?? `oem:${policy.id}#${field}`) as Citation;
}

import {
  type Aftersales,
  AftersalesError,
  type Citation,
  fixedUnitsOf,
  idSchema,
  isCitation,
  parseRecord,
  positiveDecimalSchema,
} from '@aftersales/core';
import { z } from 'zod';

const share = z
  .string()
  .regex(/^(?:0(?:\.\d{1,4})?|1(?:\.0{1,4})?)$/, 'a share between 0 and 1 with at most four places')
  .describe('share of the whole, a decimal string between 0 and 1 (e.g. 0.8)');
const ratio = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,4})?$/, 'a decimal with at most four places')
  .describe('non-negative decimal string (e.g. 0.5)');
const level = z
  .string()
  .regex(/^0\.\d{1,4}$/, 'a probability strictly between 0 and 1, at most four places')
  .refine((value) => Number(value) >= 0.5, 'a service level of at least 0.5')
  .describe('service level, the probability of no stock-out in a lead time (e.g. 0.95)');
// The aggregate check multiplies by it in fixed units (× 10⁴): five places or a figure past 2⁴³
// units would otherwise pass here and fail there as a TypeError.
const monthsOfOutbound = positiveDecimalSchema.refine((value) => fixedUnitsOf(value) !== undefined, {
  params: { code: 'input.invalid_format', format: 'decimal with at most four places (e.g. 1.5)' },
});
const wholeMonths = z.number().int().min(1).max(120);
const wholeDays = z.number().int().min(0).max(3650);

/**
 * A stocking policy (库存策略): every threshold the parts rules use, as data. A carmaker or dealer
 * ships its own as a `parts` plugin contribution; {@link defaultStockingPolicy} holds the
 * manuals' figures and the usual defaults. Each rule's trace cites the policy field it read,
 * `oem:<policy id>#<field>`, or the manual's key where the figure comes from the manuals.
 *
 * Fields (all but `id` have defaults):
 * - `historyMonths` 12: the months of demand the statistics read (mean, σ, CV, ABC value).
 * - `abc` `{ a: '0.8', b: '0.15' }`: ABC by issue value; A are the parts making up the first 80 %
 *   of it, B the next 15 %, C the rest (the top part is always A).
 * - `xyz` `{ x: '0.5', y: '1' }`: XYZ by the coefficient of variation of monthly demand.
 * - `movement`: `slowMonths` 6 (滞销), `obsoleteMonths` 12 (呆滞), `fastHitsPerMonth` 4, `newPartMonths` 6.
 * - `phaseIn` `{ orders: 3, months: 6 }`: a part not yet stocked is stocked once it was issued on
 *   that many orders in that many months. `phaseOut` `{ months: 12 }`: a stocked part stops being
 *   reordered after that many months without an issue (and when superseded).
 * - `serviceLevel` per ABC class `{ A: '0.98', B: '0.95', C: '0.9' }`: z of the safety stock.
 * - `leadTimeDays` 7 (when a stock position has none), `reviewDays` 7 (the order cycle: max =
 *   min + the demand of one cycle), `daysPerMonth` 30 (a month of demand, for daily figures).
 * - `budget` (none): the most one suggested order may cost at unit cost; `suggestOrder`'s
 *   `budget` option overrides it.
 * - `aggregate` `{ monthsOfOutbound: '1.5', tolerance: '0.1' }`: the manuals' check that
 *   inventory value ≈ 1.5 × the month's outbound value.
 * - `cites`: citations for fields, overriding `oem:<id>#<field>`.
 *
 * @example
 * const policy = parseStockingPolicy({ id: 'brand-x-parts-2025', serviceLevel: { A: '0.99', B: '0.95', C: '0.9' } });
 * policy.movement.slowMonths; // 6
 */
export const StockingPolicySchema = z.strictObject({
  id: idSchema,
  historyMonths: wholeMonths.default(12),
  abc: z.strictObject({ a: share, b: share }).default({ a: '0.8', b: '0.15' }),
  xyz: z.strictObject({ x: ratio, y: ratio }).default({ x: '0.5', y: '1' }),
  movement: z
    .strictObject({
      slowMonths: wholeMonths.default(6),
      obsoleteMonths: wholeMonths.default(12),
      fastHitsPerMonth: z.number().min(0).max(100_000).default(4),
      newPartMonths: z.number().int().min(0).max(120).default(6),
    })
    .default({ slowMonths: 6, obsoleteMonths: 12, fastHitsPerMonth: 4, newPartMonths: 6 }),
  phaseIn: z
    .strictObject({ orders: z.number().int().min(1).max(100_000), months: wholeMonths })
    .default({ orders: 3, months: 6 }),
  phaseOut: z.strictObject({ months: wholeMonths }).default({ months: 12 }),
  serviceLevel: z.strictObject({ A: level, B: level, C: level }).default({ A: '0.98', B: '0.95', C: '0.9' }),
  leadTimeDays: wholeDays.default(7),
  reviewDays: wholeDays.default(7),
  daysPerMonth: z.number().int().min(28).max(31).default(30),
  budget: z
    .string()
    .regex(/^\d{1,15}(?:\.\d{1,4})?$/, 'a non-negative decimal string, at most four places')
    .optional(),
  aggregate: z
    .strictObject({ monthsOfOutbound, tolerance: share })
    .default({ monthsOfOutbound: '1.5', tolerance: '0.1' }),
  cites: z
    .record(z.string(), z.string().refine(isCitation, 'a citation (manual:…, oem:…#…, regulation:…#…)'))
    .optional(),
});

/** A validated stocking policy; see {@link StockingPolicySchema}. */
export type StockingPolicy = z.output<typeof StockingPolicySchema>;
/** A stocking policy as written: only `id` is required. */
export type StockingPolicyInput = z.input<typeof StockingPolicySchema>;

/**
 * Validates a stocking policy and fills in the defaults. A and B shares must leave room for C;
 * slow comes before obsolete; X before Y.
 *
 * @throws AftersalesError `input.*` with the path of the bad field
 * @example
 * const policy = parseStockingPolicy({ id: 'dealer-0451', leadTimeDays: 3 });
 */
export function parseStockingPolicy(input: unknown): StockingPolicy {
  const policy = parseRecord(StockingPolicySchema, input);
  const inconsistent = (path: (string | number)[], en: string, zh: string): never => {
    throw AftersalesError.of('input.inconsistent', path, { reason: en, reasonZh: zh });
  };
  if (Number(policy.abc.a) + Number(policy.abc.b) > 1 || Number(policy.abc.a) === 0) {
    inconsistent(['abc'], 'a must be above 0 and a + b at most 1', 'a 应大于 0，且 a + b 不超过 1');
  }
  if (Number(policy.xyz.x) > Number(policy.xyz.y)) {
    inconsistent(['xyz', 'x'], 'x must not be above y', 'x 不应大于 y');
  }
  if (policy.movement.slowMonths >= policy.movement.obsoleteMonths) {
    inconsistent(
      ['movement', 'slowMonths'],
      'slowMonths must be below obsoleteMonths',
      '滞销月数应小于呆滞月数',
    );
  }
  return Object.freeze(policy);
}

/**
 * The manuals' stocking policy: slow-moving after 6 months without an issue (`manual:parts.slow.moving`),
 * inventory value ≈ 1.5 × the month's outbound value (`manual:parts.safety.stock`), and the usual
 * defaults for the rest (see {@link StockingPolicySchema}).
 *
 * @example
 * defaultStockingPolicy.abc; // { a: '0.8', b: '0.15' }
 */
export const defaultStockingPolicy: StockingPolicy = parseStockingPolicy({
  id: 'aftersales-default',
  cites: {
    'movement.slowMonths': 'manual:parts.slow.moving',
    aggregate: 'manual:parts.safety.stock',
  },
});

/**
 * The citation of a policy field: the policy's own (`cites`), or `oem:<policy id>#<field>`.
 *
 * @example
 * policyCite(defaultStockingPolicy, 'movement.slowMonths'); // 'manual:parts.slow.moving'
 */
export function policyCite(policy: StockingPolicy, field: string): Citation {
  const own = policy.cites?.[field];
  return (own ?? `oem:${policy.id}#${field}`) as Citation;
}

/**
 * The stocking policies contributed by plugins (`parts` contributions), validated. A
 * contribution's `version` is accepted and dropped.
 *
 * @throws AftersalesError a contribution's issues; `input.invalid_type` for something that is not a registry
 * @example
 * const registry = createAftersales({
 *   timeZone: 'Asia/Shanghai',
 *   plugins: [definePlugin({ id: '@acme/parts', version: '1.0.0', parts: [{ id: 'acme-parts', leadTimeDays: 3 }] })],
 * });
 * stockingPoliciesFrom(registry)[0]?.leadTimeDays; // 3
 */
export function stockingPoliciesFrom(registry: Pick<Aftersales, 'list'>): readonly StockingPolicy[] {
  if (registry === null || typeof registry !== 'object' || typeof registry.list !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: registry === null ? 'null' : typeof registry,
    });
  }
  const contributed: unknown = registry.list('parts');
  if (!Array.isArray(contributed)) {
    throw AftersalesError.of('input.invalid_type', ['registry'], { expected: 'registry', received: 'other' });
  }
  // A contribution may carry its own `version` (core's Contribution allows it): accepted, dropped.
  return Object.freeze(
    contributed.map((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      try {
        if (item === null || typeof item !== 'object' || !('version' in item))
          return parseStockingPolicy(item);
        const { version: _version, ...policy } = item as Record<string, unknown>;
        return parseStockingPolicy(policy);
      } catch (error) {
        // Say which contribution: `parts.<policy id>.<field>`.
        if (!(error instanceof AftersalesError)) throw error;
        const at = ['parts', typeof id === 'string' ? id : index];
        throw new AftersalesError(error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
      }
    }),
  );
}

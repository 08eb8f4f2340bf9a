import {
  calendarDateSchema,
  currencyCodeSchema,
  idSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
  vehicleSystemSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { repairCauseSchema } from '../history/repairCause';
import { coverageClassSchema } from './coverageClass';
import { periodSchema } from './periodSchema';

/** Ids that can stand in a citation (`oem:<policy>#coverages.<coverage>.period`). */
const citableId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const textSchema = z.strictObject({ en: z.string().min(1).max(200), zh: z.string().min(1).max(200) });
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * What a coverage covers or excludes: vehicle systems, part groups (the carmaker's part-group
 * codes) and failure codes (a listed code covers itself and every code it is a prefix of, so `P07`
 * covers `P0700`). A repair matches when any list matches it.
 *
 * @example
 * CoverageScopeSchema.parse({ systems: ['engine', 'transmission'], failureCodes: ['P07'] });
 */
export const CoverageScopeSchema = z.strictObject({
  systems: z.array(vehicleSystemSchema).default([]),
  partGroups: z.array(idSchema).default([]),
  failureCodes: z.array(idSchema).default([]),
});

/** What a coverage covers or excludes; see {@link CoverageScopeSchema}. */
export type CoverageScope = z.output<typeof CoverageScopeSchema>;

/**
 * One coverage of a policy (保修项目), "whichever comes first".
 *
 * Fields: `id` (unique in the policy) · `class` · `name` en/zh · `period` · `firstOwner` a longer
 * period for the first owner, or `'lifetime'` (NEV batteries of some brands) · `laterOwners` after a
 * change of owner: `'same'` (default: the coverage transfers), `'none'`, or a reduced period ·
 * `covers` · `excludes` · `vehicles` `all` (default), `nev` or `ice` (combustion only) · `causes` the
 * causes it pays for (default `['quality']`; wear items add `'wear'`) · `deductible` per repair visit,
 * in the policy's currency.
 *
 * @example
 * CoverageSchema.parse({
 *   id: 'powertrain', class: 'powertrain', period: { months: 60, km: 150_000 },
 *   covers: { systems: ['engine', 'transmission', 'drivetrain'] },
 * });
 */
export const CoverageSchema = z
  .strictObject({
    id: citableId,
    class: coverageClassSchema,
    name: textSchema.optional(),
    period: periodSchema,
    firstOwner: z.union([periodSchema, z.literal('lifetime')]).optional(),
    laterOwners: z.union([periodSchema, z.literal('same'), z.literal('none')]).default('same'),
    covers: CoverageScopeSchema,
    excludes: CoverageScopeSchema.optional(),
    vehicles: z.enum(['all', 'nev', 'ice']).default('all'),
    causes: z.array(repairCauseSchema).min(1).default(['quality']),
    deductible: nonNegativeDecimalSchema.optional(),
  })
  .superRefine((coverage, ctx) => {
    const { systems, partGroups, failureCodes } = coverage.covers;
    if (systems.length + partGroups.length + failureCodes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['covers'],
        params: {
          code: 'warranty.invalid_policy',
          reason: 'a coverage must cover at least one system, part group or failure code',
          reasonZh: '保修项目至少应覆盖一个系统、配件组或故障代码',
        },
      });
    }
  });

/** One coverage of a policy; see {@link CoverageSchema}. */
export type Coverage = z.output<typeof CoverageSchema>;

/** A condition of the warranty; `voids` lists the coverages a breach voids (absent: all of them). */
const conditionSchema = z.strictObject({ voids: z.array(citableId).min(1).optional() });

/**
 * The conditions of the warranty (保修条件), each voiding all coverages or the ones it lists:
 * - `firstMaintenance`: the first maintenance (首保) done within its period, e.g. 6 months or 7,500 km;
 * - `noCommercialUse`: not used for hire, ride-hailing or logistics (营运);
 * - `noModification`: no modification the manual forbids (改装);
 * - `notAccidentDamage`: the failure is not accident damage.
 *
 * @example
 * WarrantyConditionsSchema.parse({ firstMaintenance: { within: { months: 6, km: 7_500 } }, noCommercialUse: {} });
 */
export const WarrantyConditionsSchema = z.strictObject({
  firstMaintenance: conditionSchema.extend({ within: periodSchema }).optional(),
  noCommercialUse: conditionSchema.optional(),
  noModification: conditionSchema.optional(),
  notAccidentDamage: conditionSchema.optional(),
});

/** The conditions of a warranty; see {@link WarrantyConditionsSchema}. */
export type WarrantyConditions = z.output<typeof WarrantyConditionsSchema>;

/**
 * What the carmaker checks on the claims dealers send under this policy (索赔审核参数):
 * `submitWithinDays` after the repair is completed · `duplicateWindowDays` same VIN, op and part ·
 * `maxKmPerDay` plausible daily distance · `oldPartReturnDays` after the repair, when the claim
 * carries no deadline of its own · `laborRate` the agreed hourly rate · `partPriceMarkup` the agreed
 * markup on the carmaker's dealer net price, as a fraction (`'0.15'`).
 *
 * @example
 * ClaimRulesSchema.parse({ submitWithinDays: 30, duplicateWindowDays: 30, maxKmPerDay: 1_000 });
 */
/** Up to ten years of days; -0 (JSON.parse('-0')) is read as 0, which writes back the same. */
const claimDays = z
  .number()
  .int()
  .min(0)
  .max(3650)
  .overwrite((days) => days + 0);

export const ClaimRulesSchema = z.strictObject({
  submitWithinDays: claimDays.optional(),
  duplicateWindowDays: claimDays.optional(),
  maxKmPerDay: z.number().int().min(1).max(100_000).optional(),
  oldPartReturnDays: claimDays.optional(),
  laborRate: nonNegativeDecimalSchema.optional(),
  partPriceMarkup: nonNegativeDecimalSchema.optional(),
});

/** The claim checks of a policy; see {@link ClaimRulesSchema}. */
export type ClaimRules = z.output<typeof ClaimRulesSchema>;

/**
 * A carmaker's warranty policy (保修政策) as data, for one brand (or model list) and the vehicles
 * sold in `soldFrom` … `soldUntil` (both inclusive): the policy in force when the vehicle was sold
 * applies.
 *
 * Fields: `id` (cited as `oem:<id>#<field>`) · `version` · `name` en/zh · `oem` 主机厂 · `brands`
 * (absent: every brand) · `models` (absent: every model) · `soldFrom` · `soldUntil` · `currency` ·
 * `startEvent` when coverage starts: `invoice` 开票日 (default), `delivery` 交车日 or `sale` 销售日 ·
 * `coverages` (at least one; unique ids) · `conditions` · `preAuthorizationAbove` the dealer's
 * authority: a repair above it needs the carmaker's pre-authorization (超权限) · `claims` the claim
 * checks.
 *
 * @example
 * const policy = parseWarrantyPolicy({
 *   id: 'acme-2024', version: '1.0.0', name: { en: 'Acme 2024', zh: 'Acme 2024 款' }, oem: 'Acme',
 *   soldFrom: '2024-01-01', coverages: [{ id: 'basic', class: 'basic', period: { months: 36, km: 100_000 },
 *   covers: { systems: ['engine', 'body', 'electrical'] } }],
 * });
 */
export const WarrantyPolicySchema = z
  .strictObject({
    id: citableId,
    version: z.string().regex(SEMVER),
    name: textSchema,
    oem: shortTextSchema,
    brands: z.array(shortTextSchema).min(1).optional(),
    models: z.array(shortTextSchema).min(1).optional(),
    soldFrom: calendarDateSchema,
    soldUntil: calendarDateSchema.optional(),
    currency: currencyCodeSchema,
    startEvent: z.enum(['invoice', 'delivery', 'sale']).default('invoice'),
    coverages: z.array(CoverageSchema).min(1),
    conditions: WarrantyConditionsSchema.default({}),
    preAuthorizationAbove: nonNegativeDecimalSchema.optional(),
    claims: ClaimRulesSchema.default({}),
  })
  .superRefine((policy, ctx) => {
    const bad = (path: (string | number)[], reason: string, reasonZh: string) =>
      ctx.addIssue({ code: 'custom', path, params: { code: 'warranty.invalid_policy', reason, reasonZh } });
    if (policy.soldUntil !== undefined && policy.soldUntil < policy.soldFrom) {
      bad(['soldUntil'], 'soldUntil is before soldFrom', 'soldUntil 早于 soldFrom');
    }
    const ids = new Set<string>();
    policy.coverages.forEach((coverage, index) => {
      if (ids.has(coverage.id)) {
        bad(
          ['coverages', index, 'id'],
          `coverage '${coverage.id}' appears twice`,
          `保修项目“${coverage.id}”重复`,
        );
      }
      ids.add(coverage.id);
    });
    for (const key of [
      'firstMaintenance',
      'noCommercialUse',
      'noModification',
      'notAccidentDamage',
    ] as const) {
      policy.conditions[key]?.voids?.forEach((id, index) => {
        if (!ids.has(id)) {
          bad(
            ['conditions', key, 'voids', index],
            `no coverage '${id}' in the policy`,
            `政策中没有保修项目“${id}”`,
          );
        }
      });
    }
  });

/** A carmaker's warranty policy as validated; see {@link WarrantyPolicySchema}. */
export type WarrantyPolicy = z.output<typeof WarrantyPolicySchema>;
/** A warranty policy as written (defaults may be absent). */
export type WarrantyPolicyInput = z.input<typeof WarrantyPolicySchema>;

import { parseTargetProfile, resolveTargets, scoreKpis, type TargetProfile } from '@aftersales/kpi';
import { z } from 'zod';
import type { Catalogs } from '../app/catalogs';
import { LocalizedTextSchema, rowKinds } from '../schemas/common';
import { defineEndpoint } from './endpoint';
import { ComputeKpisBodySchema, ComputeKpisResponseSchema, runKpis } from './kpiEndpoint';

const decimalText = z.string().describe("A decimal string in the KPI's unit, e.g. '98' or '0.3'");
const optionalText = z.string().min(1).max(128).optional();

/** Where a target profile applies: an OEM, a brand, a dealer. */
const TargetScopeSchema = z.strictObject({ oem: optionalText, brand: optionalText, dealer: optionalText });

// A profile's own scope, as parseTargetProfile takes it (any non-blank text) and the answer echoes
// it: the 128-character limit of a request's `scope` would make that answer break its schema.
const scopeText = z.string().min(1).optional();
const ProfileScopeSchema = z.strictObject({ oem: scopeText, brand: scopeText, dealer: scopeText });

/** A KPI's target: at least one bound, its citation, an optional at-risk margin and note. */
const KpiTargetSchema = z.strictObject({
  atLeast: decimalText.optional(),
  above: decimalText.optional(),
  atMost: decimalText.optional(),
  below: decimalText.optional(),
  atRisk: decimalText.optional(),
  cite: z.string().describe('manual:…, oem:…#… or regulation:…#…'),
  note: LocalizedTextSchema.optional(),
});

/** A target profile as `parseTargetProfile` reads it (documented; the check is parseTargetProfile's). */
const TargetProfileSchema = z.strictObject({
  id: z.string(),
  version: z.string().optional(),
  name: LocalizedTextSchema.optional(),
  scope: ProfileScopeSchema.optional(),
  targets: z.record(z.string(), KpiTargetSchema),
  atRisk: z.record(z.string(), decimalText).optional(),
});

// Checked whole by parseTargetProfile (every problem with its path, a 422); documented by its shape.
const targetsValue = z.record(z.string(), z.unknown());
rowKinds.set(targetsValue, { kind: TargetProfileSchema, name: 'target profile', component: 'TargetProfile' });

/**
 * The KPI request, with the targets to score against: a profile as data, or a scope.
 *
 * @example
 * ScoreKpisBodySchema.parse({ kpis: ['ro.intake.daily'], scope: { brand: 'brand-x' }, records: { repairOrders: [] } });
 */
export const ScoreKpisBodySchema = ComputeKpisBodySchema.extend({
  targets: targetsValue
    .optional()
    .describe(
      "A target profile to score against, as is (default: the registry's profiles, resolved by scope)",
    ),
  scope: TargetScopeSchema.optional().describe(
    "Chooses the registry's profiles that apply: defaults < OEM < brand < dealer (not with `targets`)",
  ),
}).superRefine((body, context) => {
  if (body.targets !== undefined && body.scope !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['scope'],
      message: 'scope chooses among the registry profiles; a given profile is used as is',
      params: {
        code: 'input.inconsistent',
        reason: 'scope chooses among the registry profiles, and `targets` is used as is',
        reasonZh: 'scope 用于选择服务内置的目标配置，而 targets 按原样使用',
      },
    });
  }
});

const CellPeriodSchema = ComputeKpisResponseSchema.shape.cells.element.shape.period;

/** One KPI cell scored: value, target in force, status, gap, trend and a sentence in en/zh. */
const ScorecardRowSchema = z.strictObject({
  kpi: z.string(),
  name: LocalizedTextSchema,
  group: z.record(z.string(), z.string().nullable()),
  period: CellPeriodSchema,
  value: z.string().nullable(),
  unit: z.string(),
  currency: z.string().optional(),
  target: KpiTargetSchema.optional(),
  status: z.enum(['met', 'at_risk', 'missed', 'no_data', 'no_target']),
  gap: z.string().nullable().describe('value − nearest bound, negative on the wrong side'),
  trend: z.strictObject({
    previous: z.string().nullable(),
    change: z.string().nullable(),
    direction: z.enum(['improving', 'worsening', 'flat', 'unknown']),
  }),
  message: LocalizedTextSchema,
});

/**
 * The scorecard: which targets, one row per KPI cell, and the KPI report it was made from.
 *
 * @example
 * const { rows } = ScoreKpisResponseSchema.parse(await response.json());
 * rows.filter((row) => row.status === 'missed');
 */
export const ScoreKpisResponseSchema = z.strictObject({
  targets: z.strictObject({
    id: z
      .string()
      .describe("The profile's id; resolved profiles are listed least specific first, joined by ' < '"),
    name: LocalizedTextSchema.optional(),
    scope: ProfileScopeSchema.optional(),
  }),
  rows: z.array(ScorecardRowSchema),
  report: ComputeKpisResponseSchema,
});

/** The profile a request scores against: its own (checked), or the registry's resolved by scope. */
function targetsOf(raw: unknown, scope: z.output<typeof TargetScopeSchema> | undefined, catalogs: Catalogs) {
  if (raw !== undefined) return parseTargetProfile(raw, ['targets']);
  const where = Object.fromEntries(Object.entries(scope ?? {}).filter(([, value]) => value !== undefined));
  return resolveTargets(catalogs.targetProfiles, where);
}

const summary = ({ id, name, scope }: TargetProfile) => ({
  id,
  ...(name === undefined ? {} : { name }),
  ...(scope === undefined ? {} : { scope }),
});

export const scoreKpisEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/kpis/scorecard',
  operationId: 'scoreKpis',
  tag: 'kpis',
  summary: 'Score KPIs against targets',
  description:
    'Computes the KPIs as /v1/kpis/compute does, then runs scoreKpis: each cell met, at risk (within the ' +
    'at-risk margin of a bound: the profile’s, else 5 % of the bound), missed, no_data or no_target, with the ' +
    'exact gap and the trend against the previous period. Targets: the profile given as data (checked by ' +
    'parseTargetProfile; a bad one is a 422 naming the field), else the manuals’ defaults layered with the ' +
    'registry’s profiles for `scope`.',
  request: ScoreKpisBodySchema,
  response: ScoreKpisResponseSchema,
  handle: async (body, raw, catalogs) => {
    // The profile is checked before the records are read: a bad profile wastes no computation.
    const targets = targetsOf(raw.targets, body.scope, catalogs);
    const report = await runKpis(body, raw, catalogs);
    const scorecard = scoreKpis(report, { kpis: [...catalogs.kpis.values()], targets });
    return { targets: summary(targets), rows: scorecard.rows, report };
  },
});

import {
  AftersalesError,
  type CalendarDate,
  createDecision,
  issuesFromZod,
  type JsonObject,
  type LocalizedText,
  parseTimeZone,
  type Rule,
  type TraceStep,
  typeName,
} from '@aftersales/core';
import { type VehicleCase, VehicleCaseSchema } from '../../rights/vehicleCase';
import type { RightsContext, RightsDecision } from '../jurisdiction';
import { beyondCalendar } from './beyondCalendar';
import { repairTimeStep, sameProblemStep } from './cumulativeRepairs';
import { deadlineSteps } from './deadlines';
import { type RuleResult, type SanbaoOutcome, strongestRemedy } from './outcome';
import type { SanbaoParameters } from './parameters';
import { periodsAt, repairPeriodStep } from './periods';
import { assemblyReplacedTwiceStep, mainPartReplacedTwiceStep } from './replacedTwice';
import { type SanbaoRuleName, type SanbaoRules, sanbaoRuleNames } from './rules';
import { asOfOf, readSanbaoCase, START_KM } from './sanbaoCase';
import type { SanbaoVersion } from './sanbaoVersion';
import { documentsStep, scopeStep } from './scope';
import { seriousSafetyStep } from './seriousSafety';
import { sevenDaysStep } from './sevenDays';
import { assemblySwapStep, sixtyDaysStep } from './sixtyDays';
import { substituteCarStep } from './substituteCar';
import { useCompensationStep } from './useCompensation';
import { startStep, versionStep } from './versionSteps';

/** A version with its figures in force, the dates it governs and its declared rules. */
export interface SanbaoPack {
  readonly version: SanbaoVersion;
  readonly params: SanbaoParameters;
  readonly governs: { readonly from: CalendarDate; readonly until?: CalendarDate };
  readonly rules: SanbaoRules;
}

const GROUNDS: readonly SanbaoRuleName[] = [
  'serious-safety',
  'assembly-replaced-twice',
  'main-part-replaced-twice',
  'repair-time',
  'same-problem',
];

/** Validates the case (and that every repair is of this vehicle) or throws coded issues. */
function parseCase(input: unknown): VehicleCase {
  const parsed = VehicleCaseSchema.safeParse(input);
  if (!parsed.success) throw new AftersalesError(issuesFromZod(parsed.error, input, ['case']));
  parsed.data.repairs.forEach((repair, index) => {
    if (repair.vin !== parsed.data.vehicle.vin) {
      throw AftersalesError.of('input.inconsistent', ['case', 'repairs', index, 'vin'], {
        reason: `the repair is of ${repair.vin}, not of the vehicle ${parsed.data.vehicle.vin}`,
        reasonZh: `该维修记录的车辆为 ${repair.vin}，而非 ${parsed.data.vehicle.vin}`,
      });
    }
  });
  return parsed.data;
}

/**
 * The rights a customer has under a 三包 pack, from the vehicle's full repair history: every rule
 * of the pack in the trace, in order (passed: the right is established; failed: its condition is
 * not met; not_applicable: with the reason), each citing the version's own article, and the
 * strongest remedy as the outcome (see {@link SanbaoOutcome}). Days are counted in `timeZone`.
 *
 * @param pack - the version, its figures and rules (from `createSanbaoJurisdiction2021` / `2013`)
 * @param input - a {@link VehicleCase} (validated here)
 * @param context - `{ timeZone }` of the dealer
 * @returns a plain-JSON decision; details: version, start, periods, rights, substitute car, use
 *   compensation, deadlines
 * @throws AftersalesError `time.invalid_zone` (path `['timeZone']`); `input.*` for a malformed case
 *   (path `['case', …]`); `input.inconsistent` for a repair of another VIN
 * @example
 * const decision = cnSanbao2021.evaluateRights(vehicleCase, { timeZone: 'Asia/Shanghai' });
 * decision.outcome; // 'replacement_or_return'
 */
export function evaluateSanbaoRights(
  pack: SanbaoPack,
  input: unknown,
  context: RightsContext,
): RightsDecision {
  if (context === null || typeof context !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['context'], {
      expected: '{ timeZone }',
      received: typeName(context),
    });
  }
  const timeZone = parseTimeZone(context.timeZone, ['timeZone']);
  const data = parseCase(input);
  const { version, rules } = pack;
  const trace: TraceStep[] = [];
  const rule = (name: SanbaoRuleName): Rule => rules[name] as Rule;
  const base: JsonObject = { jurisdiction: version.id, version: version.year, requested: data.requested };
  const finish = (outcome: SanbaoOutcome, reason: LocalizedText, details: JsonObject): RightsDecision => {
    const done = new Set(trace.map((step) => step.rule));
    for (const name of sanbaoRuleNames) {
      const r = rules[name];
      if (r !== undefined && !done.has(r.id)) trace.push(r.notApplicable({}, reason));
    }
    return createDecision(outcome, trace, { ...base, ...details });
  };

  const scope = scopeStep(version, rule('scope'), data);
  trace.push(scope.step);
  const outside = { en: 'Not evaluated: outside the rules', zh: '未评估：不适用本规定' };
  if (!scope.inScope) return finish('out_of_scope', outside, {});
  if (rules.documents !== undefined) {
    const documents = documentsStep(version, rules.documents, data);
    trace.push(documents.step);
    if (!documents.held) return finish('out_of_scope', outside, {});
  }
  const start = startStep(version, rule('start'), data);
  trace.push(start.step);
  const startDate = start.startDate;
  if (startDate === undefined) {
    return finish('undetermined', { en: 'Not evaluated: no start date', zh: '未评估：无起算日' }, {});
  }
  const governed = versionStep(version, pack.governs, rule('version'), data);
  trace.push(governed.step);
  if (!governed.governed) {
    return finish(
      'not_governed',
      {
        en: `Not evaluated: the ${version.year} rules do not govern this vehicle`,
        zh: `未评估：本车不适用 ${version.year} 年规定`,
      },
      { startDate },
    );
  }
  const asOf = asOfOf(data);
  if (asOf === undefined) {
    return finish(
      'undetermined',
      {
        en: 'Not evaluated: no repair, request or as-of moment to evaluate at',
        zh: '未评估：无维修记录、要求或评估时点',
      },
      { startDate },
    );
  }

  // A day the rules would count to that no calendar date names (a car invoiced 9999-06-30):
  // not evaluated, rather than an error from inside a rule.
  const beyond = beyondCalendar(pack.params, startDate, data, timeZone);
  if (beyond !== undefined) return finish('undetermined', beyond, { startDate });

  const ctx = readSanbaoCase(version, pack.params, data, timeZone, startDate, asOf);
  const results: RuleResult[] = [
    repairPeriodStep(ctx, rule('repair-period')),
    sevenDaysStep(ctx, rule('seven-days')),
    sixtyDaysStep(ctx, rule('sixty-days')),
    assemblySwapStep(ctx, rule('assembly-swap')),
    seriousSafetyStep(ctx, rule('serious-safety')),
    assemblyReplacedTwiceStep(ctx, rule('assembly-replaced-twice')),
    mainPartReplacedTwiceStep(ctx, rule('main-part-replaced-twice')),
    repairTimeStep(ctx, rule('repair-time')),
    sameProblemStep(ctx, rule('same-problem')),
  ];
  const substitute = substituteCarStep(ctx, rule('substitute-car'));
  const remedy = strongestRemedy(results);
  const paid = results.some(
    (r) => r.remedy !== undefined && GROUNDS.some((g) => rules[g]?.id === r.step.rule),
  );
  const free = results.some((r) => r.free === true && r.remedy === 'replacement_or_return');
  const compensation = useCompensationStep(ctx, rule('use-compensation'), { paid, free });
  const replacementDue = remedy === 'replacement_or_return' || remedy === 'replacement';
  const deadlines = deadlineSteps(
    ctx,
    { answer: rule('answer-deadline'), complete: rule('completion-deadline') },
    replacementDue,
  );
  trace.push(...results.map((r) => r.step), substitute.step, compensation.step, ...deadlines.steps);
  return createDecision(remedy, trace, {
    ...base,
    startDate,
    startKm: START_KM,
    asOf,
    periods: periodsAt(ctx),
    rights: results.map((r) => ({ rule: r.step.rule, status: r.step.status, remedy: r.remedy ?? null })),
    substituteCar: substitute.due,
    useCompensation: compensation.compensation,
    deadlines: deadlines.deadlines,
    ignoredRepairs: ctx.ignored.map((i) => ({ roId: i.roId, reason: i.reason })),
  });
}

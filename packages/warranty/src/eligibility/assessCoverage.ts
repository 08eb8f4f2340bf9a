import { AftersalesError } from '@aftersales/core';
import type { Governing } from '../jurisdiction/governingJurisdictions';
import type { WarrantyConditions } from '../policy/warrantyPolicy';
import type { CompiledCoverage, CompiledPolicy } from './compiledPolicy';
import { isAboveAuthority } from './compiledPolicy';
import { dayNumberOf } from './dayMath';
import { checkPeriod, type PeriodCheck } from './periodCheck';
import type { RepairFacts } from './repairFacts';
import { checkRepairFloor, type FloorCheck } from './repairFloorCheck';

/** A warranty condition of the policy, as this repair meets it. */
export type ConditionKey = keyof WarrantyConditions;

/** How a condition came out: `not_due` the first maintenance is not due yet; `unknown` not recorded. */
export interface ConditionCheck {
  readonly key: ConditionKey;
  readonly status: 'met' | 'breached' | 'not_due' | 'unknown';
  readonly window: PeriodCheck | undefined;
}

/** Why a coverage that covers the repair's part does or does not pay. */
export type CoverageStatus = 'within' | 'expired' | 'voided' | 'not_transferred' | 'vehicle' | 'cause';

/** One coverage that covers the repaired system, part group or failure code. */
export interface CoverageCheck {
  readonly compiled: CompiledCoverage;
  readonly status: CoverageStatus;
  /** Which period applied: the coverage's, the first owner's, or the later owners'. */
  readonly basis: 'period' | 'firstOwner' | 'laterOwners';
  readonly period: PeriodCheck | undefined;
  readonly voidedBy: ConditionKey | undefined;
}

/** Everything a decision says, as numbers: the trace is written from it. */
export interface Assessment {
  readonly compiled: CompiledPolicy;
  readonly facts: RepairFacts;
  readonly startDate: string;
  readonly startDay: number;
  readonly conditions: readonly ConditionCheck[];
  readonly checks: readonly CoverageCheck[];
  readonly chosen: CoverageCheck | undefined;
  readonly governing: readonly Governing[];
  readonly floors: readonly FloorCheck[];
  readonly floor: FloorCheck | undefined;
  readonly aboveAuthority: boolean;
  readonly outcome: 'covered' | 'not_covered' | 'needs_preauthorization';
}

const START_FIELDS = { invoice: 'invoiceDate', delivery: 'deliveryDate', sale: 'saleDate' } as const;

function missing(fact: string, factZh: string, path: (string | number)[]): never {
  throw AftersalesError.of('warranty.missing_fact', path, { fact, factZh, rule: 'warranty.policy.start' });
}

/** The checks of the simple conditions, shared (they carry no numbers). */
const simple = (key: ConditionKey) =>
  Object.freeze({
    met: Object.freeze({ key, status: 'met', window: undefined }),
    breached: Object.freeze({ key, status: 'breached', window: undefined }),
    unknown: Object.freeze({ key, status: 'unknown', window: undefined }),
  } as const satisfies Record<string, ConditionCheck>);
const SIMPLE = {
  noCommercialUse: simple('noCommercialUse'),
  noModification: simple('noModification'),
  notAccidentDamage: simple('notAccidentDamage'),
};

function conditionChecks(compiled: CompiledPolicy, facts: RepairFacts, startDate: string, startDay: number) {
  const { conditions } = compiled.policy;
  const out: ConditionCheck[] = [];
  const first = conditions.firstMaintenance;
  if (first !== undefined) {
    const done = facts.firstMaintenance;
    const at = done ?? { day: facts.repairDay, km: facts.km };
    const window = checkPeriod(first.within, startDate, startDay, at.day, at.km - facts.startKm);
    const status =
      done === undefined
        ? 'unknown'
        : done === null
          ? window.within
            ? 'not_due'
            : 'breached'
          : window.within
            ? 'met'
            : 'breached';
    out.push({ key: 'firstMaintenance', status, window });
  }
  if (conditions.noCommercialUse !== undefined) {
    out.push(
      SIMPLE.noCommercialUse[
        facts.use === undefined ? 'unknown' : facts.use === 'commercial' ? 'breached' : 'met'
      ],
    );
  }
  if (conditions.noModification !== undefined) {
    out.push(SIMPLE.noModification[facts.cause === 'modification' ? 'breached' : 'met']);
  }
  if (conditions.notAccidentDamage !== undefined) {
    out.push(SIMPLE.notAccidentDamage[facts.cause === 'accident' ? 'breached' : 'met']);
  }
  return out;
}

function voidingCondition(
  compiled: CompiledPolicy,
  conditions: readonly ConditionCheck[],
  coverageId: string,
): ConditionKey | undefined {
  for (const condition of conditions) {
    if (condition.status !== 'breached') continue;
    const voids = compiled.policy.conditions[condition.key]?.voids;
    if (voids === undefined || voids.includes(coverageId)) return condition.key;
  }
  return undefined;
}

function coverageCheck(
  compiled: CompiledCoverage,
  status: CoverageStatus,
  basis: CoverageCheck['basis'],
  period: PeriodCheck | undefined,
  voidedBy: ConditionKey | undefined,
): CoverageCheck {
  return { compiled, status, basis, period, voidedBy: status === 'voided' ? voidedBy : undefined };
}

function checkCoverage(
  compiled: CompiledCoverage,
  facts: RepairFacts,
  startDate: string,
  startDay: number,
  voidedBy: ConditionKey | undefined,
): CoverageCheck {
  const { coverage } = compiled;
  const basis = facts.laterOwner
    ? 'laterOwners'
    : coverage.firstOwner !== undefined
      ? 'firstOwner'
      : 'period';
  if (coverage.vehicles !== 'all' && (coverage.vehicles === 'nev') !== facts.isNev) {
    return coverageCheck(compiled, 'vehicle', basis, undefined, undefined);
  }
  if (!compiled.causes.has(facts.cause)) return coverageCheck(compiled, 'cause', basis, undefined, undefined);
  const rule = facts.laterOwner ? coverage.laterOwners : (coverage.firstOwner ?? coverage.period);
  if (rule === 'none') return coverageCheck(compiled, 'not_transferred', basis, undefined, undefined);
  const period = checkPeriod(
    rule === 'same' ? coverage.period : rule,
    startDate,
    startDay,
    facts.repairDay,
    facts.km - facts.startKm,
  );
  const status = voidedBy !== undefined ? 'voided' : period.within ? 'within' : 'expired';
  return coverageCheck(compiled, status, basis, period, voidedBy);
}

/**
 * Assesses a repair against a compiled policy and the governing jurisdictions: which coverages
 * cover it, where each stands, the legal floor, and the outcome.
 *
 * @throws AftersalesError `warranty.missing_fact` when the policy's start date is not recorded;
 *   `time.invalid_range` for a repair before the start or an odometer below the start reading
 */
export function assessCoverage(
  compiled: CompiledPolicy,
  facts: RepairFacts,
  governing: readonly Governing[],
): Assessment {
  const event = compiled.policy.startEvent;
  const startDate = facts[START_FIELDS[event]];
  if (startDate === undefined) {
    const zh = { invoice: '购车发票日期', delivery: '交车日期', sale: '销售日期' }[event];
    missing(`the vehicle's ${START_FIELDS[event]} (the policy's start event)`, `车辆的${zh}（保修起算日）`, [
      'vehicle',
      START_FIELDS[event],
    ]);
  }
  const startDay = dayNumberOf(startDate);
  if (facts.repairDay < startDay) {
    throw AftersalesError.of('time.invalid_range', ['repair', 'date'], {
      start: startDate,
      end: facts.repairDate,
    });
  }
  if (facts.km < facts.startKm) {
    throw AftersalesError.of('time.invalid_range', ['repair', 'odometerKm'], {
      start: `${facts.startKm} km`,
      end: `${facts.km} km`,
      reason: 'the odometer reads less than when coverage started',
      reasonZh: '维修里程低于保修起算时的里程',
    });
  }
  const conditions = conditionChecks(compiled, facts, startDate, startDay);
  const checks: CoverageCheck[] = [];
  let chosen: CoverageCheck | undefined;
  for (const coverage of compiled.coverages) {
    if (!coverage.matches(facts)) continue;
    const check = checkCoverage(
      coverage,
      facts,
      startDate,
      startDay,
      voidingCondition(compiled, conditions, coverage.coverage.id),
    );
    checks.push(check);
    if (chosen === undefined && check.status === 'within') chosen = check;
  }
  const floors: FloorCheck[] = [];
  let floor: FloorCheck | undefined;
  let isWearItem = false;
  for (const coverage of compiled.coverages) {
    if (coverage.coverage.class === 'wear' && coverage.matches(facts)) isWearItem = true;
  }
  for (const pack of governing) {
    const check = checkRepairFloor(pack, facts, isWearItem);
    if (check === undefined) continue;
    floors.push(check);
    if (floor === undefined && check.status === 'within') floor = check;
  }
  const covered = chosen !== undefined || floor !== undefined;
  const aboveAuthority = covered && facts.amount !== undefined && isAboveAuthority(compiled, facts.amount);
  const outcome = !covered
    ? 'not_covered'
    : aboveAuthority && facts.preAuthorizationNumber === undefined
      ? 'needs_preauthorization'
      : 'covered';
  return {
    compiled,
    facts,
    startDate,
    startDay,
    conditions,
    checks,
    chosen,
    governing,
    floors,
    floor,
    aboveAuthority,
    outcome,
  };
}

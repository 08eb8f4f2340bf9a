import { type Rule, trustedRule } from '@aftersales/core';
import type { Governing } from '../jurisdiction/governingJurisdictions';
import type { Jurisdiction, RepairFloor } from '../jurisdiction/jurisdiction';
import { isSettledJurisdiction } from '../jurisdiction/parseJurisdiction';
import { dayNumberOf } from './dayMath';
import { checkPeriod, type PeriodCheck } from './periodCheck';
import type { RepairFacts } from './repairFacts';

/** Where a repair stands against a jurisdiction's legal minimum (e.g. the 三包 包修期). */
export interface FloorCheck {
  readonly jurisdiction: Jurisdiction;
  readonly floor: RepairFloor;
  readonly rules: FloorRules;
  readonly startDate: string;
  /**
   * `out_of_scope` commercial use; `exempt` a cause the law exempts or that is no quality problem;
   * `wear_item` a wear part, which keeps only its own period (the policy's wear coverage);
   * `maintenance` scheduled maintenance, no repair of a defect; `before_start`; `within`; `expired`.
   */
  readonly status:
    | 'within'
    | 'expired'
    | 'out_of_scope'
    | 'exempt'
    | 'wear_item'
    | 'maintenance'
    | 'before_start';
  readonly period: PeriodCheck | undefined;
}

/** The floor's rules: ids prefixed with the jurisdiction's id, each citing its article. */
export interface FloorRules {
  readonly scope: Rule;
  readonly exemptions: Rule;
  readonly period: Rule;
}

const rulesCache = new WeakMap<Jurisdiction, FloorRules>();

function floorRules(jurisdiction: Jurisdiction, floor: RepairFloor): FloorRules {
  const known = rulesCache.get(jurisdiction);
  if (known) return known;
  const rules: FloorRules = {
    scope: trustedRule({
      id: `${jurisdiction.id}.repair-scope`,
      cite: floor.cites.scope,
      title: { en: 'Household vehicles only', zh: '仅适用于家用汽车' },
    }),
    exemptions: trustedRule({
      id: `${jurisdiction.id}.repair-exemptions`,
      cite: floor.cites.exemptions,
      title: { en: 'Exemptions from the repair duty', zh: '免除三包责任的情形' },
    }),
    period: trustedRule({
      id: `${jurisdiction.id}.repair-period`,
      cite: floor.cites.period,
      title: { en: 'Legal repair-warranty period', zh: '法定包修期' },
    }),
  };
  // Kept only for a pack that cannot change: an edited pack's citations are read again.
  if (isSettledJurisdiction(jurisdiction)) rulesCache.set(jurisdiction, rules);
  return rules;
}

/** The legal minimum for one repair under the governing pack, or `undefined` when it sets none. */
export function checkRepairFloor(
  governing: Governing,
  facts: RepairFacts,
  isWearItem: boolean,
): FloorCheck | undefined {
  const jurisdiction = governing.jurisdiction;
  const floor = jurisdiction?.repairFloor;
  if (jurisdiction === undefined || floor === undefined || !('startDate' in governing)) return undefined;
  const rules = floorRules(jurisdiction, floor);
  const startDate = governing.startDate;
  if (floor.householdOnly && facts.use === 'commercial') {
    return floorCheck(jurisdiction, floor, rules, startDate, 'out_of_scope', undefined);
  }
  // Only a quality problem is repaired free (Art. 19): every other cause is outside the duty,
  // whether or not the pack lists it among its exemptions.
  if (facts.cause !== 'quality')
    return floorCheck(jurisdiction, floor, rules, startDate, 'exempt', undefined);
  if (facts.system === 'maintenance') {
    return floorCheck(jurisdiction, floor, rules, startDate, 'maintenance', undefined);
  }
  // Wear parts keep the period printed for them (Art. 19), which is the policy's wear coverage.
  if (isWearItem) return floorCheck(jurisdiction, floor, rules, startDate, 'wear_item', undefined);
  const startDay = dayNumberOf(startDate);
  if (facts.repairDay < startDay)
    return floorCheck(jurisdiction, floor, rules, startDate, 'before_start', undefined);
  const period = checkPeriod(floor.period, startDate, startDay, facts.repairDay, facts.km - facts.startKm);
  return floorCheck(jurisdiction, floor, rules, startDate, period.within ? 'within' : 'expired', period);
}

function floorCheck(
  jurisdiction: Jurisdiction,
  floor: RepairFloor,
  rules: FloorRules,
  startDate: string,
  status: FloorCheck['status'],
  period: PeriodCheck | undefined,
): FloorCheck {
  return { jurisdiction, floor, rules, startDate, status, period };
}

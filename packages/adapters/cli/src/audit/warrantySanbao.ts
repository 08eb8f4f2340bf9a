import { normalizeVin, parseRecord } from '@aftersales/core';
import {
  cnSanbao2013,
  cnSanbao2021,
  type RightsDecision,
  safeEvaluateRights,
  VehicleCaseSchema,
} from '@aftersales/warranty';
import type { WarrantySection } from './auditTypes';
import type { RejectionTally } from './rejectionTally';

type SanbaoCase = WarrantySection['sanbao'][number];

/**
 * The 三包 outcomes that give the customer more than a free repair: replacement or return of the
 * car (2021 Arts. 22, 23, 24; 2013 Arts. 20, 21) or of the assembly (2021 Art. 20; 2013 Art. 18).
 * `repair` (inside the 包修期, every car under 3 years) is not one.
 *
 * @example
 * SANBAO_RIGHTS.has('repair'); // false
 */
export const SANBAO_RIGHTS: ReadonlySet<string> = new Set([
  'replacement_or_return',
  'replacement',
  'assembly_replacement',
]);

/**
 * Whether a 三包 decision establishes a right beyond a free repair ({@link SANBAO_RIGHTS}).
 *
 * @example
 * reachesRight({ outcome: 'replacement_or_return', trace: [], details: {} }); // true
 */
export function reachesRight(decision: RightsDecision): boolean {
  return SANBAO_RIGHTS.has(decision.outcome);
}

/**
 * Evaluates the 三包 rights of each vehicle case (warranty `VehicleCaseSchema`) with
 * `evaluateRights` and both packs, `[cnSanbao2021, cnSanbao2013]`: of the two, the one governing
 * the vehicle's start date answers (a car bought before 2022-01-01 keeps the 2013 rules; the
 * choice `selectSanbaoJurisdiction` makes). A case without its own `asOf` is evaluated at the
 * audit's `asOf` (a repair still open counts up to it). When no pack governs the vehicle (no start
 * date, or bought before 三包 existed), the 2021 pack's own answer (`undetermined`,
 * `not_governed`) is listed with its trace. A case the package refuses is added to the tally under
 * `vehicleCases` with its row.
 *
 * @param cases - `dataset.vehicleCases`
 * @param timeZone - the dealer's zone: repair days and windows are counted on its clock
 * @param asOf - the audit's "now", an instant
 * @example
 * evaluateSanbaoCases(dataset.vehicleCases, 'Asia/Shanghai', '2025-01-01T23:59:00+08:00', tally)[0]?.decision.outcome;
 */
export function evaluateSanbaoCases(
  cases: readonly unknown[],
  timeZone: string,
  asOf: string,
  tally: RejectionTally,
): SanbaoCase[] {
  const answers: SanbaoCase[] = [];
  cases.forEach((given, row) => {
    const withAsOf =
      given !== null && typeof given === 'object' && (given as { asOf?: unknown }).asOf === undefined
        ? { ...given, asOf }
        : given;
    const result = safeEvaluateRights(withAsOf, { jurisdictions: [cnSanbao2021, cnSanbao2013], timeZone });
    if (!result.ok) {
      tally.reject('vehicleCases', row, result.issues);
      return;
    }
    const vin = normalizeVin((given as { vehicle: { vin: string } }).vehicle.vin);
    const china = result.value.find((rights) => rights.market === 'CN');
    if (china?.decision && china.jurisdiction !== null) {
      answers.push({ vin, jurisdiction: china.jurisdiction, decision: china.decision });
      return;
    }
    answers.push({
      vin,
      jurisdiction: cnSanbao2021.id,
      decision: cnSanbao2021.evaluateRights(parseRecord(VehicleCaseSchema, withAsOf), { timeZone }),
    });
  });
  return answers;
}

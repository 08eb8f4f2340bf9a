import { isAftersalesError, type TraceStep, type VehicleInput } from '@aftersales/core';
import type { RepairAttemptInput } from '../../history/repairAttempt';
import type { VehicleCaseInput } from '../../rights/vehicleCase';
import type { RightsDecision } from '../jurisdiction';
import type { SanbaoJurisdiction } from './createSanbaoJurisdiction';

/**
 * Test builders for the 三包 packs (excluded from the package). Dates are in the dealer's zone,
 * Asia/Shanghai (UTC+8 all year): a local 00:30 is the day before in UTC, so a rule that read UTC
 * dates would count one day short; the tests use such instants on purpose.
 */

/** The dealer's zone in these tests. */
export const ZONE = 'Asia/Shanghai';

/** A VIN with a valid check digit. */
export const VIN = 'LSVAU2187N2123456';

/** The Shanghai instant of a local date and time, with its offset. */
export const at = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;

/** A private car invoiced (and delivered, unless `more` says otherwise) on `invoiceDate`. */
export function vehicle(invoiceDate: string, more: Partial<VehicleInput> = {}): VehicleInput {
  return {
    vin: VIN,
    brand: 'Acme',
    model: 'Sedan',
    modelYear: 2024,
    use: 'private',
    invoiceDate,
    purchasePrice: '200000.00',
    ...more,
  };
}

/**
 * One repair of the test vehicle: a quality problem `P-1` on the engine, agreed at `agreedAt`,
 * finished 2 hours later at 1,000 km unless `more` says otherwise.
 */
export function repair(
  roId: string,
  agreedAt: string,
  more: Partial<RepairAttemptInput> = {},
): RepairAttemptInput {
  const finished = new Date(Date.parse(agreedAt) + 2 * 3_600_000).toISOString().replace('.000Z', 'Z');
  return {
    roId,
    vin: VIN,
    agreedAt,
    finishedAt: finished,
    odometerKm: 1_000,
    problem: 'P-1',
    system: 'engine',
    ...more,
  };
}

/** A case of the test vehicle with these repairs. */
export function vehicleCase(
  invoiceDate: string,
  repairs: RepairAttemptInput[],
  more: Partial<VehicleCaseInput> = {},
  vehicleMore: Partial<VehicleInput> = {},
): VehicleCaseInput {
  return { vehicle: vehicle(invoiceDate, vehicleMore), repairs, ...more };
}

/** Evaluates a case (the builders' input type is what the schema accepts). */
export function evaluate(pack: SanbaoJurisdiction, input: VehicleCaseInput): RightsDecision {
  return pack.evaluateRights(input as never, { timeZone: ZONE });
}

/** The trace step of rule `<pack>.<name>`; fails the test when missing. */
export function stepOf(decision: RightsDecision, name: string): TraceStep {
  const step = decision.trace.find((s) => s.rule.endsWith(`.${name}`));
  if (step === undefined)
    throw new Error(`no step ${name} in ${decision.trace.map((s) => s.rule).join(', ')}`);
  return step;
}

/** n repairs of one problem, a week apart from `firstDate`, each finished after 2 hours. */
export function repeats(
  count: number,
  firstDate: string,
  more: Partial<RepairAttemptInput> = {},
): RepairAttemptInput[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.parse(`${firstDate}T00:00:00Z`) + index * 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return repair(`RO-${index + 1}`, at(date), more);
  });
}

/** The path and reasons of every issue `make` throws (a refused override), or [] when it throws none. */
export function reasons(make: () => unknown): { path: string; en: string; zh: string }[] {
  try {
    make();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return error.issues.map((issue) => ({
      path: issue.path.join('.'),
      en: String(issue.params?.reason),
      zh: String(issue.params?.reasonZh),
    }));
  }
  return [];
}

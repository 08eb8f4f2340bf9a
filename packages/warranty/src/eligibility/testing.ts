import type { VehicleInput } from '@aftersales/core';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { huaxiaPolicy2022, huaxiaPolicy2024 } from '../policy/examplePolicy';
import type { WarrantyPolicy } from '../policy/warrantyPolicy';
import { evaluateWarranty, type WarrantyDecision } from './evaluateWarranty';
import type { WarrantyRequestInput } from './warrantyRequest';

/**
 * Test builders for warranty eligibility (not exported from the package, not published).
 */

/** The dealer's zone in these tests: China Standard Time, UTC+8 all year (no DST). */
export const SHANGHAI = 'Asia/Shanghai';

/** A Huaxia VIN with a correct check digit (position 9 is '1', computed per GB 16735). */
export const VIN = 'LHXAB2C31R0000012';

/** Both Huaxia example versions, as a dealer would pass them. */
export const HUAXIA: readonly WarrantyPolicy[] = [huaxiaPolicy2022, huaxiaPolicy2024];

/** A Huaxia HX5 (combustion), invoiced 2024-03-01 to its first owner. */
export function vehicle(overrides: Partial<VehicleInput> = {}): VehicleInput {
  return {
    vin: VIN,
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: 2024,
    invoiceDate: '2024-03-01',
    ...overrides,
  };
}

/** What a test changes in a request besides the repair: vehicle fields, startKm, firstMaintenance. */
export type RequestOverrides = Omit<Partial<WarrantyRequestInput>, 'repair' | 'vehicle'> & {
  vehicle?: Partial<VehicleInput>;
};

/** A request: an engine repair for a quality problem on the given date, and the odometer. */
export function request(
  repair: Partial<WarrantyRequestInput['repair']> & { odometerKm: number },
  overrides: RequestOverrides = {},
): WarrantyRequestInput {
  const { vehicle: vehicleFields, ...rest } = overrides;
  return {
    vehicle: vehicle(vehicleFields),
    repair: { system: 'engine', ...repair },
    ...rest,
  } as WarrantyRequestInput;
}

/** Evaluates in Shanghai against the Huaxia policies unless told otherwise. */
export function evaluate(
  input: WarrantyRequestInput,
  options: {
    policy?: WarrantyPolicy | readonly WarrantyPolicy[];
    jurisdictions?: readonly Jurisdiction[];
    timeZone?: string;
  } = {},
): WarrantyDecision {
  return evaluateWarranty(input, {
    policy: options.policy ?? HUAXIA,
    timeZone: options.timeZone ?? SHANGHAI,
    ...(options.jurisdictions === undefined ? {} : { jurisdictions: options.jurisdictions }),
  });
}

/** The trace steps of a rule; for coverage periods, of one coverage. */
export function stepsOf(decision: WarrantyDecision, rule: string, coverage?: string) {
  return decision.trace.filter(
    (step) => step.rule === rule && (coverage === undefined || step.facts.coverage === coverage),
  );
}

/** The one trace step of a rule (and coverage); fails the test when there is not exactly one. */
export function stepOf(decision: WarrantyDecision, rule: string, coverage?: string) {
  const steps = stepsOf(decision, rule, coverage);
  if (steps.length !== 1)
    throw new Error(`expected one step of ${rule} ${coverage ?? ''}, got ${steps.length}`);
  return steps[0] as (typeof steps)[number];
}

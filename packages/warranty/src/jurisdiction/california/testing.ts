import type { Decision, TraceStep, VehicleInput } from '@aftersales/core';
import type { RepairAttemptInput } from '../../history/repairAttempt';
import { type VehicleCaseInput, VehicleCaseSchema } from '../../rights/vehicleCase';
import type { Jurisdiction } from '../jurisdiction';
import { californiaLemonLaw } from './californiaLemonLaw';

/**
 * Test builders for the California pack (not exported from the package, not published).
 */

/** A well-known valid North American VIN (check digit 3 at position 9). */
export const VIN = '1HGCM82633A004352';

/** The dealer's zone in every California test: PST is UTC−8, PDT (from 2024-03-10) UTC−7. */
export const LA = 'America/Los_Angeles';

/** A car delivered on 2024-01-31: its 18-month window ends on 2025-07-31. */
export function vehicle(overrides: Partial<VehicleInput> = {}): VehicleInput {
  return {
    vin: VIN,
    brand: 'Honda',
    model: 'Accord',
    modelYear: 2024,
    deliveryDate: '2024-01-31',
    currency: 'USD',
    ...overrides,
  };
}

/**
 * A repair of the car: by default an 8-hour visit (08:00–16:00 Pacific) for a quality problem, with
 * the buyer's direct notice to the maker recorded as given.
 */
export function repair(
  fields: Partial<RepairAttemptInput> & Pick<RepairAttemptInput, 'roId' | 'agreedAt'>,
): RepairAttemptInput {
  const day = fields.agreedAt.slice(0, 10);
  return {
    vin: VIN,
    finishedAt: `${day}T16:00:00${fields.agreedAt.slice(19)}`,
    odometerKm: 5_000,
    problem: 'infotainment-reboot',
    system: 'electrical',
    manufacturerNotified: true,
    ...fields,
  };
}

/** A series of one-day repairs of one problem on the given local dates (PDT, −07:00). */
export function repairsOn(
  dates: readonly string[],
  fields: Partial<RepairAttemptInput> = {},
  prefix = 'RO',
): RepairAttemptInput[] {
  return dates.map((date, index) =>
    repair({ roId: `${prefix}-${index + 1}`, agreedAt: `${date}T08:00:00-07:00`, ...fields }),
  );
}

/** Evaluates a case (validated first, as a caller would) with a pack, in Los Angeles. */
export function evaluate(
  repairs: readonly RepairAttemptInput[],
  options: { vehicle?: VehicleInput; pack?: Jurisdiction; asOf?: string } = {},
): Decision {
  const input: VehicleCaseInput = {
    vehicle: options.vehicle ?? vehicle(),
    repairs: [...repairs],
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  };
  return (options.pack ?? californiaLemonLaw).evaluateRights(VehicleCaseSchema.parse(input), {
    timeZone: LA,
  });
}

/** The trace step of a rule (by the last part of its id: `window`, `safety-repairs`, …); fails when absent. */
export function stepOf(decision: Decision, name: string): TraceStep {
  const step = decision.trace.find((entry) => entry.rule === `us-ca-lemon-law.${name}`);
  if (step === undefined) throw new Error(`no step us-ca-lemon-law.${name}`);
  return step;
}

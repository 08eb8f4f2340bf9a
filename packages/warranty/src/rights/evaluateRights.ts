import {
  AftersalesError,
  attempt,
  createIssue,
  parseRecord,
  parseTimeZone,
  type Result,
  typeName,
} from '@aftersales/core';
import { governingJurisdictions } from '../jurisdiction/governingJurisdictions';
import type { Jurisdiction, RightsDecision } from '../jurisdiction/jurisdiction';
import { parseJurisdiction } from '../jurisdiction/parseJurisdiction';
import { type VehicleCase, type VehicleCaseInput, VehicleCaseSchema } from './vehicleCase';

/** One market's answer on a vehicle's history. */
export interface MarketRights {
  readonly market: string;
  /** The pack that governs the vehicle (by its start date), or `null` when none does. */
  readonly jurisdiction: string | null;
  /** The pack's decision; `null` with `reason` when no pack governs the vehicle. */
  readonly decision: RightsDecision | null;
  readonly reason: 'no_start_date' | 'not_governed' | null;
}

/** What {@link evaluateRights} needs besides the case. */
export interface EvaluateRightsOptions {
  /** Legal rule packs, e.g. `[cnSanbao2021, cnSanbao2013]` or `[californiaLemonLaw]`. */
  readonly jurisdictions: readonly Jurisdiction[];
  /** The dealer's IANA time zone: repair times and windows are counted in it. */
  readonly timeZone: string;
}

function checkRepairsBelongToVehicle(vehicleCase: VehicleCase): void {
  const issues = vehicleCase.repairs.flatMap((repair, index) =>
    repair.vin === vehicleCase.vehicle.vin
      ? []
      : [
          createIssue('input.inconsistent', ['repairs', index, 'vin'], {
            reason: `repair ${repair.roId} is of ${repair.vin}, not of ${vehicleCase.vehicle.vin}`,
            reasonZh: `维修 ${repair.roId} 属于车辆 ${repair.vin}，而非 ${vehicleCase.vehicle.vin}`,
          }),
        ],
  );
  if (issues.length > 0) throw new AftersalesError(issues);
}

/**
 * The customer's rights from a vehicle's full repair history under each market's law: under
 * 三包 the 7-day and 60-day / 3,000 km replacement or return, the assembly swap, the 三包-period
 * grounds (repair counts, cumulative repair time), substitute-car days and the reasonable-use
 * compensation; under a lemon law its presumption. Of several packs for one market, the one
 * governing the vehicle's start date answers (三包 2013 for a car bought before 2022-01-01).
 *
 * @param vehicleCase - a {@link VehicleCaseInput}: the vehicle and all its repairs, validated here
 * @returns one {@link MarketRights} per market, in the order the packs are given
 * @throws AftersalesError for a bad case (`input.*`, `vin.*`, `time.*`, a repair of another VIN)
 *   or bad options (`warranty.invalid_jurisdiction` under `['options', 'jurisdictions', <index>]`,
 *   `time.invalid_zone`)
 * @example
 * const [china] = evaluateRights(
 *   { vehicle, repairs, useCompensationRate: '0.005', requested: 'return' },
 *   { jurisdictions: [cnSanbao2021, cnSanbao2013], timeZone: 'Asia/Shanghai' },
 * );
 * china?.decision?.outcome; // e.g. 'replacement_or_return'
 */
export function evaluateRights(
  vehicleCase: VehicleCaseInput,
  options: EvaluateRightsOptions,
): readonly MarketRights[] {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const timeZone = parseTimeZone(options.timeZone, ['options', 'timeZone']);
  if (!Array.isArray(options.jurisdictions)) {
    throw AftersalesError.of('input.invalid_type', ['options', 'jurisdictions'], {
      expected: 'array',
      received: typeName(options.jurisdictions),
    });
  }
  const packs = options.jurisdictions.map((pack: unknown, index: number) => {
    try {
      return parseJurisdiction(pack);
    } catch (error) {
      // Under the option's path, as evaluateWarranty does: which of the packs given is bad.
      if (!(error instanceof AftersalesError)) throw error;
      const at = ['options', 'jurisdictions', index];
      throw new AftersalesError(error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
    }
  });
  const parsed = parseRecord(VehicleCaseSchema, vehicleCase);
  checkRepairsBelongToVehicle(parsed);
  return governingJurisdictions(packs, parsed.vehicle).map((governing): MarketRights => {
    if (governing.jurisdiction === undefined) {
      return { market: governing.market, jurisdiction: null, decision: null, reason: governing.reason };
    }
    return {
      market: governing.market,
      jurisdiction: governing.jurisdiction.id,
      decision: governing.jurisdiction.evaluateRights(parsed, { timeZone }),
      reason: null,
    };
  });
}

/**
 * {@link evaluateRights} that returns a `Result` instead of throwing, for untrusted input.
 *
 * @example
 * const result = safeEvaluateRights(input, { jurisdictions: [cnSanbao2021], timeZone: 'Asia/Shanghai' });
 * if (!result.ok) result.issues[0]?.path; // e.g. ['repairs', 2, 'finishedAt']
 */
export function safeEvaluateRights(
  vehicleCase: unknown,
  options: EvaluateRightsOptions,
): Result<readonly MarketRights[]> {
  return attempt(() => evaluateRights(vehicleCase as VehicleCaseInput, options));
}

import { safeParseRecord, type Vehicle, VehicleSchema } from '@aftersales/core';
import { createContext, keepUnmapped } from './context';
import { parseImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult, validateRecord } from './result';
import { StarVehicleIdentifierSchema } from './schemas/vehicle';

const NEV = { BEV: 'BEV', PHEV: 'PHEV', FCEV: 'FCEV' } as const;

/**
 * Reads a STAR `VehicleIdentifier` (vehicle_identifier.json) into a core {@link Vehicle}: `vin`,
 * `primary_make` → `brand`, `primary_model` → `model`, `model_year` → `modelYear`,
 * `license.plate_number` → `licensePlate`, `vehicle_summary.power_train_type` BEV/PHEV/FCEV →
 * `isNev` + `nevKind` (HEV, MHEV, ICE: not an NEV). The rest is kept in `extensions.star`.
 * The currency (of a purchase price, which STAR does not send) is `options.currency`, else CNY.
 *
 * @example
 * const result = fromStarVehicleIdentifier(json, { timeZone: 'America/Detroit', vinCheckDigit: 'never' });
 * if (result.ok) result.value.brand; // 'Ford'
 */
export function fromStarVehicleIdentifier(json: unknown, options: StarImportOptions): StarResult<Vehicle> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const parsed = safeParseRecord(StarVehicleIdentifierSchema, json);
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const star = parsed.value;
    const vehicle: Record<string, unknown> = {
      vin: star.vin,
      brand: star.primary_make,
      model: star.primary_model,
      modelYear:
        star.model_year === undefined || !/^\d{4}$/.test(star.model_year)
          ? star.model_year
          : Number(star.model_year),
    };
    if (resolved.value.currency !== undefined) vehicle.currency = resolved.value.currency;
    if (star.license?.plate_number !== undefined) vehicle.licensePlate = star.license.plate_number;
    const powertrain = star.vehicle_summary?.power_train_type;
    if (powertrain !== undefined) {
      const kind = (NEV as Record<string, 'BEV' | 'PHEV' | 'FCEV' | undefined>)[powertrain];
      vehicle.isNev = kind !== undefined;
      if (kind !== undefined) vehicle.nevKind = kind;
    }
    const mapped = {
      vin: true,
      primary_make: true,
      primary_model: true,
      model_year: true,
      license: ['plate_number'],
      vehicle_summary: powertrain === undefined ? [] : ['power_train_type'],
    } as const;
    const kept = keepUnmapped(ctx, star, mapped, []);
    if (kept !== undefined) vehicle.extensions = { star: kept };
    return validateRecord(ctx, VehicleSchema, vehicle, resolved.value.vinCheckDigit);
  });
}

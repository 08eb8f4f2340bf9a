import { type OdometerReading, OdometerReadingSchema, safeParseRecord } from '@aftersales/core';
import { addNote, createContext, isRecord, keepUnmapped, type MapContext } from './context';
import { validateAll } from './fragments';
import { odometerReadingsOf } from './odometer';
import { parseImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult } from './result';
import { StarVehicleSnapshotSchema } from './schemas/vehicle';
import { starVehicleSystemTypeSchema } from './starEnums';

/**
 * Reads the odometer readings of a STAR service job's (or one snapshot's) `vehicle_snapshots`
 * (odometer.json) as core readings for `options.vin`, in whole km (miles × 1.609344, half up).
 *
 * @example
 * const result = fromStarOdometer(json, { timeZone: 'America/New_York', vin: '1FTFW1E51NFA00001' });
 * if (result.ok) result.value[0]?.km; // 72874 for 45281.5 miles
 */
export function fromStarOdometer(json: unknown, options: StarImportOptions): StarResult<OdometerReading[]> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const wrapped = isRecord(json) && Array.isArray(json.vehicle_snapshots);
    const raw = wrapped ? (json.vehicle_snapshots as unknown[]) : [json];
    // A service job around the snapshots: its other fields (job id, status) go with each reading.
    const job = wrapped ? keepUnmapped(ctx, json, { vehicle_snapshots: true }, []) : undefined;
    const readings: Record<string, unknown>[] = [];
    for (const [index, snapshot] of raw.entries()) {
      const path = wrapped ? ['vehicle_snapshots', index] : [];
      const { cleaned, telematics } = lenientSnapshot(ctx, snapshot, path);
      const parsed = safeParseRecord(StarVehicleSnapshotSchema, cleaned);
      if (!parsed.ok)
        return failed(
          ctx,
          parsed.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
        );
      for (const reading of odometerReadingsOf(
        ctx,
        parsed.value,
        resolved.value.odometerUnit,
        path,
        telematics,
      )) {
        const record: Record<string, unknown> = {
          vin: resolved.value.vin,
          km: reading.km,
          readAt: reading.readAt,
          source: reading.source,
        };
        const star: Record<string, unknown> = job === undefined ? {} : { service_job: job };
        if (reading.unit === 'MILES') Object.assign(star, { value: reading.value, unit: 'MILES' });
        if (Object.keys(star).length > 0) record.extensions = { star };
        readings.push(record);
      }
    }
    return validateAll(ctx, OdometerReadingSchema, readings, 'readings');
  });
}

/** The odometer example's state fields outside STAR's lists, read leniently. */
function lenientSnapshot(
  ctx: MapContext,
  snapshot: unknown,
  path: (string | number)[],
): { cleaned: unknown; telematics: boolean } {
  if (!isRecord(snapshot) || !Array.isArray(snapshot.vehicle_states))
    return { cleaned: snapshot, telematics: false };
  let telematics = false;
  const states = snapshot.vehicle_states.map((state, i) => {
    if (!isRecord(state)) return state;
    const out: Record<string, unknown> = { ...state };
    const system = out.vehicle_system_type;
    if (typeof system === 'string' && !starVehicleSystemTypeSchema.safeParse(system).success) {
      addNote(ctx, 'star.lenient_value', [...path, 'vehicle_states', i, 'vehicle_system_type'], {
        value: system,
        list: 'VehicleSystemTypes',
        listZh: 'VehicleSystemTypes',
        readAs: system === 'TELEMATICS' ? "source 'telematics'" : 'absent',
        readAsZh: system === 'TELEMATICS' ? "来源 'telematics'" : '缺失',
      });
      telematics ||= system === 'TELEMATICS';
      delete out.vehicle_system_type;
    }
    if ('vehicle_state_types' in out && !('vehicle_state_type' in out)) {
      addNote(ctx, 'star.lenient_value', [...path, 'vehicle_states', i, 'vehicle_state_types'], {
        value: 'vehicle_state_types',
        list: 'VehicleState field',
        listZh: 'VehicleState 字段',
        readAs: 'vehicle_state_type',
      });
      out.vehicle_state_type = out.vehicle_state_types;
      delete out.vehicle_state_types;
    }
    return out;
  });
  return { cleaned: { ...snapshot, vehicle_states: states }, telematics };
}

import type { IssuePath, OdometerSource } from '@aftersales/core';
import { parseExact } from '@aftersales/core';
import { addUnmappable, lookup, type MapContext } from './context';
import { milesToKm, roundHalfUp } from './decimals';
import type { StarVehicleSnapshot } from './schemas/vehicle';

/**
 * Odometer readings in STAR vehicle snapshots: a `vehicle_states` entry with
 * `vehicle_resource_type: ODOMETER`. STAR's `VehicleState` has no unit field; the unit is read
 * from a narrative's `narrative_uom_type` (KM, MILES or MI) on the state or its snapshot, as
 * STAR's odometer example does, else from `options.odometerUnit`. Miles become whole km
 * (× 1.609344, half up). Internal.
 */

/** Milestones read as the reading at check-in (进厂) and at release (出厂). */
const IN_MILESTONES = new Set(['ARRIVAL', 'CHECK_IN', 'PRE_INSPECTION', 'SERVICE_START', 'DIAGNOSTIC_START']);
const OUT_MILESTONES = new Set([
  'SERVICE_COMPLETION',
  'QUALITY_CONTROL',
  'STAGED_FOR_PICKUP',
  'CHECK_OUT',
  'RELEASE',
]);
const DISTANCE_UNITS: Readonly<Record<string, 'KM' | 'MILES'>> = { KM: 'KM', MILES: 'MILES', MI: 'MILES' };

/** One odometer reading found in a snapshot. */
export interface StarOdometerReading {
  readonly km: number;
  readonly readAt?: string | undefined;
  readonly source: OdometerSource;
  readonly unit: 'KM' | 'MILES';
  readonly value: string;
}

interface Narrated {
  readonly narratives?: readonly { readonly narrative_uom_type?: string | undefined }[] | undefined;
}

function unitOf(holders: readonly Narrated[]): 'KM' | 'MILES' | undefined {
  for (const holder of holders) {
    for (const narrative of holder.narratives ?? []) {
      const unit = lookup(DISTANCE_UNITS, narrative.narrative_uom_type);
      if (unit !== undefined) return unit;
    }
  }
  return undefined;
}

/** Where a reading comes from: the milestone, else the system that sent it. */
export function sourceOfMilestone(milestone: string | undefined, telematics: boolean): OdometerSource {
  if (milestone !== undefined && IN_MILESTONES.has(milestone)) return 'ro_in';
  if (milestone !== undefined && OUT_MILESTONES.has(milestone)) return 'ro_out';
  return telematics ? 'telematics' : 'other';
}

/** The odometer readings of a snapshot, in km; a reading that cannot be read is `star.unmappable`. */
export function odometerReadingsOf(
  ctx: MapContext,
  snapshot: StarVehicleSnapshot,
  fallbackUnit: 'KM' | 'MILES' | undefined,
  path: IssuePath,
  telematics = false,
): StarOdometerReading[] {
  const readings: StarOdometerReading[] = [];
  (snapshot.vehicle_states ?? []).forEach((state, index) => {
    if (state.vehicle_resource_type !== 'ODOMETER') return;
    const statePath = [...path, 'vehicle_states', index];
    const unit = unitOf([state, snapshot]) ?? fallbackUnit;
    const value = state.value ?? '';
    const parsed = parseExact(value);
    if (unit === undefined) {
      addUnmappable(
        ctx,
        statePath,
        'the odometer reading names no unit (pass options.odometerUnit)',
        '里程读数未注明单位（请传入 options.odometerUnit）',
      );
      return;
    }
    if (parsed === undefined || parsed.units < 0n) {
      addUnmappable(ctx, [...statePath, 'value'], `'${value}' is not a distance`, `“${value}”不是有效里程`);
      return;
    }
    const km = unit === 'MILES' ? (milesToKm(value) ?? 0) : roundHalfUp(parsed);
    const system = state.vehicle_system_type as string | undefined;
    const source = sourceOfMilestone(snapshot.service_milestone_types, telematics || system === 'TELEMATICS');
    readings.push({
      km,
      readAt: state.occurrence_date_time ?? snapshot.occurrence_date_time,
      source,
      unit,
      value,
    });
  });
  return readings;
}

/** The snapshot the adapter writes for an RO's odometer in or out (km, unit on a narrative). */
export function odometerSnapshot(km: number, milestone: 'CHECK_IN' | 'CHECK_OUT'): Record<string, unknown> {
  return {
    service_milestone_types: milestone,
    vehicle_states: [
      { vehicle_resource_type: 'ODOMETER', vehicle_value_type: 'DISTANCE', value: String(km) },
    ],
    narratives: [{ narrative_type: 'SERVICE_LIFECYCLE_MILESTONE', narrative_uom_type: 'KM' }],
  };
}

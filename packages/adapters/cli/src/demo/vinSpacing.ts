import type { RepairOrderInput, VehicleSystem } from '@aftersales/core';
import { generateVin, type Random } from '@aftersales/testkit';
import { DAY_MS } from './demoClock';

/** No vehicle comes back sooner than this, unless for a comeback. */
const MIN_GAP_DAYS = 45;
/** The testkit's comebacks repeat a visit delivered less than 25 days before. */
const COMEBACK_DAYS = 25;

interface Visit {
  readonly deliveredMs: number;
  readonly system: VehicleSystem;
  readonly vin: string;
}

/**
 * Which vehicle each of the testkit's ROs is about, once visits are spaced.
 *
 * @example
 * const spacing: VinSpacing = createVinSpacing(createRandom(8));
 */
export interface VinSpacing {
  /** The VIN of the RO opened at `openedMs` (the testkit's, or another vehicle's). */
  vinOf(skeleton: RepairOrderInput, openedMs: number): string;
  /** Records the delivered visit, so later ROs are spaced from it and comebacks find it. */
  visited(skeleton: RepairOrderInput, vin: string, deliveredMs: number, system: VehicleSystem): void;
}

/**
 * Spaces the visits of the testkit's ROs. The testkit draws each RO's vehicle at random from a
 * fleet, so by chance a car comes back for the same system a few days later without being a
 * comeback, and the comeback rate a KPI detects would be several times the one generated. Here an
 * RO keeps its vehicle when it is the car's first visit in 45 days, or a comeback (flagged: the
 * vehicle of the RO it names; unflagged: a repair of the same system within 25 days of the
 * previous delivery, as the testkit makes them); any other RO goes to another car (a new VIN).
 *
 * @example
 * const spacing = createVinSpacing(random);
 * const vin = spacing.vinOf(ro, Date.parse(ro.openedAt));
 */
export function createVinSpacing(random: Random): VinSpacing {
  const vinOfRo = new Map<string, string>();
  const lastVisit = new Map<string, Visit>();
  return {
    vinOf(skeleton, openedMs) {
      const previousRoId = skeleton.comeback?.previousRoId;
      const flagged = previousRoId === undefined ? undefined : vinOfRo.get(previousRoId);
      if (flagged !== undefined) return flagged;
      const last = lastVisit.get(skeleton.vin);
      if (last === undefined || openedMs - last.deliveredMs >= MIN_GAP_DAYS * DAY_MS) return skeleton.vin;
      const gap = openedMs - last.deliveredMs;
      const comeback =
        skeleton.kind === 'repair' &&
        skeleton.jobs?.[0]?.system === last.system &&
        gap > 0 &&
        gap < COMEBACK_DAYS * DAY_MS;
      return comeback ? last.vin : generateVin(random);
    },
    visited(skeleton, vin, deliveredMs, system) {
      vinOfRo.set(skeleton.id, vin);
      if (vin === skeleton.vin || lastVisit.get(skeleton.vin)?.vin === vin) {
        lastVisit.set(skeleton.vin, { deliveredMs, system, vin });
      }
    },
  };
}

import type { Random } from '@aftersales/testkit';
import { DAY_MS } from './demoClock';

/**
 * What the demo knows of a vehicle that visits the workshop: when it was delivered, how far it drives.
 *
 * @example
 * const car: FleetVehicle = fleet.vehicleAt(vin, openedMs, false);
 */
export interface FleetVehicle {
  readonly vin: string;
  readonly deliveredMs: number;
  readonly kmPerDay: number;
  /** Whether its first (free) maintenance has been done. */
  firstMaintenanceDone: boolean;
}

/**
 * The vehicles of the dealer's workshop, each made when it first comes in.
 *
 * @example
 * const fleet: Fleet = createFleet(createRandom(8));
 */
export interface Fleet {
  /**
   * The vehicle with this VIN, made on its first visit at `visitMs`: a new car (delivered 2–5
   * months before) when that visit is its first maintenance, else a car 5 months to 7 years old,
   * most of them young (a 4S workshop sees mostly cars under warranty).
   */
  vehicleAt(vin: string, visitMs: number, firstMaintenance: boolean): FleetVehicle;
  /** Its odometer at `ms`: km a day since delivery (so it never runs back). Never below 0. */
  odometerAt(vehicle: FleetVehicle, ms: number): number;
  /** Every vehicle made so far, in the order they first came in. */
  readonly vehicles: readonly FleetVehicle[];
}

/**
 * A fleet of workshop vehicles with consistent odometers: the same car always shows more km on a
 * later visit.
 *
 * @example
 * const fleet = createFleet(createRandom(8));
 * const car = fleet.vehicleAt('LSVAU2180N2123456', Date.parse('2024-03-01T09:00:00+08:00'), false);
 * fleet.odometerAt(car, Date.parse('2024-03-01T09:00:00+08:00')); // e.g. 28_417
 */
export function createFleet(random: Random): Fleet {
  const byVin = new Map<string, FleetVehicle>();
  const vehicles: FleetVehicle[] = [];
  return {
    vehicles,
    vehicleAt(vin, visitMs, firstMaintenance) {
      const known = byVin.get(vin);
      if (known !== undefined) return known;
      const u = random.next();
      const ageDays = firstMaintenance ? random.int(60, 150) : Math.round(150 + 2_400 * u * u);
      const vehicle: FleetVehicle = {
        vin,
        deliveredMs: visitMs - ageDays * DAY_MS,
        kmPerDay: firstMaintenance ? random.int(20, 45) : random.int(20, 70),
        firstMaintenanceDone: false,
      };
      byVin.set(vin, vehicle);
      vehicles.push(vehicle);
      return vehicle;
    },
    odometerAt(vehicle, ms) {
      const days = Math.max(0, (ms - vehicle.deliveredMs) / DAY_MS);
      return Math.round(days * vehicle.kmPerDay);
    },
  };
}

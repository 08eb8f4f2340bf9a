import type { FollowUp, RepairOrderInput, RepairOrderKind, VehicleSystem } from '@aftersales/core';
import { createRandom, repairOrderRecords } from '@aftersales/testkit';
import { cutAtAsOf } from './cutAtAsOf';
import { DAY_MS, HOUR_MS, shanghaiInstant } from './demoClock';
import { createFleet, type FleetVehicle } from './demoFleet';
import { type PartPicker, pricedJob } from './demoJobs';
import { createVinSpacing } from './vinSpacing';

/**
 * Repair orders the demo dealer opens a day (manual: ro.daily.intake, 20 a day).
 *
 * @example
 * const count = 366 * ROS_PER_DAY; // a leap year of ROs
 */
export const ROS_PER_DAY = 20;

/** Share of ROs that repeat an RO of the same vehicle for the same system within 25 days. */
const COMEBACK_RATE = 0.025;

/**
 * Options of {@link demoRepairOrders}.
 *
 * @example
 * const options: DemoRepairOrderOptions = { seed: 8, from: '2023-12-04', days: 394, asOfMs, parts };
 */
export interface DemoRepairOrderOptions {
  readonly seed: number;
  /** The first day ROs are opened, `YYYY-MM-DD`. */
  readonly from: string;
  /** How many days of ROs. */
  readonly days: number;
  /** The audit's "today", epoch ms: steps after it are not in the records yet. */
  readonly asOfMs: number;
  readonly parts: PartPicker;
}

const BODY_WORK = new Set<RepairOrderKind>(['insurance', 'bodyshop']);

const customerOf = (vin: string): string => `CUS-${vin.slice(-8)}`;

const ms = (instant: string | undefined): number | undefined =>
  instant === undefined ? undefined : Date.parse(instant);

/** The workshop's twelve technicians, named as the testkit names them on the three-level checks. */
const technicianIds = (dealerId: string): string[] =>
  Array.from({ length: 12 }, (_, i) => `${dealerId}-T${String(i + 1).padStart(2, '0')}`);

/** The kind the vehicle's age allows: one first maintenance per car, warranty only while covered. */
function kindFor(
  kind: RepairOrderKind,
  vehicle: FleetVehicle,
  openedMs: number,
  km: number,
): RepairOrderKind {
  const ageDays = (openedMs - vehicle.deliveredMs) / DAY_MS;
  if (kind === 'first_maintenance') {
    if (vehicle.firstMaintenanceDone || ageDays > 240) return 'maintenance';
    vehicle.firstMaintenanceDone = true;
  }
  // The example Huaxia policy's basic coverage: 3 years or 100,000 km.
  if (kind === 'warranty' && (ageDays > 3 * 365 || km > 100_000)) return 'repair';
  return kind;
}

/** The first follow-up call: day 3–7 after delivery, a few late, a few not reached. */
function firstCall(
  random: ReturnType<typeof createRandom>,
  deliveredMs: number,
  advisorId: string,
): FollowUp {
  const late = random.chance(0.04);
  const day = late ? random.int(8, 10) : random.int(3, 7);
  return {
    kind: 'first',
    dueDate: shanghaiInstant(deliveredMs + 3 * DAY_MS).slice(0, 10),
    doneAt: shanghaiInstant(deliveredMs + day * DAY_MS),
    outcome: random.chance(0.03) ? 'unreachable' : 'satisfied',
    byId: advisorId.replace(/-SA\d+$/, '-CC1'),
  };
}

/**
 * The second call (回访), due in the seven days that start a week after the first (manual:
 * care.followup.second): made on day 8–12 after the first (inside the window whichever way its ends are counted) by most dealers' call centres; one in
 * twenty is forgotten, so the RO audit has a few to report rather than none.
 */
function secondCall(random: ReturnType<typeof createRandom>, first: FollowUp): FollowUp | undefined {
  if (first.doneAt === undefined || random.chance(0.05)) return undefined;
  const firstMs = Date.parse(first.doneAt);
  return {
    kind: 'second',
    doneAt: shanghaiInstant(firstMs + random.int(8, 12) * DAY_MS),
    outcome: 'satisfied',
    ...(first.byId === undefined ? {} : { byId: first.byId }),
  };
}

/**
 * The demo dealer's repair orders: the testkit's RO records (about 20 a day, the manuals' mix of
 * kinds, the flow's instants, three-level checks, comebacks flagged or left for detection,
 * appointments, cancellations, late settlements), then made consistent with one workshop:
 *
 * - a vehicle does not come back within 45 days unless for a comeback (the testkit draws each
 *   RO's vehicle at random: such a visit goes to another vehicle of the workshop's customers);
 * - each vehicle keeps one odometer that only runs forward, from its delivery date;
 * - a car gets one first maintenance, when new; a warranty RO only while the car is covered
 *   (else it is an ordinary repair);
 * - every job is priced again from the parts master and the posted labor rates (see `pricedJob`);
 * - body work is promised for two days later, as long as it takes;
 * - the first follow-up call is made on day 3–7 (a few late or not reached), and the RO is
 *   closed after it;
 * - the records are cut at `asOfMs`: what happens later is not in them yet.
 *
 * @returns the ROs, in the order they were opened (by day)
 * @example
 * const ros = demoRepairOrders({ seed: 8, from: '2023-12-04', days: 394, asOfMs, parts });
 */
export function demoRepairOrders(options: DemoRepairOrderOptions): RepairOrderInput[] {
  const random = createRandom(options.seed ^ 0x5eed);
  const fleet = createFleet(random);
  const skeletons = repairOrderRecords({
    seed: options.seed,
    count: options.days * ROS_PER_DAY,
    startDate: options.from,
    comebackRate: COMEBACK_RATE,
  });
  const out: RepairOrderInput[] = [];
  const vins = createVinSpacing(random);
  for (const skeleton of skeletons) {
    const openedMs = Date.parse(skeleton.openedAt);
    const vin = vins.vinOf(skeleton, openedMs);
    const vehicle = fleet.vehicleAt(vin, openedMs, skeleton.kind === 'first_maintenance');
    const km = fleet.odometerAt(vehicle, openedMs);
    const kind = kindFor(skeleton.kind, vehicle, openedMs, km);
    const deliveredMs = ms(skeleton.deliveredAt);
    const startMs = ms(skeleton.repairStartedAt);
    const endMs = ms(skeleton.repairCompletedAt);
    if (
      skeleton.status === 'cancelled' ||
      deliveredMs === undefined ||
      startMs === undefined ||
      endMs === undefined
    ) {
      out.push(
        cutAtAsOf({ ...skeleton, vin, customerId: customerOf(vin), kind, odometerInKm: km }, options.asOfMs),
      );
      continue;
    }
    const system: VehicleSystem = skeleton.jobs?.[0]?.system ?? 'engine';
    vins.visited(skeleton, vin, deliveredMs, system);
    const job = pricedJob({
      random,
      id: `${skeleton.id}-J1`,
      kind,
      system,
      technicians: technicianIds(skeleton.dealerId),
      startMs,
      endMs,
      parts: options.parts,
    });
    const call = firstCall(random, deliveredMs, skeleton.advisorId);
    const second = secondCall(random, call);
    const record: RepairOrderInput = {
      ...skeleton,
      vin,
      customerId: customerOf(vin),
      kind,
      // The testkit promises every car back in 6 h; body work takes two days, and is promised so.
      ...(BODY_WORK.has(kind) ? { promisedAt: shanghaiInstant(openedMs + 52 * HOUR_MS) } : {}),
      odometerInKm: km,
      odometerOutKm: km + random.int(0, 8),
      jobs: [job],
      followUps: second === undefined ? [call] : [call, second],
      // The flow closes an RO after its follow-up calls (delivered → follow-up → closed).
      closedAt: shanghaiInstant(Date.parse((second ?? call).doneAt ?? skeleton.openedAt) + HOUR_MS),
    };
    out.push(cutAtAsOf(record, options.asOfMs));
  }
  return out;
}

import type {
  LaborLineInput,
  PartLineInput,
  RepairOrderInput,
  RepairOrderJobInput,
  RepairOrderKind,
  VehicleSystem,
} from '@aftersales/core';
import { createRandom, type Random } from './random';
import { beijingInstant, DAY, HOUR, PAY, pickKind, SHANGHAI } from './repairOrderMix';
import { generateVin } from './vin';

/** Options of {@link repairOrderRecords}. */
export interface RepairOrderRecordOptions {
  readonly seed: number;
  /** How many repair orders in all. */
  readonly count: number;
  /** Dealers the ROs are spread over (default 1); each opens about 20 ROs a day. */
  readonly dealers?: number;
  /** The first day, `YYYY-MM-DD` (default 2024-01-02). */
  readonly startDate?: string;
  /** Vehicles per dealer that come back again and again (default 3,000). */
  readonly fleet?: number;
  /** Share of ROs that repeat an RO of the same vehicle within 30 days (default 0.02). */
  readonly comebackRate?: number;
}

/** Per pay type, the posted labor rate in yuan per flat-rate hour. */
const RATES = { CP: 380, W: 300, I: 260, INS: 420 } as const;
const SYSTEMS: readonly VehicleSystem[] = [
  'engine',
  'brakes',
  'suspension',
  'electrical',
  'hvac',
  'steering',
];

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function job(
  random: Random,
  id: string,
  kind: RepairOrderKind,
  system: VehicleSystem,
  technicians: readonly string[],
  at: (hours: number) => string,
): RepairOrderJobInput {
  const payType = PAY[kind];
  const maintenance = kind === 'maintenance' || kind === 'first_maintenance';
  const body = kind === 'insurance' || kind === 'bodyshop';
  const laborLines: LaborLineInput[] = [];
  const lines = maintenance ? 1 : random.int(1, 3);
  for (let i = 1; i <= lines; i++) {
    // Sold (flat-rate) tenths of an hour, and the clocked time around it.
    const soldTenths = body ? random.int(15, 60) : maintenance ? random.int(5, 12) : random.int(5, 30);
    const clockedTenths = Math.max(1, Math.round(soldTenths * (0.7 + random.next() * 0.6)));
    const rate = RATES[payType];
    laborLines.push({
      id: `${id}-L${i}`,
      opCode: `${system.slice(0, 3).toUpperCase()}-${random.int(100, 999)}`,
      description: body ? '钣金喷漆' : maintenance ? '常规保养' : '故障检修',
      soldHours: (soldTenths / 10).toFixed(1),
      clockedHours: (clockedTenths / 10).toFixed(1),
      technicianId: random.pick(technicians),
      payType,
      laborRate: `${rate}.00`,
      laborAmount: yuan(soldTenths * rate * 10),
      laborCost: yuan(clockedTenths * 60 * 10),
      startedAt: at(1 + i),
      completedAt: at(1.5 + i),
    });
  }
  const partLines: PartLineInput[] = [];
  const parts = maintenance ? 2 : random.int(0, 3);
  for (let i = 1; i <= parts; i++) {
    const price = body
      ? random.int(20_000, 150_000)
      : maintenance
        ? random.int(3_000, 30_000)
        : random.int(5_000, 80_000);
    partLines.push({
      id: `${id}-P${i}`,
      partNumber: `${random.pick(['04E', '5Q0', '1K0', '3G0'])}-${random.int(100_000, 999_999)}`,
      description: maintenance ? (i === 1 ? '机油' : '机油滤清器') : '配件',
      quantity: maintenance && i === 1 ? '4.5' : '1',
      unit: maintenance && i === 1 ? 'L' : 'PCS',
      unitPrice: yuan(maintenance && i === 1 ? Math.round(price / 4.5) : price),
      unitCost: yuan(Math.round((maintenance && i === 1 ? price / 4.5 : price) * 0.7)),
      source: random.chance(0.05) ? 'outsourced' : 'oem',
      payType,
    });
  }
  return {
    id,
    concern: body ? '车身碰撞损伤' : maintenance ? '定期保养' : '客户反映异响',
    system: maintenance ? 'maintenance' : body ? 'body' : system,
    kind,
    authorization: 'approved',
    payType,
    laborLines,
    partLines,
  };
}

/**
 * Seeded repair-order records, valid against `RepairOrderSchema`, one at a time (an iterable,
 * so a million can be streamed in bounded memory): about 20 ROs a day per dealer, the manuals'
 * mix of kinds (maintenance, first maintenance, repair, warranty, insurance, body shop), labor
 * lines credited to the technician who did them with sold and clocked hours, part lines with
 * price and cost, the flow's instants, follow-up calls, a fleet of vehicles that come back, and a
 * share of comebacks (flagged by the dealer in most cases, left for detection in the rest). The
 * same seed always gives the same records.
 *
 * @example
 * for (const ro of repairOrderRecords({ seed: 7, count: 1_000 })) use(ro);
 */
export function* repairOrderRecords(options: RepairOrderRecordOptions): Generator<RepairOrderInput> {
  const random = createRandom(options.seed);
  const dealers = options.dealers ?? 1;
  const start = Date.parse(`${options.startDate ?? '2024-01-02'}T00:00:00Z`) - SHANGHAI;
  const fleetSize = options.fleet ?? 3_000;
  const comebackRate = options.comebackRate ?? 0.02;
  const fleets = Array.from({ length: dealers }, () =>
    Array.from({ length: fleetSize }, () => generateVin(random)),
  );
  // Each dealer's recent ROs (a few days' worth), for comebacks: vehicle, id, system, delivery.
  type Visit = { vin: string; id: string; system: VehicleSystem; deliveredMs: number };
  const recentVisits: Visit[][] = Array.from({ length: dealers }, () => []);
  const staff = Array.from({ length: dealers }, (_, d) =>
    Array.from(
      { length: 12 },
      (_, i) => `DLR-${String(d + 1).padStart(3, '0')}-T${String(i + 1).padStart(2, '0')}`,
    ),
  );
  for (let n = 0; n < options.count; n++) {
    const dealerIndex = n % dealers;
    const dealerId = `DLR-${String(dealerIndex + 1).padStart(3, '0')}`;
    const day = Math.floor(n / (20 * dealers));
    const opened = start + day * DAY + 8 * HOUR + random.int(0, 9 * 60) * 60_000;
    const at = (hours: number) => beijingInstant(opened + Math.round(hours * HOUR));
    const fleet = fleets[dealerIndex] as string[];
    let vin = random.pick(fleet);
    let kind = pickKind(random);
    let system = random.pick(SYSTEMS);
    let comeback: RepairOrderInput['comeback'];
    if (random.chance(comebackRate)) {
      // Pick a vehicle whose last visit is recent enough to come back for the same system.
      const visits = recentVisits[dealerIndex] as Visit[];
      const recent = visits.findLast(
        (visit) => opened > visit.deliveredMs && opened - visit.deliveredMs < 25 * DAY,
      );
      if (recent) {
        vin = recent.vin;
        system = recent.system;
        kind = 'repair';
        comeback = random.chance(0.8)
          ? { isComeback: true, previousRoId: recent.id, reason: '同一故障复现' }
          : undefined; // not flagged: left for comeback detection
      }
    }
    const id = `RO-${dealerIndex + 1}-${String(n).padStart(7, '0')}`;
    const technicians = staff[dealerIndex] as string[];
    const cancelled = random.chance(0.01);
    const delivered = opened + Math.round((kind === 'insurance' || kind === 'bodyshop' ? 48 : 5) * HOUR);
    const base: RepairOrderInput = {
      id,
      roNumber: id,
      dealerId,
      vin,
      customerId: `CUS-${vin.slice(-8)}`,
      advisorId: `${dealerId}-SA${random.int(1, 6)}`,
      kind,
      currency: 'CNY',
      status: cancelled ? 'cancelled' : 'closed',
      openedAt: at(0),
      receivedAt: at(0),
      odometerInKm: random.int(1_000, 150_000),
      jobs: [job(random, `${id}-J1`, kind, system, technicians, at)],
      ...(comeback ? { comeback } : {}),
    };
    if (cancelled) {
      yield { ...base, jobs: [], cancelledAt: at(0.5) };
      continue;
    }
    const settleHours = random.chance(0.05) ? 100 : kind === 'insurance' || kind === 'bodyshop' ? 47 : 4.5;
    const deliveredMs = Math.max(delivered, opened + Math.round(settleHours * HOUR) + 60_000);
    const visits = recentVisits[dealerIndex] as Visit[];
    visits.push({ vin, id, system: base.jobs?.[0]?.system ?? system, deliveredMs });
    if (visits.length > 400) visits.splice(0, 200);
    yield {
      ...base,
      ...(random.chance(0.35) ? { appointmentId: `APT-${n}` } : {}),
      walkaroundAt: at(0.2),
      estimatedAt: at(0.4),
      approvedAt: at(0.5),
      dispatchedAt: at(0.6),
      repairStartedAt: at(1),
      repairCompletedAt: at(4),
      qc: {
        selfAt: at(4.1),
        selfInspectorId: technicians[0],
        peerAt: at(4.2),
        peerInspectorId: technicians[1],
        finalAt: at(4.3),
        finalInspectorId: `${dealerId}-QC1`,
      },
      washedAt: at(4.4),
      settledAt: at(settleHours),
      promisedAt: at(6),
      deliveredAt: beijingInstant(deliveredMs),
      closedAt: beijingInstant(deliveredMs + 20 * DAY),
      followUps: [
        { kind: 'first', doneAt: beijingInstant(deliveredMs + random.int(3, 7) * DAY), outcome: 'satisfied' },
      ],
      ...(random.chance(0.98) ? { followUpAdvice: '按时保养' } : {}),
    };
  }
}

import type { VehicleSystem } from '@aftersales/core';
import { createRandom, type Random } from './random';
import { beijingInstant, DAY, HOUR, SHANGHAI } from './repairOrderMix';
import { generateVin } from './vin';

/** Options of {@link generateWarrantyData}. */
export interface WarrantyDataOptions {
  readonly seed: number;
  readonly vehicles: number;
  readonly claims: number;
  readonly repairOrders: number;
  /** Share of claims given one of the faults a carmaker audits for (default 0.05). */
  readonly faultShare?: number;
}

/** A labor operation of the generated standard-time catalogue. */
export interface GeneratedLaborTime {
  readonly opCode: string;
  readonly standardHours: string;
  readonly system: VehicleSystem;
  readonly partGroups: readonly string[];
}

/** A generated carmaker's view of a brand: vehicles, RO headers, claims and standard times. */
export interface WarrantyData {
  readonly vehicles: readonly Record<string, unknown>[];
  readonly repairOrders: readonly Record<string, unknown>[];
  readonly claims: readonly Record<string, unknown>[];
  readonly laborTimes: readonly GeneratedLaborTime[];
  /** partNumber → part group, as a parts master would give it. */
  readonly partGroups: Readonly<Record<string, string>>;
  /** partNumber → dealer net price (two places). */
  readonly partPrices: Readonly<Record<string, string>>;
  /** One eligibility request per claim (vehicle + repair), for `evaluateWarranty`. */
  readonly requests: readonly Record<string, unknown>[];
}

const MODELS = ['HX3', 'HX5', 'HX7', 'HX-EV'] as const;
const SYSTEMS: readonly VehicleSystem[] = [
  'engine',
  'transmission',
  'drivetrain',
  'brakes',
  'steering',
  'suspension',
  'electrical',
  'hvac',
  'body',
  'interior',
];
const NEV_SYSTEMS: readonly VehicleSystem[] = ['traction_battery', 'drive_motor', 'electrical', 'brakes'];
/** Op-code prefixes, unique per system (two systems sharing a prefix would repeat op codes). */
const OP_PREFIX: Partial<Record<VehicleSystem, string>> = {
  engine: 'EN',
  transmission: 'TR',
  drivetrain: 'DT',
  brakes: 'BR',
  steering: 'ST',
  suspension: 'SU',
  electrical: 'EL',
  hvac: 'AC',
  body: 'BO',
  interior: 'IN',
  traction_battery: 'TB',
  drive_motor: 'DM',
};
const START = Date.UTC(2022, 0, 1) - SHANGHAI;
const SPAN_DAYS = 4 * 365;

const cents = (value: number): string => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
const dateOf = (ms: number): string => beijingInstant(ms).slice(0, 10);

function laborCatalogue(random: Random): { times: GeneratedLaborTime[]; parts: Map<string, string[]> } {
  const times: GeneratedLaborTime[] = [];
  const parts = new Map<string, string[]>();
  for (const system of [...SYSTEMS, 'traction_battery', 'drive_motor'] as VehicleSystem[]) {
    const groups = [1, 2, 3].map((n) => `${system}-g${n}`);
    for (const group of groups) {
      parts.set(
        group,
        Array.from({ length: 8 }, (_, i) => `${group.toUpperCase().replace(/[^A-Z0-9]/g, '')}${i}`),
      );
    }
    for (let op = 0; op < 12; op++) {
      times.push({
        opCode: `${OP_PREFIX[system]}-${String(op).padStart(3, '0')}`,
        standardHours: (random.int(3, 60) / 10).toFixed(1),
        system,
        partGroups: [random.pick(groups)],
      });
    }
  }
  return { times, parts };
}

/**
 * A deterministic carmaker's data set for the warranty package: vehicles of the example brand
 * "Huaxia" sold 2022–2025 (a fifth NEVs, a few in commercial use, some resold), RO headers with
 * rising odometers, and claims built from them at the example policy's agreed rates, a share
 * carrying one audit fault each (late submission, hours above standard, rolled-back odometer,
 * a rate or part price above the agreed one, an old part not returned; and a tenth of the claims
 * above the ¥5,000 authority come without pre-authorization).
 *
 * @example
 * const data = generateWarrantyData({ seed: 6, vehicles: 1_000, claims: 2_000, repairOrders: 6_000 });
 */
export function generateWarrantyData(options: WarrantyDataOptions): WarrantyData {
  const random = createRandom(options.seed);
  const faultShare = options.faultShare ?? 0.05;
  const { times, parts } = laborCatalogue(random);
  const partGroups: Record<string, string> = {};
  const partPrices: Record<string, string> = {};
  for (const [group, numbers] of parts) {
    for (const number of numbers) {
      partGroups[number] = group;
      partPrices[number] = cents(random.int(2_000, 400_000));
    }
  }
  const vehicles: Record<string, unknown>[] = [];
  const startMs: number[] = [];
  const kmPerDay: number[] = [];
  for (let v = 0; v < options.vehicles; v++) {
    const model = random.pick(MODELS);
    const invoiceMs = START + random.int(0, SPAN_DAYS) * DAY + 10 * HOUR;
    const deliveryMs = invoiceMs + random.int(0, 4) * DAY;
    startMs.push(deliveryMs);
    kmPerDay.push(random.int(15, 90));
    const vehicle: Record<string, unknown> = {
      vin: generateVin(random),
      brand: 'Huaxia',
      model,
      modelYear: 2022 + Math.floor((invoiceMs - START) / (365 * DAY)),
      isNev: model === 'HX-EV',
      use: random.chance(0.04) ? 'commercial' : 'private',
      saleDate: dateOf(invoiceMs),
      invoiceDate: dateOf(invoiceMs),
      deliveryDate: dateOf(deliveryMs),
      purchasePrice: cents(random.int(90_000, 260_000) * 100),
      currency: 'CNY',
    };
    if (model === 'HX-EV') vehicle.nevKind = 'BEV';
    if (random.chance(0.05)) vehicle.previousOwners = [{ customerId: `CUS-${v}-0` }];
    vehicles.push(vehicle);
  }
  const repairOrders: Record<string, unknown>[] = [];
  for (let r = 0; r < options.repairOrders; r++) {
    const v = random.int(0, options.vehicles - 1);
    const day = random.int(1, 1_400);
    const opened = (startMs[v] as number) + day * DAY + random.int(8, 17) * HOUR;
    repairOrders.push({
      id: `RO-${r}`,
      roNumber: `R${r}`,
      dealerId: `D${v % 400}`,
      vin: (vehicles[v] as { vin: string }).vin,
      advisorId: `SA-${r % 50}`,
      kind: 'repair',
      currency: 'CNY',
      status: 'closed',
      openedAt: beijingInstant(opened),
      odometerInKm: day * (kmPerDay[v] as number) + random.int(0, 30),
    });
  }
  const claims: Record<string, unknown>[] = [];
  const requests: Record<string, unknown>[] = [];
  for (let c = 0; c < options.claims; c++) {
    const v = random.int(0, options.vehicles - 1);
    const vehicle = vehicles[v] as Record<string, unknown>;
    // Dealers claim what they expect the warranty to pay: mostly within its first 30 months.
    const day = random.chance(0.95) ? random.int(1, 900) : random.int(901, 1_400);
    const repairMs = (startMs[v] as number) + day * DAY + random.int(9, 16) * HOUR;
    const system = random.pick(vehicle.isNev ? NEV_SYSTEMS : SYSTEMS);
    const op = random.pick(times.filter((time) => time.system === system));
    const group = op.partGroups[0] as string;
    const partNumber = random.pick(parts.get(group) as string[]);
    let km = day * (kmPerDay[v] as number) + random.int(0, 30);
    let hoursTenths = Math.round(Number(op.standardHours) * 10);
    let rateCents = 12_000;
    let priceCents = Math.round(Number(partPrices[partNumber]) * 115);
    let submitDays = random.int(0, 20);
    const fault = random.chance(faultShare) ? random.int(0, 5) : -1;
    if (fault === 0) submitDays = 45;
    if (fault === 1) hoursTenths += 5;
    if (fault === 2) km = Math.max(0, km - 5_000);
    if (fault === 3) rateCents = 15_000;
    if (fault === 4) priceCents += 1_000;
    const labor = Math.round((hoursTenths * rateCents) / 10);
    const total = labor + priceCents;
    const completedMs = repairMs + 3 * HOUR;
    const claim: Record<string, unknown> = {
      id: `CLM-${c}`,
      dealerId: `D${v % 400}`,
      vin: vehicle.vin,
      roId: `RO-W-${c}`,
      repairDate: dateOf(repairMs),
      repairCompletedAt: beijingInstant(completedMs),
      odometerKm: km,
      failureCode: `${OP_PREFIX[system]}${random.int(100, 999)}`,
      causalPartNumber: partNumber,
      laborOps: [
        {
          opCode: op.opCode,
          hours: (hoursTenths / 10).toFixed(1),
          laborRate: cents(rateCents),
          amount: cents(labor),
        },
      ],
      parts: [
        {
          partNumber,
          quantity: '1',
          unitPrice: cents(priceCents),
          amount: cents(priceCents),
          isCausal: true,
        },
      ],
      amounts: { labor: cents(labor), parts: cents(priceCents), total: cents(total) },
      currency: 'CNY',
      status: 'submitted',
      submittedAt: beijingInstant(completedMs + submitDays * DAY),
      submissionCount: 1,
      oldPart: {
        retained: true,
        ...(fault === 5 ? {} : { shippedAt: beijingInstant(completedMs + 7 * DAY) }),
      },
    };
    if (total > 500_000 && random.chance(0.9)) claim.preAuthorization = { number: `PA-${c}` };
    claims.push(claim);
    // The first maintenance falls inside the example policy's 6 months / 7,500 km for most.
    const firstDays = Math.min(150, Math.floor(7_000 / (kmPerDay[v] as number)));
    requests.push({
      vehicle,
      repair: { date: claim.repairDate, odometerKm: km, system, partGroup: group, amount: cents(total) },
      firstMaintenance: {
        date: dateOf((startMs[v] as number) + firstDays * DAY),
        odometerKm: firstDays * (kmPerDay[v] as number),
      },
    });
  }
  return { vehicles, repairOrders, claims, laborTimes: times, partGroups, partPrices, requests };
}

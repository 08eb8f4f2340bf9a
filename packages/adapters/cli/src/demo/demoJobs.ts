import type {
  LaborLineInput,
  PartInput,
  PartLineInput,
  RepairOrderJobInput,
  RepairOrderKind,
  VehicleSystem,
} from '@aftersales/core';
import type { Random } from '@aftersales/testkit';
import { shanghaiInstant } from './demoClock';

/**
 * Posted labor rates in yuan per sold hour, by who pays: the customer (CP), the carmaker (W: the
 * example Huaxia policy's agreed claim rate, ¥120) and an insurer (INS).
 */
const RATES = { CP: 380, W: 120, INS: 420 } as const;
/** What a clocked hour of a technician costs the dealer, in yuan. */
const TECHNICIAN_COST = 60;

type Payer = keyof typeof RATES;

const PAYER: Partial<Record<RepairOrderKind, Payer>> = {
  first_maintenance: 'W',
  warranty: 'W',
  insurance: 'INS',
};

/**
 * Parts of the master sorted into price bands, for part lines that sell what the dealer stocks.
 *
 * @example
 * const picker: PartPicker = createPartPicker(parts);
 * picker.oil.unit; // 'L'
 */
export interface PartPicker {
  /** Engine oil sold by the litre. */
  readonly oil: PartInput;
  /** Filters, clips, bulbs: up to ¥80. */
  readonly cheap: readonly PartInput[];
  /** ¥80–600: pads, sensors, pumps. */
  readonly mid: readonly PartInput[];
  /** ¥600–1,500: modules, panels, lamps. */
  readonly high: readonly PartInput[];
}

/**
 * A decimal string with at most two places, in fen (integer arithmetic only).
 *
 * @example
 * fenOf('83.7'); // 8370
 */
export function fenOf(text: string): number {
  const [whole = '0', fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/**
 * Fen as a decimal string of yuan with two places.
 *
 * @example
 * yuanOf(37_665); // '376.65'
 */
export function yuanOf(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * Sorts a parts master into the bands of a {@link PartPicker}; parts sold by the litre (all but
 * the first, the oil) and superseded parts are left out of the bands.
 *
 * @throws Error when the master has no part sold by the litre (the testkit's always has)
 * @example
 * const picker = createPartPicker(demoPartsData(8, '2025-01-01').parts);
 */
export function createPartPicker(parts: readonly PartInput[]): PartPicker {
  const oil = parts.find((part) => part.allowsFractionalQuantity === true);
  if (oil === undefined) throw new Error('the parts master has no oil sold by the litre');
  const cheap: PartInput[] = [];
  const mid: PartInput[] = [];
  const high: PartInput[] = [];
  for (const part of parts) {
    if (part.allowsFractionalQuantity === true || part.supersededBy !== undefined) continue;
    const fen = fenOf(String(part.price));
    if (fen <= 8_000) cheap.push(part);
    else if (fen <= 60_000) mid.push(part);
    else if (fen <= 150_000) high.push(part);
  }
  return { oil, cheap, mid, high };
}

/**
 * What a job is made from: the RO's context and where its lines come from.
 *
 * @example
 * const context: JobContext = { random, id: 'RO-1-J1', kind: 'repair', system: 'brakes', technicians, startMs, endMs, parts };
 */
export interface JobContext {
  readonly random: Random;
  /** The job's id; its lines are `<id>-L1`, `<id>-P1`, … */
  readonly id: string;
  readonly kind: RepairOrderKind;
  /** The system the RO's visit was about (a comeback repeats the earlier visit's). */
  readonly system: VehicleSystem;
  readonly technicians: readonly string[];
  /** When the repair started and was completed: the lines fall in between. */
  readonly startMs: number;
  readonly endMs: number;
  readonly parts: PartPicker;
}

interface Recipe {
  readonly concern: string;
  readonly system: VehicleSystem;
  /** Per labor line: op code, description and sold tenths of an hour. */
  readonly labor: readonly (readonly [string, string, number])[];
  /** Per part line: the part and the quantity (tenths for oil). */
  readonly parts: readonly (readonly [PartInput, number])[];
}

const CONCERNS: Partial<Record<VehicleSystem, string>> = {
  engine: '发动机故障灯亮，加速无力',
  brakes: '制动时有异响',
  suspension: '过减速带底盘异响',
  electrical: '仪表报警，部分电器失灵',
  hvac: '空调不制冷',
  steering: '高速行驶方向盘抖动',
  transmission: '换挡顿挫',
  body: '车身刮擦',
  maintenance: '保养后仍有异响',
};

function recipe(c: JobContext): Recipe {
  const { random, parts } = c;
  const code = c.system.slice(0, 3).toUpperCase();
  switch (c.kind) {
    case 'maintenance':
    case 'first_maintenance': {
      const first = c.kind === 'first_maintenance';
      const extra = !first && random.chance(0.35) ? [[random.pick(parts.cheap), 1] as const] : [];
      return {
        concern: first ? '首次保养' : '定期保养',
        system: 'maintenance',
        labor: [[first ? 'MNT-001' : 'MNT-010', '更换机油及机油滤清器，常规检查', random.pick([8, 10, 12])]],
        parts: [[parts.oil, random.pick([45, 50])], [random.pick(parts.cheap), 1], ...extra],
      };
    }
    case 'insurance':
      return {
        concern: '事故车定损维修',
        system: 'body',
        labor: [
          ['BOD-110', '拆装', random.int(5, 10)],
          ['BOD-210', '钣金修复', random.int(10, 18)],
          ['PNT-310', '喷漆', random.int(10, 18)],
        ],
        parts: Array.from({ length: random.int(1, 2) }, () => [random.pick(parts.mid), 1] as const),
      };
    case 'bodyshop':
      return {
        concern: CONCERNS.body ?? '车身刮擦',
        system: 'body',
        labor: [
          ['BOD-220', '钣金修复', random.int(12, 24)],
          ['PNT-320', '局部喷漆', random.int(12, 24)],
        ],
        parts: random.chance(0.5)
          ? [[random.pick(parts.mid), 1]]
          : [[random.pick(parts.cheap), random.int(1, 3)]],
      };
    case 'warranty':
      return {
        concern: CONCERNS[c.system] ?? '故障检修',
        system: c.system,
        labor: [[`${code}-W${random.int(10, 99)}`, '保修检修', random.int(5, 30)]],
        parts: [[random.pick(random.chance(0.3) ? parts.high : parts.mid), 1]],
      };
    default: {
      const lines = random.int(1, 2);
      return {
        concern: CONCERNS[c.system] ?? '故障检修',
        system: c.system,
        labor: Array.from(
          { length: lines },
          (_, i) =>
            [
              `${code}-${random.int(100, 199)}`,
              i === 0 ? '故障诊断' : '故障维修',
              random.int(4, 16),
            ] as const,
        ),
        parts: Array.from({ length: random.int(0, 2) }, () => [random.pick(parts.mid), 1] as const),
      };
    }
  }
}

/**
 * One priced job of an RO of `context.kind`: labor lines at the posted rate of the payer, sold
 * and clocked hours credited to a technician, and part lines that sell parts of the master at
 * its price. The recipes are set so that the averages match the dealer manuals (see the demo's
 * revenue-mix test): about ¥800 per repair or maintenance RO, about ¥1,800 per insurance RO.
 *
 * @example
 * const job = pricedJob({ random, id: 'RO-1-J1', kind: 'maintenance', system: 'maintenance', technicians, startMs, endMs, parts });
 */
export function pricedJob(context: JobContext): RepairOrderJobInput {
  const { random, id } = context;
  const payType = PAYER[context.kind] ?? 'CP';
  const rate = RATES[payType];
  const made = recipe(context);
  const span = Math.max(1, context.endMs - context.startMs);
  const step = span / made.labor.length;
  const laborLines = made.labor.map(([opCode, description, soldTenths], index): LaborLineInput => {
    const clockedTenths = Math.max(1, Math.round(soldTenths * (0.75 + random.next() * 0.4)));
    return {
      id: `${id}-L${index + 1}`,
      opCode,
      description,
      standardHours: (soldTenths / 10).toFixed(1),
      soldHours: (soldTenths / 10).toFixed(1),
      clockedHours: (clockedTenths / 10).toFixed(1),
      technicianId: random.pick(context.technicians),
      payType,
      laborRate: `${rate}.00`,
      laborAmount: yuanOf(soldTenths * rate * 10),
      laborCost: yuanOf(clockedTenths * TECHNICIAN_COST * 10),
      startedAt: shanghaiInstant(context.startMs + Math.round(step * index)),
      completedAt: shanghaiInstant(context.startMs + Math.round(step * (index + 1))),
    };
  });
  const partLines = made.parts.map(([part, quantity], index): PartLineInput => {
    const litres = part.allowsFractionalQuantity === true;
    return {
      id: `${id}-P${index + 1}`,
      partNumber: part.partNumber,
      description: part.description,
      quantity: litres ? (quantity / 10).toFixed(1) : String(quantity),
      unit: part.unit,
      unitPrice: String(part.price),
      ...(part.cost === undefined ? {} : { unitCost: String(part.cost) }),
      source: part.source,
      payType,
      issuedAt: shanghaiInstant(context.startMs),
    };
  });
  return {
    id,
    concern: made.concern,
    system: made.system,
    kind: context.kind,
    authorization: 'approved',
    payType,
    laborLines,
    partLines,
  };
}

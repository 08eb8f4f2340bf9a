import { kpiSources } from '@aftersales/kpi';
import {
  createRandom,
  generatePartsData,
  generateWarrantyData,
  repairOrderRecords,
} from '@aftersales/testkit';

/**
 * Records for every input of the KPI catalog, small enough for a fast suite: repair orders,
 * stock movements and warranty claims from the testkit generators, a few hand-made repair orders
 * whose instants fall just after midnight on the 1st in Shanghai (the previous UTC day, so a
 * wrong time zone moves them to the previous month), and seeded rows for every other source,
 * each field drawn from a small pool by its type so that filters both keep and drop rows.
 */

type Json = Record<string, unknown>;

const DEALERS = ['DLR-001', 'DLR-002', 'DLR-003'];
// Codes the catalog's filters test for, by field name; other strings come from a small pool.
const POOLS: Readonly<Record<string, readonly string[]>> = {
  status: [
    'scheduled',
    'arrived',
    'cancelled',
    'no_show',
    'open',
    'resolved',
    'closed',
    'approved',
    'rejected',
    'paid',
    'draft',
  ],
  kind: ['csi', 'mystery', 'phone', 'other'],
  team: ['front', 'workshop', 'other'],
  ownership: ['own', 'contracted'],
  channel: ['oem', 'local', 'workshop', 'counter'],
  orderType: ['stock', 'special'],
  type: ['issue_ro', 'return_from_ro', 'counter_sale', 'return_from_customer', 'receipt'],
  category: ['service', 'parts'],
  currency: ['CNY', 'CNY', 'CNY', 'CNY', 'USD'],
};

const START = Date.UTC(2023, 11, 1);
const SPAN = 400 * 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant as ISO text with a +08:00 offset (or Z), at a random minute of the span. */
function instantText(ms: number, zulu: boolean): string {
  if (zulu) return new Date(ms).toISOString();
  const local = new Date(ms + 8 * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+08:00`;
}

function setPath(record: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Json;
  }
  target[keys[keys.length - 1] as string] = value;
}

/** Seeded records of a flat input (any source but the repair-order ones). */
export function flatRecords(input: string, count: number, seed: number, vins: readonly string[]): Json[] {
  const random = createRandom(seed);
  const source = Object.values(kpiSources).find((candidate) => candidate.input === input);
  if (source === undefined) throw new Error(`no source for ${input}`);
  const records: Json[] = [];
  for (let i = 0; i < count; i += 1) {
    const record: Json = {};
    for (const [name, field] of Object.entries(source.fields)) {
      const optional = field.required !== true && name !== 'dealerId' && name !== 'sellingDealerId';
      if (optional && random.next() < 0.12) continue;
      let value: unknown;
      switch (field.type) {
        case 'string':
          if (name === 'id' || name === 'countId') value = `${input}-${i}`;
          else if (name === 'dealerId' || name === 'sellingDealerId') value = random.pick(DEALERS);
          else if (name === 'vin') value = random.pick(vins);
          else value = random.pick(POOLS[name] ?? [`${name}-a`, `${name}-b`, `${name}-c`]);
          break;
        case 'boolean':
          value = random.next() < 0.6;
          break;
        case 'number':
        case 'money': {
          // Whole units and cents, now and then four places; quantities of movements signed.
          const cents = random.int(-200, 90_000);
          value =
            random.next() < 0.2 ? `${random.int(0, 60)}.${random.int(0, 9999)}` : (cents / 100).toFixed(2);
          if (name === 'scaleMin') value = '0';
          if (name === 'scaleMax') value = random.pick(['5', '10', '100']);
          if (name === 'score') value = String(random.int(0, 5));
          if (name === 'submissionCount') value = random.int(1, 3);
          break;
        }
        case 'instant': {
          const ms = START + Math.floor(random.next() * SPAN);
          // One in five on the first of a month just after midnight in Shanghai: still the previous day in UTC.
          const edge = random.next() < 0.2 ? Date.UTC(2024, random.int(0, 11), 1, 16, 30) - 86_400_000 : ms;
          value = instantText(edge, random.next() < 0.3);
          break;
        }
        case 'date': {
          const day = new Date(START + Math.floor(random.next() * SPAN));
          value = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
          if (name === 'month') value = `${String(value).slice(0, 8)}01`;
          break;
        }
      }
      setPath(record, field.path ?? name, value);
    }
    records.push(record);
  }
  return records;
}

/** Hand-made ROs on month edges: opened, closed and delivered at 00:30 on the 1st in Shanghai. */
function edgeRepairOrders(): Json[] {
  return [1, 2, 3, 4, 5, 6].map((month) => ({
    id: `RO-EDGE-${month}`,
    dealerId: 'DLR-001',
    vin: `LSVEDGE0000000${month}`.slice(0, 17),
    advisorId: 'DLR-001-SA1',
    kind: 'repair',
    status: 'closed',
    // 2024-0m-01T00:30+08:00 is 16:30 UTC on the last day of the month before.
    openedAt: `2024-${pad(month)}-01T00:30:00+08:00`,
    receivedAt: `2024-${pad(month)}-01T00:30:00+08:00`,
    promisedAt: `2024-${pad(month)}-01T06:00:00+08:00`,
    repairCompletedAt: `2024-${pad(month)}-01T03:00:00+08:00`,
    deliveredAt: `2024-${pad(month)}-01T05:15:00+08:00`,
    closedAt: `${new Date(Date.UTC(2024, month - 1, 1) - 86_400_000).toISOString().slice(0, 10)}T16:45:00Z`,
    jobs: [
      {
        system: 'engine',
        payType: 'CP',
        laborLines: [
          {
            id: `RO-EDGE-${month}-L1`,
            soldHours: '1.3',
            clockedHours: '1.25',
            payType: 'CP',
            laborAmount: '494.00',
            laborCost: '75.00',
            technicianId: 'DLR-001-T01',
            completedAt: `2024-${pad(month)}-01T02:00:00+08:00`,
          },
        ],
        partLines: [],
      },
    ],
  }));
}

/** Every input of the catalog, by input name. */
export function catalogTestRecords(seed = 7): Record<string, Json[]> {
  const repairOrders = [
    ...(repairOrderRecords({ seed, count: 1500, dealers: 3, startDate: '2024-01-02' }) as Iterable<Json>),
    ...edgeRepairOrders(),
  ];
  const vins = [...new Set(repairOrders.map((ro) => ro.vin as string))];
  const parts = generatePartsData({ seed, parts: 12, from: '2024-01', months: 6 });
  const warranty = generateWarrantyData({ seed, vehicles: 60, claims: 80, repairOrders: 20 });
  const records: Record<string, Json[]> = { repairOrders };
  for (const source of Object.values(kpiSources)) {
    if (source.input === 'repairOrders' || Object.hasOwn(records, source.input)) continue;
    records[source.input] = flatRecords(source.input, 240, seed + source.input.length, vins);
  }
  records.stockMovements = [
    ...(parts.movements as unknown as Json[]).map((movement, i) => ({
      currency: 'CNY',
      ...movement,
      dealerId: DEALERS[i % 3],
    })),
    ...(records.stockMovements ?? []),
  ];
  records.warrantyClaims = [...(warranty.claims as Json[]), ...(records.warrantyClaims ?? [])];
  return records;
}

/**
 * The KPI figures of issue 4: the whole catalog over 1,000,000 repair orders grouped by dealer ×
 * month (ms, single thread), a hand-written plain-number loop computing five of the KPIs on the
 * same data, and the memory the accumulator holds above the input while streaming.
 *
 * The ROs come from the testkit generator. A million generated ROs would take about 8 GB and two
 * minutes to build, so the benchmark builds 100,000 (20 a day at each of 10 dealers, ≈ 16 months)
 * and feeds them ten times: every pass does the full work of reading and counting each record. They
 * go through JSON once, as the replay benchmark's logs do.
 */
import { catalogKpi, computeKpis, computeKpisSync, kpiCatalog } from '@aftersales/kpi';
import { repairOrderRecords } from '@aftersales/testkit';
import { type BenchRow, bestOf } from './table';

const DISTINCT = 100_000;
const PASSES = 10;
const OPTIONS = { kpis: kpiCatalog, groupBy: ['dealer', 'month'] as const, timeZone: 'Asia/Shanghai' };

function* tenfold<T>(records: readonly T[]): Generator<T> {
  for (let pass = 0; pass < PASSES; pass += 1) yield* records;
}

interface Cell {
  closed: number;
  revenue: number;
  laborSales: number;
  soldHours: number;
  clocked: number;
  soldOnClocked: number;
  comebacks: number;
  externalClosed: number;
}

// Shanghai keeps UTC+8 all year, so a hand-written loop may shift by a constant to get the dealer's month.
const SHANGHAI_MS = 8 * 3_600_000;
function monthInShanghai(instant: string): number {
  const shifted = new Date(Date.parse(instant) + SHANGHAI_MS);
  return shifted.getUTCFullYear() * 100 + shifted.getUTCMonth() + 1;
}

/**
 * Five KPIs the way a developer would write them by hand: floats, `Date.parse` and a fixed +8 h
 * shift for the dealer's month (right for any offset the instants are written in), no checks, no
 * technician grouping (efficiency is per dealer here). ro.count, ro.revenue.avg, labor.elr,
 * tech.efficiency, ro.comeback.
 */
// biome-ignore lint/suspicious/noExplicitAny: the baseline reads the generated records untyped, as a hand-written loop would
function plainLoop(records: Iterable<any>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const cell = (key: string): Cell => {
    let found = cells.get(key);
    if (found === undefined) {
      found = {
        closed: 0,
        revenue: 0,
        laborSales: 0,
        soldHours: 0,
        clocked: 0,
        soldOnClocked: 0,
        comebacks: 0,
        externalClosed: 0,
      };
      cells.set(key, found);
    }
    return found;
  };
  for (const ro of records) {
    if (ro.status === 'cancelled' || ro.status === 'voided') continue;
    const closedAt: string | undefined = ro.closedAt;
    let laborSales = 0;
    let partsSales = 0;
    let soldHours = 0;
    for (const job of ro.jobs) {
      for (const line of job.laborLines) {
        const amount = Number.parseFloat(line.laborAmount);
        const sold = Number.parseFloat(line.soldHours);
        laborSales += amount;
        soldHours += sold;
        if (line.completedAt !== undefined && line.clockedHours !== undefined) {
          const done = cell(`${ro.dealerId}|${monthInShanghai(line.completedAt)}`);
          done.clocked += Number.parseFloat(line.clockedHours);
          done.soldOnClocked += sold;
        }
      }
      for (const line of job.partLines)
        partsSales += Number.parseFloat(line.amount ?? line.quantity * line.unitPrice);
    }
    if (closedAt !== undefined) {
      const closed = cell(`${ro.dealerId}|${monthInShanghai(closedAt)}`);
      closed.closed += 1;
      closed.revenue += laborSales + partsSales;
      closed.laborSales += laborSales;
      closed.soldHours += soldHours;
      if (ro.kind !== 'internal') {
        const opened = cell(`${ro.dealerId}|${monthInShanghai(ro.openedAt)}`);
        opened.externalClosed += 1;
        if (ro.comeback?.isComeback === true) opened.comebacks += 1;
      }
    }
  }
  return cells;
}

/**
 * Heap held above the input while a stream of a million ROs is counted. The heap is sampled after
 * a full GC every 100,000 records, once while the stream is merely drained (the baseline: input,
 * generator, runtime) and once while the catalog counts it; the figure is the difference of the
 * peaks, i.e. what the accumulator keeps.
 */
async function streamingMemory(records: readonly unknown[]): Promise<number | undefined> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  let peak = 0;
  async function* stream() {
    let n = 0;
    for (const record of tenfold(records)) {
      n += 1;
      if (n % 100_000 === 0) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      yield record;
    }
  }
  for await (const _record of stream()) {
    // drained: the baseline
  }
  const baseline = peak;
  peak = 0;
  const report = await computeKpis({ repairOrders: stream() }, OPTIONS);
  if (report.cells.length === 0) throw new Error('the streamed report is empty');
  return (peak - baseline) / 1e6;
}

/** The baseline must count what the catalog counts: closed ROs per dealer and month agree. */
function checkSameWork(records: readonly unknown[]): void {
  const report = computeKpisSync({ repairOrders: records }, { ...OPTIONS, kpis: [catalogKpi('ro.count')] });
  const plain = plainLoop(records);
  for (const cell of report.cells) {
    const expected = plain.get(`${cell.group.dealer}|${cell.period?.label.replace('-', '')}`)?.closed ?? 0;
    if (Number(cell.value) !== expected) {
      throw new Error(
        `ro.count ${cell.group.dealer} ${cell.period?.label}: ${cell.value} ≠ plain ${expected}`,
      );
    }
  }
}

export async function benchKpiCatalog(): Promise<BenchRow[]> {
  // Through JSON once, as records read from a file or a database would be (a generated string is a
  // rope until first read; a parsed one is flat, and a parsed record's fields sit together).
  const records: unknown[] = JSON.parse(
    JSON.stringify([...repairOrderRecords({ seed: 4, count: DISTINCT, dealers: 10 })]),
  );
  const catalog = bestOf(2, () => computeKpisSync({ repairOrders: tenfold(records) }, OPTIONS));
  const plain = bestOf(2, () => plainLoop(tenfold(records)));
  checkSameWork(records);
  const memory = await streamingMemory(records);
  const rows: BenchRow[] = [
    {
      figure: `KPI catalog (${kpiCatalog.length} KPIs), 1,000,000 ROs, dealer × month (ms)`,
      measured: catalog,
      target: '≤ 2000',
      baseline: `plain loop, 5 KPIs: ${Math.round(plain)} (catalog ÷ plain = ${(catalog / plain).toFixed(2)}, target ≤ 3)`,
    },
  ];
  if (memory !== undefined) {
    rows.push({
      figure: 'KPI catalog streaming 1,000,000 ROs: peak heap above the input (MB)',
      measured: memory,
      target: '< 300',
      baseline: 'input: 100,000 ROs held, fed 10 times',
    });
  }
  return rows;
}

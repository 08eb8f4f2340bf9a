import { type Money, money, toCalendarDate } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { generateDemoDealer } from './generateDemoDealer';

/**
 * The figures the demo dealer's revenue mix is held to, from ../shared/domain/SEED-FIGURES.md
 * ("Service reception and workshop"):
 *
 * - ro.avg.revenue.repair — 维修平均单车产值: average revenue per repair/maintenance RO, ¥800;
 * - ro.avg.revenue.insurance — 保险平均单车产值: average revenue per insurance (collision) RO, ¥1,800;
 * - ro.bodyshop.share — 钣喷业务产值占比: body & paint share of after-sales revenue, ≥ 30 %.
 *
 * Counted as KPI-CATALOG.md defines them (ro.revenue.avg, ro.bodyshop.share): closed ROs (closed
 * in the period, cancelled and voided never count), revenue = labor sales + parts sales (labor
 * amount + quantity × unit price of each line), the RO's payer = the pay type with the largest
 * amount; body & paint = the lines of jobs on the body (or of kind bodyshop). The averages may be
 * 10 % off the manual's figure either way; the body & paint share must reach the manual's 30 % and
 * stay under 40 % (a dealer above that would be a body shop).
 */

interface Line {
  payType: string;
  laborAmount?: string;
  quantity?: string;
  unitPrice?: string;
}
interface Ro {
  status: string;
  closedAt?: string;
  jobs: { system?: string; kind?: string; laborLines: Line[]; partLines: Line[] }[];
}

const dataset = generateDemoDealer();
const { from, to } = dataset.period;
const closed = (dataset.repairOrders as Ro[]).filter((ro) => {
  if (ro.status !== 'closed' || ro.closedAt === undefined) return false;
  const date = toCalendarDate(ro.closedAt, 'Asia/Shanghai');
  return date >= from && date <= to;
});

const zero = money('0');
const amountOf = (line: Line): Money =>
  line.laborAmount !== undefined
    ? money(line.laborAmount)
    : money(line.unitPrice ?? '0').multiply(line.quantity ?? '0');

/** Revenue per pay type of one RO, and the part of it on body & paint jobs. */
function revenueOf(ro: Ro): { byPayer: Map<string, Money>; body: Money } {
  const byPayer = new Map<string, Money>();
  let body = zero;
  for (const job of ro.jobs) {
    const isBody = job.system === 'body' || job.system === 'paint' || job.kind === 'bodyshop';
    for (const line of [...job.laborLines, ...job.partLines]) {
      const amount = amountOf(line);
      byPayer.set(line.payType, (byPayer.get(line.payType) ?? zero).add(amount));
      if (isBody) body = body.add(amount);
    }
  }
  return { byPayer, body };
}

const mainPayer = (byPayer: Map<string, Money>): string =>
  [...byPayer].reduce((best, entry) => (entry[1].greaterThan(best[1]) ? entry : best), ['CP', zero])[0];

const sums = { repair: { total: zero, count: 0 }, insurance: { total: zero, count: 0 } };
let body = zero;
let total = zero;
for (const ro of closed) {
  const revenue = revenueOf(ro);
  const all = [...revenue.byPayer.values()].reduce((a, b) => a.add(b), zero);
  const bucket = mainPayer(revenue.byPayer) === 'INS' ? sums.insurance : sums.repair;
  bucket.total = bucket.total.add(all);
  bucket.count += 1;
  body = body.add(revenue.body);
  total = total.add(all);
}
/** The average, rounded to the fen, as a decimal string (no float). */
const average = (bucket: { total: Money; count: number }): Money =>
  money(bucket.total.toDecimal().div(bucket.count).toFixed(2));

describe('generateDemoDealer revenue mix', () => {
  it('closes enough ROs in the period to average over', () => {
    // 20 a day over 366 days, less the last days' ROs not yet closed and the cancelled ones.
    expect(closed.length).toBeGreaterThan(6_500);
    expect(sums.insurance.count).toBeGreaterThan(400);
  });

  it('averages about ¥800 per repair or maintenance RO (manual: ro.avg.revenue.repair)', () => {
    const avg = average(sums.repair);
    expect(avg.greaterThanOrEqual(money('720.00')), avg.toDecimalString()).toBe(true);
    expect(avg.lessThanOrEqual(money('880.00')), avg.toDecimalString()).toBe(true);
  });

  it('averages about ¥1,800 per insurance RO (manual: ro.avg.revenue.insurance)', () => {
    const avg = average(sums.insurance);
    expect(avg.greaterThanOrEqual(money('1620.00')), avg.toDecimalString()).toBe(true);
    expect(avg.lessThanOrEqual(money('1980.00')), avg.toDecimalString()).toBe(true);
  });

  it('makes 30–40 % of revenue on body & paint (manual: ro.bodyshop.share ≥ 30 %)', () => {
    const share = body.toDecimal().div(total.toDecimal()).times(100);
    expect(share.gte(30), share.toFixed(2)).toBe(true);
    expect(share.lt(40), share.toFixed(2)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { addValue, createDemandTable, type DemandTable } from '../demand/demandTable';
import { demandWindow } from '../demand/demandWindow';
import { ZONE } from '../testing';
import { demandStatistics } from './demandStatistics';

const SAFE = Number.MAX_SAFE_INTEGER; // 2⁵³ − 1 = 9,007,199,254,740,991

/** A table of three months (January to March 2024) with `rows` parts, every cell 0. */
function table(rows: number): DemandTable {
  const made = createDemandTable(
    demandWindow({ timeZone: ZONE, from: '2024-01', to: '2024-03' }),
    'CNY',
    rows,
  );
  for (let row = 0; row < rows; row += 1) made.partNumbers.push(`P${row}`);
  return made;
}

describe('demandStatistics', () => {
  it('sums squares exactly when they pass 2⁵³', () => {
    // 7,000.0001 parts = 70,000,001 units (× 10⁴) in January and February, 0.0001 in March.
    // 70,000,001² = 4,900,000,140,000,001; two of them pass 2⁵³; with 1² the exact sum is
    // 9,800,000,280,000,003 (odd: a float near 10¹⁶ cannot hold it).
    const t = table(1);
    t.quantity.set([70_000_001, 70_000_001, 1], 0);
    const statistics = demandStatistics(t, [0], 3, 3);
    expect([statistics.sum, statistics.sumOfSquares]).toEqual([140_000_003n, 9_800_000_280_000_003n]);
    // mean 14,000.0003 / 3 parts
    expect(statistics.mean).toBeCloseTo(14_000.0003 / 3, 6);
  });

  it('moves squares to BigInt when their running sum would be odd past 2⁵³', () => {
    // 70,000,001² + 70,000,000² = 4,900,000,140,000,001 + 4,900,000,000,000,000
    // = 9,800,000,140,000,001: odd, past 2⁵³, so no float holds it.
    const t = table(1);
    t.quantity.set([70_000_001, 70_000_000, 0], 0);
    expect(demandStatistics(t, [0], 3, 3).sumOfSquares).toBe(9_800_000_140_000_001n);
  });

  it('adds values one past 2⁵³ exactly, in a month and across months', () => {
    // A month of 2⁵³ − 1 and 2 (two rows): 9,007,199,254,740,993, which a float rounds to …992.
    const rows = table(2);
    rows.value.set([SAFE, 0, 0], 0);
    rows.value.set([2, 0, 0], 3);
    expect(demandStatistics(rows, [0, 1], 3, 3).value).toBe(9_007_199_254_740_993n);
    // January 2⁵³ − 1, February 2: the same sum across months.
    const months = table(1);
    months.value.set([SAFE, 2, 0], 0);
    expect(demandStatistics(months, [0], 3, 3).value).toBe(9_007_199_254_740_993n);
    // A first month already spilled (10²⁰), then 5: 100,000,000,000,000,000,005.
    const spilled = table(1);
    addValue(spilled, 0, 10n ** 20n);
    spilled.value[1] = 5;
    expect(demandStatistics(spilled, [0], 3, 3).value).toBe(100_000_000_000_000_000_005n);
  });

  it('adds values of several rows and months exactly, past 2⁵³ and with spilled cells', () => {
    // Values × 10⁸. January 5 + 7 = 12; February 2⁵³ − 1 twice and 5: 18,014,398,509,481,987;
    // March a spilled 10²⁰ and 3.
    const t = table(3);
    t.value.set([5, SAFE, 0], 0); // P0: January, February, March
    t.value.set([7, SAFE, 3], 3); // P1
    t.value.set([0, 5, 0], 6); // P2
    addValue(t, 2, 10n ** 20n);
    const statistics = demandStatistics(t, [0, 1, 2], 3, 3);
    // 12 + 18,014,398,509,481,987 + 100,000,000,000,000,000,003
    expect(statistics.value).toBe(100_018_014_398_509_482_002n);
    expect(statistics.lastMonthValue).toBe(100_000_000_000_000_000_003n);
  });

  it('reads the statistics months and the recent months apart', () => {
    // Hits 2, 3, 4 and quantities 1, 2, 3 parts; values 10, 20, 30.
    const t = table(1);
    t.hits.set([2, 3, 4], 0);
    t.quantity.set([10_000, 20_000, 30_000], 0);
    t.value.set([1_000_000_000, 2_000_000_000, 3_000_000_000], 0);
    // One statistics month (March), three recent months.
    const march = demandStatistics(t, [0], 1, 3);
    expect([march.months, march.hits, march.recentHits, march.sum, march.value]).toEqual([
      1,
      4,
      9,
      30_000n,
      3_000_000_000n,
    ]);
    // Three statistics months, one recent month.
    const all = demandStatistics(t, [0], 3, 1);
    expect([all.hits, all.recentHits, all.sum, all.value]).toEqual([9, 4, 60_000n, 6_000_000_000n]);
    // Σq² = 1 + 4 + 9 = 14 parts² (× 10⁸); mean 2; σ² = 14/3 − 4 = 2/3
    expect(all.sumOfSquares).toBe(1_400_000_000n);
    expect(all.mean).toBe(2);
    expect(all.deviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // Ending before March: January and February; the last month read is February.
    const early = demandStatistics(t, [0], 2, 2, 2);
    expect([early.hits, early.sum, early.value, early.lastMonthValue]).toEqual([
      5,
      30_000n,
      3_000_000_000n,
      2_000_000_000n,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyParts, demandHistory, type PartClassification, type PartsClassification } from '../index';
import { monthlyIssues, movement, part, position, repeat, ZONE } from '../testing';

// Twelve months, October 2023 to September 2024: the default policy's statistics months.
const YEAR = { timeZone: ZONE, from: '2023-10', to: '2024-09' } as const;
const AS_OF = '2024-09-30';

const get = (result: PartsClassification, partNumber: string): PartClassification => {
  const found = result.parts.find((entry) => entry.partNumber === partNumber);
  if (!found) throw new Error(`no classification for ${partNumber}`);
  return found;
};

describe('classifyItems', () => {
  it('reads a part first received within the statistics months from its first month on', () => {
    // Received 5 July 2024, 3 a month in July, August and September: 3 months read, mean 3,
    // no variation (X). Over all 12 months it would be 9 / 12 = 0.75 a month and erratic.
    const history = demandHistory(
      [
        movement('N1', 'receipt', '20', '2024-07-05'),
        ...monthlyIssues('N1', '2024-07', ['3', '3', '3']),
        // Received before the statistics months (and on their first day): all 12 months read.
        movement('OLD', 'receipt', '20', '2023-08-01'),
        movement('EDGE', 'receipt', '20', '2023-10-01T00:00:00+08:00'),
        ...monthlyIssues('OLD', '2024-07', ['3', '3', '3']),
        ...monthlyIssues('EDGE', '2024-07', ['3', '3', '3']),
      ],
      YEAR,
    );
    const result = classifyParts(history, { asOf: AS_OF });
    expect([get(result, 'N1').meanMonthlyDemand, get(result, 'N1').variation, get(result, 'N1').xyz]).toEqual(
      ['3', 0, 'X'],
    );
    // 9 over 12 months: mean 0.75; 9 months of 0 and 3 of 3: σ² = 9·3/12 − 0.75² = 1.6875, CV √1.6875 / 0.75 ≈ 1.7321
    for (const partNumber of ['OLD', 'EDGE']) {
      expect(get(result, partNumber).meanMonthlyDemand).toBe('0.75');
      expect(get(result, partNumber).variation).toBeCloseTo(Math.sqrt(3), 4);
    }
  });

  it('reads no more than the policy’s months for a part received before them', () => {
    // Six statistics months (April to September 2024); received November 2023, inside the history
    // but before them: six months read. 6 in each of April to September: mean 6.
    const history = demandHistory(
      [movement('H6', 'receipt', '50', '2023-11-10'), ...monthlyIssues('H6', '2024-04', repeat('6', 6))],
      YEAR,
    );
    const h6 = get(
      classifyParts(history, { asOf: AS_OF, policy: { id: 'half-year', historyMonths: 6 } }),
      'H6',
    );
    expect([h6.meanMonthlyDemand, h6.decision.trace[1]?.facts.months]).toEqual(['6', 6]);
  });

  it('reads all the months of a part whose receipt date (from the DMS) is after the history', () => {
    // Received 5 October 2024 by the stock position, after the history's last month: 12 months
    // read, 12 issued in September → 1 a month.
    const history = demandHistory([movement('LATE', 'issue_ro', '12', '2024-09-10')], YEAR);
    const late = get(
      classifyParts(history, {
        positions: [position('LATE', '0', { firstReceivedOn: '2024-10-05' })],
        asOf: '2024-10-20',
      }),
      'LATE',
    );
    expect([late.meanMonthlyDemand, late.decision.trace[1]?.facts.months]).toEqual(['1', 12]);
  });

  it('keeps a new fast mover fast', () => {
    // Received 5 July 2024; 4 lines in each of July, August, September: 12 lines over its 3 months,
    // 4 a month = the fast limit. New parts are never slow, but a fast one stays fast.
    const lines = ['2024-07', '2024-08', '2024-09'].flatMap((month) =>
      ['03', '10', '17', '24'].map((day) => movement('NF', 'issue_ro', '1', `${month}-${day}`)),
    );
    const history = demandHistory([movement('NF', 'receipt', '20', '2024-07-02'), ...lines], YEAR);
    const entry = get(classifyParts(history, { asOf: AS_OF }), 'NF');
    expect([entry.movement, entry.isNew]).toEqual(['fast', true]);
  });

  it('decides XYZ exactly when the variation is within a hair of the limit', () => {
    // Received 1 August 2024: two months read. 75,000.0001 then 25,000: CV = |q1 − q2| / (q1 + q2)
    // = 50,000.0001 / 100,000.0001 = 0.5 + 0.5 / 1,000,000,001 ≈ 0.5 + 5 × 10⁻¹⁰: above 0.5 → Y.
    // 75,000 then 25,000: CV 0.5 exactly → X.
    const history = demandHistory(
      [
        movement('ABOVE', 'receipt', '1', '2024-08-01'),
        movement('ABOVE', 'counter_sale', '75000.0001', '2024-08-10'),
        movement('ABOVE', 'counter_sale', '25000', '2024-09-10'),
        movement('AT', 'receipt', '1', '2024-08-01'),
        movement('AT', 'counter_sale', '75000', '2024-08-10'),
        movement('AT', 'counter_sale', '25000', '2024-09-10'),
      ],
      YEAR,
    );
    const result = classifyParts(history, { asOf: AS_OF });
    expect([get(result, 'ABOVE').xyz, get(result, 'AT').xyz]).toEqual(['Y', 'X']);
  });

  it('calls net returns Z with no variation and no ABC share', () => {
    // Only a customer return in September: demand −2, value −20.
    const history = demandHistory(
      [
        movement('R0', 'return_from_customer', '2', '2024-09-10'),
        movement('V1', 'issue_ro', '1', '2024-09-10'),
      ],
      YEAR,
    );
    const r0 = get(classifyParts(history, { asOf: AS_OF }), 'R0');
    expect([r0.xyz, r0.variation, r0.abc, r0.issueValue, r0.cumulativeShare]).toEqual([
      'Z',
      null,
      'C',
      '-20',
      '0',
    ]);
  });
});

describe('ABC ranking', () => {
  it('ranks equal values by part number, whatever order the parts come in', () => {
    // 100 parts of equal value, read in a shuffled order (37·k mod 100). By part number, T000 is
    // first (1 % of the value), T079 brings the share to 80 % (A), T094 to 95 % (B), the rest C.
    const numbers = Array.from({ length: 100 }, (_, k) => `T${String((37 * k) % 100).padStart(3, '0')}`);
    const history = demandHistory(
      numbers.map((partNumber) => movement(partNumber, 'issue_ro', '1', '2024-09-10')),
      YEAR,
    );
    const result = classifyParts(history, { asOf: AS_OF });
    for (const [partNumber, share, abc] of [
      ['T000', '0.01', 'A'],
      ['T001', '0.02', 'A'],
      ['T036', '0.37', 'A'],
      ['T079', '0.8', 'A'],
      ['T080', '0.81', 'B'],
      ['T094', '0.95', 'B'],
      ['T095', '0.96', 'C'],
      ['T099', '1', 'C'],
    ] as const) {
      expect([partNumber, get(result, partNumber).cumulativeShare, get(result, partNumber).abc]).toEqual([
        partNumber,
        share,
        abc,
      ]);
    }
  });
});

describe('classificationSteps', () => {
  const history = () =>
    demandHistory(
      [
        // 1, 3, 1, 3 …: 24 parts at 10 = 240 of value; mean 2, σ 1, CV 0.5; 12 lines in 12 months
        ...monthlyIssues('T1', '2023-10', repeat(['1', '3'], 6).flat()),
        // received 5 July 2024, issued 3 in each of July to September
        movement('N1', 'receipt', '20', '2024-07-05'),
        ...monthlyIssues('N1', '2024-07', ['3', '3', '3']),
      ],
      YEAR,
    );

  it('explains a valued, steady, normal part with its figures and the policy’s limits', () => {
    const t1 = get(classifyParts(history(), { parts: [part('T1'), part('C0')], asOf: AS_OF }), 'T1');
    // T1 240 of 330 (N1: 9 × 10 = 90): share 240 / 330 = 0.7272… → 0.7272 (rounded down), A.
    expect(t1.decision.trace.map((step) => [step.facts, step.message])).toEqual([
      [
        { issueValue: '240', cumulativeShare: '0.7272', a: '0.8', b: '0.15', months: 12, abc: 'A' },
        {
          en: 'A: issue value 240 brings the cumulative share to 0.7272 (A ≤ 0.8, B ≤ 0.8 + 0.15)',
          zh: 'A：出库金额 240，累计占比 0.7272（A ≤ 0.8，B ≤ 0.8 + 0.15）',
        },
      ],
      [
        { months: 12, meanMonthlyDemand: 2, deviation: 1, variation: 0.5, x: '0.5', y: '1', xyz: 'X' },
        {
          en: 'X: coefficient of variation 0.50 over 12 months (X ≤ 0.5, Y ≤ 1)',
          zh: 'X：12 个月需求变异系数 0.50（X ≤ 0.5，Y ≤ 1）',
        },
      ],
      [
        // Last issue 15 September: 0 whole months to 30 September. Not received in the history:
        // in stock since 1 October 2023, 11 whole months. 12 lines / 12 months = 1 a month.
        {
          lastIssueOn: '2024-09-15',
          monthsSinceLastIssue: 0,
          monthsInStock: 11,
          hitsPerMonth: 1,
          slowMonths: 6,
          obsoleteMonths: 12,
          fastHitsPerMonth: 4,
          movement: 'normal',
        },
        {
          en: 'normal: last issued 0 months ago, 1 issue lines a month',
          zh: 'normal：最近出库在 0 个月前，月均出库 1 行',
        },
      ],
    ]);
  });

  it('explains a part never issued: no value, no demand, never issued', () => {
    const c0 = get(classifyParts(history(), { parts: [part('T1'), part('C0')], asOf: AS_OF }), 'C0');
    expect(c0.cumulativeShare).toBe('0');
    expect(c0.decision.trace.map((step) => [step.facts, step.message])).toEqual([
      [
        { issueValue: '0', cumulativeShare: '0', a: '0.8', b: '0.15', months: 12, abc: 'C' },
        { en: 'C: no issue value', zh: 'C：无出库金额' },
      ],
      [
        { months: 12, meanMonthlyDemand: 0, deviation: 0, variation: null, x: '0.5', y: '1', xyz: 'Z' },
        { en: 'Z: no demand in 12 months', zh: 'Z：12 个月内无需求' },
      ],
      [
        {
          lastIssueOn: null,
          monthsSinceLastIssue: null,
          monthsInStock: 11,
          hitsPerMonth: 0,
          slowMonths: 6,
          obsoleteMonths: 12,
          fastHitsPerMonth: 4,
          movement: 'non_moving',
        },
        {
          en: 'non_moving: never issued, 11 months since it came into stock',
          zh: 'non_moving：从未出库，入库已 11 个月',
        },
      ],
    ]);
  });

  it('says why a new part is not slow', () => {
    const n1 = get(classifyParts(history(), { asOf: AS_OF }), 'N1');
    // 5 July → 30 September: 2 whole months in stock, under the 6 new-part months.
    expect(n1.decision.trace.map((step) => step.rule)).toEqual([
      'parts.classify.abc',
      'parts.classify.xyz',
      'parts.classify.movement',
      'parts.classify.new-part',
    ]);
    const step = n1.decision.trace[3];
    expect([step?.facts, step?.message]).toEqual([
      { firstReceiptOn: '2024-07-05', monthsInStock: 2, newPartMonths: 6 },
      {
        en: 'New part: first received 2 months ago (< 6), not called slow',
        zh: '新件：首次入库于 2 个月前（< 6），不计为滞销',
      },
    ]);
    // 3 lines over its 3 months read: 1 a month
    expect(n1.decision.trace[2]?.facts).toMatchObject({ hitsPerMonth: 1, monthsInStock: 2 });
  });

  it('names the parts a part supersedes', () => {
    const result = classifyParts(
      demandHistory(
        [movement('A', 'issue_ro', '1', '2024-09-10'), movement('B', 'issue_ro', '1', '2024-09-10')],
        YEAR,
      ),
      { parts: [part('A', { supersededBy: 'C' }), part('B', { supersededBy: 'C' }), part('C')], asOf: AS_OF },
    );
    const c = get(result, 'C');
    expect(c.replaces).toEqual(['A', 'B']);
    expect([c.decision.trace[0]?.facts, c.decision.trace[0]?.message]).toEqual([
      { partNumber: 'C', replaces: ['A', 'B'] },
      { en: "Supersedes A, B: their demand and stock count as C's", zh: '替代 A、B：其需求与库存计入 C' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyParts, demandHistory, type PartClassification, type PartsClassification } from '../index';
import { monthlyIssues, movement, part, position, repeat, ZONE } from '../testing';

// Twelve months, October 2023 to September 2024: the default policy's statistics months.
const YEAR = { timeZone: ZONE, from: '2023-10', to: '2024-09' } as const;

const byPart = (result: PartsClassification): Map<string, PartClassification> =>
  new Map(result.parts.map((entry) => [entry.partNumber, entry]));

const classOf = (result: PartsClassification, key: 'abc' | 'xyz' | 'movement'): Record<string, string> =>
  Object.fromEntries(result.parts.map((entry) => [entry.partNumber, entry[key]]));

/** One RO issue of one part in September 2024 at `cost`: its issue value is the cost. */
const valued = (partNumber: string, cost: string) =>
  movement(partNumber, 'issue_ro', '1', '2024-09-10', { unitCost: cost });

describe('classifyParts', () => {
  describe('ABC by issue value', () => {
    it('gives A up to 80 % of the value, B up to 95 %, C the rest', () => {
      // Values 50, 30, 10, 5, 3, 2 of 100; cumulative 50, 80, 90, 95, 98, 100.
      // ≤ 80 → A, A; ≤ 95 → B, B (95 is on the line: still B); above → C, C.
      const history = demandHistory(
        [
          valued('P6', '2'),
          valued('P5', '3'),
          valued('P4', '5'),
          valued('P3', '10'),
          valued('P2', '30'),
          valued('P1', '50'),
        ],
        YEAR,
      );
      const result = classifyParts(history, { parts: [part('NOI')] });
      expect(classOf(result, 'abc')).toEqual({
        NOI: 'C',
        P1: 'A',
        P2: 'A',
        P3: 'B',
        P4: 'B',
        P5: 'C',
        P6: 'C',
      });
      const parts = byPart(result);
      expect(['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((key) => parts.get(key)?.cumulativeShare)).toEqual([
        '0.5',
        '0.8',
        '0.9',
        '0.95',
        '0.98',
        '1',
      ]);
      // A part in the master without an issue has no value: C.
      expect([parts.get('NOI')?.issueValue, parts.get('NOI')?.abc]).toEqual(['0', 'C']);
      expect(parts.get('P1')?.issueValue).toBe('50');
    });

    it('makes the top part A even when it alone is above 80 %', () => {
      // 90, 6, 4 of 100: cumulative 90 (the top part: A), 96 and 100 (above 95: C). No B at all.
      const history = demandHistory([valued('T1', '90'), valued('T2', '6'), valued('T3', '4')], YEAR);
      expect(classOf(classifyParts(history), 'abc')).toEqual({ T1: 'A', T2: 'C', T3: 'C' });
    });

    it('breaks ties by part number', () => {
      // X2 and X1 both 45 of 100: X1 first (45 → A), then X2 (90 → B), X3 (100 → C).
      const history = demandHistory([valued('X2', '45'), valued('X1', '45'), valued('X3', '10')], YEAR);
      expect(classOf(classifyParts(history), 'abc')).toEqual({ X2: 'B', X1: 'A', X3: 'C' });
    });

    it('reads the thresholds from the policy', () => {
      // a = 0.5, b = 0.3: cumulative 50 ≤ 50 → A; 80 ≤ 80 → B; 90 and on → C.
      const history = demandHistory(
        [
          valued('P1', '50'),
          valued('P2', '30'),
          valued('P3', '10'),
          valued('P4', '5'),
          valued('P5', '3'),
          valued('P6', '2'),
        ],
        YEAR,
      );
      const result = classifyParts(history, { policy: { id: 'tight-abc', abc: { a: '0.5', b: '0.3' } } });
      expect(classOf(result, 'abc')).toEqual({ P1: 'A', P2: 'B', P3: 'C', P4: 'C', P5: 'C', P6: 'C' });
      expect(result.policy).toBe('tight-abc');
    });

    it('gives C to a part whose issues all came back', () => {
      const history = demandHistory(
        [
          valued('P1', '50'),
          movement('BACK', 'issue_ro', '2', '2024-08-01', { unitCost: '100' }),
          movement('BACK', 'return_from_ro', '2', '2024-08-02', { unitCost: '100' }),
        ],
        YEAR,
      );
      expect(classOf(classifyParts(history), 'abc')).toEqual({ P1: 'A', BACK: 'C' });
    });
  });

  describe('XYZ by the coefficient of variation of monthly demand', () => {
    const history = demandHistory(
      [
        // 1, 3, 1, 3 …: mean 2, every month 1 away: σ 1 (population), CV 1 / 2 = 0.5 exactly → X
        ...monthlyIssues('X1', '2023-10', repeat(['1', '3'], 6).flat()),
        // 0.9999, 3.0001 …: mean 2, σ 1.0001, CV 0.50005: just above 0.5 → Y
        ...monthlyIssues('Y1', '2023-10', repeat(['0.9999', '3.0001'], 6).flat()),
        // 0, 2, 0, 2 …: mean 1, σ 1, CV 1 exactly → Y
        ...monthlyIssues('Y2', '2023-10', repeat(['0', '2'], 6).flat()),
        // 0, 0, 3 …: mean 1, σ² = (1 + 1 + 4) / 3 = 2, CV √2 ≈ 1.4142 → Z
        ...monthlyIssues('Z1', '2023-10', repeat(['0', '0', '3'], 4).flat()),
      ],
      YEAR,
    );
    // Classified inside each test, not when the suite is collected, so each test runs the code it checks.
    const classify = () => classifyParts(history, { parts: [part('Z0')] });

    it('is X up to 0.5 and Y up to 1, both ends included', () => {
      const result = classify();
      const parts = byPart(result);
      expect(classOf(result, 'xyz')).toEqual({ Z0: 'Z', X1: 'X', Y1: 'Y', Y2: 'Y', Z1: 'Z' });
      expect(parts.get('X1')?.variation).toBe(0.5);
      expect(parts.get('X1')?.meanMonthlyDemand).toBe('2');
      // shown to four places, so 0.50005 reads 0.5 though the class (compared exactly) is Y
      expect(Math.abs((parts.get('Y1')?.variation ?? 0) - 0.50005)).toBeLessThanOrEqual(0.0001);
      expect(parts.get('Y2')?.variation).toBe(1);
      expect(parts.get('Z1')?.variation).toBeCloseTo(Math.SQRT2, 4);
    });

    it('is Z with no variation for a part without demand', () => {
      const parts = byPart(classify());
      expect([parts.get('Z0')?.xyz, parts.get('Z0')?.variation, parts.get('Z0')?.meanMonthlyDemand]).toEqual([
        'Z',
        null,
        '0',
      ]);
    });

    it('reads the limits from the policy', () => {
      // x = 0.4: X1's 0.5 is now Y; y = 0.5: Y1's 0.50005 is now Z.
      const tight = classifyParts(history, { policy: { id: 'tight-xyz', xyz: { x: '0.4', y: '0.5' } } });
      expect(classOf(tight, 'xyz')).toEqual({ X1: 'Y', Y1: 'Z', Y2: 'Z', Z1: 'Z' });
    });
  });

  describe('movement class at asOf, by whole months since the last issue', () => {
    const history = demandHistory(
      [
        movement('S1', 'issue_ro', '1', '2024-03-15'),
        // before the window: still dates the last issue
        movement('O1', 'issue_ro', '1', '2023-09-15'),
        movement('N1', 'receipt', '4', '2024-01-10'),
        movement('N2', 'receipt', '4', '2023-09-15'),
      ],
      YEAR,
    );

    it('is slow from 6 whole months and obsolete from 12', () => {
      // 2024-03-15 → 2024-09-15: 6 months (slow); → 2024-09-14: 5 months (normal, one line in 12 months).
      // 2023-09-15 → 2024-09-15: 12 (obsolete); → 2024-09-14: 11 (slow).
      const on15 = classifyParts(history, { asOf: '2024-09-15' });
      const on14 = classifyParts(history, { asOf: '2024-09-14' });
      expect([classOf(on15, 'movement').S1, classOf(on14, 'movement').S1]).toEqual(['slow', 'normal']);
      expect([classOf(on15, 'movement').O1, classOf(on14, 'movement').O1]).toEqual(['obsolete', 'slow']);
      expect([
        byPart(on15).get('S1')?.monthsSinceLastIssue,
        byPart(on14).get('S1')?.monthsSinceLastIssue,
      ]).toEqual([6, 5]);
      expect(on15.asOf).toBe('2024-09-15');
    });

    it('calls a part never issued non-moving, and obsolete once in stock 12 months', () => {
      // N1 received 2024-01-10: 8 months in stock at 2024-09-15 (not new, never issued) → non_moving.
      // N2 received 2023-09-15: 12 months at 2024-09-15 → obsolete; 11 at 2024-09-14 → non_moving.
      const on15 = classOf(classifyParts(history, { asOf: '2024-09-15' }), 'movement');
      const on14 = classOf(classifyParts(history, { asOf: '2024-09-14' }), 'movement');
      expect([on15.N1, on15.N2, on14.N2]).toEqual(['non_moving', 'obsolete', 'non_moving']);
      expect(byPart(classifyParts(history)).get('N1')?.monthsSinceLastIssue).toBeNull();
    });

    it('never calls a new part slow', () => {
      // Received 2023-09-15, last issued 2023-09-20. With new parts for 12 months:
      // at 2024-09-14 it is 11 months in stock (new) → normal, though 11 months without an issue;
      // at 2024-09-15 it is 12 months in stock (no longer new); 2023-09-20 → 2024-09-15 is 11 months → slow.
      const late = demandHistory(
        [movement('NEW1', 'receipt', '4', '2023-09-15'), movement('NEW1', 'issue_ro', '1', '2023-09-20')],
        YEAR,
      );
      const policy = { id: 'new-for-a-year', movement: { newPartMonths: 12 } };
      const before = byPart(classifyParts(late, { policy, asOf: '2024-09-14' })).get('NEW1');
      const after = byPart(classifyParts(late, { policy, asOf: '2024-09-15' })).get('NEW1');
      expect([before?.movement, before?.isNew]).toEqual(['normal', true]);
      expect([after?.movement, after?.isNew]).toEqual(['slow', false]);
      // With the default 6 new-part months it is slow at 2024-09-14 already.
      expect(classOf(classifyParts(late, { asOf: '2024-09-14' }), 'movement').NEW1).toBe('slow');
    });

    it('is fast from 4 issue lines a month', () => {
      // 4 lines in each of the 12 months = 48 = 4 × 12 → fast; one line fewer, 47 → normal.
      const lines = (partNumber: string, skipLast: boolean) =>
        [
          '2023-10',
          '2023-11',
          '2023-12',
          '2024-01',
          '2024-02',
          '2024-03',
          '2024-04',
          '2024-05',
          '2024-06',
          '2024-07',
          '2024-08',
          '2024-09',
        ]
          .flatMap((month) => ['03', '10', '17', '24'].map((day) => `${month}-${day}`))
          .slice(0, skipLast ? 47 : 48)
          .map((date) => movement(partNumber, 'issue_ro', '1', date));
      const result = classifyParts(demandHistory([...lines('F48', false), ...lines('F47', true)], YEAR));
      expect(classOf(result, 'movement')).toEqual({ F48: 'fast', F47: 'normal' });
    });
  });

  describe('supersession', () => {
    it('folds A → B → C into C, whose demand is the sum', () => {
      const history = demandHistory(
        [
          movement('A', 'issue_ro', '2', '2024-01-10'),
          movement('B', 'issue_ro', '3', '2024-05-10'),
          movement('C', 'issue_ro', '4', '2024-09-10'),
          movement('Q', 'issue_ro', '1', '2024-09-10'),
        ],
        YEAR,
      );
      const result = classifyParts(history, {
        parts: [part('A', { supersededBy: 'B' }), part('B', { supersededBy: 'C' }), part('C'), part('Q')],
      });
      expect(result.parts.map((entry) => entry.partNumber).sort()).toEqual(['C', 'Q']);
      const c = byPart(result).get('C');
      expect([...(c?.replaces ?? [])].sort()).toEqual(['A', 'B']);
      // (2 + 3 + 4) × 10 = 90 of value; 9 parts over 12 months = 0.75 a month
      expect([c?.issueValue, c?.meanMonthlyDemand]).toEqual(['90', '0.75']);
      // 90 of 100 → A; Q 100 → C
      expect(classOf(result, 'abc')).toEqual({ C: 'A', Q: 'C' });
      expect(c?.decision.trace[0]?.rule).toBe('parts.supersession');
      expect(result.unplanned).toEqual([]);
    });

    it('plans no part in a supersession cycle, nor one that leads into it', () => {
      const history = demandHistory([movement('P', 'issue_ro', '2', '2024-01-10')], YEAR);
      const result = classifyParts(history, {
        parts: [
          part('P', { supersededBy: 'Q' }),
          part('Q', { supersededBy: 'P' }),
          part('R', { supersededBy: 'P' }),
        ],
      });
      expect(result.parts).toEqual([]);
      expect(result.unplanned.map((entry) => [entry.partNumber, entry.issues[0]?.code])).toEqual([
        ['P', 'parts.supersession_cycle'],
        ['Q', 'parts.supersession_cycle'],
        ['R', 'parts.supersession_cycle'],
      ]);
    });
  });

  it("uses a stock position's lastIssuedOn when it is later than the movements say", () => {
    const history = demandHistory([movement('L2', 'issue_ro', '1', '2024-08-01')], YEAR);
    const result = classifyParts(history, {
      parts: [part('L1'), part('L2')],
      // From the DMS: L1 last issued 2023-03-01, long before the movements read.
      positions: [
        position('L1', '2', { lastIssuedOn: '2023-03-01' }),
        position('L2', '2', { lastIssuedOn: '2023-03-01' }),
      ],
      asOf: '2024-09-15',
    });
    const parts = byPart(result);
    // L1: 2023-03-01 → 2024-09-15 = 18 months → obsolete
    expect([parts.get('L1')?.monthsSinceLastIssue, parts.get('L1')?.movement]).toEqual([18, 'obsolete']);
    // L2: the movement's 2024-08-01 is later: 1 month → normal
    expect([parts.get('L2')?.monthsSinceLastIssue, parts.get('L2')?.movement]).toEqual([1, 'normal']);
  });

  it("takes a stock position's firstReceivedOn as the part's age", () => {
    // Received 2024-05-01 (DMS date), issued 2024-05-02 only: at 2024-09-15 4 months in stock → new.
    const history = demandHistory([movement('L3', 'issue_ro', '1', '2024-05-02')], YEAR);
    const result = classifyParts(history, {
      positions: [position('L3', '2', { firstReceivedOn: '2024-05-01' })],
      asOf: '2024-09-15',
    });
    expect(byPart(result).get('L3')?.isNew).toBe(true);
  });

  it('explains every class with a cited trace step', () => {
    const history = demandHistory(monthlyIssues('X1', '2023-10', repeat(['1', '3'], 6).flat()), YEAR);
    const [entry] = classifyParts(history).parts;
    expect(entry?.decision.outcome).toBe('classified');
    expect(entry?.decision.trace.map((step) => [step.rule, step.cite])).toEqual([
      ['parts.classify.abc', 'oem:aftersales-default#abc'],
      ['parts.classify.xyz', 'oem:aftersales-default#xyz'],
      ['parts.classify.movement', 'manual:parts.slow.moving'],
    ]);
  });
});

import { isCitation } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { demandHistory, type OrderLine, type OrderSuggestion, suggestOrder } from '../index';
import { monthlyIssues, movement, part, position, repeat, thrown, ZONE } from '../testing';

// Twelve months, October 2023 to September 2024; the plan is made as of 2024-09-30 (the default).
const YEAR = { timeZone: ZONE, from: '2023-10', to: '2024-09' } as const;

const lineOf = (order: OrderSuggestion, partNumber: string): OrderLine => {
  const found = order.lines.find((line) => line.partNumber === partNumber);
  if (!found) throw new Error(`no line for ${partNumber}`);
  return found;
};

/** Constant demand of 30 a month for 12 months: σ = 0, so min and max do not depend on the class. */
const steady = (partNumber: string, cost = '10', quantity = '30') =>
  monthlyIssues(partNumber, '2023-10', repeat(quantity, 12), cost);

// With 30 a month, σ 0, lead time 7 of 30 days and a 7-day review:
// safety stock 0; reorder point = min = 30 × 7/30 = 7; max = 7 + 30 × 7/30 = 14.

describe('suggestOrder', () => {
  describe('a hand-worked line', () => {
    // MID: 40, 60, 40, 60 … → mean 50, population σ 10 (every month 10 from the mean), at cost 1.5.
    // Issue values: TOP 10 × 12 × 40 = 4,800; MID 600 × 1.5 = 900; LOW 40 × 10 = 400; total 6,100.
    // Cumulative 4,800 / 6,100 = 78.7 % (A), 5,700 / 6,100 = 93.4 % (B), 100 % (C): MID is B → z(0.95) = 1.6449.
    const history = demandHistory(
      [
        ...monthlyIssues('TOP', '2023-10', repeat('10', 12), '40'),
        ...monthlyIssues('MID', '2023-10', repeat(['40', '60'], 6).flat(), '1.5'),
        ...monthlyIssues('LOW', '2023-10', [...repeat('4', 10), '0', '0'], '10'),
      ],
      YEAR,
    );
    const parts = [part('TOP', { cost: '40' }), part('MID', { cost: '1.5' }), part('LOW')];
    const order = (mid: Record<string, unknown>) =>
      lineOf(suggestOrder(history, { parts, positions: [mid] }), 'MID');

    it('sets safety stock, reorder point, min and max from z × σ × √(lead time)', () => {
      const line = order(position('MID', '15', { onOrder: '6', reserved: '3' }));
      expect([line.abc, line.xyz, line.stocking, line.leadTimeDays]).toEqual(['B', 'X', 'stocked', 7]);
      // √(7/30) = 0.48305; safety = 1.6449 × 10 × 0.48305 = 7.9456 → 8 whole parts
      expect(line.safetyStock).toBe('8');
      // reorder point = 50 × 7/30 + 7.9456 = 11.6667 + 7.9456 = 19.6123 → 20
      expect([line.reorderPoint, line.min]).toEqual(['20', '20']);
      // max = 19.6123 + 50 × 7/30 = 31.2790 → 32
      expect(line.max).toBe('32');
      // position = 15 on hand + 6 on order − 3 reserved = 18 ≤ 20: order up to 32, 32 − 18 = 14, at 1.5 = 21
      expect([line.inventoryPosition, line.need, line.quantity, line.value, line.outcome]).toEqual([
        '18',
        '14',
        '14',
        '21',
        'order',
      ]);
      const safety = line.decision.trace.find((step) => step.rule === 'parts.stock.safety-stock');
      expect(safety?.facts).toMatchObject({
        serviceLevel: '0.95',
        z: 1.6449,
        deviation: 10,
        leadTimeDays: 7,
      });
    });

    it("takes the position's lead time over the policy's", () => {
      const line = order(position('MID', '15', { leadTimeDays: 14 }));
      // √(14/30) = 0.68313; safety = 16.449 × 0.68313 = 11.2368 → 12
      // reorder = 50 × 14/30 + 11.2368 = 23.3333 + 11.2368 = 34.5701 → 35; max = 34.5701 + 11.6667 = 46.2368 → 47
      expect([line.leadTimeDays, line.safetyStock, line.min, line.max]).toEqual([14, '12', '35', '47']);
      // 15 ≤ 35: 47 − 15 = 32
      expect(line.quantity).toBe('32');
    });

    it('orders at min and not above it', () => {
      // 17 + 6 − 3 = 20 = min: order 32 − 20 = 12
      expect(order(position('MID', '17', { onOrder: '6', reserved: '3' })).quantity).toBe('12');
      // 18 + 6 − 3 = 21 > 20: nothing
      const above = order(position('MID', '18', { onOrder: '6', reserved: '3' }));
      expect([above.inventoryPosition, above.quantity, above.outcome]).toEqual(['21', '0', 'none']);
    });

    it('traces every step with a rule id and a citation', () => {
      const line = order(position('MID', '15', { onOrder: '6', reserved: '3' }));
      expect(line.decision.outcome).toBe('order');
      expect(line.decision.trace.map((step) => step.rule)).toEqual([
        'parts.classify.abc',
        'parts.classify.xyz',
        'parts.classify.movement',
        'parts.stocking.phase',
        'parts.stock.safety-stock',
        'parts.stock.reorder-point',
        'parts.stock.min-max',
        'parts.order.need',
        'parts.order.pack-moq',
      ]);
      const need = line.decision.trace.find((step) => step.rule === 'parts.order.need');
      expect(need?.message.en).toContain('18 = 15 on hand + 6 on order − 3 reserved');
    });
  });

  describe('pack size and minimum order quantity', () => {
    const history = demandHistory([...steady('PK'), ...steady('OIL', '62.125', '4.5')], YEAR);
    const packed = part('PK', { packSize: '6', moq: '10' });
    const plan = (parts: Record<string, unknown>[], positions: Record<string, unknown>[]) =>
      suggestOrder(history, { parts, positions });

    it('raises the need to the MOQ and rounds it up to whole packs', () => {
      // min 7, max 14. On hand 7: need 7 → MOQ 10 → 2 packs of 6 = 12.
      const seven = lineOf(plan([packed], [position('PK', '7')]), 'PK');
      expect([seven.need, seven.quantity]).toEqual(['7', '12']);
      // On hand 1: need 13 → 3 packs = 18.
      const thirteen = lineOf(plan([packed], [position('PK', '1')]), 'PK');
      expect([thirteen.need, thirteen.quantity]).toEqual(['13', '18']);
      // On hand 8 > 7: nothing.
      expect(lineOf(plan([packed], [position('PK', '8')]), 'PK').quantity).toBe('0');
    });

    it('orders a part sold by the litre in litres, or in its packs', () => {
      // 4.5 L a month: min = 4.5 × 7/30 = 1.05 L, max = 1.05 + 1.05 = 2.1 L (kept to 0.0001 L, not whole litres)
      const oil = (more: Record<string, unknown>) =>
        lineOf(
          plan(
            [part('OIL', { unit: 'L', allowsFractionalQuantity: true, cost: '62.125', ...more })],
            [position('OIL', '0.3')],
          ),
          'OIL',
        );
      const loose = oil({});
      expect([loose.min, loose.max]).toEqual(['1.05', '2.1']);
      // 0.3 ≤ 1.05: need 2.1 − 0.3 = 1.8 L, 1.8 × 62.125 = 111.825
      expect([loose.need, loose.quantity, loose.value]).toEqual(['1.8', '1.8', '111.825']);
      // in 4 L cans: 1 can
      expect(oil({ packSize: '4' }).quantity).toBe('4');
      // in 0.5 L bottles: ⌈1.8 / 0.5⌉ = 4 bottles = 2 L
      expect(oil({ packSize: '0.5' }).quantity).toBe('2');
    });
  });

  describe('stocking status', () => {
    it('orders a part not stocked only for open ROs it cannot cover', () => {
      // One issue line in six months (< 3): not stocked, min = max = 0.
      const history = demandHistory([movement('NS', 'issue_ro', '1', '2024-08-10')], YEAR);
      const plan = (onHand: string, reserved: string) =>
        lineOf(
          suggestOrder(history, {
            parts: [part('NS', { packSize: '5' })],
            positions: [position('NS', onHand, { reserved })],
          }),
          'NS',
        );
      const short = plan('0', '2');
      expect([short.stocking, short.min, short.max]).toEqual(['not_stocked', '0', '0']);
      // position 0 − 2 = −2: need 2 for the open RO, one pack of 5
      expect([short.inventoryPosition, short.need, short.quantity]).toEqual(['-2', '2', '5']);
      // on hand 1, reserved 2: need 1 → one pack
      expect(plan('1', '2').need).toBe('1');
      // nothing reserved: nothing ordered
      expect(plan('0', '0').quantity).toBe('0');
    });

    it('phases a part in after 3 issue lines in 6 months when it is not yet stocked', () => {
      // Lines on 2024-05-15, 07-15 and 09-15 (3 of 3 each): 3 lines in April–September.
      const three = monthlyIssues('PI', '2024-05', ['3', '0', '3', '0', '3']);
      const plan = (movements: Record<string, unknown>[]) =>
        lineOf(
          suggestOrder(demandHistory(movements, YEAR), {
            parts: [part('PI')],
            positions: [position('PI', '0', { stocked: false })],
          }),
          'PI',
        );
      const line = plan(three);
      expect(line.stocking).toBe('phase_in');
      // mean 9/12 = 0.75; σ² = 27/12 − 0.75² = 1.6875, σ = 1.2990; the only part: A, z(0.98) = 2.0537
      // safety 2.0537 × 1.2990 × 0.48305 = 1.2887 → 2; reorder 0.75 × 7/30 + 1.2887 = 1.4637 → 2;
      // max 1.4637 + 0.175 = 1.6387 → 2. On hand 0: order 2.
      expect([line.abc, line.safetyStock, line.min, line.max, line.quantity]).toEqual([
        'A',
        '2',
        '2',
        '2',
        '2',
      ]);
      // The first line moved to 23:30 on 31 March in Shanghai: out of the six months → not stocked.
      const [first, ...rest] = three;
      const early = plan([{ ...first, occurredAt: '2024-03-31T23:30:00+08:00' }, ...rest]);
      expect([early.stocking, early.quantity]).toEqual(['not_stocked', '0']);
      // 2024-03-31T16:30Z is 00:30 on 1 April in Shanghai: in → phase in again.
      expect(plan([{ ...first, occurredAt: '2024-03-31T16:30:00Z' }, ...rest]).stocking).toBe('phase_in');
    });

    it('phases a part out after 12 months without an issue: min = max = 0', () => {
      // Last issue 2023-09-20 (before the window): 12 whole months by 2024-09-30 → phase out.
      const history = demandHistory(
        [movement('PO', 'issue_ro', '5', '2023-09-20'), movement('KEEP', 'issue_ro', '5', '2023-10-01')],
        YEAR,
      );
      const order = suggestOrder(history, {
        parts: [part('PO'), part('KEEP')],
        positions: [position('PO', '0', { stocked: true }), position('KEEP', '0', { stocked: true })],
      });
      const out = lineOf(order, 'PO');
      expect([out.stocking, out.min, out.max, out.quantity]).toEqual(['phase_out', '0', '0', '0']);
      // 2023-10-01 → 2024-09-30 is 11 whole months: still stocked, min > 0
      const kept = lineOf(order, 'KEEP');
      expect(kept.stocking).toBe('stocked');
      expect(kept.max).not.toBe('0');
      // A phased-out part is still ordered for an open RO.
      const withRo = suggestOrder(history, {
        parts: [part('PO')],
        positions: [position('PO', '0', { reserved: '1' })],
      });
      expect(lineOf(withRo, 'PO').quantity).toBe('1');
    });
  });

  it('orders a superseded part under its successor, with the stock of both', () => {
    // OLD sold 30 a month October–March, NEW 30 a month April–September: together 30 every month.
    const history = demandHistory(
      [
        ...monthlyIssues('OLD', '2023-10', repeat('30', 6)),
        ...monthlyIssues('NEW', '2024-04', repeat('30', 6)),
      ],
      YEAR,
    );
    const plan = (oldOnHand: string) =>
      suggestOrder(history, {
        parts: [part('OLD', { supersededBy: 'NEW' }), part('NEW')],
        positions: [position('OLD', oldOnHand), position('NEW', '3')],
      });
    const order = plan('4');
    expect(order.lines.map((line) => line.partNumber)).toEqual(['NEW']);
    const line = lineOf(order, 'NEW');
    // pooled: 4 + 3 = 7 on hand; min 7, max 14 as for one part selling 30 a month → order 7
    expect([line.replaces, line.onHand, line.min, line.max, line.quantity]).toEqual([
      ['OLD'],
      '7',
      '7',
      '14',
      '7',
    ]);
    // 5 + 3 = 8 > 7: nothing
    expect(lineOf(plan('5'), 'NEW').quantity).toBe('0');
  });

  it('does not order a part the master does not know, or one without a cost', () => {
    const history = demandHistory([...steady('GHOST'), ...steady('NC')], YEAR);
    const order = suggestOrder(history, { parts: [part('NC', { cost: undefined })] });
    const ghost = lineOf(order, 'GHOST');
    // need 14 (max 14, nothing in stock) but no master record: no pack size, no MOQ, no order
    expect([ghost.outcome, ghost.need, ghost.quantity]).toEqual(['unknown_part', '14', '0']);
    expect(ghost.decision.trace.at(-1)).toMatchObject({ rule: 'parts.order.pack-moq', status: 'failed' });
    const noCost = lineOf(order, 'NC');
    expect([noCost.outcome, noCost.need, noCost.quantity, noCost.unitCost]).toEqual([
      'no_cost',
      '14',
      '0',
      null,
    ]);
    expect(order.total).toBe('0');
    // A cost on the stock position is enough.
    const costed = suggestOrder(history, {
      parts: [part('NC', { cost: undefined })],
      positions: [position('NC', '0', { unitCost: '2' })],
    });
    expect([lineOf(costed, 'NC').outcome, lineOf(costed, 'NC').value]).toEqual(['order', '28']);
  });

  describe('budget', () => {
    // RA 30 a month at 15 (5,400), RB at 3 (1,080), RC at 1 (360), SH one line of 1 at 20 (20): total 6,860.
    // ABC: RA 5,400 / 6,860 = 78.7 % → A; RB 6,480 / 6,860 = 94.5 % → B; RC and SH → C.
    // Needs (nothing in stock, min 7, max 14): RA 14 → MOQ 10, packs of 5 → 15 × 15 = 225;
    // RB 14, MOQ 14 → 14 × 3 = 42; RC 14 × 1 = 14. SH is not stocked but 5 are reserved for an
    // open RO: 5 × 20 = 100, and it goes first. Without a budget: 100 + 225 + 42 + 14 = 381.
    const history = demandHistory(
      [
        ...steady('RA', '15'),
        ...steady('RB', '3'),
        ...steady('RC', '1'),
        movement('SH', 'issue_ro', '1', '2024-09-02', { unitCost: '20' }),
      ],
      YEAR,
    );
    const parts = [
      part('RC', { cost: '1' }),
      part('RB', { cost: '3', moq: '14' }),
      part('RA', { cost: '15', packSize: '5', moq: '10' }),
      part('SH', { cost: '20' }),
    ];
    const positions = [
      position('RA', '0'),
      position('RB', '0'),
      position('RC', '0'),
      position('SH', '0', { reserved: '5' }),
    ];
    const plan = (budget?: string) =>
      suggestOrder(history, { parts, positions, ...(budget === undefined ? {} : { budget }) });
    const summary = (order: OrderSuggestion) =>
      order.lines.map((line) => [line.partNumber, line.outcome, line.quantity]);

    it('orders the open-RO shortage first, then A, B and C', () => {
      const order = plan();
      expect(order.lines.map((line) => [line.partNumber, line.abc])).toEqual([
        ['SH', 'C'],
        ['RA', 'A'],
        ['RB', 'B'],
        ['RC', 'C'],
      ]);
      expect([order.total, order.budget]).toEqual(['381', null]);
      expect(plan('381').total).toBe('381');
    });

    it('reduces the last line that does not fit to what does', () => {
      // 380.99: SH 100 (left 280.99), RA 225 (55.99), RB 42 (13.99); RC 14 > 13.99 → 13 × 1 = 13
      const order = plan('380.99');
      expect(summary(order)).toEqual([
        ['SH', 'order', '5'],
        ['RA', 'order', '15'],
        ['RB', 'order', '14'],
        ['RC', 'reduced', '13'],
      ]);
      expect([order.total, order.budget]).toEqual(['380', '380.99']);
    });

    it('reduces to whole packs of at least the MOQ and cuts what no longer fits', () => {
      // 250: SH 100 (left 150); RA 225 > 150 → ⌊150 / (5 × 15)⌋ = 2 packs = 10 ≥ MOQ 10, 150 (left 0);
      // RB and RC: cut.
      const order = plan('250');
      expect(summary(order)).toEqual([
        ['SH', 'order', '5'],
        ['RA', 'reduced', '10'],
        ['RB', 'cut', '0'],
        ['RC', 'cut', '0'],
      ]);
      expect(order.total).toBe('250');
      expect(lineOf(order, 'RA').decision.trace.at(-1)).toMatchObject({
        rule: 'parts.order.budget',
        status: 'failed',
      });
    });

    it('keeps a later, cheaper line after an earlier one was cut', () => {
      // 240: SH 100 (left 140); RA → ⌊140 / 75⌋ = 1 pack = 5 < MOQ 10 → cut; RB 42 (left 98); RC 14 (left 84).
      const order = plan('240');
      expect(summary(order)).toEqual([
        ['SH', 'order', '5'],
        ['RA', 'cut', '0'],
        ['RB', 'order', '14'],
        ['RC', 'order', '14'],
      ]);
      // 100 + 42 + 14 = 156
      expect(order.total).toBe('156');
    });

    it('reduces even the open-RO line when the budget is smaller than it', () => {
      // 90: SH 100 > 90 → ⌊90 / 20⌋ = 4; RA cut (one pack is 75 > 10 left); RB 3 × ⌊10 / 3⌋ = 3 < MOQ 14: cut;
      // RC 14 > 10 → 10. Total 80 + 10 = 90.
      const order = plan('90');
      expect(summary(order)).toEqual([
        ['SH', 'reduced', '4'],
        ['RA', 'cut', '0'],
        ['RB', 'cut', '0'],
        ['RC', 'reduced', '10'],
      ]);
      expect(order.total).toBe('90');
    });
  });

  describe('the aggregate check: inventory value ≈ 1.5 × the last month’s outbound value', () => {
    // AG: 100 a month at cost 1 → September's outbound 100, target 150, within ±10 %: 135 to 165.
    // min = ⌈100 × 7/30⌉ = ⌈23.33⌉ = 24, max = ⌈46.67⌉ = 47: the stocks below are above min, no order.
    const history = demandHistory(steady('AG', '1', '100'), YEAR);
    const check = (onHand: string, onOrder = '0') =>
      suggestOrder(history, {
        parts: [part('AG', { cost: '1' })],
        positions: [position('AG', onHand, { onOrder })],
      }).aggregate;

    it('is within from 135 to 165, both included', () => {
      expect(check('135').outcome).toBe('within');
      expect(check('165').outcome).toBe('within');
      // on order counts once it is in: 100 + 65 = 165
      expect(check('100', '65').outcome).toBe('within');
      expect(check('165').trace[0]?.facts).toMatchObject({
        outboundValue: '100',
        target: '150',
        ratioAfterOrder: '1.1',
      });
    });

    it('is above past 165 and below under 135', () => {
      expect(check('165.0001').outcome).toBe('above');
      expect(check('134.9999').outcome).toBe('below');
    });

    it('counts this order in: on hand 20 ≤ min 24, order 47 − 20 = 27, stock after 47 → below', () => {
      const order = suggestOrder(history, {
        parts: [part('AG', { cost: '1' })],
        positions: [position('AG', '20')],
      });
      expect(lineOf(order, 'AG').quantity).toBe('27');
      expect(order.aggregate.outcome).toBe('below');
      expect(order.aggregate.trace[0]?.facts).toMatchObject({ inventoryValue: '20', valueAfterOrder: '47' });
    });

    it('has no data without outbound in the last month', () => {
      const quiet = demandHistory(monthlyIssues('AG', '2023-10', [...repeat('100', 11), '0'], '1'), YEAR);
      expect(suggestOrder(quiet, { parts: [part('AG', { cost: '1' })] }).aggregate.outcome).toBe('no_data');
    });
  });

  it('gives every line a decision whose steps carry a rule id and a citation', () => {
    const history = demandHistory(
      [
        ...steady('RA', '15'),
        ...steady('GHOST'),
        ...steady('NC'),
        ...steady('OLD'),
        movement('SH', 'issue_ro', '1', '2024-09-02'),
        movement('PO', 'issue_ro', '1', '2023-01-02'),
      ],
      YEAR,
    );
    const order = suggestOrder(history, {
      parts: [
        part('RA', { cost: '15', packSize: '5' }),
        part('NC', { cost: undefined }),
        part('OLD', { supersededBy: 'NEW' }),
        part('NEW', { packSize: '5' }),
        part('SH'),
        part('PO'),
      ],
      positions: [position('SH', '0', { reserved: '1' }), position('PO', '3', { stocked: true })],
      budget: '100',
    });
    // SH (open RO) 10 fits the 100 (left 90); RA 225 → one pack of 5 = 75 (left 15); NEW one pack 50 > 15: cut;
    // PO phased out with nothing reserved: none; GHOST unknown; NC without a cost.
    expect(order.lines.map((line) => [line.partNumber, line.outcome]).sort()).toEqual([
      ['GHOST', 'unknown_part'],
      ['NC', 'no_cost'],
      ['NEW', 'cut'],
      ['PO', 'none'],
      ['RA', 'reduced'],
      ['SH', 'order'],
    ]);
    for (const line of order.lines) {
      expect(line.decision.outcome).toBe(line.outcome);
      expect(line.decision.trace.length).toBeGreaterThan(0);
      for (const step of line.decision.trace) {
        expect(step.rule).toMatch(/^parts\.[a-z-]+(?:\.[a-z-]+)*$/);
        expect(isCitation(step.cite)).toBe(true);
        expect(step.message.en).not.toBe('');
        expect(step.message.zh).not.toBe('');
      }
    }
    expect(order.aggregate.trace[0]?.cite).toBe('manual:parts.safety.stock');
  });

  describe('rejections', () => {
    const history = demandHistory(steady('M1'), YEAR);
    const bad = (key: string) => {
      const copy = { ...part('M2') };
      delete copy[key];
      return copy;
    };
    const order = suggestOrder(history, {
      parts: [
        part('M1'),
        bad('description'),
        part('M1', { description: 'the same number again' }),
        { ...part('M3'), packSize: '0' },
        { ...part('M4'), currency: 'USD' },
        { ...part('M5'), packSize: '1.5' }, // a fractional pack of a part sold whole
        'not a part',
        // PartSchema takes any decimal; the plan holds four places and 879,609,302 units at most.
        part('M7', { moq: '99999999999999999999' }),
        part('M8', { cost: '10.12345' }),
        part('M9', { unit: 'L', allowsFractionalQuantity: true, packSize: '0.00001' }),
      ],
      positions: [
        position('M1', '1'),
        position('M1', '2'),
        { partNumber: 'M6', onHand: 'abc' },
        { partNumber: 'M6', onHand: '1', shelf: 'A-01' },
        { partNumber: 'M6', onHand: '1.00001' },
        { partNumber: 'M6', onHand: '1', reserved: '-1' },
        { partNumber: 'M6', onHand: '1', currency: 'USD' },
      ],
    });
    const found = (input: 'parts' | 'positions') =>
      order.rejections
        .filter((rejection) => rejection.input === input)
        .map((rejection) => [rejection.row, rejection.issues[0]?.code, rejection.issues[0]?.path]);

    it('rejects bad parts-master rows with the row, the field and a code', () => {
      expect(found('parts')).toEqual([
        [1, 'input.required', ['description']],
        [2, 'parts.duplicate', ['partNumber']],
        [3, 'input.too_small', ['packSize']],
        [4, 'parts.currency_mismatch', ['currency']],
        [5, 'input.inconsistent', ['packSize']],
        [6, 'input.invalid_type', []],
        // These used to pass: the MOQ made suggestOrder throw a RangeError, the cost came out as no cost.
        [7, 'input.invalid_format', ['moq']],
        [8, 'input.invalid_format', ['cost']],
        [9, 'input.invalid_format', ['packSize']],
      ]);
    });

    it('rejects bad stock positions the same way, and keeps the first of a duplicate', () => {
      expect(found('positions')).toEqual([
        [1, 'parts.duplicate', ['partNumber']],
        [2, 'money.invalid_amount', ['onHand']],
        [3, 'input.unrecognized_keys', []],
        [4, 'input.invalid_format', ['onHand']],
        [5, 'input.too_small', ['reserved']],
        [6, 'parts.currency_mismatch', ['currency']],
      ]);
      // M1: 1 on hand from row 0; min 7 → order 14 − 1 = 13
      expect([lineOf(order, 'M1').onHand, lineOf(order, 'M1').quantity]).toEqual(['1', '13']);
      for (const rejection of order.rejections) expect(rejection.issues[0]?.message.zh).not.toBe('');
    });
  });

  it('throws coded errors naming the option at fault', () => {
    const history = demandHistory(steady('M1'), YEAR);
    expect(thrown(() => suggestOrder(history, { budget: '-5' }))).toEqual({
      code: 'money.invalid_amount',
      path: ['budget'],
    });
    expect(thrown(() => suggestOrder(history, { budget: 100 as never }))).toEqual({
      code: 'money.invalid_amount',
      path: ['budget'],
    });
    expect(thrown(() => suggestOrder(history, { asOf: '2024-02-30' }))).toEqual({
      code: 'time.invalid_date',
      path: ['asOf'],
    });
    expect(thrown(() => suggestOrder(history, { asOf: '2023-09-30' }))).toEqual({
      code: 'time.invalid_range',
      path: ['asOf'],
    });
    expect(thrown(() => suggestOrder(history, { policy: { id: 'p', leadTimeDays: -1 } }))).toEqual({
      code: 'input.too_small',
      path: ['policy', 'leadTimeDays'],
    });
    expect(thrown(() => suggestOrder(history, { parts: 'master' as never }))).toEqual({
      code: 'input.invalid_type',
      path: ['parts'],
    });
    // Objects without a prototype: a coded error, not the TypeError String() used to throw.
    expect(thrown(() => suggestOrder(history, { budget: Object.create(null) }))).toEqual({
      code: 'money.invalid_amount',
      path: ['budget'],
    });
    expect(thrown(() => suggestOrder(history, { asOf: Object.create(null) }))).toEqual({
      code: 'time.invalid_date',
      path: ['asOf'],
    });
  });

  it('takes any budget a stocking policy accepts (15 digits, four places), one place past it is refused', () => {
    // M1 orders 14 at cost 10 = 140 (see steady): a budget far above it keeps the line whole.
    const history = demandHistory(steady('M1'), YEAR);
    const order = suggestOrder(history, { parts: [part('M1')], budget: '999999999999999.9999' });
    expect([order.budget, order.total, lineOf(order, 'M1').outcome]).toEqual([
      '999999999999999.9999',
      '140',
      'order',
    ]);
    // The same budget from the policy, which parseStockingPolicy accepts: it used to be refused here.
    const fromPolicy = suggestOrder(history, {
      parts: [part('M1')],
      policy: { id: 'rich', budget: '999999999999999' },
    });
    expect(fromPolicy.budget).toBe('999999999999999');
    expect(thrown(() => suggestOrder(history, { budget: '1.00001' }))).toEqual({
      code: 'money.invalid_amount',
      path: ['budget'],
    });
    expect(thrown(() => suggestOrder(history, { budget: '1000000000000000' }))).toEqual({
      code: 'money.invalid_amount',
      path: ['budget'],
    });
  });
});

describe('suggestOrder, its defaults and its line figures', () => {
  it('plans without options, as with empty ones', () => {
    const history = demandHistory(steady('D1'), YEAR);
    const order = suggestOrder(history);
    // The manuals' default policy, as of the window's last day, with no budget.
    expect([order.policy, order.asOf, order.budget]).toEqual(['aftersales-default', '2024-09-30', null]);
    expect(order).toEqual(suggestOrder(history, {}));
  });

  it('shows the master row’s unit cost in its shortest decimal', () => {
    // 30 a month, nothing on hand: order up to max 14 at 62.00 → 868.
    const history = demandHistory(steady('C1', '62'), YEAR);
    const line = lineOf(suggestOrder(history, { parts: [part('C1', { cost: '62.00' })] }), 'C1');
    expect([line.unitCost, line.quantity, line.value, line.outcome]).toEqual(['62', '14', '868', 'order']);
  });

  it('traces a line planned under a policy it has not seen before', () => {
    // The policy is parsed here, so its rules are built by this plan (not kept from another).
    const history = demandHistory(steady('F1'), YEAR);
    const line = lineOf(suggestOrder(history, { policy: { id: 'fresh' }, parts: [part('F1')] }), 'F1');
    const steps = line.decision.trace;
    // Pack and MOQ are parts-master data; ABC is the policy's own field.
    expect(steps.find((step) => step.rule === 'parts.order.pack-moq')?.cite).toBe(
      'oem:parts-master#packSize',
    );
    expect(steps.find((step) => step.rule === 'parts.classify.abc')?.cite).toBe('oem:fresh#abc');
  });
});

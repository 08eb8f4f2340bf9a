import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../schemas/examples';
import { priceRepairOrder, safePriceRepairOrder } from './priceRepairOrder';

const labor = (id: string, soldHours: string, payType: string, extra: Record<string, unknown> = {}) => ({
  id,
  opCode: `OP-${id}`,
  description: `labor ${id}`,
  soldHours,
  payType,
  ...extra,
});
const part = (
  id: string,
  quantity: string,
  unitPrice: string,
  payType: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  partNumber: `PN-${id}`,
  description: `part ${id}`,
  quantity,
  unit: 'EA',
  unitPrice,
  source: 'oem',
  payType,
  ...extra,
});
const job = (
  id: string,
  authorization: string,
  payType: string,
  laborLines: unknown[],
  partLines: unknown[] = [],
) => ({
  id,
  concern: `concern ${id}`,
  authorization,
  payType,
  laborLines,
  partLines,
});

// Four jobs and two charges, priced by hand below (posted rates CP 180.00/h, W 120.00/h, none for I).
const ro = {
  ...exampleRecords.repairOrder,
  jobs: [
    // CP, approved: 1.5 h × 180.00 = 270.00; oil 2.5 L × 33.33 = 83.325 → 83.33 (half-up); filter 1 × 45.00
    job(
      'J1',
      'approved',
      'CP',
      [labor('L1', '1.5', 'CP')],
      [part('P1', '2.5', '33.33', 'CP'), part('P2', '1', '45.00', 'CP')],
    ),
    // W, approved: 0.8 h × 120.00 = 96.00; caliper with its own amount 356.00 (quantity × price not used)
    job(
      'J2',
      'approved',
      'W',
      [labor('L2', '0.8', 'W')],
      [part('P3', '1', '999.00', 'W', { amount: '356.00' })],
    ),
    // CP, declined: 2.0 h × 180.00 = 360.00, priced but not billed
    job('J3', 'declined', 'CP', [labor('L3', '2.0', 'CP')]),
    // internal, approved: labor has no rate for I → unpriced; a part 1 × 12.00 = 12.00
    job('J4', 'approved', 'I', [labor('L4', '1.0', 'I')], [part('P4', '1', '12.00', 'I')]),
  ],
  charges: [
    { id: 'C1', kind: 'environmental', amount: '10.00', payType: 'CP' },
    { id: 'C2', kind: 'discount', amount: '20.00', payType: 'CP' },
  ],
};
const laborRates = { CP: '180.00', W: '120.00' };

describe('priceRepairOrder', () => {
  it('prices lines and totals as worked by hand', () => {
    const price = priceRepairOrder(ro, { laborRates });
    // labor billed: 270.00 + 96.00 = 366.00
    expect(price.labor.toDecimalString()).toBe('366.00');
    // parts billed: 83.33 + 45.00 + 356.00 + 12.00 = 496.33
    expect(price.parts.toDecimalString()).toBe('496.33');
    // charges: 10.00 − 20.00 = −10.00
    expect(price.charges.toDecimalString()).toBe('-10.00');
    // total: 366.00 + 496.33 − 10.00 = 852.33
    expect(price.total.toDecimalString()).toBe('852.33');
    // CP: 270.00 + 83.33 + 45.00 + 10.00 − 20.00 = 388.33; W: 96.00 + 356.00 = 452.00; I: 12.00
    expect(
      Object.fromEntries(Object.entries(price.byPayType).map(([k, v]) => [k, v.toDecimalString()])),
    ).toEqual({
      CP: '388.33',
      W: '452.00',
      I: '12.00',
      INS: '0.00',
    });
    expect(price.notBilled.declined.toDecimalString()).toBe('360.00');
    expect(price.notBilled.deferred.isZero()).toBe(true);
  });

  it('reports a line it cannot price instead of counting it as zero', () => {
    const price = priceRepairOrder(ro, { laborRates });
    expect(price.unpriced).toEqual([
      expect.objectContaining({ code: 'pricing.unpriced_line', path: ['jobs', 3, 'laborLines', 0] }),
    ]);
    // 10 lines in (4 labor, 4 parts, 2 charges) = 9 priced + 1 unpriced: every line accounted for
    expect(price.lines).toHaveLength(9);
  });

  it('rounds with the mode it is given', () => {
    // 83.325 half-even → 83.32 (the digit before the 5 is even), so the total drops by one fen
    const price = priceRepairOrder(ro, { laborRates, rounding: 'half-even' });
    expect(price.total.toDecimalString()).toBe('852.32');
  });

  it('prefers the line’s own rate and amount over the posted rate', () => {
    const own = {
      ...ro,
      jobs: [
        job('J1', 'approved', 'CP', [
          labor('L1', '1.5', 'CP', { laborRate: '200.00' }),
          labor('L2', '1.0', 'CP', { laborAmount: '99.00' }),
        ]),
      ],
      charges: [],
    };
    // 1.5 × 200.00 = 300.00, plus the given 99.00
    expect(priceRepairOrder(own, { laborRates }).total.toDecimalString()).toBe('399.00');
  });

  it('throws a coded error naming the field for a bad repair order or options', () => {
    const bad = { ...ro, jobs: [job('J1', 'approved', 'CP', [labor('L1', 'one', 'CP')])] };
    expect(() => priceRepairOrder(bad, { laborRates })).toThrowError(
      expect.objectContaining({
        code: 'money.invalid_amount',
        path: ['jobs', 0, 'laborLines', 0, 'soldHours'],
      }),
    );
    expect(safePriceRepairOrder(ro, { laborRates: { CP: 'free' } })).toMatchObject({
      ok: false,
      issues: [{ path: ['CP'] }],
    });
    expect(safePriceRepairOrder(ro, { rounding: 'banker' as never })).toMatchObject({
      ok: false,
      issues: [{ code: 'money.invalid_rounding' }],
    });
    expect(safePriceRepairOrder(null)).toMatchObject({ ok: false, issues: [{ code: 'input.invalid_type' }] });
  });
});

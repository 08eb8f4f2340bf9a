import { describe, expect, it } from 'vitest';
import { governingJurisdictions } from './governingJurisdictions';
import { jurisdictionStartDate } from './jurisdictionStart';
import { testFloor, testFloor2013 } from './testing';

const pack2013 = testFloor2013(); // governs invoices up to 2021-12-31, counts from the invoice date
const pack2021 = testFloor(); // governs from 2022-01-01, counts from the delivery date where it differs

describe('jurisdictionStartDate', () => {
  it('invoice: the invoice date; delivery: the delivery date; invoice_or_delivery: delivery where it differs', () => {
    const dates = { invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' };
    expect(jurisdictionStartDate('invoice', dates)).toBe('2021-12-31');
    expect(jurisdictionStartDate('delivery', dates)).toBe('2022-01-02');
    expect(jurisdictionStartDate('invoice_or_delivery', dates)).toBe('2022-01-02');
    // Same day, or no delivery recorded: the invoice date.
    expect(jurisdictionStartDate('invoice_or_delivery', { invoiceDate: '2022-03-01' })).toBe('2022-03-01');
    expect(jurisdictionStartDate('invoice', { deliveryDate: '2022-03-01' })).toBeUndefined();
    expect(jurisdictionStartDate('delivery', { invoiceDate: '2022-03-01' })).toBeUndefined();
  });
});

describe('governingJurisdictions', () => {
  it('picks the pack in force on the start date: invoice 2021-12-31 → 2013 pack, 2022-01-01 → 2021 pack', () => {
    expect(governingJurisdictions([pack2013, pack2021], { invoiceDate: '2021-12-31' })).toEqual([
      { market: 'CN', jurisdiction: pack2013, startDate: '2021-12-31' },
    ]);
    expect(governingJurisdictions([pack2013, pack2021], { invoiceDate: '2022-01-01' })).toEqual([
      { market: 'CN', jurisdiction: pack2021, startDate: '2022-01-01' },
    ]);
  });

  it('invoice 2021-12-31, delivery 2022-01-02: the delivery date governs (2021 pack), in either order', () => {
    // The 2013 pack counts from the invoice (2021-12-31, inside its range) and the 2021 pack from the
    // delivery (2022-01-02, inside its range): both claim the car. The newer rules apply, as the
    // 2021 rules start the periods on the delivery date, when they were in force.
    const dates = { invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' };
    const expected = [{ market: 'CN', jurisdiction: pack2021, startDate: '2022-01-02' }];
    expect(governingJurisdictions([pack2021, pack2013], dates)).toEqual(expected);
    expect(governingJurisdictions([pack2013, pack2021], dates)).toEqual(expected);
  });

  it('two packs of one market from the same day: the one given first governs', () => {
    const variant = testFloor();
    const dates = { invoiceDate: '2022-03-01' };
    expect(variant).not.toBe(pack2021);
    expect(governingJurisdictions([variant, pack2013, pack2021], dates)[0]?.jurisdiction).toBe(variant);
    expect(governingJurisdictions([pack2021, pack2013, variant], dates)[0]?.jurisdiction).toBe(pack2021);
  });

  it('says why no pack governs: no start date recorded, or a date outside every pack', () => {
    expect(governingJurisdictions([pack2021], { deliveryDate: undefined })).toEqual([
      { market: 'CN', jurisdiction: undefined, reason: 'no_start_date' },
    ]);
    expect(governingJurisdictions([pack2021], { invoiceDate: '2021-06-01' })).toEqual([
      { market: 'CN', jurisdiction: undefined, reason: 'not_governed' },
    ]);
  });

  it('answers once per market, in the order the markets are first met', () => {
    const california = testFloor({
      id: 'test-ca',
      market: 'US-CA',
      start: 'delivery',
      governs: { from: '2001-01-01' },
    });
    const result = governingJurisdictions([california, pack2013, pack2021], {
      invoiceDate: '2022-05-01',
      deliveryDate: '2022-05-03',
    });
    expect(result.map((governing) => [governing.market, governing.jurisdiction?.id])).toEqual([
      ['US-CA', 'test-ca'],
      ['CN', 'test-floor'],
    ]);
  });
});

describe('governingJurisdictions at the ends of a range', () => {
  // Counted from the delivery date only: no invoice date, so no fallback to the day of purchase.
  const byDelivery = testFloor({
    id: 'test-delivery',
    start: 'delivery',
    governs: { from: '2013-10-01', until: '2021-12-31' },
  });
  const openEnded = testFloor({ id: 'test-open', start: 'delivery', governs: { from: '2022-01-01' } });

  it('a start on the first or the last day of the range is inside it', () => {
    for (const deliveryDate of ['2013-10-01', '2020-05-01', '2021-12-31']) {
      expect(governingJurisdictions([byDelivery], { deliveryDate }), deliveryDate).toEqual([
        { market: 'CN', jurisdiction: byDelivery, startDate: deliveryDate },
      ]);
    }
    expect(governingJurisdictions([byDelivery], { deliveryDate: '2022-01-01' })).toEqual([
      { market: 'CN', jurisdiction: undefined, reason: 'not_governed' },
    ]);
    for (const deliveryDate of ['2022-01-01', '2030-06-30']) {
      expect(governingJurisdictions([openEnded], { deliveryDate }), deliveryDate).toEqual([
        { market: 'CN', jurisdiction: openEnded, startDate: deliveryDate },
      ]);
    }
  });

  it('no own start in range: the pack whose range holds the invoice date, up to and including its last day', () => {
    // The older pack counts from the delivery (2022-01-05, after its range), the newer from the
    // invoice (before its range): the rules in force on the day of purchase govern.
    const newer = testFloor({ id: 'test-newer', start: 'invoice', governs: { from: '2022-01-01' } });
    for (const invoiceDate of ['2021-12-20', '2021-12-31']) {
      const dates = { invoiceDate, deliveryDate: '2022-01-05' };
      const expected = [{ market: 'CN', jurisdiction: byDelivery, startDate: '2022-01-05' }];
      expect(governingJurisdictions([byDelivery, newer], dates), invoiceDate).toEqual(expected);
      expect(governingJurisdictions([newer, byDelivery], dates), invoiceDate).toEqual(expected);
    }
  });

  it('the fallback never takes a pack whose range ended before the invoice date, in either order', () => {
    // Delivered 2021-12-30 (before the 2021 pack), invoiced 2022-01-01 (after the 2013 pack).
    const dates = { invoiceDate: '2022-01-01', deliveryDate: '2021-12-30' };
    const expected = [{ market: 'CN', jurisdiction: pack2021, startDate: '2021-12-30' }];
    expect(governingJurisdictions([pack2021, pack2013], dates)).toEqual(expected);
    expect(governingJurisdictions([pack2013, pack2021], dates)).toEqual(expected);
  });
});

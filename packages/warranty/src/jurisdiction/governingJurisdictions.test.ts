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

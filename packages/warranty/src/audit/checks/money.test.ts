import { describe, expect, it } from 'vitest';
import { auditOne, claim, codesOf } from '../testing';

// huaxia-2024: authority 5000.00, labor 120.00 an hour, parts at dealer net × 1.15
// (TVB-100: 1260.00 × 1.15 = 1449.00).
function priced(
  labor: { hours: string; laborRate?: string; amount?: string },
  unitPrice = '1449.00',
  other = '0',
) {
  // The total is the test's own sum in fen (integers), so the claim's amounts add up.
  const laborAmount = labor.amount ?? '300.00';
  const fen = (text: string) => BigInt(text.replace('.', '')) * (text.includes('.') ? 1n : 100n);
  const total = fen(laborAmount) + fen(unitPrice) + fen(other);
  return claim({
    laborOps: [{ opCode: '21-0100', ...labor }],
    parts: [{ partNumber: 'TVB-100', quantity: '1', unitPrice }],
    amounts: {
      labor: laborAmount,
      parts: unitPrice,
      other,
      total: `${total / 100n}.${String(total % 100n).padStart(2, '0')}`,
    },
  });
}

describe('authority check', () => {
  it('takes exactly the authority, not 0.01 above without a pre-authorization', () => {
    // 300.00 + 1449.00 + 3251.00 = 5000.00; with 3251.01: 5000.01.
    expect(auditOne(priced({ hours: '2.5' }, '1449.00', '3251.00')).status).toBe('approved');
    const above = auditOne(priced({ hours: '2.5' }, '1449.00', '3251.01'));
    expect(codesOf(above)).toEqual(['claim.over_authority']);
    expect(above.findings[0]).toMatchObject({
      severity: 'reject',
      cite: 'oem:huaxia-2024#preAuthorizationAbove',
      facts: { total: '5000.01', authority: '5000.00' },
      message: {
        en: "Total 5000.01 CNY is above the dealer's authority of 5000.00 without a pre-authorization",
      },
    });
    const authorized = {
      ...priced({ hours: '2.5' }, '1449.00', '3251.01'),
      preAuthorization: { number: 'PA-1' },
    };
    expect(auditOne(authorized).status).toBe('approved');
  });
});

describe('labor rate check', () => {
  it('takes the agreed rate, not 0.01 more', () => {
    expect(auditOne(priced({ hours: '2.5', laborRate: '120.00' })).status).toBe('approved');
    const above = auditOne(priced({ hours: '2.5', laborRate: '120.01', amount: '300.03' }));
    expect(codesOf(above)).toEqual(['claim.labor_rate_above_agreed']);
    // 0.01 over 2.5 hours = 0.025, exact.
    expect(above.findings[0]).toMatchObject({
      cite: 'oem:huaxia-2024#claims.laborRate',
      facts: { laborRate: '120.01', agreedRate: '120.00', excess: '0.025' },
    });
  });

  it('compares an amount without a rate with hours × the agreed rate', () => {
    // 2.5 × 120.00 = 300.00.
    expect(auditOne(priced({ hours: '2.5', amount: '300.00' })).status).toBe('approved');
    const above = auditOne(priced({ hours: '2.5', amount: '300.01' }));
    expect(above.findings[0]?.message.en).toBe(
      'Op 21-0100: 300.01 for 2.5 hours is above 2.5 × 120.00 = 300.00 at the agreed rate',
    );
    expect(above.findings[0]?.facts).toMatchObject({ allowed: '300.00', excess: '0.01' });
  });

  it('takes the dealer’s own agreed rate before the policy’s', () => {
    const laborRates = { 'DLR-SH-001': '130.00' };
    expect(
      auditOne(priced({ hours: '2.5', laborRate: '130.00', amount: '325.00' }), {}, { laborRates }).status,
    ).toBe('approved');
    const above = auditOne(
      priced({ hours: '2.5', laborRate: '130.01', amount: '325.03' }),
      {},
      { laborRates },
    );
    expect(above.findings[0]?.cite).toBe('oem:audit-options#laborRates');
  });
});

describe('part price check', () => {
  it('takes the agreed price, not 0.01 more', () => {
    expect(auditOne(priced({ hours: '2.5' }, '1449.00')).status).toBe('approved');
    const above = auditOne(priced({ hours: '2.5' }, '1449.01'));
    expect(codesOf(above)).toEqual(['claim.part_price_above_agreed']);
    expect(above.findings[0]).toMatchObject({
      cite: 'oem:huaxia-2024#claims.partPriceMarkup',
      facts: {
        unitPrice: '1449.01',
        agreedPrice: '1449.00',
        dealerNet: '1260.00',
        markup: '0.15',
        excess: '0.01',
      },
    });
  });

  it('rounds the agreed price half up to the fen', () => {
    // 12.30 × 1.15 = 14.145 → 14.15 half up (half-even would give 14.14): 14.15 is agreed, 14.16 not.
    const partPrices = { 'TVB-100': '12.30' };
    expect(auditOne(priced({ hours: '2.5' }, '14.15'), {}, { partPrices }).status).toBe('approved');
    const above = auditOne(priced({ hours: '2.5' }, '14.16'), {}, { partPrices });
    expect(above.findings[0]?.facts).toMatchObject({ agreedPrice: '14.15', excess: '0.01' });
    // 12.35 × 1.15 = 14.2025 → 14.20.
    const down = auditOne(priced({ hours: '2.5' }, '14.21'), {}, { partPrices: { 'TVB-100': '12.35' } });
    expect(down.findings[0]?.facts).toMatchObject({ agreedPrice: '14.20' });
  });
});

describe('currency check', () => {
  it('compares no amount of a claim in another currency', () => {
    const result = auditOne({
      ...priced({ hours: '2.5', laborRate: '999.00', amount: '2497.50' }),
      currency: 'USD',
    });
    expect(codesOf(result)).toEqual(['claim.currency_mismatch']);
    expect(result.findings[0]?.message.en).toBe(
      'The claim is in USD but policy huaxia-2024 is in CNY: authority, labor rate and part prices not compared',
    );
  });
});

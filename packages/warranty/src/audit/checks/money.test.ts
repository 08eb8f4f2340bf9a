import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf } from '../testing';

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
      rule: 'warranty.audit.authority',
      message: {
        en: "Total 5000.01 CNY is above the dealer's authority of 5000.00 without a pre-authorization",
        zh: '索赔金额 5000.01 CNY 超过经销商权限额度 5000.00，且无超权限预授权',
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

describe('labor rate check findings', () => {
  it('says by how much a rate above the agreed one goes over, in both languages', () => {
    // (120.01 − 120.00) × 2.5 hours = 0.025.
    const result = auditOne(priced({ hours: '2.5', laborRate: '120.01', amount: '300.03' }));
    expect(result.findings).toEqual([
      {
        code: 'claim.labor_rate_above_agreed',
        severity: 'review',
        rule: 'warranty.audit.labor-rate',
        cite: 'oem:huaxia-2024#claims.laborRate',
        message: {
          en: 'Op 21-0100: labor rate 120.01 is above the agreed 120.00 (0.025 over 2.5 hours)',
          zh: '工时代码 21-0100：工时单价 120.01 高于约定单价 120.00（2.5 工时共超出 0.025）',
        },
        facts: {
          opCode: '21-0100',
          hours: '2.5',
          laborRate: '120.01',
          agreedRate: '120.00',
          excess: '0.025',
        },
      },
    ]);
  });

  it('says by how much an amount without a rate goes over hours × the agreed rate, in both languages', () => {
    // 2.5 × 120.00 = 300.00; 300.01 is 0.01 over.
    const result = auditOne(priced({ hours: '2.5', amount: '300.01' }));
    expect(result.findings).toEqual([
      {
        code: 'claim.labor_rate_above_agreed',
        severity: 'review',
        rule: 'warranty.audit.labor-rate',
        cite: 'oem:huaxia-2024#claims.laborRate',
        message: {
          en: 'Op 21-0100: 300.01 for 2.5 hours is above 2.5 × 120.00 = 300.00 at the agreed rate',
          zh: '工时代码 21-0100：2.5 工时金额 300.01 高于按约定单价计算的 2.5 × 120.00 = 300.00',
        },
        facts: {
          opCode: '21-0100',
          hours: '2.5',
          amount: '300.01',
          agreedRate: '120.00',
          allowed: '300.00',
          excess: '0.01',
        },
      },
    ]);
  });

  it('counts a claim without labor ops as neither checked nor not checked for the labor rate', () => {
    // Without the laborOps field (the row read as it is) and with an empty list.
    const partsOnly = (laborOps: unknown) => {
      const { laborOps: _, ...row } = claim({ amounts: { labor: '0', parts: '1449.00', total: '1449.00' } });
      return laborOps === undefined ? row : { ...row, laborOps };
    };
    for (const laborOps of [undefined, []]) {
      const { summary } = audit([partsOnly(laborOps)]);
      expect(summary.checked['warranty.audit.labor-rate']).toBeUndefined();
      expect(summary.notChecked['warranty.audit.labor-rate']).toBeUndefined();
    }
    expect(audit([claim()]).summary.checked['warranty.audit.labor-rate']).toBe(1);
  });
});

describe('part price check findings', () => {
  it('says by how much a unit price above the agreed one goes over, in both languages', () => {
    // Agreed: 1260.00 × 1.15 = 1449.00; 2 × (1449.01 − 1449.00) = 0.02.
    const row = claim({
      parts: [{ partNumber: 'TVB-100', quantity: '2', unitPrice: '1449.01', amount: '2898.02' }],
      amounts: { labor: '300.00', parts: '2898.02', total: '3198.02' },
    });
    expect(auditOne(row).findings).toEqual([
      {
        code: 'claim.part_price_above_agreed',
        severity: 'review',
        rule: 'warranty.audit.part-price',
        cite: 'oem:huaxia-2024#claims.partPriceMarkup',
        message: {
          en: 'Part TVB-100: unit price 1449.01 is above the agreed 1449.00 (dealer net 1260.00 × 1.15); 0.02 over 2',
          zh: '配件 TVB-100：索赔单价 1449.01 高于约定价 1449.00（经销商净价 1260.00 × 1.15），数量 2 共超出 0.02',
        },
        facts: {
          partNumber: 'TVB-100',
          quantity: '2',
          unitPrice: '1449.01',
          agreedPrice: '1449.00',
          dealerNet: '1260.00',
          markup: '0.15',
          excess: '0.02',
        },
      },
    ]);
  });

  it('counts a claim as not checked when a part has no net price, still comparing the others', () => {
    // With net prices for TVB-100 only, the gasket GSK-7 has none; TVB-100 at 1449.01 is still 0.01
    // above 1449.00.
    const row = claim({
      causalPartNumber: 'TVB-100',
      parts: [
        { partNumber: 'GSK-7', quantity: '1', unitPrice: '10.00', amount: '10.00' },
        { partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.01', amount: '1449.01' },
      ],
      amounts: { labor: '300.00', parts: '1459.01', total: '1759.01' },
    });
    const report = audit([row], {}, { partPrices: { 'TVB-100': '1260.00' } });
    expect(report.results[0]?.findings.map((f) => f.code)).toEqual(['claim.part_price_above_agreed']);
    expect(report.summary.notChecked['warranty.audit.part-price']).toBe(1);
    expect(report.summary.checked['warranty.audit.part-price']).toBeUndefined();
    const priced = audit([claim()]).summary;
    expect(priced.checked['warranty.audit.part-price']).toBe(1);
    expect(priced.notChecked['warranty.audit.part-price']).toBeUndefined();
  });

  it('counts a claim as not checked without a net price list, and not at all without parts', () => {
    const noPrices = audit([claim()], {}, { partPrices: undefined }).summary;
    expect(noPrices.notChecked['warranty.audit.part-price']).toBe(1);
    expect(noPrices.checked['warranty.audit.part-price']).toBeUndefined();
    const labourOnly = claim({
      parts: [],
      causalPartNumber: undefined,
      oldPart: undefined,
      amounts: { labor: '300.00', parts: '0', total: '300.00' },
    });
    const noParts = audit([labourOnly]).summary;
    expect(noParts.checked['warranty.audit.part-price']).toBeUndefined();
    expect(noParts.notChecked['warranty.audit.part-price']).toBeUndefined();
  });
});

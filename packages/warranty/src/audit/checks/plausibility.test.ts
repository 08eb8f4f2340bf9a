import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf } from '../testing';

// Op 21-0100 may replace transmission-valve-body and gaskets; failure codes P07… take a
// transmission valve body as the causal part and op 21-0100.
const withParts = (...parts: { partNumber: string; unitPrice: string }[]) =>
  claim({ parts: parts.map((part) => ({ ...part, quantity: '1' })), amounts: undefined });

function sum(parts: { unitPrice: string }[]): string {
  // Two-decimal prices in fen, added as integers (the test's own arithmetic, no float).
  const fen = parts.reduce((total, part) => total + Number(part.unitPrice.replace('.', '')), 0);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
function claimWith(...parts: { partNumber: string; unitPrice: string }[]) {
  const row = withParts(...parts);
  const total = sum([{ unitPrice: '300.00' }, ...parts]);
  return { ...row, amounts: { labor: '300.00', parts: sum(parts), total } };
}

describe('part and op plausibility', () => {
  it('takes parts of the groups the op replaces', () => {
    const row = claimWith(
      { partNumber: 'TVB-100', unitPrice: '1449.00' },
      { partNumber: 'GSK-7', unitPrice: '11.50' },
    );
    expect(auditOne(row).status).toBe('approved');
  });

  it('flags a part of a group the op does not replace, and a part not in the table', () => {
    const row = claimWith(
      { partNumber: 'TVB-100', unitPrice: '1449.00' },
      { partNumber: 'BD-1', unitPrice: '10.00' },
      { partNumber: 'ZZ-1', unitPrice: '1.00' },
    );
    const result = auditOne(row, {}, { partPrices: [] });
    expect(codesOf(result)).toEqual(['claim.part_not_plausible', 'claim.part_not_plausible']);
    expect(result.findings[0]?.message.en).toBe(
      'Part BD-1 (group brake-discs) is not replaced by op 21-0100 (which replaces: transmission-valve-body, gaskets)',
    );
    expect(result.findings[0]?.cite).toBe('oem:audit-options#laborTimes');
    expect(result.findings[1]).toMatchObject({
      cite: 'oem:audit-options#partGroups',
      facts: { partNumber: 'ZZ-1', reason: 'unknown_part' },
    });
  });

  it('flags a causal part that does not fit the failure code, by its longest listed prefix', () => {
    const failureCodes = [
      { code: 'P07', partGroups: ['transmission-valve-body'] },
      { code: 'P070', partGroups: ['gaskets'] },
    ];
    // P0700 falls under P070 (longer than P07): gaskets only, so TVB-100 does not fit.
    const result = auditOne(claim(), {}, { failureCodes });
    expect(codesOf(result)).toEqual(['claim.part_not_plausible']);
    expect(result.findings[0]).toMatchObject({
      cite: 'oem:audit-options#failureCodes',
      facts: { rule: 'P070', reason: 'failure_code' },
    });
    expect(auditOne(claim({ failureCode: 'P0710' }), {}, { failureCodes }).status).toBe('approved');
  });

  it('flags an op the failure code does not list', () => {
    const failureCodes = [{ code: 'P07', opCodes: ['21-0200'] }];
    const result = auditOne(claim(), {}, { failureCodes });
    expect(codesOf(result)).toEqual(['claim.op_not_plausible']);
    expect(result.findings[0]?.message.en).toBe(
      'Op 21-0100 does not repair failure code P0700 (rule P07: 21-0200)',
    );
  });

  it('shows a dash for the groups of an op whose labor time lists none', () => {
    // 21-0100 here replaces no part group ([]): the valve body does not fit it.
    const laborTimes = [{ opCode: '21-0100', standardHours: '2.5', system: 'transmission', partGroups: [] }];
    const result = auditOne(claim(), {}, {}, { laborTimes });
    expect(codesOf(result)).toEqual(['claim.part_not_plausible']);
    expect(result.findings[0]?.message).toEqual({
      en: 'Part TVB-100 (group transmission-valve-body) is not replaced by op 21-0100 (which replaces: —)',
      zh: '配件 TVB-100（配件组 transmission-valve-body）不属于工时代码 21-0100 可更换的配件（可更换：—）',
    });
    expect(result.findings[0]?.facts).toMatchObject({ opCodes: ['21-0100'], allowedGroups: [] });
  });

  it('counts parts as not checked without a part-group table, and a claim without parts not at all', () => {
    // No parts key at all (a row already in the output form, read as it is).
    const noParts = claim({ amounts: { labor: '300.00', parts: '0.00', total: '300.00' } });
    delete noParts.parts;
    delete noParts.causalPartNumber;
    delete noParts.oldPart;
    const rule = 'warranty.audit.part-plausibility';
    const withParts = audit([claim()], {}, { partGroups: undefined }).summary;
    expect(withParts.notChecked[rule]).toBe(1);
    expect(withParts.checked[rule]).toBeUndefined();
    const without = audit([noParts], {}, { partGroups: undefined }).summary;
    expect(without.notChecked[rule]).toBeUndefined();
    expect(without.checked[rule]).toBeUndefined();
    expect(audit([noParts]).summary.checked[rule]).toBeUndefined();
    expect(audit([claim()]).summary.checked[rule]).toBe(1);
  });
});

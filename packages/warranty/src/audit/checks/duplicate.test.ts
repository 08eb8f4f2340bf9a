import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf, type Row, VIN, vehicle, vinOf } from '../testing';

// The audited claim: VIN, op 21-0100, part TVB-100, repaired 2024-09-10; huaxia-2024 counts
// duplicates within 30 days ("within" includes the 30th day).
const earlier = (repairDate: string, more: Row = {}) =>
  claim({ id: 'CLM-0', roId: 'RO-050', repairDate, odometerKm: 14_000, status: 'paid', ...more });

describe('duplicate check', () => {
  it('flags the same VIN, op and part within the window, on both sides of 30 days', () => {
    // 2024-08-12 → 2024-09-10: 19 days left in August + 10 = 29 days; 08-11: 30; 08-10: 31.
    const at29 = auditOne(claim(), { claims: [earlier('2024-08-12')] });
    expect(codesOf(at29)).toEqual(['claim.duplicate']);
    expect(at29.findings[0]).toMatchObject({
      severity: 'reject',
      rule: 'warranty.audit.duplicate',
      cite: 'oem:huaxia-2024#claims.duplicateWindowDays',
      facts: {
        duplicateOf: 'CLM-0',
        source: 'history',
        row: 0,
        daysApart: 29,
        windowDays: 30,
        opCode: '21-0100',
        partNumber: 'TVB-100',
      },
    });
    expect(at29.findings[0]?.message.en).toBe(
      'Same VIN and op 21-0100 and part TVB-100 as claim CLM-0 (history row 0, repaired 2024-08-12), 29 days apart (window 30 days)',
    );
    expect(codesOf(auditOne(claim(), { claims: [earlier('2024-08-11')] }))).toEqual(['claim.duplicate']);
    expect(auditOne(claim(), { claims: [earlier('2024-08-10')] }).status).toBe('approved');
  });

  it('counts an earlier claim repaired after this one, within the window', () => {
    // 2024-09-10 → 2024-10-09: 20 + 9 = 29 days.
    expect(codesOf(auditOne(claim(), { claims: [earlier('2024-10-09', { odometerKm: 16_000 })] }))).toEqual([
      'claim.duplicate',
    ]);
  });

  it('compares a batch row with the earlier rows only, and names the row', () => {
    const second = claim({
      id: 'CLM-2',
      roId: 'RO-101',
      repairDate: '2024-09-20',
      submittedAt: '2024-09-21T10:00:00+08:00',
    });
    const report = audit([claim(), second]);
    expect(report.results[0]?.status).toBe('approved');
    expect(report.results[1]?.findings[0]?.facts).toMatchObject({
      duplicateOf: 'CLM-1',
      source: 'batch',
      row: 0,
      daysApart: 10,
    });
    // The later-repaired claim first: the row order decides which one is the duplicate.
    const swapped = audit([second, claim()]);
    expect(swapped.results[0]?.status).toBe('approved');
    expect(swapped.results[1]?.findings[0]?.facts).toMatchObject({ duplicateOf: 'CLM-2', row: 0 });
  });

  it('does not take a claim for its own duplicate, nor a claim for another part', () => {
    expect(auditOne(claim(), { claims: [earlier('2024-09-01', { id: 'CLM-1' })] }).status).toBe('approved');
    const otherPart = earlier('2024-09-01', {
      parts: [{ partNumber: 'GSK-7', quantity: '1', unitPrice: '11.50' }],
      amounts: { labor: '300.00', parts: '11.50', total: '311.50' },
    });
    expect(auditOne(claim(), { claims: [otherPart] }).status).toBe('approved');
  });

  it('matches two claims without parts on their op', () => {
    const labourOnly = {
      parts: [],
      causalPartNumber: undefined,
      amounts: { labor: '300.00', parts: '0', total: '300.00' },
    };
    const result = auditOne(claim(labourOnly), { claims: [earlier('2024-09-01', labourOnly)] });
    expect(codesOf(result)).toEqual(['claim.duplicate']);
    expect(result.findings[0]?.message.en).toContain('op 21-0100 (no part)');
  });

  it('notes, without rejecting, a claim like one the carmaker rejected', () => {
    const result = auditOne(claim(), { claims: [earlier('2024-09-01', { status: 'rejected' })] });
    expect(codesOf(result)).toEqual(['claim.resubmission']);
    expect(result.findings[0]?.severity).toBe('info');
    expect(result.findings[0]?.message.zh).toContain('与已拒赔的索赔单 CLM-0');
    // A paid claim in the window wins over the rejected one.
    const both = auditOne(claim(), {
      claims: [
        earlier('2024-09-01', { status: 'rejected' }),
        earlier('2024-09-02', { id: 'CLM-00', roId: 'RO-051' }),
      ],
    });
    expect(codesOf(both)).toEqual(['claim.duplicate']);
  });

  it('takes the window of the settings over the policy, and cites it', () => {
    // Window 10 days: 2024-08-31 is 10 days before 09-10 (inside), 08-12 is 29 (outside).
    const rules = { claimRules: { duplicateWindowDays: 10 } };
    expect(auditOne(claim(), { claims: [earlier('2024-08-12')] }, rules).status).toBe('approved');
    const result = auditOne(
      claim(),
      { claims: [earlier('2024-08-31')] },
      { ...rules, id: 'huaxia-claims-2024' },
    );
    expect(result.findings[0]?.cite).toBe('oem:huaxia-claims-2024#claimRules.duplicateWindowDays');
  });

  it('names the part alone when neither claim has an op', () => {
    const partsOnly = { laborOps: undefined, amounts: { labor: '0.00', parts: '1449.00', total: '1449.00' } };
    const result = auditOne(claim(partsOnly), { claims: [earlier('2024-08-12', partsOnly)] });
    const finding = result.findings.find((f) => f.code === 'claim.duplicate');
    expect(finding?.message).toEqual({
      en: 'Same VIN and part TVB-100 (no op) as claim CLM-0 (history row 0, repaired 2024-08-12), 29 days apart (window 30 days)',
      zh: '与索赔单 CLM-0（历史第 0 行，维修日期 2024-08-12）车辆及配件 TVB-100（无工时）相同，相隔 29 天（重复索赔期 30 天）',
    });
    expect(finding?.facts).toMatchObject({ opCode: null, partNumber: 'TVB-100' });
  });

  describe('the op and part two claims share', () => {
    // Both repaired 9 days apart (09-01 and 09-10), well inside the 30-day window.
    const withoutOps = (row: Row): Row => {
      const copy: Row = { ...row, amounts: { labor: '0.00', parts: '1449.00', total: '1449.00' } };
      delete copy.laborOps;
      return copy;
    };
    const withoutParts = (row: Row): Row => {
      const copy: Row = { ...row, amounts: { labor: '300.00', parts: '0.00', total: '300.00' } };
      delete copy.parts;
      delete copy.causalPartNumber;
      delete copy.oldPart;
      return copy;
    };

    it('are none for a claim with an op and one without, whichever is audited', () => {
      expect(auditOne(claim(), { claims: [withoutOps(earlier('2024-09-01'))] }).status).toBe('approved');
      // (A claim without ops has no vehicle system: coverage finds nothing to cover it; no duplicate.)
      const opless = auditOne(withoutOps(claim()), { claims: [earlier('2024-09-01')] });
      expect(codesOf(opless)).not.toContain('claim.duplicate');
    });

    it('are none for two claims with different ops for the same part', () => {
      const brakeOp = { opCode: '46-1120', hours: '2.5', laborRate: '120.00', amount: '300.00' };
      const other = earlier('2024-09-01', { laborOps: [brakeOp] });
      expect(auditOne(claim(), { claims: [other] }).status).toBe('approved');
    });

    it('are none for a claim with a part and one without, whichever is audited', () => {
      expect(auditOne(withoutParts(claim()), { claims: [earlier('2024-09-01')] }).status).toBe('approved');
      const partless = auditOne(claim(), { claims: [withoutParts(earlier('2024-09-01'))] });
      expect(partless.status).toBe('approved');
    });

    it('are the op alone, named in both languages, when neither claim has a part', () => {
      const result = auditOne(withoutParts(claim()), { claims: [withoutParts(earlier('2024-09-01'))] });
      expect(codesOf(result)).toEqual(['claim.duplicate']);
      expect(result.findings[0]?.message).toEqual({
        en: 'Same VIN and op 21-0100 (no part) as claim CLM-0 (history row 0, repaired 2024-09-01), 9 days apart (window 30 days)',
        zh: '与索赔单 CLM-0（历史第 0 行，维修日期 2024-09-01）车辆及工时代码 21-0100（无配件）相同，相隔 9 天（重复索赔期 30 天）',
      });
      expect(result.findings[0]?.facts).toMatchObject({ opCode: '21-0100', partNumber: null });
    });
  });

  it('reports a duplicate of an earlier batch row in full, in both languages', () => {
    const second = claim({
      id: 'CLM-2',
      roId: 'RO-101',
      repairDate: '2024-09-20',
      submittedAt: '2024-09-21T10:00:00+08:00',
    });
    const report = audit([claim(), second]);
    // 2024-09-10 → 2024-09-20: 10 days.
    expect(report.results[1]?.findings).toEqual([
      {
        code: 'claim.duplicate',
        severity: 'reject',
        rule: 'warranty.audit.duplicate',
        cite: 'oem:huaxia-2024#claims.duplicateWindowDays',
        message: {
          en: 'Same VIN and op 21-0100 and part TVB-100 as claim CLM-1 (batch row 0, repaired 2024-09-10), 10 days apart (window 30 days)',
          zh: '与索赔单 CLM-1（本批第 0 行，维修日期 2024-09-10）车辆及工时代码 21-0100、配件 TVB-100相同，相隔 10 天（重复索赔期 30 天）',
        },
        facts: {
          duplicateOf: 'CLM-1',
          source: 'batch',
          row: 0,
          status: 'submitted',
          repairDate: '2024-09-10',
          daysApart: 10,
          windowDays: 30,
          opCode: '21-0100',
          partNumber: 'TVB-100',
        },
      },
    ]);
  });

  it('notes a claim like one the carmaker charged back, in full, in both languages', () => {
    const result = auditOne(claim(), { claims: [earlier('2024-09-01', { status: 'charged_back' })] });
    expect(result.findings).toEqual([
      {
        code: 'claim.resubmission',
        severity: 'info',
        rule: 'warranty.audit.duplicate',
        cite: 'oem:huaxia-2024#claims.duplicateWindowDays',
        message: {
          en: 'Same VIN and op 21-0100 and part TVB-100 as claim CLM-0 (history row 0), which was charged back; 9 days apart',
          zh: '与已扣款的索赔单 CLM-0（历史第 0 行）车辆及工时代码 21-0100、配件 TVB-100相同，相隔 9 天',
        },
        facts: {
          duplicateOf: 'CLM-0',
          source: 'history',
          row: 0,
          status: 'charged_back',
          repairDate: '2024-09-01',
          daysApart: 9,
          windowDays: 30,
          opCode: '21-0100',
          partNumber: 'TVB-100',
        },
      },
    ]);
  });

  it('compares only the claims of the same VIN, not those of the next vehicle', () => {
    // Two vehicles in the history; the other one (listed second) has the same repair 9 days earlier.
    const other = vinOf(13);
    const history = {
      vehicles: [vehicle(), vehicle({ vin: other })],
      claims: [earlier('2024-09-01', { vin: other })],
    };
    expect(other).not.toBe(VIN);
    expect(auditOne(claim(), history).status).toBe('approved');
    // The same claim for the other vehicle is its duplicate.
    expect(codesOf(auditOne(claim({ vin: other }), history))).toEqual(['claim.duplicate']);
  });

  it('counts a claim without a policy (vehicle not in the history) as not checked for duplicates', () => {
    // No policy, no duplicate window in the settings: the identical earlier claim is not compared.
    const vin = vinOf(99);
    const report = audit([claim({ vin })], { claims: [earlier('2024-09-01', { vin })] });
    expect(codesOf(report.results[0] as never)).not.toContain('claim.duplicate');
    expect(report.summary.notChecked['warranty.audit.duplicate']).toBe(1);
    expect(report.summary.checked['warranty.audit.duplicate']).toBeUndefined();
    // With a window in the settings the same claim is compared, and is a duplicate.
    const windowed = audit(
      [claim({ vin })],
      { claims: [earlier('2024-09-01', { vin })] },
      {
        claimRules: { duplicateWindowDays: 30 },
      },
    );
    expect(codesOf(windowed.results[0] as never)).toContain('claim.duplicate');
    expect(windowed.summary.checked['warranty.audit.duplicate']).toBe(1);
  });
});

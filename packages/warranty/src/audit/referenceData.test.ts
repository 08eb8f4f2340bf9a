import { type AftersalesError, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { auditClaims } from './auditClaims';
import type { AuditSettingsInput } from './auditSettings';
import { audit, auditOne, auditOptions, claim, codesOf } from './testing';

/** The first issue `auditClaims` throws with these settings. */
function issueWith(overrides: Partial<AuditSettingsInput>) {
  let error: AftersalesError | undefined;
  try {
    auditClaims([claim()], auditOptions({}, overrides));
  } catch (caught) {
    if (isAftersalesError(caught)) error = caught;
  }
  const issue = error?.issues[0];
  return { code: issue?.code, path: issue?.path, params: issue?.params };
}

describe('reference data of the settings', () => {
  it('reads part groups given as a list', () => {
    // The causal gasket (group gaskets) does not fit failure code P0700 (rule P07).
    const partGroups = [
      { partNumber: 'TVB-100', partGroup: 'transmission-valve-body' },
      { partNumber: 'GSK-7', partGroup: 'gaskets' },
    ];
    const row = claim({
      causalPartNumber: 'GSK-7',
      parts: [{ partNumber: 'GSK-7', quantity: '1', unitPrice: '11.50' }],
      amounts: { labor: '300.00', parts: '11.50', total: '311.50' },
    });
    const result = auditOne(row, {}, { partGroups });
    expect(codesOf(result)).toEqual(['claim.part_not_plausible']);
    expect(result.findings[0]?.facts).toMatchObject({
      partNumber: 'GSK-7',
      partGroup: 'gaskets',
      rule: 'P07',
    });
  });

  it('rejects a part, part price or dealer listed twice, naming both rows', () => {
    const groups = [
      { partNumber: 'GSK-7', partGroup: 'gaskets' },
      { partNumber: 'GSK-7', partGroup: 'seals' },
    ];
    expect(issueWith({ partGroups: groups })).toEqual({
      code: 'warranty.duplicate',
      path: ['options', 'partGroups', 1, 'partNumber'],
      params: { what: 'part', whatZh: '配件', id: 'GSK-7', firstRow: 0 },
    });
    const prices = [
      { partNumber: 'GSK-7', dealerNet: '10.00' },
      { partNumber: 'GSK-7', dealerNet: '11.00' },
    ];
    expect(issueWith({ partPrices: prices })).toEqual({
      code: 'warranty.duplicate',
      path: ['options', 'partPrices', 1, 'partNumber'],
      params: { what: 'part price', whatZh: '配件价格', id: 'GSK-7', firstRow: 0 },
    });
    const rates = [
      { dealerId: 'DLR-SH-001', rate: '110.00' },
      { dealerId: 'DLR-SH-001', rate: '115.00' },
    ];
    expect(issueWith({ laborRates: rates })).toEqual({
      code: 'warranty.duplicate',
      path: ['options', 'laborRates', 1, 'dealerId'],
      params: { what: 'dealer labor rate', whatZh: '经销商工时单价', id: 'DLR-SH-001', firstRow: 0 },
    });
  });

  it('holds a dealer to its own agreed labor rate, given as a list', () => {
    // DLR-SH-001 agreed 110.00 an hour (the policy says 120.00); the claim charges 120.00.
    const result = auditOne(claim(), {}, { laborRates: [{ dealerId: 'DLR-SH-001', rate: '110.00' }] });
    expect(codesOf(result)).toEqual(['claim.labor_rate_above_agreed']);
  });

  it('audits without failure-code rules', () => {
    expect(auditOne(claim(), {}, { failureCodes: undefined })).toMatchObject({
      status: 'approved',
      findings: [],
    });
  });

  it('applies the longest listed prefix of each failure code, for every claim with it', () => {
    // P0700 allows op 46-1120 only; P07 (its prefix) allows 21-0100 only.
    const failureCodes = [
      { code: 'P07', opCodes: ['21-0100'] },
      { code: 'P0700', opCodes: ['46-1120'] },
    ];
    const brakeJob = {
      failureCode: 'P0712',
      causalPartNumber: undefined,
      laborOps: [{ opCode: '46-1120', hours: '1.2', laborRate: '120.00' }],
      parts: [],
      amounts: { labor: '144.00', parts: '0.00', total: '144.00' },
    };
    const report = audit(
      [
        claim({ id: 'CLM-A' }),
        // The same failure code again, on another RO, without parts: no duplicate of CLM-A.
        claim({
          id: 'CLM-B',
          roId: 'RO-200',
          causalPartNumber: undefined,
          parts: [],
          amounts: { labor: '300.00', parts: '0.00', total: '300.00' },
        }),
        claim({ id: 'CLM-C', roId: 'RO-300', ...brakeJob }),
      ],
      {},
      { failureCodes },
    );
    const ruleOf = (row: number) =>
      report.results[row]?.findings
        .filter((f) => f.code === 'claim.op_not_plausible')
        .map((f) => f.facts.rule);
    expect([ruleOf(0), ruleOf(1), ruleOf(2)]).toEqual([['P0700'], ['P0700'], ['P07']]);
  });
});

import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf, type Row, vinOf } from '../testing';

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

  describe('its findings, in full', () => {
    it('names a part missing from the part-group table, with a null group', () => {
      const row = claimWith(
        { partNumber: 'TVB-100', unitPrice: '1449.00' },
        { partNumber: 'ZZ-1', unitPrice: '1.00' },
      );
      const result = auditOne(row, {}, { partPrices: [] });
      expect(result.findings).toEqual([
        {
          code: 'claim.part_not_plausible',
          severity: 'review',
          rule: 'warranty.audit.part-plausibility',
          cite: 'oem:audit-options#partGroups',
          message: { en: 'Part ZZ-1 is not in the part-group table', zh: '配件 ZZ-1 不在配件组表中' },
          facts: { partNumber: 'ZZ-1', partGroup: null, reason: 'unknown_part' },
        },
      ]);
    });

    it('names the op and the groups it replaces for a part of another group', () => {
      const row = claimWith(
        { partNumber: 'TVB-100', unitPrice: '1449.00' },
        { partNumber: 'BD-1', unitPrice: '10.00' },
      );
      const result = auditOne(row, {}, { partPrices: [] });
      expect(result.findings).toEqual([
        {
          code: 'claim.part_not_plausible',
          severity: 'review',
          rule: 'warranty.audit.part-plausibility',
          cite: 'oem:audit-options#laborTimes',
          message: {
            en: 'Part BD-1 (group brake-discs) is not replaced by op 21-0100 (which replaces: transmission-valve-body, gaskets)',
            zh: '配件 BD-1（配件组 brake-discs）不属于工时代码 21-0100 可更换的配件（可更换：transmission-valve-body, gaskets）',
          },
          facts: {
            partNumber: 'BD-1',
            partGroup: 'brake-discs',
            opCodes: ['21-0100'],
            allowedGroups: ['transmission-valve-body', 'gaskets'],
            reason: 'op',
          },
        },
      ]);
    });

    it('checks the parts of a claim for a vehicle not in the history against the unrestricted labor times', () => {
      // The labor times list no brand or model: they apply to a vehicle of unknown brand too.
      const row = {
        ...claimWith(
          { partNumber: 'TVB-100', unitPrice: '1449.00' },
          { partNumber: 'BD-1', unitPrice: '10.00' },
        ),
        vin: vinOf(99),
      };
      const result = auditOne(row, {}, { partPrices: [] });
      const plausibility = result.findings.filter((f) => f.rule === 'warranty.audit.part-plausibility');
      expect(plausibility.map((f) => f.facts)).toEqual([
        {
          partNumber: 'BD-1',
          partGroup: 'brake-discs',
          opCodes: ['21-0100'],
          allowedGroups: ['transmission-valve-body', 'gaskets'],
          reason: 'op',
        },
      ]);
    });

    it('names the causal part, its group, the failure code and the rule that does not list it', () => {
      const failureCodes = [
        { code: 'P07', partGroups: ['transmission-valve-body'] },
        { code: 'P070', partGroups: ['gaskets'] },
      ];
      const result = auditOne(claim(), {}, { failureCodes });
      expect(result.findings).toEqual([
        {
          code: 'claim.part_not_plausible',
          severity: 'review',
          rule: 'warranty.audit.part-plausibility',
          cite: 'oem:audit-options#failureCodes',
          message: {
            en: 'Causal part TVB-100 (group transmission-valve-body) does not fit failure code P0700 (rule P070: gaskets)',
            zh: '主损件 TVB-100（配件组 transmission-valve-body）与故障代码 P0700 不符（规则 P070：gaskets）',
          },
          facts: {
            partNumber: 'TVB-100',
            partGroup: 'transmission-valve-body',
            failureCode: 'P0700',
            rule: 'P070',
            allowedGroups: ['gaskets'],
            reason: 'failure_code',
          },
        },
      ]);
    });

    it('does not hold the failure code against a causal part missing from the table (only the missing part)', () => {
      // ZZ-1 has no group: the rule of P07 (transmission-valve-body) cannot be compared with it.
      const row = { ...claimWith({ partNumber: 'ZZ-1', unitPrice: '1.00' }), causalPartNumber: 'ZZ-1' };
      const result = auditOne(row, {}, { partPrices: [] });
      expect(codesOf(result)).toEqual(['claim.part_not_plausible']);
      expect(result.findings[0]?.facts).toEqual({
        partNumber: 'ZZ-1',
        partGroup: null,
        reason: 'unknown_part',
      });
    });

    it('names the op, the failure code, its rule and the ops it lists', () => {
      const result = auditOne(
        claim(),
        {},
        { failureCodes: [{ code: 'P07', opCodes: ['21-0200', '21-0300'] }] },
      );
      expect(result.findings).toEqual([
        {
          code: 'claim.op_not_plausible',
          severity: 'review',
          rule: 'warranty.audit.op-plausibility',
          cite: 'oem:audit-options#failureCodes',
          message: {
            en: 'Op 21-0100 does not repair failure code P0700 (rule P07: 21-0200, 21-0300)',
            zh: '工时代码 21-0100 与故障代码 P0700 不符（规则 P07：21-0200, 21-0300）',
          },
          facts: { opCode: '21-0100', failureCode: 'P0700', rule: 'P07', allowedOps: ['21-0200', '21-0300'] },
        },
      ]);
    });
  });

  describe('claims without ops', () => {
    // A parts-only claim: no labor, the valve body alone (1,449.00).
    const partsOnly = (laborOps: 'absent' | 'empty'): Row => {
      const row = claim({ amounts: { labor: '0.00', parts: '1449.00', total: '1449.00' } });
      if (laborOps === 'absent') delete row.laborOps;
      else row.laborOps = [];
      return row;
    };
    const partRule = 'warranty.audit.part-plausibility';
    const opRule = 'warranty.audit.op-plausibility';

    it('do not restrict the parts, whether the ops are absent or an empty list', () => {
      // BD-1 is no part op 21-0100 replaces; without any op nothing says which parts may be replaced.
      for (const form of ['absent', 'empty'] as const) {
        const row = partsOnly(form);
        row.parts = [
          { partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00', isCausal: true },
          { partNumber: 'BD-1', quantity: '1', unitPrice: '10.00', amount: '10.00' },
        ];
        row.amounts = { labor: '0.00', parts: '1459.00', total: '1459.00' };
        const report = audit([row], {}, { partPrices: [] });
        const findings = report.results[0]?.findings ?? [];
        expect(findings.filter((f) => f.rule === partRule)).toEqual([]);
        expect(report.summary.checked[partRule]).toBe(1);
      }
    });

    it('are neither checked nor counted as not checked for their ops, with or without a rule listing ops', () => {
      const withOps = { failureCodes: [{ code: 'P07', opCodes: ['21-0200'] }] };
      const withoutOps = { failureCodes: [{ code: 'P07' }] };
      for (const form of ['absent', 'empty'] as const) {
        for (const overrides of [withOps, withoutOps]) {
          const report = audit([partsOnly(form)], {}, overrides);
          expect(report.results[0]?.findings.filter((f) => f.rule === opRule)).toEqual([]);
          expect(report.summary.checked[opRule]).toBeUndefined();
          expect(report.summary.notChecked[opRule]).toBeUndefined();
        }
      }
    });
  });

  describe('counts a claim with ops as not checked for its ops', () => {
    const opRule = 'warranty.audit.op-plausibility';

    it('when the failure code rule lists no ops', () => {
      const summary = audit([claim()], {}, { failureCodes: [{ code: 'P07' }] }).summary;
      expect(summary.notChecked[opRule]).toBe(1);
      expect(summary.checked[opRule]).toBeUndefined();
    });

    it('when there is no failure-code table at all', () => {
      const report = audit([claim()], {}, { failureCodes: undefined });
      expect(report.results[0]?.status).toBe('approved');
      expect(report.summary.notChecked[opRule]).toBe(1);
      expect(report.summary.checked[opRule]).toBeUndefined();
    });

    it('but as checked when the rule lists ops, the claim’s among them', () => {
      const summary = audit([claim()]).summary;
      expect(summary.checked[opRule]).toBe(1);
      expect(summary.notChecked[opRule]).toBeUndefined();
    });
  });
});

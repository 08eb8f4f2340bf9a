import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf, vinOf } from '../testing';

// Op 21-0100 has a standard time of 2.5 hours. Labor amounts are left out so only hours are read.
const ops = (...lines: { opCode: string; hours: string }[]) => claim({ laborOps: lines });

describe('standard hours check', () => {
  it('takes the standard time, not 0.1 hour more', () => {
    expect(auditOne(ops({ opCode: '21-0100', hours: '2.5' })).status).toBe('approved');
    expect(auditOne(ops({ opCode: '21-0100', hours: '2.50' })).status).toBe('approved');
    const result = auditOne(ops({ opCode: '21-0100', hours: '2.6' }));
    expect(codesOf(result)).toEqual(['claim.hours_above_standard']);
    expect(result.findings[0]).toMatchObject({
      severity: 'review',
      rule: 'warranty.audit.standard-hours',
      cite: 'oem:audit-options#laborTimes',
      facts: { opCode: '21-0100', hours: '2.6', standardHours: '2.5', excessHours: '0.1' },
      message: {
        en: 'Op 21-0100: 2.6 hours claimed, standard time 2.5 hours (0.1 above)',
        zh: '工时代码 21-0100：索赔 2.6 工时，标准工时 2.5（超出 0.1）',
      },
    });
  });

  it('adds up an op claimed on several lines', () => {
    // 1.5 + 1.1 = 2.6 hours of 21-0100: 0.1 above, reported once.
    const result = auditOne(ops({ opCode: '21-0100', hours: '1.5' }, { opCode: '21-0100', hours: '1.1' }));
    expect(result.findings.map((f) => f.facts.hours)).toEqual(['2.6']);
  });

  it('asks about an op that is not in the labor-time table', () => {
    // (No failure-code rules here: P07's would also say 99-9999 is not an op for it.)
    const result = auditOne(
      ops({ opCode: '21-0100', hours: '2.5' }, { opCode: '99-9999', hours: '0.5' }),
      {},
      { failureCodes: [] },
    );
    expect(codesOf(result)).toEqual(['claim.unknown_op']);
    expect(result.findings[0]?.message.en).toBe(
      'Op 99-9999 is not in the labor-time table for Huaxia HX5: its hours and parts are not checked',
    );
  });

  it('uses the labor time of the vehicle model before the general one', () => {
    const laborTimes = [
      {
        opCode: '21-0100',
        standardHours: '2.5',
        system: 'transmission',
        partGroups: ['transmission-valve-body'],
      },
      { opCode: '21-0100', standardHours: '3.0', brand: 'Huaxia', model: 'HX5', system: 'transmission' },
    ];
    expect(auditOne(ops({ opCode: '21-0100', hours: '3.0' }), {}, {}, { laborTimes }).status).toBe(
      'approved',
    );
    const other = { laborTimes: [{ ...laborTimes[1], model: 'HX7' }, laborTimes[0]] };
    expect(codesOf(auditOne(ops({ opCode: '21-0100', hours: '3.0' }), {}, {}, other))).toEqual([
      'claim.hours_above_standard',
    ]);
  });

  it('names no vehicle for an unknown op of a claim whose vehicle is not in the history', () => {
    const row = claim({ vin: vinOf(99), laborOps: [{ opCode: '99-0001', hours: '1.0' }] });
    const finding = auditOne(row).findings.find((f) => f.code === 'claim.unknown_op');
    expect(finding?.message).toEqual({
      en: 'Op 99-0001 is not in the labor-time table: its hours and parts are not checked',
      zh: '工时代码 99-0001 不在标准工时表中：未检查其工时与配件',
    });
    expect(finding?.facts).toEqual({ opCode: '99-0001', brand: null, model: null });
  });
  it('asks once about an unknown op claimed on several lines, naming the vehicle in both languages', () => {
    const result = auditOne(
      ops(
        { opCode: '99-9999', hours: '0.5' },
        { opCode: '21-0100', hours: '2.5' },
        { opCode: '99-9999', hours: '0.5' },
      ),
      {},
      { failureCodes: [] },
    );
    expect(result.findings).toEqual([
      {
        code: 'claim.unknown_op',
        severity: 'review',
        rule: 'warranty.audit.labor-time',
        cite: 'oem:audit-options#laborTimes',
        message: {
          en: 'Op 99-9999 is not in the labor-time table for Huaxia HX5: its hours and parts are not checked',
          zh: '工时代码 99-9999 不在Huaxia HX5 的标准工时表中：未检查其工时与配件',
        },
        facts: { opCode: '99-9999', brand: 'Huaxia', model: 'HX5' },
      },
    ]);
  });

  it('counts a claim without labor ops as neither checked nor not checked for labor times', () => {
    // Parts only: 1449.00, no labor amount.
    // Without the laborOps field (the row read as it is) and with an empty list.
    const partsOnly = (laborOps: unknown) => {
      const { laborOps: _, ...row } = claim({ amounts: { labor: '0', parts: '1449.00', total: '1449.00' } });
      return laborOps === undefined ? row : { ...row, laborOps };
    };
    const rules = ['warranty.audit.labor-time', 'warranty.audit.standard-hours'];
    for (const laborOps of [undefined, []]) {
      const report = audit([partsOnly(laborOps)]);
      // (Coverage is not found without an op's system; no finding is about labor times.)
      expect(report.results[0]?.findings.filter((f) => rules.includes(f.rule))).toEqual([]);
      for (const rule of rules) {
        expect(report.summary.checked[rule]).toBeUndefined();
        expect(report.summary.notChecked[rule]).toBeUndefined();
      }
    }
    const withOps = audit([claim()]).summary.checked;
    expect(rules.map((rule) => withOps[rule])).toEqual([1, 1]);
  });
});

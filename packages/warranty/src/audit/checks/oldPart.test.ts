import { describe, expect, it } from 'vitest';
import { parseWarrantyPolicy } from '../../policy/parseWarrantyPolicy';
import { audit, auditOne, claim, codesOf } from '../testing';

// Repaired 2024-09-10; huaxia-2024 wants the old part back within 30 days: by 2024-10-10.
const shipped = (shippedAt: string) => claim({ oldPart: { retained: true, shippedAt } });
const asOf = { asOf: '2024-10-20T09:00:00+08:00' };

describe('old part return check', () => {
  it('takes a part shipped on the deadline day, not the day after', () => {
    // 2024-10-10T23:30+08:00 is still 10-10 in Shanghai (15:30 UTC).
    expect(auditOne(shipped('2024-10-10T23:30:00+08:00'), {}, asOf).status).toBe('approved');
    // 2024-10-11T07:30+08:00 is 10-10 in UTC but 10-11 in Shanghai: one day late.
    const late = auditOne(shipped('2024-10-11T07:30:00+08:00'), {}, asOf);
    expect(codesOf(late)).toEqual(['claim.old_part_missing']);
    expect(late.findings[0]).toMatchObject({
      severity: 'reject',
      cite: 'oem:huaxia-2024#claims.oldPartReturnDays',
      facts: { deadline: '2024-10-10', shippedOn: '2024-10-11', daysLate: 1, returnDays: 30 },
      message: { en: 'Old part shipped on 2024-10-11, after its return deadline 2024-10-10' },
    });
  });

  it('flags a part not shipped once the deadline has passed', () => {
    const notShipped = claim({ oldPart: { retained: true } });
    expect(auditOne(notShipped, {}, { asOf: '2024-10-10T23:59:00+08:00' }).status).toBe('approved');
    const overdue = auditOne(notShipped, {}, { asOf: '2024-10-11T00:30:00+08:00' });
    expect(overdue.findings[0]?.message).toEqual({
      en: 'Old part not shipped; its return deadline 2024-10-10 has passed (as of 2024-10-11)',
      zh: '旧件未回运，回运截止日期 2024-10-10 已过（截至 2024-10-11）',
    });
  });

  it('takes the deadline written on the claim first', () => {
    const row = claim({
      oldPart: { retained: true, deadline: '2024-09-30', shippedAt: '2024-10-01T10:00:00+08:00' },
    });
    const result = auditOne(row, {}, asOf);
    expect(result.findings[0]).toMatchObject({
      cite: 'manual:wty.old.parts',
      facts: { deadline: '2024-09-30', returnDays: null },
    });
  });

  it('wants no part back from a claim without parts', () => {
    const labourOnly = claim({
      parts: [],
      causalPartNumber: undefined,
      oldPart: undefined,
      amounts: { labor: '300.00', parts: '0', total: '300.00' },
    });
    expect(auditOne(labourOnly, {}, asOf).status).toBe('approved');
  });
  it('states a late shipment in both languages with the instant it was shipped', () => {
    const late = auditOne(shipped('2024-10-12T10:00:00+08:00'), {}, asOf);
    expect(late.findings).toEqual([
      {
        code: 'claim.old_part_missing',
        severity: 'reject',
        rule: 'warranty.audit.old-part-return',
        cite: 'oem:huaxia-2024#claims.oldPartReturnDays',
        message: {
          en: 'Old part shipped on 2024-10-12, after its return deadline 2024-10-10',
          zh: '旧件于 2024-10-12 回运，晚于回运截止日期 2024-10-10',
        },
        facts: {
          deadline: '2024-10-10',
          returnDays: 30,
          shippedAt: '2024-10-12T10:00:00+08:00',
          shippedOn: '2024-10-12',
          asOf: '2024-10-20T09:00:00+08:00',
          daysLate: 2,
        },
      },
    ]);
  });

  it('holds a claim with parts and no old-part record to the deadline as not shipped', () => {
    const noRecord = claim({ oldPart: undefined });
    expect(auditOne(noRecord, {}, { asOf: '2024-10-10T23:59:00+08:00' }).status).toBe('approved');
    const overdue = auditOne(noRecord, {}, asOf);
    expect(codesOf(overdue)).toEqual(['claim.old_part_missing']);
    // 2024-10-20 is 10 days after 2024-10-10.
    expect(overdue.findings[0]?.facts).toMatchObject({ shippedAt: null, shippedOn: null, daysLate: 10 });
  });

  it('counts a claim with parts as not checked under a policy without a return period, one without parts not at all', () => {
    const policy = parseWarrantyPolicy({
      id: 'plain-2024',
      version: '1.0.0',
      name: { en: 'Plain', zh: '简单' },
      oem: 'Huaxia Motors',
      soldFrom: '2024-01-01',
      coverages: [
        { id: 'basic', class: 'basic', period: { months: 48 }, covers: { systems: ['transmission'] } },
      ],
    });
    const more = { policies: [policy] };
    const withParts = audit([claim()], {}, asOf, more).summary;
    expect(withParts.notChecked['warranty.audit.old-part-return']).toBe(1);
    expect(withParts.checked['warranty.audit.old-part-return']).toBeUndefined();
    const labourOnly = claim({
      parts: [],
      causalPartNumber: undefined,
      oldPart: undefined,
      amounts: { labor: '300.00', parts: '0', total: '300.00' },
    });
    const noParts = audit([labourOnly], {}, asOf, more).summary;
    expect(noParts.notChecked['warranty.audit.old-part-return']).toBeUndefined();
    expect(noParts.checked['warranty.audit.old-part-return']).toBeUndefined();
  });
});

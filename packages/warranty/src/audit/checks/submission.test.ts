import { describe, expect, it } from 'vitest';
import { auditOne, claim, codesOf } from '../testing';

// Repaired 2024-09-10; huaxia-2024 takes claims within 30 days: 2024-10-10 (20 days left in
// September + 10) is day 30, 2024-10-11 day 31. Instants at 07:30 in Shanghai are the previous
// day in UTC.
describe('submission deadline check', () => {
  it('takes a claim on day 30, not on day 31, counted on the dealer’s calendar', () => {
    expect(
      auditOne(claim({ submittedAt: '2024-10-10T07:30:00+08:00' }), {}, { asOf: '2024-10-20T09:00:00+08:00' })
        .status,
    ).toBe('approved');
    // 2024-10-11T07:30+08:00 is 2024-10-10T23:30Z: day 31 in Shanghai (day 30 in UTC).
    const late = auditOne(
      claim({ submittedAt: '2024-10-11T07:30:00+08:00' }),
      {},
      { asOf: '2024-10-20T09:00:00+08:00' },
    );
    expect(codesOf(late)).toEqual(['claim.late_submission']);
    expect(late.findings[0]).toMatchObject({
      severity: 'reject',
      cite: 'oem:huaxia-2024#claims.submitWithinDays',
      facts: { repairedOn: '2024-09-10', submittedOn: '2024-10-11', days: 31, limitDays: 30 },
      message: {
        en: 'Submitted on 2024-10-11, 31 days after the repair on 2024-09-10 (limit 30 days)',
        zh: '2024-10-11 提交，距维修（2024-09-10）31 天（时限 30 天）',
      },
    });
  });

  it('counts from the completion instant when the claim has one', () => {
    // Completed 2024-09-11T00:30+08:00 (09-10 in UTC): the repair day is 09-11, so 10-11 is day 30.
    const row = claim({
      repairCompletedAt: '2024-09-11T00:30:00+08:00',
      submittedAt: '2024-10-11T07:30:00+08:00',
    });
    expect(auditOne(row, {}, { asOf: '2024-10-20T09:00:00+08:00' }).status).toBe('approved');
  });

  it('holds an unsubmitted claim against the as-of day', () => {
    const draft = claim({ status: 'draft', submittedAt: undefined, submissionCount: undefined });
    expect(auditOne(draft, {}, { asOf: '2024-10-10T23:59:00+08:00' }).status).toBe('approved');
    // 2024-10-11T00:30+08:00 is still 10-10 in UTC.
    const late = auditOne(draft, {}, { asOf: '2024-10-11T00:30:00+08:00' });
    expect(late.findings[0]?.message.en).toBe(
      'Not submitted 31 days after the repair on 2024-09-10 (limit 30 days, as of 2024-10-11)',
    );
  });
  it('states a late submission with the instant it was submitted', () => {
    const late = auditOne(
      claim({ submittedAt: '2024-10-12T10:00:00+08:00' }),
      {},
      { asOf: '2024-10-20T09:00:00+08:00' },
    );
    // 2024-10-12 is day 32.
    expect(late.findings[0]).toMatchObject({
      rule: 'warranty.audit.submission-deadline',
      facts: {
        repairedOn: '2024-09-10',
        submittedAt: '2024-10-12T10:00:00+08:00',
        submittedOn: '2024-10-12',
        asOf: '2024-10-20T09:00:00+08:00',
        days: 32,
        limitDays: 30,
      },
    });
  });

  it('states an overdue unsubmitted claim in both languages, with no submission date', () => {
    const draft = claim({ status: 'draft', submittedAt: undefined, submissionCount: undefined });
    // As of 2024-10-12: day 32.
    const late = auditOne(draft, {}, { asOf: '2024-10-12T09:00:00+08:00' });
    expect(late.findings).toEqual([
      {
        code: 'claim.late_submission',
        severity: 'reject',
        rule: 'warranty.audit.submission-deadline',
        cite: 'oem:huaxia-2024#claims.submitWithinDays',
        message: {
          en: 'Not submitted 32 days after the repair on 2024-09-10 (limit 30 days, as of 2024-10-12)',
          zh: '维修（2024-09-10）后 32 天仍未提交（时限 30 天，截至 2024-10-12）',
        },
        facts: {
          repairedOn: '2024-09-10',
          submittedAt: null,
          submittedOn: null,
          asOf: '2024-10-12T09:00:00+08:00',
          days: 32,
          limitDays: 30,
        },
      },
    ]);
  });
});

import { catalogKpi, computeKpisSync } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import type { OldPartTracking } from './oldPartTracking';
import { claim, TIME_ZONE, VIN } from './testing';
import { safeTrackOldParts, type TrackOldPartsOptions, trackOldParts } from './trackOldParts';

// 30 days from first submission. The default test claim is submitted 2024-03-01 07:30 in Shanghai
// (2024-02-29T23:30Z), so its clock starts 03-01 and its deadline is 03-01 + 30 = 03-31.
const policy = { id: 'acme-old-parts-2024', returnWithinDays: 30, from: 'submitted' } as const;
const at = (asOf: string, more: Partial<TrackOldPartsOptions> = {}): TrackOldPartsOptions => ({
  policy,
  asOf,
  timeZone: TIME_ZONE,
  ...more,
});
const shipped = (shippedAt: string) => ({
  oldPart: { retained: true, shippedAt, shipmentNumber: 'SH-0042' },
});
const only = (claims: unknown[], options: TrackOldPartsOptions): OldPartTracking => {
  const result = trackOldParts(claims, options);
  expect(result.rejected).toEqual([]);
  return result.items[0] as OldPartTracking;
};
const rules = (item: OldPartTracking) => item.decision.trace.map((step) => `${step.rule}:${step.status}`);

describe('trackOldParts', () => {
  describe('on both sides of the deadline (2024-03-31, Asia/Shanghai)', () => {
    it('calls a shipment at 23:30 local on the deadline day on time', () => {
      // 2024-03-31T23:30+08:00 is 03-31 in Shanghai: the deadline is the last day, so on time.
      const item = only([claim('WC-1', shipped('2024-03-31T23:30:00+08:00'))], at('2024-04-10'));
      expect(item).toMatchObject({
        status: 'shipped_on_time',
        deadline: '2024-03-31',
        deadlineSource: 'policy',
        clockStart: '2024-03-01',
        shippedOn: '2024-03-31',
        shipmentNumber: 'SH-0042',
        daysLeft: null,
        daysOverdue: null,
      });
      expect(item.decision.outcome).toBe('shipped_on_time');
    });

    it('calls a shipment still on 03-31 in UTC but 04-01 00:30 in Shanghai 1 day late', () => {
      // 2024-03-31T16:30Z + 8 h = 04-01 00:30 local; 04-01 − 03-31 = 1 day late.
      const item = only([claim('WC-2', shipped('2024-03-31T16:30:00Z'))], at('2024-04-10'));
      expect(item).toMatchObject({ status: 'shipped_late', shippedOn: '2024-04-01', daysOverdue: 1 });
    });

    it('is awaiting with 0 days left on the deadline day, and 1 day overdue the day after', () => {
      const claims = [claim('WC-3')];
      // asOf 03-30: 03-31 − 03-30 = 1 day left
      expect(only(claims, at('2024-03-30'))).toMatchObject({ status: 'awaiting_return', daysLeft: 1 });
      // asOf = deadline: 0 days left, not overdue
      expect(only(claims, at('2024-03-31'))).toMatchObject({
        status: 'awaiting_return',
        daysLeft: 0,
        daysOverdue: null,
      });
      // asOf 04-01: 04-01 − 03-31 = 1 day overdue
      expect(only(claims, at('2024-04-01'))).toMatchObject({
        status: 'overdue',
        daysLeft: null,
        daysOverdue: 1,
      });
    });

    it('reads the clock start in the dealer zone, not UTC', () => {
      // In Los Angeles the same submission is 02-29 15:30, so the deadline is 02-29 + 30 = 03-30.
      const item = only([claim('WC-4')], at('2024-03-31', { timeZone: 'America/Los_Angeles' }));
      expect(item).toMatchObject({ clockStart: '2024-02-29', deadline: '2024-03-30', status: 'overdue' });
      expect(item.daysOverdue).toBe(1);
    });

    it('does not count a shipment dated after asOf', () => {
      // As of 03-20 the 03-25 shipment had not happened: 03-31 − 03-20 = 11 days left.
      const item = only([claim('WC-5', shipped('2024-03-25T10:00:00+08:00'))], at('2024-03-20'));
      expect(item).toMatchObject({ status: 'awaiting_return', shippedOn: '2024-03-25', daysLeft: 11 });
    });
  });

  describe('the deadline written on the claim', () => {
    it('wins over the policy, and the trace says so', () => {
      // The carmaker asked for the part by 03-20; the policy would give 03-31. Shipped 03-25:
      // 03-25 − 03-20 = 5 days late.
      const record = claim('WC-6', {
        oldPart: { retained: true, deadline: '2024-03-20', shippedAt: '2024-03-25T10:00:00+08:00' },
      });
      const item = only([record], at('2024-04-10'));
      expect(item).toMatchObject({
        status: 'shipped_late',
        deadline: '2024-03-20',
        deadlineSource: 'claim',
        daysOverdue: 5,
      });
      expect(rules(item)).toEqual([
        'parts.old-part.required:passed',
        'parts.old-part.claim-deadline:passed',
        'parts.old-part.policy-deadline:not_applicable',
        'parts.old-part.overdue:failed',
      ]);
      const [, claimStep, policyStep] = item.decision.trace;
      expect(claimStep?.facts).toEqual({ claimDeadline: '2024-03-20', policyDeadline: '2024-03-31' });
      expect(claimStep?.cite).toBe('manual:wty.old.parts');
      expect(policyStep?.cite).toBe('oem:acme-old-parts-2024#returnWithinDays');
      expect(item.decision.details).toEqual({
        deadline: '2024-03-20',
        deadlineSource: 'claim',
        daysLeft: null,
        daysOverdue: 5,
      });
    });

    it('applies even when the policy clock has not started', () => {
      const record = claim('WC-7', {
        submittedAt: undefined,
        status: 'submitted',
        oldPart: { retained: true, deadline: '2024-04-15' },
      });
      // 04-15 − 04-01 = 14 days left
      expect(only([record], at('2024-04-01'))).toMatchObject({
        status: 'awaiting_return',
        deadlineSource: 'claim',
        clockStart: null,
        daysLeft: 14,
      });
    });
  });

  describe('each clock start', () => {
    // One claim, three dates: completed 02-29 18:00, submitted 03-01 07:30, adjudicated
    // 03-10T16:30Z = 03-11 00:30 in Shanghai. 30 days from each: 03-30, 03-31, 04-10.
    const record = claim('WC-8', {
      status: 'approved',
      repairCompletedAt: '2024-02-29T18:00:00+08:00',
      adjudicatedAt: '2024-03-10T16:30:00Z',
    });
    it.each([
      ['repair_completed', '2024-02-29', '2024-03-30', 'overdue'],
      ['submitted', '2024-03-01', '2024-03-31', 'awaiting_return'],
      ['adjudicated', '2024-03-11', '2024-04-10', 'awaiting_return'],
    ] as const)('from %s: start %s, deadline %s', (from, clockStart, deadline, status) => {
      const item = only([record], at('2024-03-31', { policy: { ...policy, from } }));
      expect(item).toMatchObject({ clockStart, deadline, status });
    });
  });

  describe('each deadline rule', () => {
    it('end_of_month: submitted 03-01, 10 days → 03-11 → 03-31', () => {
      const monthly = { ...policy, returnWithinDays: 10, deadlineRule: 'end_of_month' } as const;
      const item = only([claim('WC-9')], at('2024-03-31', { policy: monthly }));
      expect(item).toMatchObject({ deadline: '2024-03-31', status: 'awaiting_return', daysLeft: 0 });
      expect(item.decision.trace[2]?.facts).toMatchObject({
        deadlineRule: 'end_of_month',
        returnWithinDays: 10,
      });
    });

    it('end_of_following_month: submitted in March, due by 04-30', () => {
      const following = { ...policy, returnWithinDays: 0, deadlineRule: 'end_of_following_month' } as const;
      // asOf 05-02: 05-02 − 04-30 = 2 days overdue
      const item = only([claim('WC-10')], at('2024-05-02', { policy: following }));
      expect(item).toMatchObject({ deadline: '2024-04-30', status: 'overdue', daysOverdue: 2 });
    });
  });

  describe('no deadline', () => {
    it('is no_deadline when the clock has not started and the claim carries none', () => {
      const item = only([claim('WC-11')], at('2024-03-31', { policy: { ...policy, from: 'adjudicated' } }));
      expect(item).toMatchObject({
        status: 'no_deadline',
        deadline: null,
        deadlineSource: null,
        clockStart: null,
      });
      expect(rules(item)).toEqual([
        'parts.old-part.required:passed',
        'parts.old-part.claim-deadline:not_applicable',
        'parts.old-part.policy-deadline:failed',
      ]);
      expect(item.decision.trace[2]?.message.en).toContain('adjudicatedAt');
    });

    it('does not fall back to repairDate for repair_completed', () => {
      const item = only(
        [claim('WC-12')],
        at('2024-03-31', { policy: { ...policy, from: 'repair_completed' } }),
      );
      expect(item.status).toBe('no_deadline');
    });

    it('keeps the shipment date of a part shipped before its clock started', () => {
      const record = claim('WC-13', { ...shipped('2024-03-05T10:00:00+08:00') });
      const item = only([record], at('2024-03-31', { policy: { ...policy, from: 'adjudicated' } }));
      expect(item).toMatchObject({ status: 'no_deadline', shippedOn: '2024-03-05' });
    });
  });

  describe('not required', () => {
    it('has nothing to return without an old part, or with one not retained and not asked for', () => {
      const items = trackOldParts(
        [claim('WC-14', { oldPart: undefined }), claim('WC-15', { oldPart: { retained: false } })],
        at('2024-04-10'),
      ).items;
      expect(items.map((item) => item.status)).toEqual(['not_required', 'not_required']);
      expect(rules(items[0] as OldPartTracking)).toEqual(['parts.old-part.required:not_applicable']);
    });

    it('still wants a part recorded as not retained when the carmaker set a deadline', () => {
      const record = claim('WC-16', { oldPart: { retained: false, deadline: '2024-03-20' } });
      // 04-10 − 03-20 = 21 days overdue
      expect(only([record], at('2024-04-10'))).toMatchObject({ status: 'overdue', daysOverdue: 21 });
    });

    it('never wants a draft claim part, even with a deadline (the KPI skips drafts too)', () => {
      const record = claim('WC-17', {
        status: 'draft',
        submittedAt: undefined,
        submissionCount: undefined,
        oldPart: { retained: true, deadline: '2024-03-20' },
      });
      expect(only([record], at('2024-04-10'))).toMatchObject({ status: 'not_required', deadline: null });
    });

    it('wants a rejected claim part back by default, not when the policy says no', () => {
      const rejected = claim('WC-18', { status: 'rejected', adjudicatedAt: '2024-03-05T10:00:00+08:00' });
      const item = only([rejected], at('2024-04-10'));
      expect(item).toMatchObject({ status: 'overdue', daysOverdue: 10 }); // 04-10 − 03-31
      expect(item.decision.trace[1]).toMatchObject({
        rule: 'parts.old-part.rejected-claim',
        status: 'passed',
        cite: 'oem:acme-old-parts-2024#returnWhenRejected',
      });
      const keep = { ...policy, returnWhenRejected: false };
      expect(only([rejected], at('2024-04-10', { policy: keep }))).toMatchObject({ status: 'not_required' });
      // A deadline on the rejected claim is the carmaker asking anyway.
      const asked = claim('WC-19', {
        status: 'rejected',
        oldPart: { retained: true, deadline: '2024-04-05' },
      });
      expect(only([asked], at('2024-04-10', { policy: keep }))).toMatchObject({
        status: 'overdue',
        daysOverdue: 5,
      });
    });

    it('tracks paid and charged-back claims like submitted ones', () => {
      const items = trackOldParts(
        [
          claim('WC-20', { status: 'paid', paidAt: '2024-03-20T10:00:00+08:00' }),
          claim('WC-21', { status: 'charged_back' }),
        ],
        at('2024-04-01'),
      ).items;
      expect(items.map((item) => [item.status, item.daysOverdue])).toEqual([
        ['overdue', 1],
        ['overdue', 1],
      ]);
    });
  });

  describe('rejections', () => {
    it('rejects malformed claims with row, path and code, and tracks the rest', () => {
      const claims: unknown[] = [
        claim('WC-22'),
        { ...claim('WC-23'), vin: 'LSVAU2188N2123456' }, // check digit should be 7
        { ...claim('WC-24'), oldPart: { retained: true, deadline: '2024-02-30' } },
        { ...claim('WC-25'), oldPart: { retained: true, shippedAt: '2024-03-10T10:00:00' } }, // no offset
        'not a claim',
        claim('WC-26', { submittedAt: '9999-12-20T10:00:00+08:00' }), // 9999-12-20 + 30 is past year 9999
      ];
      const result = trackOldParts(claims, at('2024-04-01'));
      expect(result.counts).toEqual({ read: 6, accepted: 1, rejected: 5 });
      expect(result.items.map((item) => [item.row, item.claimId])).toEqual([[0, 'WC-22']]);
      expect(result.rejected.map(({ input, row, path, code }) => ({ input, row, path, code }))).toEqual([
        { input: 'claims', row: 1, path: ['vin'], code: 'vin.check_digit' },
        { input: 'claims', row: 2, path: ['oldPart', 'deadline'], code: 'input.invalid_format' },
        { input: 'claims', row: 3, path: ['oldPart', 'shippedAt'], code: 'input.invalid_format' },
        { input: 'claims', row: 4, path: [], code: 'input.invalid_type' },
        { input: 'claims', row: 5, path: ['submittedAt'], code: 'input.inconsistent' },
      ]);
      expect(result.rejected[0]?.message.zh).toContain('VIN');
    });

    it('throws a coded error naming a bad option', () => {
      const bad = (options: unknown) => {
        const result = safeTrackOldParts([], options as TrackOldPartsOptions);
        return result.ok ? 'ok' : { code: result.issues[0]?.code, path: result.issues[0]?.path };
      };
      expect(bad(at('2024-04-01', { policy: { ...policy, returnWithinDays: 7.5 } }))).toEqual({
        code: 'input.invalid_type',
        path: ['policy', 'returnWithinDays'],
      });
      expect(bad({ ...at('2024-04-01'), policy: undefined })).toEqual({
        code: 'input.required',
        path: ['policy'],
      });
      expect(bad(at('2024-02-30'))).toEqual({ code: 'time.invalid_date', path: ['asOf'] });
      expect(bad(at('2024-04-01', { timeZone: '+08:00' }))).toEqual({
        code: 'time.invalid_zone',
        path: ['timeZone'],
      });
      expect(bad(null)).toEqual({ code: 'input.invalid_type', path: ['options'] });
      expect(() => trackOldParts('claims' as unknown as unknown[], at('2024-04-01'))).toThrow(
        expect.objectContaining({ code: 'input.invalid_type', path: ['claims'] }),
      );
    });
  });

  it('returns plain JSON with the claim identity, counts by status, and cites the policy', () => {
    const result = trackOldParts(
      [
        claim('WC-27', { claimNumber: 'ACME-24-0091', warrantyAdminId: 'U-7' }),
        claim('WC-28', { oldPart: undefined }),
      ],
      at('2024-04-01'),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.items[0]).toMatchObject({
      claimId: 'WC-27',
      claimNumber: 'ACME-24-0091',
      dealerId: 'D1',
      vin: VIN,
      causalPartNumber: '5Q0615123A',
      claimStatus: 'submitted',
      warrantyAdminId: 'U-7',
    });
    expect(result.byStatus).toEqual({
      not_required: 1,
      shipped_on_time: 0,
      shipped_late: 0,
      awaiting_return: 0,
      overdue: 1,
      no_deadline: 0,
    });
    expect(result.items[0]?.decision.trace.map((step) => step.cite)).toContain(
      'oem:acme-old-parts-2024#returnWithinDays',
    );
    for (const step of result.items[0]?.decision.trace ?? []) {
      expect(step.message.en).not.toBe('');
      expect(step.message.zh).not.toBe('');
    }
  });

  it('takes the causal part from the claimed parts when the claim names none', () => {
    const record = claim('WC-29', {
      causalPartNumber: undefined,
      parts: [
        { partNumber: 'N10592101', quantity: '4', unitPrice: '0' },
        { partNumber: '5Q0615123A', quantity: '1', unitPrice: '1260.00', isCausal: true },
      ],
    });
    expect(only([record], at('2024-04-01')).causalPartNumber).toBe('5Q0615123A');
  });

  it('agrees with the wty.old.parts.ontime KPI on the claims it counts', () => {
    // Four claims with the carmaker's deadline 03-31: on time (23:30 local), late (00:30 local on
    // 04-01), not shipped, and a draft. The KPI: drafts out, 1 on time of 3 → 33.33 %.
    const due = (shippedAt?: string) => ({
      oldPart: { retained: true, deadline: '2024-03-31', ...(shippedAt === undefined ? {} : { shippedAt }) },
    });
    const claims = [
      claim('WC-30', due('2024-03-31T23:30:00+08:00')),
      claim('WC-31', due('2024-03-31T16:30:00Z')),
      claim('WC-32', due()),
      claim('WC-33', { ...due(), status: 'draft', submittedAt: undefined, submissionCount: undefined }),
    ];
    const kpi = computeKpisSync(
      { warrantyClaims: claims },
      { kpis: [catalogKpi('wty.old.parts.ontime')], groupBy: ['dealer', 'month'], timeZone: TIME_ZONE },
    );
    expect(kpi.cells[0]).toMatchObject({ numerator: '1', denominator: '3' });
    const items = trackOldParts(claims, at('2024-04-01')).items;
    expect(items.map((item) => item.status)).toEqual([
      'shipped_on_time',
      'shipped_late',
      'overdue',
      'not_required',
    ]);
    const required = items.filter((item) => item.status !== 'not_required');
    expect(required.filter((item) => item.status === 'shipped_on_time').length).toBe(1);
    expect(required.length).toBe(3);
  });
});

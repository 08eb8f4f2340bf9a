import { describe, expect, it } from 'vitest';
import type { OldPartTracking } from './oldPartTracking';
import { claim, TIME_ZONE } from './testing';
import { type TrackOldPartsOptions, trackOldParts } from './trackOldParts';

// The trace of one claim, step by step: what each rule read (its facts) and what it says (en and
// zh), worked out from the rules in trackOldParts' TSDoc. Policy: 30 days from first submission;
// the default claim is submitted 2024-03-01 07:30 in Shanghai, so its deadline is 03-01 + 30 = 03-31.
const policy = { id: 'acme-old-parts-2024', returnWithinDays: 30, from: 'submitted' } as const;
const at = (asOf: string, more: Partial<TrackOldPartsOptions> = {}): TrackOldPartsOptions => ({
  policy,
  asOf,
  timeZone: TIME_ZONE,
  ...more,
});
const only = (record: unknown, options: TrackOldPartsOptions): OldPartTracking => {
  const result = trackOldParts([record], options);
  expect(result.rejected).toEqual([]);
  return result.items[0] as OldPartTracking;
};
const step = (item: OldPartTracking, rule: string) => {
  const found = item.decision.trace.find((entry) => entry.rule === `parts.old-part.${rule}`);
  if (!found) throw new Error(`no ${rule} step`);
  return found;
};
// The policy step's facts for the default claim: clock from submittedAt, 03-01, 30 days, 'days'.
const policyFacts = {
  from: 'submitted',
  startField: 'submittedAt',
  startAt: '2024-03-01T07:30:00+08:00',
  clockStart: '2024-03-01',
  returnWithinDays: 30,
  deadlineRule: 'days',
  timeZone: TIME_ZONE,
  computedDeadline: '2024-03-31',
};

describe('evaluateOldPart: the steps of the trace', () => {
  it('a carmaker deadline beside the policy one: both dates named, the shipment judged against the claim', () => {
    // Deadline on the claim 03-20; shipped 03-25 10:00 local: 03-25 − 03-20 = 5 days late.
    const item = only(
      claim('WC-1', {
        oldPart: {
          retained: true,
          deadline: '2024-03-20',
          shippedAt: '2024-03-25T10:00:00+08:00',
          shipmentNumber: 'SH-7',
        },
      }),
      at('2024-04-10'),
    );
    expect(step(item, 'required')).toMatchObject({
      status: 'passed',
      facts: { claimStatus: 'submitted', retained: true, claimDeadline: '2024-03-20' },
      message: {
        en: 'The replaced part is retained and due back to the carmaker',
        zh: '旧件已保留，需回运主机厂',
      },
    });
    expect(step(item, 'claim-deadline').message).toEqual({
      en: "The carmaker set the deadline 2024-03-20 on the claim; it wins over the policy's (2024-03-31)",
      zh: '主机厂在索赔单上指定截止日期 2024-03-20，优先于政策计算的日期（2024-03-31）',
    });
    expect(step(item, 'policy-deadline')).toMatchObject({
      status: 'not_applicable',
      facts: policyFacts,
      message: {
        en: "Policy acme-old-parts-2024's deadline (2024-03-31) is not used: the claim carries its own",
        zh: '未采用政策 acme-old-parts-2024 计算的截止日期（2024-03-31）：索赔单已有截止日期',
      },
    });
    const overdue = step(item, 'overdue');
    expect(overdue.status).toBe('failed');
    expect(overdue.facts).toEqual({
      deadline: '2024-03-20',
      deadlineSource: 'claim',
      timeZone: TIME_ZONE,
      shippedAt: '2024-03-25T10:00:00+08:00',
      shippedOn: '2024-03-25',
      shipmentNumber: 'SH-7',
    });
    expect(overdue.message).toEqual({
      en: 'Shipped on 2024-03-25 (local date), 5 day(s) after the deadline 2024-03-20',
      zh: '于 2024-03-25（当地日期）回运，超过截止日期 2024-03-20 5 天',
    });
  });

  it('a shipment on the deadline day, without a shipment number: on time', () => {
    const item = only(
      claim('WC-2', { oldPart: { retained: true, shippedAt: '2024-03-31T23:30:00+08:00' } }),
      at('2024-04-10'),
    );
    const overdue = step(item, 'overdue');
    expect(overdue.status).toBe('passed');
    expect(overdue.facts).toEqual({
      deadline: '2024-03-31',
      deadlineSource: 'policy',
      timeZone: TIME_ZONE,
      shippedAt: '2024-03-31T23:30:00+08:00',
      shippedOn: '2024-03-31',
      shipmentNumber: null,
    });
    expect(overdue.message).toEqual({
      en: 'Shipped on 2024-03-31 (local date), on or before the deadline 2024-03-31',
      zh: '已于 2024-03-31（当地日期）回运，未超过截止日期 2024-03-31',
    });
  });

  it('a carmaker deadline when the policy clock has not started: the policy date is shown as —', () => {
    // From adjudication, and the claim is not adjudicated: no policy deadline. Claim deadline
    // 04-15, as of 04-01 nothing shipped: 04-15 − 04-01 = 14 days left.
    const item = only(
      claim('WC-3', { oldPart: { retained: true, deadline: '2024-04-15' } }),
      at('2024-04-01', { policy: { ...policy, from: 'adjudicated' } }),
    );
    expect(step(item, 'claim-deadline')).toMatchObject({
      facts: { claimDeadline: '2024-04-15', policyDeadline: null },
      message: {
        en: "The carmaker set the deadline 2024-04-15 on the claim; it wins over the policy's (—)",
        zh: '主机厂在索赔单上指定截止日期 2024-04-15，优先于政策计算的日期（—）',
      },
    });
    expect(step(item, 'policy-deadline').message.en).toBe(
      "Policy acme-old-parts-2024's deadline (—) is not used: the claim carries its own",
    );
    const overdue = step(item, 'overdue');
    expect(overdue.status).toBe('passed');
    expect(overdue.facts).toEqual({
      deadline: '2024-04-15',
      deadlineSource: 'claim',
      timeZone: TIME_ZONE,
      asOf: '2024-04-01',
      shippedAt: null,
      shippedOn: null,
      daysLeft: 14,
    });
    expect(overdue.message).toEqual({
      en: 'Not shipped as of 2024-04-01; 14 day(s) left, the deadline 2024-04-15 included',
      zh: '截至 2024-04-01 尚未回运；距截止日期 2024-04-15 还有 14 天（含当日）',
    });
  });

  it("the policy's deadline, passed and unshipped: days past it", () => {
    // 04-02 − 03-31 = 2 days past.
    const item = only(claim('WC-4'), at('2024-04-02'));
    expect(step(item, 'claim-deadline')).toMatchObject({
      status: 'not_applicable',
      facts: { claimDeadline: null },
      message: {
        en: "The claim carries no deadline from the carmaker; the policy's applies",
        zh: '索赔单上无主机厂指定的截止日期，按回运政策计算',
      },
    });
    expect(step(item, 'policy-deadline')).toMatchObject({
      status: 'passed',
      facts: policyFacts,
      message: {
        en: 'Clock starts on 2024-03-01 (submittedAt, local date); 30 day(s), rule days: deadline 2024-03-31',
        zh: '自 2024-03-01（submittedAt，当地日期）起算 30 天，规则 days：截止日期 2024-03-31',
      },
    });
    const overdue = step(item, 'overdue');
    expect(overdue.status).toBe('failed');
    expect(overdue.facts).toMatchObject({ asOf: '2024-04-02', daysLeft: -2, shippedOn: null });
    expect(overdue.message).toEqual({
      en: 'Not shipped as of 2024-04-02: 2 day(s) past the deadline 2024-03-31',
      zh: '截至 2024-04-02 尚未回运，已超过截止日期 2024-03-31 2 天',
    });
    expect(item).toMatchObject({ status: 'overdue', daysOverdue: 2, daysLeft: null });
  });

  it('a shipment dated after asOf is named, and not counted, before and after the deadline', () => {
    // Shipped 03-25; as of 03-20: 03-31 − 03-20 = 11 days left.
    const early = only(
      claim('WC-5', { oldPart: { retained: true, shippedAt: '2024-03-25T10:00:00+08:00' } }),
      at('2024-03-20'),
    );
    expect(step(early, 'overdue').message).toEqual({
      en: 'Not shipped as of 2024-03-20 (the shipment dated 2024-03-25 is after 2024-03-20); 11 day(s) left, the deadline 2024-03-31 included',
      zh: '截至 2024-03-20 尚未回运（2024-03-25 的回运晚于 2024-03-20）；距截止日期 2024-03-31 还有 11 天（含当日）',
    });
    // Shipped 04-05; as of 04-02: 2 days past 03-31.
    const late = only(
      claim('WC-6', { oldPart: { retained: true, shippedAt: '2024-04-05T10:00:00+08:00' } }),
      at('2024-04-02'),
    );
    expect(step(late, 'overdue').message).toEqual({
      en: 'Not shipped as of 2024-04-02 (the shipment dated 2024-04-05 is after 2024-04-02): 2 day(s) past the deadline 2024-03-31',
      zh: '截至 2024-04-02 尚未回运（2024-04-05 的回运晚于 2024-04-02），已超过截止日期 2024-03-31 2 天',
    });
    expect(late).toMatchObject({ status: 'overdue', daysOverdue: 2, shippedOn: '2024-04-05' });
  });

  it('no clock and no claim deadline: the policy step fails, with the shipment date it saw', () => {
    const item = only(
      claim('WC-7', { oldPart: { retained: true, shippedAt: '2024-03-05T10:00:00+08:00' } }),
      at('2024-03-31', { policy: { ...policy, from: 'adjudicated' } }),
    );
    expect(step(item, 'policy-deadline')).toMatchObject({
      status: 'failed',
      facts: {
        from: 'adjudicated',
        startField: 'adjudicatedAt',
        startAt: null,
        clockStart: null,
        returnWithinDays: 30,
        deadlineRule: 'days',
        timeZone: TIME_ZONE,
        computedDeadline: null,
        shippedOn: '2024-03-05',
      },
      message: {
        en: "The claim has no adjudicatedAt yet, so policy acme-old-parts-2024's clock has not started: no deadline",
        zh: '索赔单尚无 adjudicatedAt，政策 acme-old-parts-2024 的回运期限尚未起算，无截止日期',
      },
    });
  });

  it("a rejected claim's step reads the policy's returnWhenRejected and the claim's deadline", () => {
    const item = only(claim('WC-8', { status: 'rejected' }), at('2024-04-01'));
    expect(step(item, 'rejected-claim')).toMatchObject({
      status: 'passed',
      facts: { returnWhenRejected: true, claimDeadline: null },
      message: { en: 'The claim was rejected; policy acme-old-parts-2024 still wants the part back' },
    });
  });

  it('has no causal part when the claim names none and flags none of its parts', () => {
    const item = only(
      claim('WC-9', {
        causalPartNumber: undefined,
        parts: [{ partNumber: 'N10592101', quantity: '4', unitPrice: '0' }],
      }),
      at('2024-04-01'),
    );
    expect(item.causalPartNumber).toBeNull();
  });

  it('rejects a claim whose deadline would fall after 9999-12-31, naming the start field and why', () => {
    // 9999-12-20 + 30 days is past the calendar's last day.
    const result = trackOldParts(
      [claim('WC-10', { submittedAt: '9999-12-20T10:00:00+08:00' })],
      at('2024-04-01'),
    );
    expect(result.rejected).toHaveLength(1);
    const [rejection] = result.rejected;
    expect(rejection).toMatchObject({ row: 0, path: ['submittedAt'], code: 'input.inconsistent' });
    expect(rejection?.issues[0]?.params).toEqual({
      reason: 'the old-part return deadline counted from it falls after 9999-12-31',
      reasonZh: '由此起算的旧件回运截止日期晚于 9999-12-31',
    });
    expect(rejection?.message.en).toContain(
      'the old-part return deadline counted from it falls after 9999-12-31',
    );
    expect(rejection?.message.zh).toContain('由此起算的旧件回运截止日期晚于 9999-12-31');
  });
});

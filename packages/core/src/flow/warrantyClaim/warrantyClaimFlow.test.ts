import { describe, expect, it } from 'vitest';
import { warrantyClaimStatusSchema } from '../../schemas/warrantyClaim';
import { nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import { initialState, transition } from '../transition';
import type { FlowEvent, FlowRejection } from '../types';
import { warrantyClaimFlow } from './warrantyClaimFlow';

// A claim for a water-pump replacement repaired on 2024-03-01, written by the warranty administrator.
const admin = 'EMP-WTY-01';
const oem = 'system:oem';
const at = (day: number, hour = 10) =>
  `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const event = (type: string, time: string, extra: Partial<FlowEvent> = {}): FlowEvent => ({
  type,
  at: time,
  actor: admin,
  ...extra,
});

const check = (outcome: string, time = at(1)) =>
  event('check_eligibility', time, { data: { outcome, decisionId: 'DEC-2024-0042' } });
const oldPart = (disposition: string, time = at(1, 11)) =>
  event('record_old_part', time, { data: { disposition } });
const submit = (time = at(2)) => event('submit', time);
const approve = event('approve', at(9), { actor: oem });
const pay = event('record_payment', at(20), { actor: 'EMP-ACC-01' });
const ship = event('ship_old_part', at(21));
const oemSays = (type: string, time: string, reason?: string) =>
  event(type, time, { actor: oem, ...(reason === undefined ? {} : { reason }) });

const happyPath = [check('covered'), oldPart('retained'), submit(), approve, pay, ship];

/** Replays `log`, sends `next`, and returns the rejection (fails the test when it was accepted). */
function refused(log: readonly FlowEvent[], next: FlowEvent): FlowRejection {
  const result = transition(warrantyClaimFlow, replay(warrantyClaimFlow, log), next);
  if (result.ok) throw new Error(`'${next.type}' was accepted in '${result.state.value}'`);
  return result.rejection;
}

describe('warrantyClaimFlow: the happy path', () => {
  it('returns a paid claim with its old part shipped, paid on first submission', () => {
    expect(replay(warrantyClaimFlow, happyPath)).toEqual({
      flow: 'warranty-claim',
      version: 1,
      value: 'old_part_shipped',
      data: {
        outcome: 'covered',
        decisionId: 'DEC-2024-0042',
        preauthorization: 'not_needed',
        preauthorizationNumber: null,
        oldPart: 'shipped',
        submissions: 1,
        returned: 0,
      },
      marks: [],
      at: at(21),
      enteredAt: at(21),
      eventCount: 6,
    });
  });

  it('passes through each state of the manual in order', () => {
    const values = happyPath.map((_, i) => replay(warrantyClaimFlow, happyPath.slice(0, i + 1)).value);
    expect(values).toEqual([
      'eligibility_checked',
      'eligibility_checked',
      'submitted',
      'approved',
      'paid',
      'old_part_shipped',
    ]);
  });

  it('starts as a draft with nothing decided', () => {
    const state = initialState(warrantyClaimFlow);
    expect([state.value, state.data]).toEqual([
      'draft',
      {
        outcome: null,
        decisionId: null,
        preauthorization: null,
        preauthorizationNumber: null,
        oldPart: null,
        submissions: 0,
        returned: 0,
      },
    ]);
  });

  it('returns the claim to send when it is submitted', () => {
    const result = transition(
      warrantyClaimFlow,
      replay(warrantyClaimFlow, [check('covered'), oldPart('retained')]),
      submit(),
    );
    expect(result.ok && result.effects).toEqual([
      { type: 'wty.send-claim', event: 'submit', from: 'eligibility_checked', to: 'submitted', at: at(2) },
    ]);
  });

  it('ends a labour-only claim at paid: it has no old part to ship', () => {
    const log = [check('covered'), oldPart('none'), submit(), approve, pay];
    expect(replay(warrantyClaimFlow, log).value).toBe('paid');
    const rejection = refused(log, ship);
    expect(rejection.reason).toBe('guard_failed');
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      ['wty.old-part-retained', 'manual:wty.old.parts', { oldPart: 'none' }],
    ]);
    expect(rejection.unblock).toEqual([
      { message: { en: 'a labour-only claim has no old part to return', zh: '纯工时索赔无旧件需回运' } },
    ]);
  });
});

describe('warrantyClaimFlow: eligibility', () => {
  it('refuses to submit a claim the decision says is not covered, and says how to go on', () => {
    const rejection = refused([check('not_covered'), oldPart('retained')], submit());
    expect(rejection.reason).toBe('guard_failed');
    expect(rejection.failed).toEqual([
      {
        rule: 'wty.eligible',
        status: 'failed',
        facts: { outcome: 'not_covered' },
        message: {
          en: 'the eligibility decision says the repair is not covered: no claim can be submitted',
          zh: '保修资格判定为不在保修范围内，不能提交索赔',
        },
        cite: 'manual:flows.warranty-claim',
      },
    ]);
    expect(rejection.unblock.map((u) => u.events)).toEqual([['check_eligibility', 'withdraw']]);
  });

  it('submits once a corrected decision says the repair is covered', () => {
    const state = replay(warrantyClaimFlow, [
      check('not_covered'),
      oldPart('retained'),
      check('covered', at(2)),
      submit(at(3)),
    ]);
    expect([state.value, state.data.outcome]).toEqual(['submitted', 'covered']);
  });

  it('withdraws a claim that is not covered, with a reason, for good', () => {
    const withdraw = event('withdraw', at(2), { reason: '非质量问题，改为客户付费' });
    expect(refused([check('not_covered')], { ...withdraw, reason: ' ' }).reason).toBe('reason_required');
    const log = [check('not_covered'), withdraw];
    expect(replay(warrantyClaimFlow, log).value).toBe('withdrawn');
    expect(refused(log, check('covered', at(3))).reason).toBe('final_state');
  });

  it('reports every failed guard of a submission at once', () => {
    const rejection = refused([check('not_covered')], submit());
    expect(rejection.failed.map((f) => f.rule)).toEqual(['wty.eligible', 'wty.old-part-recorded']);
    expect(rejection.unblock.map((u) => u.events)).toEqual([
      ['check_eligibility', 'withdraw'],
      ['record_old_part'],
    ]);
  });

  it('refuses an outcome the eligibility decision does not have', () => {
    const rejection = refused([], check('maybe'));
    expect([rejection.reason, rejection.issues?.map((i) => [i.code, i.path])]).toEqual([
      'invalid_event',
      [['input.invalid_value', ['data', 'outcome']]],
    ]);
  });
});

describe('warrantyClaimFlow: the old part', () => {
  it('refuses a submission before the replaced part is recorded, citing wty.old.parts', () => {
    const rejection = refused([check('covered')], submit());
    expect(rejection.failed.map((f) => [f.rule, f.cite])).toEqual([
      ['wty.old-part-recorded', 'manual:wty.old.parts'],
    ]);
    expect(rejection.unblock.map((u) => [u.events, u.fields])).toEqual([
      [['record_old_part'], ['data.disposition']],
    ]);
  });

  it('refuses to ship the old part before the carmaker paid, naming the missing step', () => {
    const approved = [check('covered'), oldPart('retained'), submit(), approve];
    const rejection = refused(approved, ship);
    expect(rejection.reason).toBe('not_in_state');
    expect(rejection.unblock).toEqual([
      { message: { en: 'first: record_payment', zh: '需先完成：登记厂家结算' }, events: ['record_payment'] },
    ]);
    const underReview = refused([check('covered'), oldPart('retained'), submit()], ship);
    expect(underReview.unblock.map((u) => u.events)).toEqual([['approve', 'record_payment']]);
  });
});

describe('warrantyClaimFlow: pre-authorization', () => {
  const needs = [check('needs_preauthorization'), oldPart('retained')];
  const request = event('request_preauthorization', at(1, 14));
  const grant = oemSays('grant_preauthorization', at(2));

  it('refuses to submit a claim above the dealer’s authority before the carmaker pre-authorized it', () => {
    const rejection = refused(needs, submit());
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      ['wty.within-authority-or-preauthorized', 'manual:wty.preauth', { preauthorization: 'required' }],
    ]);
    expect(rejection.unblock).toEqual([
      {
        message: { en: 'ask the carmaker for pre-authorization', zh: '请向厂家申请超权限预授权' },
        events: ['request_preauthorization'],
      },
    ]);
  });

  it('asks the carmaker, records the authorization number, then submits', () => {
    const asked = transition(warrantyClaimFlow, replay(warrantyClaimFlow, needs), request);
    expect(
      asked.ok && [asked.state.value, asked.state.data.preauthorization, asked.effects.map((e) => e.type)],
    ).toEqual(['preauthorization_pending', 'pending', ['wty.send-preauthorization-request']]);
    const granted = replay(warrantyClaimFlow, [
      ...needs,
      request,
      { ...grant, data: { number: 'PA-2024-00981' } },
    ]);
    expect([granted.value, granted.data.preauthorization, granted.data.preauthorizationNumber]).toEqual([
      'preauthorized',
      'granted',
      'PA-2024-00981',
    ]);
    const submitted = replay(warrantyClaimFlow, [
      ...needs,
      request,
      { ...grant, data: { number: 'PA-2024-00981' } },
      submit(at(3)),
    ]);
    expect([submitted.value, submitted.data.submissions]).toEqual(['submitted', 1]);
  });

  it('refuses a grant without the authorization number', () => {
    const rejection = refused([...needs, request], grant);
    expect(rejection.issues?.map((i) => [i.code, i.path])).toEqual([['input.required', ['data', 'number']]]);
  });

  it('refuses to ask for pre-authorization of a claim within the dealer’s authority', () => {
    const rejection = refused([check('covered')], request);
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      ['wty.preauthorization-needed', 'manual:wty.preauth', { outcome: 'covered' }],
    ]);
    expect(rejection.unblock.map((u) => u.events)).toEqual([['submit']]);
  });

  it('rejects the claim when the carmaker denies pre-authorization, and refuses to appeal it as a claim', () => {
    expect(refused([...needs, request], oemSays('deny_preauthorization', at(2))).reason).toBe(
      'reason_required',
    );
    const denied = [...needs, request, oemSays('deny_preauthorization', at(2), '属于使用不当')];
    const state = replay(warrantyClaimFlow, denied);
    expect([state.value, state.data.preauthorization, state.data.submissions]).toEqual([
      'rejected',
      'denied',
      0,
    ]);
    const rejection = refused(denied, event('appeal', at(3), { reason: '补充检测报告' }));
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      ['wty.claim-submitted', 'manual:flows.warranty-claim', { submissions: 0 }],
    ]);
  });

  it('offers the submission disabled with every reason, and the request enabled', () => {
    const next = nextEvents(warrantyClaimFlow, replay(warrantyClaimFlow, [check('needs_preauthorization')]));
    expect(next.map((n) => n.type)).toEqual([
      'check_eligibility',
      'request_preauthorization',
      'submit',
      'record_old_part',
      'withdraw',
    ]);
    const byType = new Map(next.map((n) => [n.type, n]));
    expect([
      byType.get('request_preauthorization')?.allowed,
      byType.get('request_preauthorization')?.target,
    ]).toEqual([true, 'preauthorization_pending']);
    expect([byType.get('submit')?.allowed, byType.get('submit')?.failed.map((f) => f.rule)]).toEqual([
      false,
      ['wty.within-authority-or-preauthorized', 'wty.old-part-recorded'],
    ]);
  });
});

describe('warrantyClaimFlow: the carmaker’s review', () => {
  const submitted = [check('covered'), oldPart('retained'), submit()];

  it('counts a return and the resubmission: the claim is no longer a first-pass payment', () => {
    const log = [
      ...submitted,
      oemSays('return_for_correction', at(5), '缺少故障照片'),
      oldPart('retained', at(6)),
      event('resubmit', at(6, 11)),
      oemSays('approve', at(10)),
      event('record_payment', at(20)),
    ];
    const state = replay(warrantyClaimFlow, log);
    expect([state.value, state.data.submissions, state.data.returned]).toEqual(['paid', 2, 1]);
    expect(replay(warrantyClaimFlow, log.slice(0, 4)).value).toBe('returned');
  });

  it('refuses a return, a rejection, a partial approval, an appeal or a charge-back without a reason', () => {
    expect(refused(submitted, oemSays('return_for_correction', at(5))).reason).toBe('reason_required');
    expect(refused(submitted, oemSays('reject', at(5))).reason).toBe('reason_required');
    expect(refused(submitted, oemSays('approve_partially', at(5))).reason).toBe('reason_required');
    const rejected = [...submitted, oemSays('reject', at(5), '超出保修期')];
    expect(refused(rejected, event('appeal', at(6))).reason).toBe('reason_required');
    expect(refused([...submitted, approve, pay], oemSays('charge_back', at(25))).reason).toBe(
      'reason_required',
    );
  });

  it('lets the dealer appeal a rejection: a new submission', () => {
    const log = [
      ...submitted,
      oemSays('reject', at(5), '超出保修期'),
      event('appeal', at(6), { reason: '购车发票日期更正' }),
    ];
    const state = replay(warrantyClaimFlow, log);
    expect([state.value, state.data.submissions]).toEqual(['submitted', 2]);
  });

  it('pays a partial approval, or lets the dealer appeal it', () => {
    const partial = [...submitted, oemSays('approve_partially', at(5), '工时按标准工时核减')];
    expect(replay(warrantyClaimFlow, partial).value).toBe('partially_approved');
    expect(replay(warrantyClaimFlow, [...partial, pay]).value).toBe('paid');
    expect(
      replay(warrantyClaimFlow, [...partial, event('appeal', at(6), { reason: '附技术支持确认' })]).value,
    ).toBe('submitted');
  });

  it('charges a paid claim back, before or after the old part was shipped, for good', () => {
    const chargeBack = oemSays('charge_back', at(28), '旧件检验非质量问题');
    expect(replay(warrantyClaimFlow, [...submitted, approve, pay, chargeBack]).value).toBe('charged_back');
    const log = [...happyPath, chargeBack];
    expect(replay(warrantyClaimFlow, log).value).toBe('charged_back');
    expect(refused(log, ship).reason).toBe('final_state');
  });

  it('refuses to withdraw a claim the carmaker has: no step leads back', () => {
    const rejection = refused(submitted, event('withdraw', at(3), { reason: '客户改为自费' }));
    expect([rejection.reason, rejection.unblock]).toEqual(['not_in_state', []]);
  });
});

describe('warrantyClaimFlow: the event log', () => {
  it('refuses an event dated before the last one, and accepts one at the same instant', () => {
    expect(refused([check('covered', at(2)), oldPart('retained', at(2))], submit(at(1))).reason).toBe(
      'out_of_order',
    );
    expect(
      replay(warrantyClaimFlow, [check('covered', at(2)), oldPart('retained', at(2)), submit(at(2))]).value,
    ).toBe('submitted');
  });

  it('stops a replay at the first refused event, naming its index', () => {
    const result = safeReplay(warrantyClaimFlow, [check('covered'), submit()]);
    expect(!result.ok && [result.issues[0]?.code, result.issues[0]?.path]).toEqual([
      'flow.rejected_event',
      ['events', 1],
    ]);
  });
});

describe('warrantyClaimDefinition', () => {
  it('tags each state with the WarrantyClaim schema status it corresponds to', () => {
    const statuses = Object.fromEntries(
      Object.entries(warrantyClaimFlow.definition.states).map(([name, state]) => [
        name,
        (state.tags ?? [])
          .filter((tag) => tag.startsWith('status:'))
          .map((tag) => tag.slice('status:'.length)),
      ]),
    );
    expect(statuses).toEqual({
      draft: ['draft'],
      eligibility_checked: ['draft'],
      preauthorization_pending: ['draft'],
      preauthorized: ['draft'],
      submitted: ['submitted'],
      returned: ['submitted'],
      approved: ['approved'],
      partially_approved: ['partially_approved'],
      rejected: ['rejected'],
      paid: ['paid'],
      old_part_shipped: ['paid'],
      charged_back: ['charged_back'],
      withdrawn: ['draft'],
    });
    for (const [status] of Object.values(statuses))
      expect(warrantyClaimStatusSchema.options).toContain(status);
  });

  it('defines no SLA: the manuals leave the claim’s deadlines to carmaker policy', () => {
    const { definition } = warrantyClaimFlow;
    expect([definition.slas, Object.values(definition.states).flatMap((s) => s.slas ?? [])]).toEqual([
      undefined,
      [],
    ]);
  });

  it('runs the example of its documentation', () => {
    const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}T10:00:00+08:00`;
    const state = replay(warrantyClaimFlow, [
      { type: 'check_eligibility', at: day(1), actor: 'EMP-WTY-01', data: { outcome: 'covered' } },
      { type: 'record_old_part', at: day(1), actor: 'EMP-WTY-01', data: { disposition: 'retained' } },
      { type: 'submit', at: day(2), actor: 'EMP-WTY-01' },
      { type: 'approve', at: day(9), actor: 'system:oem' },
      { type: 'record_payment', at: day(20), actor: 'EMP-ACC-01' },
      { type: 'ship_old_part', at: day(21), actor: 'EMP-WTY-01' },
    ]);
    expect([state.value, state.data.submissions]).toEqual(['old_part_shipped', 1]);
  });
});

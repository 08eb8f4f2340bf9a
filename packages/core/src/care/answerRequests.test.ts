import { describe, expect, it } from 'vitest';
import { only, schedule, shanghai, windowOf } from './testing';

// A request the advisor could not answer on the call, Friday 2024-05-10 16:00 Beijing time: reported
// to the supervisor within 2 days, 05-10 … 05-12.
const unanswered = { type: 'request_unanswered', at: '2024-05-10T16:00:00+08:00', customerId: 'CUS-000123' };
const answered = (at: string, customerId = 'CUS-000123') => ({ type: 'request_answered', at, customerId });

describe('scheduleCustomerCare: escalations', () => {
  it('returns the report to the supervisor due from the day of the request to 2 days after', () => {
    const task = only(schedule([unanswered]), 'care.escalate');
    expect(task).toEqual({
      id: 'care.escalate:CUS-000123@2024-05-10',
      rule: 'care.escalate',
      cite: 'manual:care.escalate',
      title: {
        en: 'Report the unanswered customer request to the supervisor',
        zh: '将未能解答的客户问题报告主管',
      },
      subject: { customerId: 'CUS-000123' },
      anchor: '2024-05-10',
      from: '2024-05-10',
      to: '2024-05-12',
      status: 'open',
      sourceEvents: [0],
    });
  });

  it('returns it overdue on 05-13 when nobody answered', () => {
    const result = schedule([unanswered], { ...shanghai, asOf: '2024-05-13' });
    expect(windowOf(only(result, 'care.escalate'))).toEqual([
      'care.escalate',
      '2024-05-10',
      '2024-05-12',
      'overdue',
    ]);
  });

  it('returns it closed by the answer, naming both events', () => {
    const result = schedule([answered('2024-05-11T09:00:00+08:00'), unanswered], {
      ...shanghai,
      asOf: '2024-05-13',
    });
    const task = only(result, 'care.escalate');
    expect([task.status, task.doneAt, task.doneOn, task.sourceEvents]).toEqual([
      'closed',
      '2024-05-11T09:00:00+08:00',
      '2024-05-11',
      [0, 1],
    ]);
    expect(result.ignored).toEqual([]);
  });

  it('closes the same escalations whatever the order of two answers given at the same instant', () => {
    // E1: CUS-1's request at 10:00; E2: the request on RO-1 of CUS-1 at 11:00. At 15:00 two answers:
    // A names RO-2 of CUS-1 (it can close only E1: E2 is another RO), B names CUS-1 (either). A,
    // the more specific, is taken first: A closes E1, B the oldest left, E2. Listed B first, an
    // input-order rule would let B take E1 and leave A nothing and E2 open.
    const e1 = { type: 'request_unanswered', at: '2024-05-10T10:00:00+08:00', customerId: 'CUS-1' };
    const e2 = {
      type: 'request_unanswered',
      at: '2024-05-10T11:00:00+08:00',
      customerId: 'CUS-1',
      roId: 'RO-1',
    };
    const a = {
      type: 'request_answered',
      at: '2024-05-10T15:00:00+08:00',
      customerId: 'CUS-1',
      roId: 'RO-2',
    };
    const b = { type: 'request_answered', at: '2024-05-10T15:00:00+08:00', customerId: 'CUS-1' };
    for (const events of [
      [e1, e2, a, b],
      [e1, e2, b, a],
    ]) {
      const result = schedule(events, { ...shanghai, asOf: '2024-05-13' });
      const statuses = result.tasks.filter((t) => t.rule === 'care.escalate').map((t) => [t.id, t.status]);
      expect(statuses).toEqual([
        ['care.escalate:CUS-1@2024-05-10', 'closed'],
        ['care.escalate:RO-1@2024-05-10', 'closed'],
      ]);
      expect(result.ignored).toEqual([]);
    }
  });

  it('ignores an answer given before the request was raised, or for another customer', () => {
    const result = schedule([
      unanswered,
      answered('2024-05-10T15:59:59+08:00'), // one second before the request
      answered('2024-05-11T09:00:00+08:00', 'CUS-999'),
    ]);
    expect(only(result, 'care.escalate').status).toBe('open');
    expect(result.ignored).toEqual([
      {
        index: 1,
        reason: 'nothing_open',
        message: {
          en: 'no escalation of this customer was open when the request was answered',
          zh: '问题得到解答时，该客户没有待处理的上报事项',
        },
      },
      expect.objectContaining({ index: 2, reason: 'nothing_open' }),
    ]);
  });

  it('closes the oldest open escalation of the customer, one per answer', () => {
    const result = schedule([
      unanswered,
      { ...unanswered, at: '2024-05-12T10:00:00+08:00' },
      answered('2024-05-13T09:00:00+08:00'),
    ]);
    expect(result.tasks.map((task) => [task.id, task.status])).toEqual([
      ['care.escalate:CUS-000123@2024-05-10', 'closed'],
      ['care.escalate:CUS-000123@2024-05-12', 'open'],
    ]);
  });

  it('makes one escalation of two reports of the same request on the same day', () => {
    const result = schedule([unanswered, { ...unanswered, at: '2024-05-10T17:00:00+08:00' }]);
    expect(only(result, 'care.escalate').sourceEvents).toEqual([0, 1]);
  });

  it('closes an escalation opened by a follow-up call with an answer naming the customer only', () => {
    // The call names the RO; its delivery names the customer too, so the escalation carries both.
    const result = schedule([
      { type: 'ro_delivered', at: '2024-05-06T17:00:00+08:00', roId: 'RO-7', customerId: 'CUS-000123' },
      {
        type: 'follow_up_done',
        kind: 'first',
        at: '2024-05-10T16:00:00+08:00',
        roId: 'RO-7',
        resolved: false,
      },
      answered('2024-05-11T09:00:00+08:00'),
    ]);
    const task = only(result, 'care.escalate');
    expect([task.id, task.subject, task.status, task.sourceEvents]).toEqual([
      'care.escalate:RO-7@2024-05-10',
      { customerId: 'CUS-000123', roId: 'RO-7' },
      'closed',
      [1, 2],
    ]);
  });
});

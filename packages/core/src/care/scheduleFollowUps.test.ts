import { describe, expect, it } from 'vitest';
import { nationalDayCalendar, only, schedule, shanghai, VIN_A, VIN_B, windowOf } from './testing';

// Delivered Friday 2024-09-27 at 18:30 Beijing time. Day 1 is 09-28, so day 3 is 09-30 and day 7
// is 10-04: the first follow-up window is 09-30 … 10-04. Until the first call is recorded, the
// second is counted from the first window's start: 09-30 + 7 = 10-07 … 09-30 + 13 = 10-13.
const delivered = { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' };
const firstCall = (at: string, extra: object = {}) => ({
  type: 'follow_up_done',
  kind: 'first',
  at,
  roId: 'RO-2024-0815',
  ...extra,
});
const secondCall = (at: string) => ({ type: 'follow_up_done', kind: 'second', at, roId: 'RO-2024-0815' });

describe('scheduleCustomerCare: follow-up calls after delivery', () => {
  it('returns the first window day 3 … day 7 and a provisional second window when only the delivery is known', () => {
    const result = schedule([delivered]);
    expect(result.tasks).toEqual([
      {
        id: 'care.followup.first:RO-2024-0815@2024-09-27',
        rule: 'care.followup.first',
        cite: 'manual:care.followup.first',
        title: { en: 'First follow-up call after delivery', zh: '交车后第一次跟踪回访' },
        subject: { roId: 'RO-2024-0815' },
        anchor: '2024-09-27',
        from: '2024-09-30',
        to: '2024-10-04',
        status: 'open',
        sourceEvents: [0],
      },
      {
        id: 'care.followup.second:RO-2024-0815@2024-09-27',
        rule: 'care.followup.second',
        cite: 'manual:care.followup.second',
        title: { en: 'Second follow-up call', zh: '第二次跟踪回访' },
        subject: { roId: 'RO-2024-0815' },
        anchor: '2024-09-30',
        from: '2024-10-07',
        to: '2024-10-13',
        status: 'open',
        provisional: true,
        sourceEvents: [0],
      },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.ignored).toEqual([]);
  });

  it('moves window ends off the National Day holidays when a business calendar is given', () => {
    // 10-04 (Friday) is a holiday: the first window ends on the next working day, Tuesday 10-08.
    // The provisional second window 10-07 … 10-13: 10-07 (Monday) is a holiday, so it starts
    // 10-08; 10-13 is an ordinary Sunday (10-12, Saturday, is the make-up day), so it ends 10-14.
    const result = schedule([delivered], { ...shanghai, calendar: nationalDayCalendar });
    const first = only(result, 'care.followup.first');
    const second = only(result, 'care.followup.second');
    expect([first.from, first.to, first.movedFrom]).toEqual([
      '2024-09-30',
      '2024-10-08',
      { to: '2024-10-04' },
    ]);
    expect([second.from, second.to, second.movedFrom]).toEqual([
      '2024-10-08',
      '2024-10-14',
      { from: '2024-10-07', to: '2024-10-13' },
    ]);
  });

  it('returns the first call done and the second counted again from the day it was made', () => {
    // First call Wednesday 10-02: the second is due 10-02 + 7 = 10-09 … 10-02 + 13 = 10-15.
    const result = schedule([delivered, firstCall('2024-10-02T10:00:00+08:00')]);
    const first = only(result, 'care.followup.first');
    expect(first).toMatchObject({
      status: 'done',
      doneAt: '2024-10-02T10:00:00+08:00',
      doneOn: '2024-10-02',
    });
    expect(first.early).toBeUndefined();
    expect(first.late).toBeUndefined();
    expect(first.sourceEvents).toEqual([0, 1]);
    const second = only(result, 'care.followup.second');
    expect([second.anchor, second.from, second.to, second.status, second.provisional]).toEqual([
      '2024-10-02',
      '2024-10-09',
      '2024-10-15',
      'open',
      undefined,
    ]);
    expect(second.sourceEvents).toEqual([0, 1]);
  });

  it('returns no flag when the call is made on the first or the last day of the window', () => {
    for (const at of ['2024-09-30T08:00:00+08:00', '2024-10-04T23:59:59+08:00']) {
      const first = only(schedule([delivered, firstCall(at)]), 'care.followup.first');
      expect([first.status, first.early, first.late]).toEqual(['done', undefined, undefined]);
    }
  });

  it('flags early a call the day after delivery and late a call the day after the window', () => {
    const early = only(schedule([delivered, firstCall('2024-09-28T09:00:00+08:00')]), 'care.followup.first');
    expect([early.status, early.early, early.late]).toEqual(['done', true, undefined]);
    const late = only(schedule([delivered, firstCall('2024-10-05T09:00:00+08:00')]), 'care.followup.first');
    expect([late.status, late.early, late.late]).toEqual(['done', undefined, true]);
  });

  it('judges lateness against the window as the calendar moved it', () => {
    const options = { ...shanghai, calendar: nationalDayCalendar };
    // The window ends 10-08 (moved from the holiday 10-04): a call on 10-08 is on time, 10-09 late.
    const onTime = only(
      schedule([delivered, firstCall('2024-10-08T09:00:00+08:00')], options),
      'care.followup.first',
    );
    expect(onTime.late).toBeUndefined();
    const late = only(
      schedule([delivered, firstCall('2024-10-09T09:00:00+08:00')], options),
      'care.followup.first',
    );
    expect(late.late).toBe(true);
  });

  it('reads the day of the call in the dealer zone: 2024-10-04T16:30Z is 10-05 00:30 in Shanghai, late', () => {
    const late = only(schedule([delivered, firstCall('2024-10-04T16:30:00Z')]), 'care.followup.first');
    expect([late.doneOn, late.late]).toEqual(['2024-10-05', true]);
  });

  it('returns the second call done and judged against the window counted from the first', () => {
    // First on 10-02 → second window 10-09 … 10-15; a second call on 10-08 is early.
    const result = schedule([
      delivered,
      firstCall('2024-10-02T10:00:00+08:00'),
      secondCall('2024-10-08T10:00:00+08:00'),
    ]);
    const second = only(result, 'care.followup.second');
    expect([second.status, second.doneOn, second.early, second.sourceEvents]).toEqual([
      'done',
      '2024-10-08',
      true,
      [0, 1, 2],
    ]);
  });

  it('keeps the second window provisional when only the second call is recorded', () => {
    // Provisional window 10-07 … 10-13; the call on 10-10 is inside it. The first stays open.
    const result = schedule([delivered, secondCall('2024-10-10T10:00:00+08:00')], {
      ...shanghai,
      asOf: '2024-10-10',
    });
    const second = only(result, 'care.followup.second');
    expect([second.status, second.provisional, second.early, second.late]).toEqual([
      'done',
      true,
      undefined,
      undefined,
    ]);
    expect(only(result, 'care.followup.first').status).toBe('overdue');
  });

  it('counts the earliest call of a kind and ignores a later one as already_done, in any input order', () => {
    const result = schedule([
      firstCall('2024-10-03T10:00:00+08:00'),
      delivered,
      firstCall('2024-10-01T10:00:00+08:00'),
    ]);
    expect(only(result, 'care.followup.first').doneOn).toBe('2024-10-01');
    expect(only(result, 'care.followup.second').from).toBe('2024-10-08'); // 10-01 + 7
    expect(result.ignored).toEqual([
      {
        index: 0,
        reason: 'already_done',
        message: {
          en: 'this follow-up of the delivery was already recorded by an earlier event',
          zh: '该次交车的这次回访已由更早的记录完成',
        },
      },
    ]);
  });

  it('ignores a call with no delivery of its RO on or before its day', () => {
    const result = schedule([
      delivered,
      firstCall('2024-09-26T10:00:00+08:00'), // the day before the delivery
      { ...firstCall('2024-10-01T10:00:00+08:00'), roId: 'RO-OTHER' },
    ]);
    expect(result.ignored.map(({ index, reason }) => [index, reason])).toEqual([
      [1, 'no_matching_delivery'],
      [2, 'no_matching_delivery'],
    ]);
    expect(only(result, 'care.followup.first').status).toBe('open');
  });

  it('matches by VIN when the call has no RO, but never across two different ROs', () => {
    const withVin = { ...delivered, vin: VIN_A };
    const byVin = schedule([
      withVin,
      { type: 'follow_up_done', kind: 'first', at: '2024-10-01T10:00:00+08:00', vin: VIN_A },
    ]);
    expect(only(byVin, 'care.followup.first').status).toBe('done');
    const otherRo = schedule([
      withVin,
      { type: 'follow_up_done', kind: 'first', at: '2024-10-01T10:00:00+08:00', vin: VIN_A, roId: 'RO-2' },
    ]);
    expect(only(otherRo, 'care.followup.first').status).toBe('open');
    expect(otherRo.ignored.map(({ reason }) => reason)).toEqual(['no_matching_delivery']);
  });

  it('matches a call to the latest delivery of the vehicle before it', () => {
    const result = schedule([
      { type: 'ro_delivered', at: '2024-01-05T10:00:00+08:00', vin: VIN_A },
      { type: 'ro_delivered', at: '2024-01-20T10:00:00+08:00', vin: VIN_A },
      { type: 'follow_up_done', kind: 'first', at: '2024-01-22T10:00:00+08:00', vin: VIN_A },
    ]);
    const firsts = result.tasks.filter((task) => task.rule === 'care.followup.first');
    expect(firsts.map((task) => [task.id, task.status])).toEqual([
      [`care.followup.first:${VIN_A}@2024-01-05`, 'open'],
      [`care.followup.first:${VIN_A}@2024-01-20`, 'done'],
    ]);
  });

  it('makes one pair of tasks from a delivery listed twice, naming both events', () => {
    const result = schedule([delivered, { ...delivered, customerId: 'CUS-000123' }]);
    expect(result.tasks.map((task) => [task.rule, task.sourceEvents, task.subject])).toEqual([
      ['care.followup.first', [0, 1], { customerId: 'CUS-000123', roId: 'RO-2024-0815' }],
      ['care.followup.second', [0, 1], { customerId: 'CUS-000123', roId: 'RO-2024-0815' }],
    ]);
  });

  it('matches the same way whatever the order of two records of one delivery that disagree on the VIN', () => {
    const withA = { ...delivered, vin: VIN_A };
    const withB = { ...delivered, vin: VIN_B, at: '2024-09-27T19:00:00+08:00' };
    const call = { type: 'follow_up_done', kind: 'first', at: '2024-10-01T10:00:00+08:00', vin: VIN_B };
    // The merged record keeps the smaller VIN (LFV… < LSV…), VIN_B, in either order.
    for (const events of [
      [withA, withB, call],
      [withB, withA, call],
    ]) {
      const first = only(schedule(events), 'care.followup.first');
      expect([first.subject.vin, first.status]).toEqual([VIN_B, 'done']);
    }
  });

  it('opens an escalation when the call could not answer the customer (resolved: false)', () => {
    const result = schedule([delivered, firstCall('2024-10-02T10:00:00+08:00', { resolved: false })]);
    expect(windowOf(only(result, 'care.escalate'))).toEqual([
      'care.escalate',
      '2024-10-02',
      '2024-10-04',
      'open',
    ]);
    expect(only(result, 'care.escalate').sourceEvents).toEqual([1]);
    expect(only(result, 'care.followup.first').status).toBe('done');
  });
});

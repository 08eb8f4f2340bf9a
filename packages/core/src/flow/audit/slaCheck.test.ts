import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../time/businessCalendar';
import { issuesOf } from '../testing';
import type { FlowSla } from '../types';
import { checkSla, slaApplies, type TimelineEntry } from './slaCheck';

// Every instant is written with its +08:00 offset and checked in Asia/Shanghai (UTC+8 all year),
// so the local days below are read off the dates as written.
const ZONE = 'Asia/Shanghai';
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

/** A timeline entry: the event at `index`, optionally entering `entered`. */
function entry(
  index: number,
  type: string,
  instant: string,
  extra: { data?: Record<string, string>; entered?: string } = {},
): TimelineEntry {
  return {
    index,
    event: { type, at: instant, actor: 'EMP-SA-01', ...(extra.data ? { data: extra.data } : {}) },
    ms: Date.parse(instant),
    entered: extra.entered,
  };
}

const title = { en: 'An SLA', zh: '时限' };
const sla = (fields: Pick<FlowSla, 'start' | 'stop' | 'limit'> & Partial<FlowSla>): FlowSla => ({
  id: 'test.sla',
  title,
  cite: 'manual:test.sla',
  ...fields,
});

describe('checkSla: state points', () => {
  // In progress → resolved within 2 days: the clock runs from entering one state to entering the other.
  const stateSla = sla({ start: { state: 'in_progress' }, stop: { state: 'resolved' }, limit: { days: 2 } });

  it('starts and stops on entering the states, and is met on day 2 (1 March → 3 March)', () => {
    const timeline = [
      entry(0, 'assign', at('2024-03-01'), { entered: 'in_progress' }),
      entry(1, 'note', at('2024-03-02')),
      entry(2, 'resolve', at('2024-03-03', '09:00'), { entered: 'resolved' }),
    ];
    expect(checkSla(stateSla, timeline, ZONE, undefined, undefined)).toEqual({
      status: 'met',
      start: 0,
      stop: 2,
      facts: {
        startedAt: at('2024-03-01'),
        startDate: '2024-03-01',
        stoppedAt: at('2024-03-03', '09:00'),
        stopDate: '2024-03-03',
        days: 2,
        limitDays: 2,
        deadline: '2024-03-03',
      },
    });
  });

  it('does not start on an event whose type is the state name but which entered no state', () => {
    const timeline = [entry(0, 'in_progress', at('2024-03-01'))];
    expect(checkSla(stateSla, timeline, ZONE, undefined, undefined)).toEqual({ status: 'not_started' });
  });
});

describe('checkSla: the clock', () => {
  const answered = sla({
    start: { event: 'record' },
    stop: [{ event: 'answer' }, { event: 'escalate' }],
    limit: { days: 2 },
  });

  it('returns not_started when no entry starts the clock', () => {
    expect(checkSla(answered, [], ZONE, undefined, undefined)).toEqual({ status: 'not_started' });
  });

  it('stops at the first entry matching one of several stops, not at an entry matching none', () => {
    const timeline = [
      entry(0, 'record', at('2024-03-01')),
      entry(1, 'note', at('2024-03-02')),
      entry(2, 'escalate', at('2024-03-03')),
    ];
    // record on 1 March, escalate on 3 March: day 2, within the limit of 2.
    expect(checkSla(answered, timeline, ZONE, undefined, undefined)).toMatchObject({
      status: 'met',
      start: 0,
      stop: 2,
      facts: { days: 2, stopDate: '2024-03-03' },
    });
  });

  it('ignores a stop before the clock started, and is pending without asOf', () => {
    const timeline = [entry(0, 'answer', at('2024-03-01')), entry(1, 'record', at('2024-03-02'))];
    expect(checkSla(answered, timeline, ZONE, undefined, undefined)).toEqual({
      status: 'pending',
      start: 1,
      facts: { startedAt: at('2024-03-02') },
    });
  });

  it('stops only at an event whose payload has the where fields', () => {
    const first = sla({
      start: { event: 'deliver' },
      stop: { event: 'call', where: { kind: 'first' } },
      limit: { days: 5 },
    });
    const timeline = [
      entry(0, 'deliver', at('2024-03-01')),
      entry(1, 'call', at('2024-03-02'), { data: { kind: 'other' } }),
      entry(2, 'call', at('2024-03-04'), { data: { kind: 'first' } }),
    ];
    expect(checkSla(first, timeline, ZONE, undefined, undefined)).toMatchObject({ status: 'met', stop: 2 });
  });

  it('writes a date before year 1000 with four digits', () => {
    // 1 March 0999, 10:00 in Shanghai; Shanghai's offset then is its local mean time, so only the date is checked.
    const old = { ...entry(0, 'record', '0999-03-01T02:00:00Z'), ms: Date.UTC(999, 2, 1, 2) };
    const outcome = checkSla(answered, [old], ZONE, undefined, Date.UTC(999, 2, 2, 2));
    expect(outcome).toMatchObject({
      status: 'pending',
      facts: { startDate: '0999-03-01', deadline: '0999-03-03' },
    });
  });
});

describe('checkSla: working days', () => {
  // Monday to Friday. 1 March 2024 is a Friday; working days are counted start excluded, stop included.
  const calendar = createBusinessCalendar({ timeZone: ZONE });
  const twoWorkingDays = sla({
    start: { event: 'record' },
    stop: { event: 'answer' },
    limit: { workingDays: 2 },
  });
  const run = (stopDate: string) =>
    checkSla(
      twoWorkingDays,
      [entry(0, 'record', at('2024-03-01')), entry(1, 'answer', at(stopDate))],
      ZONE,
      calendar,
      undefined,
    );

  it('is met on Tuesday 5 March (Mon 4, Tue 5: 2 working days) and late on Wednesday 6 March (3)', () => {
    expect(run('2024-03-05')).toMatchObject({
      status: 'met',
      facts: { workingDays: 2, limitWorkingDays: 2 },
    });
    expect(run('2024-03-06')).toMatchObject({
      status: 'late',
      facts: { workingDays: 3, limitWorkingDays: 2 },
    });
  });

  it('counts 0 working days when asOf is before the start, and is pending', () => {
    const outcome = checkSla(
      twoWorkingDays,
      [entry(0, 'record', at('2024-03-05'))],
      ZONE,
      calendar,
      Date.parse(at('2024-03-04')),
    );
    expect(outcome).toMatchObject({ status: 'pending', facts: { workingDays: 0 } });
  });

  it('throws at options.calendar when there is no calendar', () => {
    const timeline = [entry(0, 'record', at('2024-03-01')), entry(1, 'answer', at('2024-03-05'))];
    const issues = issuesOf(() => checkSla(twoWorkingDays, timeline, ZONE, undefined, undefined));
    expect(issues.map((i) => i.path)).toEqual([['options', 'calendar']]);
  });
});

describe('checkSla: hours', () => {
  const day = sla({ start: { event: 'record' }, stop: { event: 'answer' }, limit: { hours: 24 } });
  const run = (stop: string) =>
    checkSla(
      day,
      [entry(0, 'record', at('2024-03-01')), entry(1, 'answer', stop)],
      ZONE,
      undefined,
      undefined,
    );

  it('is met at exactly 24 hours', () => {
    expect(run(at('2024-03-02'))).toMatchObject({ status: 'met', facts: { hours: 24, limitHours: 24 } });
  });

  it('is late 10 minutes later, at 24 1/6 hours, shown rounded to 24.17', () => {
    expect(run(at('2024-03-02', '10:10'))).toMatchObject({
      status: 'late',
      facts: { hours: 24.17, limitHours: 24 },
    });
  });

  it('shows 1.5 hours for 90 minutes', () => {
    expect(run(at('2024-03-01', '11:30'))).toMatchObject({ status: 'met', facts: { hours: 1.5 } });
  });
});

describe('checkSla: sameMonth and window', () => {
  it('is late when the stop is in the same month of the next year (March 2024 → March 2025)', () => {
    const month = sla({
      start: { event: 'complete' },
      stop: { event: 'settle' },
      limit: { sameMonth: true },
    });
    const timeline = [entry(0, 'complete', at('2024-03-31')), entry(1, 'settle', at('2025-03-01'))];
    expect(checkSla(month, timeline, ZONE, undefined, undefined)).toMatchObject({
      status: 'late',
      facts: { startMonth: '2024-03', stopMonth: '2025-03' },
    });
  });

  it('returns early, met and late by the day of the stop, and pending before day 3 without a stop', () => {
    const window = sla({
      start: { event: 'deliver' },
      stop: { event: 'call' },
      limit: { window: { from: 3, to: 7 } },
    });
    const run = (stopDate: string) =>
      checkSla(
        window,
        [entry(0, 'deliver', at('2024-03-01')), entry(1, 'call', at(stopDate))],
        ZONE,
        undefined,
        undefined,
      ).status;
    // Day 0 is 1 March: day 2 is 3 March, day 3 is 4 March, day 7 is 8 March, day 8 is 9 March.
    expect(['2024-03-03', '2024-03-04', '2024-03-08', '2024-03-09'].map(run)).toEqual([
      'early',
      'met',
      'met',
      'late',
    ]);
    // asOf on day 2 without a call: not early (the call can still come), just pending.
    expect(
      checkSla(
        window,
        [entry(0, 'deliver', at('2024-03-01'))],
        ZONE,
        undefined,
        Date.parse(at('2024-03-03')),
      ),
    ).toMatchObject({
      status: 'pending',
      facts: { day: 2, windowFrom: '2024-03-04', windowTo: '2024-03-08' },
    });
  });
});

describe('slaApplies', () => {
  const scoped = sla({
    start: { event: 'a' },
    stop: { event: 'b' },
    limit: { days: 1 },
    when: { field: 'kind', in: ['maintenance', null] },
  });

  it('applies when the field has one of the values, null included, and not when it is absent', () => {
    expect(
      [{ kind: 'maintenance' }, { kind: null }, { kind: 'repair' }, {}].map((d) => slaApplies(scoped, d)),
    ).toEqual([true, true, false, false]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlow } from './createFlow';
import { nextEvents } from './nextEvents';
import { replay, safeReplay } from './replay';
import { at, ev, issuesOf, type TicketData, ticketDefinition, ticketFlow } from './testing';
import { initialState, transition } from './transition';
import type { FlowEvent, FlowState } from './types';

/** The state after `events`, applied one by one with `transition`; fails the test on a refusal. */
function walk(events: readonly FlowEvent[], from = initialState(ticketFlow)): FlowState<TicketData> {
  let state = from;
  for (const event of events) {
    const result = transition(ticketFlow, state, event);
    if (!result.ok) throw new Error(`'${event.type}' was refused: ${result.rejection.message.en}`);
    state = result.state;
  }
  return state;
}

// A ticket assigned, noted, raised to high priority, checked, resolved, reopened and escalated.
const log: readonly FlowEvent[] = [
  ev('assign', at(1, 9)),
  ev('note', at(1, 10), { data: { text: '客户报告空调不制冷' } }),
  ev('set_priority', at(1, 11), { data: { level: 'high' } }),
  ev('pass_qc', at(1, 12)),
  ev('resolve', at(1, 13)),
  ev('reopen', at(1, 14), { reason: '客户反馈仍不制冷' }),
  ev('escalate', at(1, 15), { data: { tier: 'l3' } }),
];

describe('replay', () => {
  it('returns the initial state when the log is empty', () => {
    expect(replay(ticketFlow, [])).toEqual(initialState(ticketFlow));
  });

  it('returns the state the events lead to, worked out by hand', () => {
    // resolve: the fast close fails (priority high), the normal way passes → resolved at 13:00;
    // reopen → in_progress at 14:00, clearing the check mark; escalate to L3 (priority high) marks it.
    expect(replay(ticketFlow, log)).toEqual({
      flow: 'ticket',
      version: 1,
      value: 'in_progress',
      data: { notes: 1, priority: 'high' },
      marks: ['ticket.escalated'],
      at: at(1, 15),
      enteredAt: at(1, 14),
      eventCount: 7,
    });
  });

  it('returns the same state as a chain of transitions', () => {
    expect(replay(ticketFlow, log)).toEqual(walk(log));
  });

  it('continues from a snapshot when given one', () => {
    const snapshot = replay(ticketFlow, log.slice(0, 3));
    expect(replay(ticketFlow, log.slice(3), { from: snapshot })).toEqual(replay(ticketFlow, log));
  });

  it('throws flow.rejected_event when the first event after a snapshot is older than it', () => {
    const snapshot = replay(ticketFlow, log.slice(0, 3));
    const late = ev('pass_qc', at(1, 10, 30));
    expect(issuesOf(() => replay(ticketFlow, [late], { from: snapshot }))[0]).toMatchObject({
      code: 'flow.rejected_event',
      path: ['events', 0],
      params: { event: 'pass_qc', state: 'in_progress' },
    });
  });

  it('throws flow.rejected_event at the event with the reason in English and Chinese', () => {
    const events = [log[0] as FlowEvent, ev('close', at(1, 10))];
    expect(issuesOf(() => replay(ticketFlow, events))).toEqual([
      {
        code: 'flow.rejected_event',
        path: ['events', 1],
        message: {
          en: "events[1] event 1 ('close') was refused in state 'in_progress': 'close' is not possible in state 'in_progress'",
          zh: 'events[1] 第 1 个事件（“close”）在状态“in_progress”下被拒绝：状态“处理中”下不能执行“关闭”',
        },
        params: {
          index: 1,
          event: 'close',
          state: 'in_progress',
          reason: "'close' is not possible in state 'in_progress'",
          reasonZh: '状态“处理中”下不能执行“关闭”',
        },
      },
    ]);
  });

  it('throws flow.rejected_event with the failed guards in the reason when a guard refuses', () => {
    const events = [log[0] as FlowEvent, ev('resolve', at(1, 10))];
    expect(issuesOf(() => replay(ticketFlow, events))[0]?.params?.reason).toBe(
      "'resolve' is blocked: the ticket has no note; the priority is not set; the check has not passed",
    );
  });

  it('throws the payload issues under events.<i>.data when the payload is wrong', () => {
    const events = [log[0] as FlowEvent, ev('set_priority', at(1, 10), { data: { level: 'medium' } })];
    const issues = issuesOf(() => replay(ticketFlow, events));
    expect(issues.map(({ code, path }) => [code, path])).toEqual([
      ['flow.rejected_event', ['events', 1]],
      ['input.invalid_value', ['events', 1, 'data', 'level']],
    ]);
    expect(issues[1]?.message).toEqual({
      en: 'events[1].data.level must be one of: low, high',
      zh: 'events[1].data.level 必须是以下之一：low, high',
    });
  });

  it('throws the envelope issues under events.<i> when the event is malformed', () => {
    const noActor = { type: 'note', at: at(1, 10), data: { text: '备注' } } as unknown as FlowEvent;
    const issues = issuesOf(() => replay(ticketFlow, [log[0] as FlowEvent, noActor]));
    expect(issues.map(({ code, path }) => [code, path])).toEqual([
      ['flow.rejected_event', ['events', 1]],
      ['input.required', ['events', 1, 'actor']],
    ]);
  });

  it('throws flow.unknown_version at the event when it names a version the flow does not have', () => {
    const events = [{ ...ev('assign', at(1, 9)), flowVersion: 2 }];
    expect(issuesOf(() => replay(ticketFlow, events))[0]).toMatchObject({
      code: 'flow.unknown_version',
      path: ['events', 0, 'flowVersion'],
      params: { flow: 'ticket', version: '2', known: ['1'] },
    });
  });

  it('throws input.invalid_type at events when the events are not an array', () => {
    const notArray = { 0: log[0] } as unknown as FlowEvent[];
    expect(issuesOf(() => replay(ticketFlow, notArray))).toMatchInlineSnapshot(`
      [
        {
          "code": "input.invalid_type",
          "message": {
            "en": "events must be array (received object)",
            "zh": "events 应为数组（实际为对象）",
          },
          "params": {
            "expected": "array",
            "received": "object",
          },
          "path": [
            "events",
          ],
        },
      ]
    `);
  });

  it('throws input.invalid_type at options when the options are not an object', () => {
    expect(issuesOf(() => replay(ticketFlow, log, 'fast' as unknown as object))[0]).toMatchObject({
      code: 'input.invalid_type',
      path: ['options'],
    });
  });

  it('returns the same state when a data update replays another log on the way', () => {
    // A trail links a ticket: its data update replays the ticket's log, dated 2030. The trail's
    // own clock must stay at its own events (09:00, then 10:00 on 2024-03-01).
    const title = { en: 'Trail', zh: '轨迹' };
    const ticketLog = [ev('assign', '2030-01-01T00:00:00Z')];
    const trail = createFlow<{ readonly linked: string | null }>(
      {
        id: 'trail',
        version: 1,
        title,
        initial: 'idle',
        events: { link: { title }, ping: { title } },
        states: { idle: { title, on: { link: [{ assign: ['trail.link'] }], ping: [{}] } } },
      },
      {
        initialData: { linked: null },
        assign: { 'trail.link': (data) => ({ ...data, linked: replay(ticketFlow, ticketLog).value }) },
      },
    );
    const state = replay(trail, [ev('link', at(1, 9)), ev('ping', at(1, 10))]);
    expect([state.data, state.at, state.eventCount]).toEqual([{ linked: 'in_progress' }, at(1, 10), 2]);
  });

  it('never changes the events it is given', () => {
    const copy = structuredClone(log);
    replay(ticketFlow, log);
    expect(log).toEqual(copy);
  });
});

describe('safeReplay', () => {
  it('returns the state when every event is accepted', () => {
    expect(safeReplay(ticketFlow, log)).toEqual({ ok: true, value: replay(ticketFlow, log) });
  });

  it('returns the issues replay would throw when an event is refused', () => {
    const events = [log[0] as FlowEvent, ev('set_priority', at(1, 10), { data: { level: 'medium' } })];
    expect(safeReplay(ticketFlow, events)).toEqual({
      ok: false,
      issues: issuesOf(() => replay(ticketFlow, events)),
    });
  });

  it('returns input.invalid_type when the events are not an array', () => {
    const result = safeReplay(ticketFlow, null as unknown as FlowEvent[]);
    expect(result.ok === false && result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['input.invalid_type', ['events']],
    ]);
  });
});

describe('replay on random walks', () => {
  const offsets = [
    ['+08:00', 480],
    ['Z', 0],
    ['-05:00', -300],
    ['+05:45', 345],
  ] as const;

  /** An instant `minutes` after 2024-03-01T00:00Z, written with one of several offsets. */
  function instantAt(minutes: number, offsetChoice: number): string {
    const [suffix, offset] = offsets[offsetChoice % offsets.length] ?? offsets[0];
    const ms = Date.UTC(2024, 2, 1) + minutes * 60_000;
    return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${suffix}`;
  }

  const finals = new Set(
    Object.entries(ticketDefinition.states)
      .filter(([, state]) => state.final === true)
      .map(([name]) => name),
  );

  /** A payload for `type` that fits its declaration, chosen by `fill`. */
  function payloadFor(type: string, fill: number): FlowEvent['data'] {
    const declared = ticketDefinition.events[type]?.payload;
    if (declared === undefined) return undefined;
    const data: Record<string, string | number | boolean> = {};
    Object.entries(declared).forEach(([name, field], index) => {
      const present = field.required === true || ((fill >> index) & 1) === 1;
      if (!present) return;
      if (field.type === 'number') data[name] = fill % 73;
      else if (field.type === 'boolean') data[name] = fill % 2 === 0;
      else data[name] = field.enum ? (field.enum[fill % field.enum.length] as string) : `备注 ${fill}`;
    });
    return data;
  }

  /**
   * A log built by walking the flow: at each step, one of the events nextEvents allows, with its
   * payload filled in and a reason when it needs one. A payload-reading guard may still refuse
   * the event; it is then left out. Returns the log and the state transition folded it into.
   */
  function randomWalk(choices: readonly (readonly [number, number, number, number])[]) {
    let state = initialState(ticketFlow);
    const events: FlowEvent[] = [];
    let minutes = 0;
    for (const [pick, fill, gap, offset] of choices) {
      // Steps into a final state are taken one time in six, so that walks get long.
      const allowed = nextEvents(ticketFlow, state).filter((next) => next.allowed);
      const onward = allowed.filter((next) => !finals.has(next.target ?? ''));
      const options = pick % 6 === 0 || onward.length === 0 ? allowed : onward;
      const next = options[Math.floor(pick / 6) % Math.max(options.length, 1)];
      if (next === undefined) break;
      minutes += gap;
      const data = payloadFor(next.type, fill);
      const event: FlowEvent = {
        type: next.type,
        at: instantAt(minutes, offset),
        actor: fill % 3 === 0 ? 'system:scheduler' : 'EMP-SA-01',
        ...(next.requiresReason ? { reason: '客户要求' } : {}),
        ...(data === undefined ? {} : { data }),
      };
      const result = transition(ticketFlow, state, event);
      if (!result.ok) continue;
      events.push(event);
      state = result.state;
    }
    return { events, state };
  }

  const choices = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 1023 }), fc.nat({ max: 600 }), fc.nat()), {
    maxLength: 40,
  });

  it('returns the same state twice, the state transition folds into, and the same state from any snapshot', () => {
    fc.assert(
      fc.property(choices, fc.nat(), (picked, cut) => {
        const { events, state } = randomWalk(picked);
        const first = replay(ticketFlow, events);
        expect(replay(ticketFlow, events)).toEqual(first);
        expect(first).toEqual(state);
        expect(first.eventCount).toBe(events.length);
        const k = cut % (events.length + 1);
        const snapshot = replay(ticketFlow, events.slice(0, k));
        expect(replay(ticketFlow, events.slice(k), { from: snapshot })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { createFlow, type Flow } from './createFlow';
import { foldLog, replay } from './replay';
import { at, ev, issuesOf, ticketFlow } from './testing';
import { initialState, transition } from './transition';
import type { FlowEvent, FlowRejection } from './types';
import { createFlowVersions } from './versions';

/**
 * replay checks each event on a fast path first and asks the full check only for a refusal, so
 * every rule of the full check must hold on the fast path too: these tests replay logs that
 * break one rule each (the ticket flow of ./testing) and expect the refusal the rule gives.
 */

const assign = ev('assign', at(1, 9));
const codeAndPath = (fn: () => unknown) => issuesOf(fn).map(({ code, path }) => ({ code, path }));
const anything = (event: unknown) => event as FlowEvent;

/** The refusal replay reports for the log's event at `index`. */
function refusedAt(events: readonly unknown[], index: number): Record<string, unknown> | undefined {
  const issues = issuesOf(() => replay(ticketFlow, events as FlowEvent[]));
  expect(issues[0]?.code).toBe('flow.rejected_event');
  expect(issues[0]?.path).toEqual(['events', index]);
  return issues[0]?.params;
}

describe('replay refuses on the fast path what the full check refuses', () => {
  it('refuses a null event as malformed instead of failing on it', () => {
    expect(refusedAt([assign, null], 1)).toMatchObject({ index: 1, event: '', state: 'in_progress' });
  });

  it('refuses an undefined event as malformed instead of failing on it', () => {
    expect(refusedAt([assign, undefined], 1)).toMatchObject({ index: 1, event: '', state: 'in_progress' });
  });

  it('refuses an event whose flowVersion is a string as malformed, not as an unknown version', () => {
    // A flowVersion must be a whole number ≥ 1; '1' is a malformed envelope, not version 1 or another one.
    expect(
      codeAndPath(() => replay(ticketFlow, [{ ...assign, flowVersion: '1' } as unknown as FlowEvent])),
    ).toEqual([
      { code: 'flow.rejected_event', path: ['events', 0] },
      { code: 'input.invalid_type', path: ['events', 0, 'flowVersion'] },
    ]);
  });

  it('refuses data that is not a JSON object on an event that declares no payload', () => {
    // assign declares no payload: its data, if any, must still be a JSON object.
    expect(
      codeAndPath(() => replay(ticketFlow, [{ ...assign, data: 'urgent' } as unknown as FlowEvent])),
    ).toEqual([
      { code: 'flow.rejected_event', path: ['events', 0] },
      { code: 'input.invalid_type', path: ['events', 0, 'data'] },
    ]);
  });

  it('refuses an event whose time is not an instant even after an accepted one', () => {
    // The clock still holds the first event's time; the second event has none of its own.
    expect(refusedAt([assign, ev('pass_qc', 'yesterday')], 1)).toMatchObject({ event: 'pass_qc' });
  });

  it('refuses a guarded event when a mark the guard requires is missing', () => {
    // resolve's candidates: fast close needs priority low (not set here); the normal way needs the
    // mark ticket.qc-passed, never set: both fail although the ticket has a note.
    const events = [assign, ev('note', at(1, 10), { data: { text: '已检查' } }), ev('resolve', at(1, 11))];
    expect(refusedAt(events, 2)?.reason).toBe(
      "'resolve' is blocked: the priority is not set; the check has not passed",
    );
  });

  it('refuses a guarded event when a mark the guard forbids is set', () => {
    // Escalated to L3 (allowed at high priority), the ticket cannot be held any more.
    const events = [
      assign,
      ev('set_priority', at(1, 10), { data: { level: 'high' } }),
      ev('escalate', at(1, 11), { data: { tier: 'l3' } }),
      ev('hold', at(1, 12), { reason: '等配件' }),
    ];
    expect(refusedAt(events, 3)?.reason).toBe("'hold' is blocked: an escalated ticket cannot be held");
  });

  it('refuses an event that needs a reason when it has none, or only blanks', () => {
    expect(refusedAt([assign, ev('hold', at(1, 10))], 1)?.reason).toBe("'hold' needs a reason");
    expect(refusedAt([assign, ev('hold', at(1, 10), { reason: '   ' })], 1)?.reason).toBe(
      "'hold' needs a reason",
    );
    // A reason of any other text is enough.
    expect(replay(ticketFlow, [assign, ev('hold', at(1, 10), { reason: '等配件' })]).value).toBe('on_hold');
  });

  it("refuses a payload the flow's own check refuses, with its issue under the event", () => {
    // set_priority's extra check: at most 72 hours; 73 is one past it.
    const events = [assign, ev('set_priority', at(1, 10), { data: { level: 'low', hours: 73 } })];
    expect(codeAndPath(() => replay(ticketFlow, events))).toEqual([
      { code: 'flow.rejected_event', path: ['events', 1] },
      { code: 'input.too_big', path: ['events', 1, 'data', 'hours'] },
    ]);
    const atLimit = [assign, ev('set_priority', at(1, 10), { data: { level: 'low', hours: 72 } })];
    expect(replay(ticketFlow, atLimit).data).toEqual({ notes: 0, priority: 'low' });
  });

  it('refuses any event in a final state', () => {
    const events = [ev('cancel', at(1, 9), { reason: '客户撤回' }), ev('assign', at(1, 10))];
    expect(refusedAt(events, 1)?.reason).toBe(
      "'cancelled' is a final state: no event is accepted, 'assign' neither",
    );
  });

  it('accepts a first event dated before 1970 (no earlier event to be out of order with)', () => {
    const state = replay(ticketFlow, [ev('assign', '1969-12-31T23:59:59Z')]);
    expect([state.value, state.at, state.eventCount]).toEqual(['in_progress', '1969-12-31T23:59:59Z', 1]);
  });
});

describe('replay and transition keep the marks a transition does not touch', () => {
  it('keeps ticket.escalated when fail_qc clears ticket.qc-passed and sets ticket.qc-failed', () => {
    const events = [
      assign,
      ev('pass_qc', at(1, 10)),
      ev('escalate', at(1, 11), { data: { tier: 'l2' } }),
      ev('fail_qc', at(1, 12)),
    ];
    // marks: [] → [qc-passed] → [qc-passed, escalated] → [escalated, qc-failed]
    expect(replay(ticketFlow, events).marks).toEqual(['ticket.escalated', 'ticket.qc-failed']);
    let state = initialState(ticketFlow);
    for (const event of events) {
      const result = transition(ticketFlow, state, event);
      if (!result.ok) throw new Error(result.rejection.message.en);
      state = result.state;
    }
    expect(state.marks).toEqual(['ticket.escalated', 'ticket.qc-failed']);
  });
});

describe('foldLog reports each step', () => {
  type Step = [number, string, boolean, number, FlowRejection | undefined];

  it('reports whether a state was entered, the time, and the refusal of a refused event', () => {
    const steps: Step[] = [];
    const events = [
      assign,
      ev('note', at(1, 10), { data: { text: '客户来电' } }),
      ev('close', at(1, 11)),
      ev('pass_qc', at(1, 12)),
    ];
    const { state, rejected } = foldLog(ticketFlow as unknown as Flow, events, {}, true, (...step) =>
      steps.push(step),
    );
    // 2024-03-01T09:00+08:00 = 01:00Z = 1709254800000 ms; each hour later adds 3600000 ms.
    expect(
      steps.map(([i, value, entered, ms, rejection]) => [i, value, entered, ms, rejection?.reason]),
    ).toEqual([
      [0, 'in_progress', true, 1709254800000, undefined],
      [1, 'in_progress', false, 1709258400000, undefined],
      [2, 'in_progress', false, Number.NaN, 'not_in_state'],
      [3, 'in_progress', false, 1709265600000, undefined],
    ]);
    expect(rejected).toBeUndefined();
    expect([state.eventCount, state.marks]).toEqual([3, ['ticket.qc-passed']]);
  });

  it('reports a guard that answers differently the second time as a guard failure with no guard named', () => {
    let calls = 0;
    const flicker = createFlow<JsonObject>(
      {
        id: 'flicker',
        version: 1,
        title: { en: 'Flicker', zh: '闪烁' },
        initial: 'off',
        events: { toggle: { title: { en: 'Toggle', zh: '切换' } } },
        guards: {
          'flicker.even-call': {
            title: { en: 'Even call', zh: '偶数次调用' },
            cite: 'manual:flows.repair-order',
            message: { en: 'odd call', zh: '奇数次调用' },
            unblock: { message: { en: 'call again', zh: '再调用一次' } },
          },
        },
        states: {
          off: {
            title: { en: 'Off', zh: '关' },
            on: { toggle: [{ target: 'on', guards: ['flicker.even-call'] }] },
          },
          on: { title: { en: 'On', zh: '开' }, final: true },
        },
      },
      { initialData: {}, guards: { 'flicker.even-call': () => ++calls % 2 === 0 } },
    );
    const { rejected } = foldLog(flicker, [{ type: 'toggle', at: at(1, 9), actor: 'EMP-1' }], {}, false);
    expect(rejected).toEqual({
      index: 0,
      rejection: {
        reason: 'guard_failed',
        event: 'toggle',
        state: 'off',
        message: {
          en: "a guard of flow 'flicker' answered differently for the same event: guards must be pure",
          zh: '流程“flicker”的守卫对同一事件给出了不同结果：守卫必须是纯函数',
        },
        failed: [],
        unblock: [],
      },
    });
  });
});

describe('replay with versions: the start version and where a wrong one is reported', () => {
  const text = (en: string, zh: string) => ({ en, zh });
  const lamp = (version: number) =>
    createFlow<JsonObject>(
      {
        id: 'lamp',
        version,
        title: text('Lamp', '灯'),
        initial: 'off',
        events: { on: { title: text('On', '开') }, off: { title: text('Off', '关') } },
        states: {
          off: { title: text('Off', '关'), on: { on: [{ target: 'lit' }] } },
          lit: { title: text('Lit', '亮'), on: { off: [{ target: 'off' }] } },
        },
      },
      { initialData: {} },
    );
  const versions = createFlowVersions([lamp(1), lamp(2)], [{ from: 1, to: 2 }]);
  const on = ev('on', at(1, 9));

  it('reports an unknown version of the snapshot at options.from.version', () => {
    const from = { ...replay(versions, [on], { version: 1 }), version: 5 };
    expect(codeAndPath(() => replay(versions, [], { from }))).toEqual([
      { code: 'flow.unknown_version', path: ['options', 'from', 'version'] },
    ]);
  });

  it('reports an unknown version in the options at options.version', () => {
    expect(codeAndPath(() => replay(versions, [on], { version: 5 }))).toEqual([
      { code: 'flow.unknown_version', path: ['options', 'version'] },
    ]);
  });

  it("reports the first event's unknown version at events.0.flowVersion", () => {
    expect(codeAndPath(() => replay(versions, [{ ...on, flowVersion: 5 }]))).toEqual([
      { code: 'flow.unknown_version', path: ['events', 0, 'flowVersion'] },
    ]);
  });

  it("starts at the snapshot's version, then the options', then the first event's", () => {
    const v1 = replay(versions, [on], { version: 1 });
    expect(replay(versions, [], { from: v1, version: 2 }).version).toBe(1);
    expect(replay(versions, [on], { version: 1 }).version).toBe(1);
    expect(replay(versions, [{ ...on, flowVersion: 1 }]).version).toBe(1);
    expect(replay(versions, [on]).version).toBe(2);
  });
});

describe('replay with a snapshot', () => {
  const snapshot = () => replay(ticketFlow, [assign]);

  it('throws flow.state_mismatch when the snapshot is of another flow, not a data error', () => {
    expect(codeAndPath(() => replay(ticketFlow, [], { from: { ...snapshot(), flow: 'door' } }))).toEqual([
      { code: 'flow.state_mismatch', path: ['state'] },
    ]);
  });

  it('throws input.invalid_value at state.value when the snapshot is in a state the flow lacks', () => {
    expect(codeAndPath(() => replay(ticketFlow, [], { from: { ...snapshot(), value: 'lost' } }))).toEqual([
      { code: 'input.invalid_value', path: ['state', 'value'] },
    ]);
  });

  it("throws input.invalid at options.from.data when the flow's code cannot read the snapshot's data", () => {
    // A damaged snapshot whose data is null: the guard of resolve reads data.notes of it.
    const damaged = { ...snapshot(), data: null as unknown as { notes: number; priority: null } };
    const issues = issuesOf(() => replay(ticketFlow, [ev('resolve', at(1, 10))], { from: damaged }));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'input.invalid', path: ['options', 'from', 'data'] },
    ]);
    expect(issues[0]?.params?.detail).toMatch(/^the flow cannot read this state's data \(.+\)$/);
    expect(issues[0]?.params?.detailZh).toMatch(/^流程无法读取该状态的数据（.+）$/);
  });

  it("lets a TypeError of the flow's own code through when there is no snapshot", () => {
    const broken = createFlow<JsonObject>(
      {
        id: 'broken',
        version: 1,
        title: { en: 'Broken', zh: '坏' },
        initial: 'a',
        events: { go: { title: { en: 'Go', zh: '走' } } },
        states: {
          a: { title: { en: 'A', zh: '甲' }, on: { go: [{ target: 'b', assign: ['broken.read'] }] } },
          b: { title: { en: 'B', zh: '乙' }, final: true },
        },
      },
      {
        initialData: {},
        assign: { 'broken.read': (data) => ({ n: (data.missing as unknown as { n: number }).n }) },
      },
    );
    expect(() => replay(broken, [ev('go', at(1, 9))])).toThrow(TypeError);
  });

  it('throws input.invalid_type with what it expected when the options are not an object', () => {
    expect(issuesOf(() => replay(ticketFlow, [], anything(null) as never))[0]?.params).toEqual({
      expected: 'object',
      received: 'null',
    });
  });
});

describe('transition checks the state it is given', () => {
  it('throws input.invalid_type at state, saying what it expected, when the state value is not text', () => {
    const state = { ...initialState(ticketFlow), value: 3 as unknown as string };
    expect(issuesOf(() => transition(ticketFlow, state, assign))).toMatchObject([
      {
        code: 'input.invalid_type',
        path: ['state'],
        params: { expected: 'a flow state', received: 'object' },
      },
    ]);
  });
});

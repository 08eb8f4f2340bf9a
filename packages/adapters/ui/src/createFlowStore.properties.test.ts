import {
  complaintFlow,
  type Flow,
  type FlowEvent,
  type JsonObject,
  repairOrderFlow,
  replay,
  warrantyClaimFlow,
} from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlowStore } from './createFlowStore';
import type { FlowAction, FlowStore } from './types';

/**
 * Random walks through the standard flows, driven by the store's own `allowed` list: each step
 * dispatches one enabled action with a payload of the declared shape. Line ids are new for a new
 * line and existing otherwise (so guards that read the payload sometimes refuse: the walk goes
 * on). Then the log the store wrote must replay, in a new store and in the engine, to the state
 * the live store reached.
 */

const people = ['EMP-T-01', 'EMP-T-02', 'EMP-QC-01', 'EMP-SUP-01'];
const NEW_LINE = new Set(['add_line', 'find_additional_work']);

type Step = { choice: number; forward: number; minutes: number; actor: number; picks: number[] };
const step: fc.Arbitrary<Step> = fc.record({
  choice: fc.nat(),
  forward: fc.nat(),
  minutes: fc.nat({ max: 3 * 24 * 60 }),
  actor: fc.nat(),
  picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
});

function payloadFor(action: FlowAction, data: JsonObject, picks: readonly number[]): JsonObject | undefined {
  if (action.payload === undefined) return undefined;
  const lines = Array.isArray(data.lines) ? (data.lines as { id: string }[]) : [];
  const out: Record<string, string | number | boolean> = {};
  Object.entries(action.payload).forEach(([name, field], i) => {
    const pick = picks[i % picks.length] ?? 0;
    if (field.required !== true && pick % 3 === 0) return;
    if (name === 'lineId') {
      out.lineId = NEW_LINE.has(action.type)
        ? `L${lines.length + 1}`
        : (lines[pick % Math.max(lines.length, 1)]?.id ?? 'L1');
    } else if (field.type === 'boolean') out[name] = pick % 2 === 0;
    else if (field.type === 'number') out[name] = pick;
    else
      out[name] = field.enum
        ? (field.enum[pick % field.enum.length] as string)
        : (people[pick % people.length] as string);
  });
  return out;
}

/** Events that lead back or away: taken now and then, else walks circle and rarely close. */
const DETOURS = new Set([
  'cancel',
  'withdraw',
  'reopen',
  'fail_check',
  'find_additional_work',
  'reject_resolution',
]);

/** The enabled actions a step picks from: mostly ones that move the record on, a detour one time in five. */
function candidates(store: FlowStore, s: Step): FlowAction[] {
  const snapshot = store.getSnapshot();
  const enabled = snapshot.allowed.filter((a) => a.enabled && (!DETOURS.has(a.type) || s.forward % 5 === 0));
  const moving = enabled.filter((a) => a.target !== snapshot.state.value);
  return s.forward % 3 !== 0 && moving.length > 0 ? moving : enabled;
}

function walk(flow: Flow, steps: readonly Step[]) {
  const store = createFlowStore(flow);
  let notified = 0;
  store.subscribe(() => notified++);
  let ms = Date.parse('2024-03-04T00:00:00Z');
  let dispatched = 0;
  const visited = new Set([store.getSnapshot().state.value]);
  for (const s of steps) {
    const offered = candidates(store, s);
    if (offered.length === 0) break;
    const action = offered[s.choice % offered.length] as FlowAction;
    const before = store.getSnapshot();
    ms += s.minutes * 60_000;
    const data = payloadFor(action, before.state.data, s.picks);
    const event: FlowEvent = {
      type: action.type,
      at: new Date(ms).toISOString(),
      actor: people[s.actor % people.length] as string,
      ...(action.requiresReason ? { reason: '随机原因' } : {}),
      ...(data ? { data } : {}),
    };
    const result = store.dispatch(event);
    dispatched++;
    // The snapshot between two dispatches is one object.
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    if (result.ok) {
      expect(result.state.value).toBe(action.target);
      visited.add(result.state.value);
    } else {
      // An enabled action is only refused by a guard it said it would check on send.
      expect(result.rejection.reason).toBe('guard_failed');
      for (const failed of result.rejection.failed) expect(action.checkedOnSend).toContain(failed.rule);
      expect(store.getSnapshot().state).toBe(before.state);
    }
  }
  return { store, notified, dispatched, visited };
}

describe.each([
  ['repair order', repairOrderFlow as unknown as Flow, 60],
  ['complaint', complaintFlow as unknown as Flow, 30],
  ['warranty claim', warrantyClaimFlow as unknown as Flow, 30],
])('createFlowStore over the %s flow', (_name, flow, maxLength) => {
  it('rebuilds from its log the state it reached live, in a new store and in the engine', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength }), (steps) => {
        const { store } = walk(flow, steps);
        const live = store.getSnapshot();
        const rebuilt = createFlowStore(flow, { events: live.events }).getSnapshot();
        expect(rebuilt.state).toEqual(live.state);
        expect(rebuilt.allowed).toEqual(live.allowed);
        expect(rebuilt.events).toEqual(live.events);
        expect(replay(flow, live.events)).toEqual(live.state);
      }),
    );
  });

  it('calls a listener once per dispatch: an accepted event or a recorded refusal', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength }), (steps) => {
        const { store, notified, dispatched } = walk(flow, steps);
        expect(notified).toBe(dispatched);
        // Each accepted event is one entry of the log.
        expect(store.getSnapshot().events).toHaveLength(store.getSnapshot().state.eventCount);
      }),
    );
  });
});

describe('the random walks', () => {
  it.each([
    ['repair order', repairOrderFlow as unknown as Flow],
    ['complaint', complaintFlow as unknown as Flow],
    ['warranty claim', warrantyClaimFlow as unknown as Flow],
  ])('reach every state of the %s flow, so the properties above cover them all', (_name, flow) => {
    const visited = new Set<string>();
    for (const steps of fc.sample(fc.array(step, { minLength: 40, maxLength: 80 }), {
      numRuns: 300,
      seed: 7,
    })) {
      for (const state of walk(flow, steps).visited) visited.add(state);
    }
    expect(Object.keys(flow.definition.states).filter((s) => !visited.has(s))).toEqual([]);
  });
});

import {
  createXStateImplementations,
  type FlowEvent,
  type FlowState,
  initialState,
  type JsonObject,
  nextEvents,
  type RepairOrderFlowData,
  repairOrderFlow,
  toXStateConfig,
  transition,
} from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, assign, initialTransition, setup, transition as xTransition } from 'xstate';

/**
 * The repair-order flow run by the engine and by XState v5 (the exported config with the exported
 * implementations) must agree after every event: same state, same data, same marks, same effects;
 * and an event the engine refuses must not move XState either.
 *
 * Only well-formed events are sent (non-decreasing `at`, a reason where one is required, payloads
 * of the declared shape): those checks belong to the engine's envelope, not to the export. Guards
 * that read the payload do get payloads that fail them (an unknown line, a duplicate line id, the
 * self-check inspector doing the peer check), and events that are not possible in the state, or
 * unknown to the flow, are sent too.
 */

const flow = repairOrderFlow;
const machine = setup(createXStateImplementations(flow, { assign })).createMachine(toXStateConfig(flow));
const definition = flow.definition;
const eventTypes = Object.keys(definition.events);
const INSPECTORS = ['EMP-T-01', 'EMP-T-02', 'EMP-T-03'];
/** Refusals a well-formed event may get; `invalid_event`, `reason_required` or `out_of_order` would be a test bug. */
const FAIR_REFUSALS = ['guard_failed', 'not_in_state', 'unknown_event', 'final_state'];

/** One step of a random walk: numbers that pick the event and fill its payload. */
const stepArbitrary = fc.record({
  mode: fc.nat(99),
  pick: fc.nat(),
  line: fc.nat(),
  reuse: fc.nat(9),
  inspector: fc.nat(INSPECTORS.length - 1),
  values: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  minutes: fc.nat(600),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

const pickOf = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/**
 * The event type: mostly one the UI would offer as allowed, biased to moves into states the walk
 * has not seen yet and away from the final state (a walk that cancels early sees little);
 * sometimes any event, or an unknown one.
 */
function chooseType(state: FlowState<RepairOrderFlowData>, step: Step, seen: ReadonlySet<string>): string {
  const isFinal = (target: string | undefined) => definition.states[target ?? '']?.final === true;
  const allowed = nextEvents(flow, state).filter(
    (next) => next.allowed && (step.mode < 2 || !isFinal(next.target)),
  );
  const moves = allowed.filter((next) => next.target !== state.value);
  const fresh = moves.filter((next) => !seen.has(next.target ?? ''));
  if (step.mode < 40 && fresh.length > 0) return pickOf(fresh, step.pick).type;
  if (step.mode < 50 && moves.length > 0) return pickOf(moves, step.pick).type;
  if (step.mode < 85 && allowed.length > 0) return pickOf(allowed, step.pick).type;
  if (step.mode < 88) return 'teleport'; // unknown to the flow
  return pickOf(eventTypes, step.pick);
}

/** A payload of the declared shape; the line and inspector ids sometimes fail the guards that read them. */
function payloadFor(
  type: string,
  data: RepairOrderFlowData,
  step: Step,
  serial: number,
): JsonObject | undefined {
  const fields = definition.events[type]?.payload;
  if (fields === undefined) return undefined;
  const payload: Record<string, string | number | boolean> = {};
  Object.entries(fields).forEach(([name, field], index) => {
    const flag = step.flags[index % step.flags.length] === true;
    if (field.required !== true && flag) return;
    const value = step.values[index % step.values.length] ?? 0;
    if (field.type === 'boolean') payload[name] = flag;
    else if (field.type === 'number') payload[name] = value;
    else if (field.enum !== undefined) payload[name] = pickOf(field.enum, value);
    else if (name === 'lineId') {
      const existing = data.lines.map((line) => line.id);
      const adds = type === 'add_line' || type === 'find_additional_work';
      const odd = step.reuse === 0; // one in ten: a duplicate new line, or an unknown existing one
      if (adds) payload[name] = odd && existing.length > 0 ? pickOf(existing, step.line) : `L-${serial}`;
      else payload[name] = odd || existing.length === 0 ? `L-missing-${serial}` : pickOf(existing, step.line);
    } else if (name === 'inspectorId') payload[name] = pickOf(INSPECTORS, step.inspector);
    else payload[name] = `${name}-${serial}`;
  });
  return payload;
}

type Stats = { accepted: number; refused: Map<string, number> };

/** Sends `events` to both; checks agreement after each. */
function runBoth(
  events:
    | readonly FlowEvent[]
    | ((state: FlowState<RepairOrderFlowData>, index: number) => FlowEvent | undefined),
  stats?: Stats,
): FlowState<RepairOrderFlowData> {
  let state = initialState(flow);
  let [snapshot] = initialTransition(machine) as [AnyMachineSnapshot, unknown];
  for (let index = 0; ; index++) {
    const event = typeof events === 'function' ? events(state, index) : events[index];
    if (event === undefined) return state;
    const result = transition(flow, state, event);
    const taken = machine.getTransitionData(snapshot as never, event)[0];
    const [next] = xTransition(machine, snapshot as never, event) as [AnyMachineSnapshot, unknown];
    if (result.ok) {
      state = result.state;
      expect(taken?.meta?.effects ?? []).toEqual(result.effects.map((effect) => effect.type));
    } else {
      expect(FAIR_REFUSALS).toContain(result.rejection.reason);
      expect(taken).toBeUndefined();
      expect(next.context).toBe(snapshot.context);
    }
    expect(next.value).toBe(state.value);
    expect(next.context.data).toEqual(state.data);
    expect(next.context.marks).toEqual(state.marks);
    expect(next.status).toBe(definition.states[state.value]?.final === true ? 'done' : 'active');
    snapshot = next;
    if (stats) {
      if (result.ok) stats.accepted++;
      else stats.refused.set(result.rejection.reason, (stats.refused.get(result.rejection.reason) ?? 0) + 1);
    }
  }
}

const at = (minutes: number) => new Date(Date.UTC(2024, 2, 1, 1, 0) + minutes * 60_000).toISOString();

const e = (minute: number, type: string, data?: JsonObject, reason?: string): FlowEvent => ({
  type,
  at: at(minute),
  actor: 'EMP-SA-01',
  ...(data ? { data } : {}),
  ...(reason ? { reason } : {}),
});

/** Reception to a comeback, with a few refusals on the way; one event a minute. */
const happyPath: readonly FlowEvent[] = (
  [
    ['receive_vehicle', { kind: 'warranty' }],
    ['complete_walkaround'],
    ['add_line', { lineId: 'L1', payType: 'W', priced: true }],
    ['add_line', { lineId: 'L2', payType: 'CP' }],
    ['submit_estimate'], // refused: L2 is not priced
    ['price_line', { lineId: 'L2' }],
    ['submit_estimate'],
    ['approve_line', { lineId: 'L1' }],
    ['decline_line', { lineId: 'L2' }],
    ['confirm_approval'],
    ['dispatch'],
    ['start_repair'],
    ['place_hold', { hold: 'parts' }, '等待配件'],
    ['start_line', { lineId: 'L1' }],
    ['complete_line', { lineId: 'L1' }],
    ['complete_repair'], // refused: on hold
    ['release_hold'],
    ['complete_repair'],
    ['pass_self_check', { inspectorId: 'EMP-T-01' }],
    ['pass_peer_check', { inspectorId: 'EMP-T-01' }], // refused: the same person
    ['pass_peer_check', { inspectorId: 'EMP-T-02' }],
    ['pass_final_inspection', { inspectorId: 'EMP-QC-01' }],
    ['skip_wash', undefined, '客户赶时间'],
    ['settle'], // refused: the warranty line has no eligibility decision
    ['attach_eligibility', { lineId: 'L1', outcome: 'covered' }],
    ['settle'],
    ['deliver'],
    ['record_follow_up', { kind: 'first', outcome: 'satisfied' }],
    ['close'],
    ['reopen', undefined, '异响复现'],
    ['approve_line', { lineId: 'L2' }],
    ['dispatch'],
  ] as const
).map(([type, data, reason], minute) => e(minute, type, data, reason));

describe('the exported XState machine agrees with the engine on the repair-order flow', () => {
  it('on random walks from a random point of the happy path, event after event', () => {
    const stats: Stats = { accepted: 0, refused: new Map() };
    const tried = new Set<string>(); // states in which random events were sent
    const walk = fc.record({
      cut: fc.nat(happyPath.length),
      steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 150, size: 'max' }),
    });
    fc.assert(
      fc.property(walk, ({ cut, steps }) => {
        let minutes = cut; // after the prefix's last event: `at` never goes back
        const seen = new Set<string>();
        let ended = false;
        runBoth((state, index) => {
          seen.add(state.value);
          if (index < cut) return happyPath[index];
          const step = steps[index - cut];
          // In a final state, one more event shows both refuse it; then the walk ends.
          if (step === undefined || ended) return undefined;
          ended = definition.states[state.value]?.final === true;
          tried.add(state.value);
          minutes += step.minutes; // 0 allowed: same-minute events
          const type = chooseType(state, step, seen);
          const data = payloadFor(type, state.data, step, index);
          const reason = definition.events[type]?.requiresReason === true ? '客户要求' : undefined;
          return {
            type,
            at: at(minutes),
            actor: 'EMP-SA-01',
            ...(reason !== undefined ? { reason } : {}),
            ...(data !== undefined ? { data } : {}),
          };
        }, stats);
      }),
      { numRuns: 300 },
    );
    // Random events were tried in every state that takes events, and were refused in every way
    // but `final_state` (few walks cancel: the test below covers it).
    const open = Object.keys(definition.states).filter((name) => definition.states[name]?.final !== true);
    expect([...tried].filter((name) => open.includes(name)).sort()).toEqual(open.sort());
    expect([...stats.refused.keys()]).toEqual(
      expect.arrayContaining(['guard_failed', 'not_in_state', 'unknown_event']),
    );
    expect(stats.accepted).toBeGreaterThan(5000);
    // 300 walks through two engines take about 2.5 s alone; a loaded CI machine may need more.
  }, 30_000);

  it('on the whole happy path, a refused peer check and a comeback', () => {
    const state = runBoth(happyPath);
    expect(state.value).toBe('dispatched');
    expect(state.marks).toEqual([]);
    expect(state.data.reopened).toBe(1);
  });

  it('in a cancelled repair order, which refuses every event', () => {
    const cancelled = [e(0, 'receive_vehicle'), e(1, 'cancel', undefined, '客户取消')];
    const later = eventTypes.map((type, index) => e(2 + index, type, undefined, '原因'));
    const stats: Stats = { accepted: 0, refused: new Map() };
    expect(runBoth([...cancelled, ...later], stats).value).toBe('cancelled');
    expect(stats).toEqual({ accepted: 2, refused: new Map([['final_state', eventTypes.length]]) });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../json/JsonValue';
import { nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import { initialState, transition } from '../transition';
import type { FlowEvent, FlowPayloadField, FlowState } from '../types';
import type { ComplaintFlowData } from './complaintData';
import { complaintFlow } from './complaintFlow';

// Two people, so that an escalation sometimes names the person escalating and a dissatisfied
// complaint is sometimes closed by its supervisor, sometimes not.
const people = ['EMP-CC-01', 'EMP-SM-01'];
const start = Date.parse('2024-03-11T06:00:00Z');

/** One step of a walk: which offered event, who sends it, minutes since the last one, payload picks. */
type Step = { choice: number; actor: number; minutes: number; values: number[] };

const stepArb: fc.Arbitrary<Step> = fc.record({
  choice: fc.nat(),
  actor: fc.nat(),
  minutes: fc.nat({ max: 3 * 24 * 60 }),
  values: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

function fill(spec: Readonly<Record<string, FlowPayloadField>> | undefined, values: readonly number[]) {
  if (spec === undefined) return undefined;
  const data: Record<string, string | boolean | number> = {};
  Object.entries(spec).forEach(([name, field], i) => {
    const v = values[i % values.length] ?? 0;
    if (field.required !== true && v % 3 === 0) return;
    if (field.type === 'boolean') data[name] = v % 2 === 0;
    else if (field.type === 'number') data[name] = v;
    else
      data[name] = field.enum
        ? (field.enum[v % field.enum.length] as string)
        : (people[v % people.length] as string);
  });
  return data as JsonObject;
}

/** A walk from the initial state that only sends events nextEvents offers as allowed. */
function walk(steps: readonly Step[]) {
  let state = initialState(complaintFlow);
  const log: FlowEvent[] = [];
  const states: FlowState<ComplaintFlowData>[] = [state];
  let ms = start;
  for (const step of steps) {
    const offered = nextEvents(complaintFlow, state).filter((next) => next.allowed);
    if (offered.length === 0) break;
    const next = offered[step.choice % offered.length] as (typeof offered)[number];
    ms += step.minutes * 60_000;
    const data = fill(complaintFlow.definition.events[next.type]?.payload, step.values);
    const event: FlowEvent = {
      type: next.type,
      at: new Date(ms).toISOString(),
      actor: people[step.actor % people.length] as string,
      ...(next.requiresReason ? { reason: '随机原因' } : {}),
      ...(data ? { data } : {}),
    };
    const result = transition(complaintFlow, state, event);
    if (!result.ok) {
      // Only a guard that nextEvents could not check without the event may refuse it.
      expect(result.rejection.reason).toBe('guard_failed');
      for (const failed of result.rejection.failed) expect(next.checkedOnSend).toContain(failed.rule);
      continue;
    }
    expect(result.state.value).toBe(next.target);
    state = result.state;
    log.push(event);
    states.push(state);
  }
  return { state, log, states };
}

describe('complaintFlow (properties)', () => {
  it('reaches every state of the flow with the walks it generates', () => {
    const visited = new Set<string>();
    for (const steps of fc.sample(fc.array(stepArb, { minLength: 20, maxLength: 40 }), {
      numRuns: 300,
      seed: 42,
    })) {
      for (const state of walk(steps).states) visited.add(state.value);
    }
    expect([...visited].sort()).toEqual(Object.keys(complaintFlow.definition.states).sort());
  });

  it('replays a random walk to the same state, twice', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const { state, log } = walk(steps);
        expect(replay(complaintFlow, log)).toEqual(state);
        expect(replay(complaintFlow, log)).toEqual(replay(complaintFlow, log));
      }),
    );
  });

  it('replays every prefix of a random walk to the state the walk passed through', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const { log, states } = walk(steps);
        for (let i = 0; i <= log.length; i++) {
          const result = safeReplay(complaintFlow, log.slice(0, i));
          expect(result.ok && result.value).toEqual(states[i]);
        }
      }),
    );
  });

  it('keeps its data consistent with the state along any walk', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        for (const state of walk(steps).states) {
          expect(state.data.proposals).toBeGreaterThanOrEqual(0);
          if (['resolution_proposed', 'answered', 'followed_up', 'closed'].includes(state.value)) {
            expect(state.data.proposals).toBeGreaterThan(0);
          }
          if (state.value === 'followed_up') expect(state.data.satisfied).not.toBeNull();
          if (state.data.escalated !== null) expect(people).toContain(state.data.escalated.to);
        }
      }),
    );
  });
});

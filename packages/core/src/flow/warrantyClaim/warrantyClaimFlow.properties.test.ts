import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../json/JsonValue';
import { nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import { initialState, transition } from '../transition';
import type { FlowEvent, FlowPayloadField, FlowState } from '../types';
import type { WarrantyClaimFlowData } from './warrantyClaimData';
import { warrantyClaimFlow } from './warrantyClaimFlow';

// The warranty administrator and the carmaker; ids double as decision and authorization numbers.
const people = ['EMP-WTY-01', 'system:oem'];
const start = Date.parse('2024-03-01T02:00:00Z');

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
  let state = initialState(warrantyClaimFlow);
  const log: FlowEvent[] = [];
  const states: FlowState<WarrantyClaimFlowData>[] = [state];
  let ms = start;
  for (const step of steps) {
    const offered = nextEvents(warrantyClaimFlow, state).filter((next) => next.allowed);
    if (offered.length === 0) break;
    const next = offered[step.choice % offered.length] as (typeof offered)[number];
    ms += step.minutes * 60_000;
    const data = fill(warrantyClaimFlow.definition.events[next.type]?.payload, step.values);
    const event: FlowEvent = {
      type: next.type,
      at: new Date(ms).toISOString(),
      actor: people[step.actor % people.length] as string,
      ...(next.requiresReason ? { reason: '随机原因' } : {}),
      ...(data ? { data } : {}),
    };
    const result = transition(warrantyClaimFlow, state, event);
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

describe('warrantyClaimFlow (properties)', () => {
  it('reaches every state of the flow with the walks it generates', () => {
    const visited = new Set<string>();
    for (const steps of fc.sample(fc.array(stepArb, { minLength: 20, maxLength: 40 }), {
      numRuns: 300,
      seed: 42,
    })) {
      for (const state of walk(steps).states) visited.add(state.value);
    }
    expect([...visited].sort()).toEqual(Object.keys(warrantyClaimFlow.definition.states).sort());
  });

  it('replays a random walk to the same state, twice', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const { state, log } = walk(steps);
        expect(replay(warrantyClaimFlow, log)).toEqual(state);
        expect(replay(warrantyClaimFlow, log)).toEqual(replay(warrantyClaimFlow, log));
      }),
    );
  });

  it('replays every prefix of a random walk to the state the walk passed through', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const { log, states } = walk(steps);
        for (let i = 0; i <= log.length; i++) {
          const result = safeReplay(warrantyClaimFlow, log.slice(0, i));
          expect(result.ok && result.value).toEqual(states[i]);
        }
      }),
    );
  });

  it('keeps its data consistent with the state along any walk', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        for (const { value, data } of walk(steps).states) {
          const reviewed = [
            'submitted',
            'returned',
            'approved',
            'partially_approved',
            'paid',
            'old_part_shipped',
          ];
          if (reviewed.includes(value)) {
            // Only a covered claim, within the authority or pre-authorized, with its old part recorded, reaches the carmaker.
            expect(data.submissions).toBeGreaterThan(0);
            expect(['covered', 'needs_preauthorization']).toContain(data.outcome);
            expect(['not_needed', 'granted']).toContain(data.preauthorization);
            expect(data.oldPart).not.toBeNull();
          }
          if (value === 'old_part_shipped') expect(data.oldPart).toBe('shipped');
          if (value === 'preauthorized') expect(data.preauthorization).toBe('granted');
          expect(data.returned).toBeLessThanOrEqual(data.submissions);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { JsonObject } from '../../json/JsonValue';
import type { Flow } from '../createFlow';
import { type NextEvent, nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import { initialState, transition } from '../transition';
import type { FlowEvent, FlowPayloadField, FlowState } from '../types';

/**
 * Test helper: random walks through a flow, for the property tests of the standard flows. A walk
 * only sends events `nextEvents` offers as allowed, with payloads of the declared shape; a text
 * field that is not an enum is filled with one of `people` (ids double as actors, inspectors,
 * supervisors, decision numbers).
 */

/**
 * One step of a walk: which offered event (`progress` lets a flow's own chooser push forward or
 * not), who sends it, minutes since the last one, payload picks.
 */
export type WalkStep = { choice: number; progress: number; actor: number; minutes: number; values: number[] };

/** Arbitrary walk steps. */
export const walkStep: fc.Arbitrary<WalkStep> = fc.record({
  choice: fc.nat(),
  progress: fc.nat(),
  actor: fc.nat(),
  minutes: fc.nat({ max: 3 * 24 * 60 }),
  values: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

function fill(
  spec: Readonly<Record<string, FlowPayloadField>> | undefined,
  values: readonly number[],
  people: readonly string[],
): JsonObject | undefined {
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
  return data;
}

/** How a flow's walks choose among the offered events and fill their payloads (defaults: any, by shape). */
export type WalkRules<D extends JsonObject> = {
  readonly choose?: (state: FlowState<D>, step: WalkStep) => readonly NextEvent[];
  readonly fill?: (type: string, state: FlowState<D>, step: WalkStep) => JsonObject | undefined;
};

/**
 * A walker for one flow: `walk(steps)` returns the final state, the log it wrote and every state
 * it passed through. A refused event may only be refused by a guard that `nextEvents` could not
 * check before the event existed; the walk asserts that and skips the event.
 */
export function createWalker<D extends JsonObject>(
  flow: Flow<D>,
  people: readonly string[],
  start: string,
  rules: WalkRules<D> = {},
) {
  const choose =
    rules.choose ?? ((state: FlowState<D>) => nextEvents(flow, state).filter((next) => next.allowed));
  const fillPayload =
    rules.fill ??
    ((type: string, _state: FlowState<D>, step: WalkStep) =>
      fill(flow.definition.events[type]?.payload, step.values, people));
  return (steps: readonly WalkStep[]) => {
    let state = initialState(flow);
    const log: FlowEvent[] = [];
    const states: FlowState<D>[] = [state];
    let ms = Date.parse(start);
    for (const step of steps) {
      const offered = choose(state, step);
      if (offered.length === 0) break;
      const next = offered[step.choice % offered.length] as (typeof offered)[number];
      ms += step.minutes * 60_000;
      const data = fillPayload(next.type, state, step);
      const event: FlowEvent = {
        type: next.type,
        at: new Date(ms).toISOString(),
        actor: people[step.actor % people.length] as string,
        ...(next.requiresReason ? { reason: '随机原因' } : {}),
        ...(data ? { data } : {}),
      };
      const result = transition(flow, state, event);
      if (!result.ok) {
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
  };
}

/**
 * The properties every event-sourced flow must have, as tests: its walks reach every state; a
 * log replays to the state the walk reached, the same twice; every prefix replays to the state
 * the walk passed through.
 */
export function itReplaysItsWalks<D extends JsonObject>(
  flow: Flow<D>,
  walk: ReturnType<typeof createWalker<D>>,
) {
  it('reaches every state of the flow with the walks it generates', () => {
    const visited = new Set<string>();
    const samples = fc.sample(fc.array(walkStep, { minLength: 20, maxLength: 40 }), {
      numRuns: 300,
      seed: 42,
    });
    for (const steps of samples) for (const state of walk(steps).states) visited.add(state.value);
    expect([...visited].sort()).toEqual(Object.keys(flow.definition.states).sort());
  });

  it('replays a random walk to the same state, twice', () => {
    fc.assert(
      fc.property(fc.array(walkStep, { maxLength: 40 }), (steps) => {
        const { state, log } = walk(steps);
        expect(replay(flow, log)).toEqual(state);
        expect(replay(flow, log)).toEqual(replay(flow, log));
      }),
    );
  });

  it('replays every prefix of a random walk to the state the walk passed through', () => {
    fc.assert(
      fc.property(fc.array(walkStep, { maxLength: 30 }), (steps) => {
        const { log, states } = walk(steps);
        for (let i = 0; i <= log.length; i++) {
          const result = safeReplay(flow, log.slice(0, i));
          expect(result.ok && result.value).toEqual(states[i]);
        }
      }),
    );
  });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../json/JsonValue';
import { nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import type { FlowPayloadField, FlowState } from '../types';
import { createWalker, walkStep } from '../walk/testing';
import type { RepairOrderFlowData } from './repairOrderData';
import { repairOrderFlow } from './repairOrderFlow';

// Four technicians, so that a peer check is sometimes, but not always, by the self-checker's
// colleague of choice; and a start on 2024-03-04 08:00 Beijing time.
const people = ['EMP-T-01', 'EMP-T-02', 'EMP-T-03', 'EMP-QC-01'];
const start = Date.parse('2024-03-04T00:00:00Z');

type State = FlowState<RepairOrderFlowData>;

const NEW_LINE = new Set(['add_line', 'find_additional_work']);

/** The lines an event would move forward: pending lines to answer, approved lines to work on… */
function usefulLines(type: string, state: State) {
  const lines = state.data.lines;
  switch (type) {
    case 'price_line':
      return lines.filter((l) => !l.priced);
    case 'approve_line':
    case 'decline_line':
    case 'defer_line':
      return lines.filter((l) => l.answer === 'pending');
    case 'attach_eligibility':
      return lines.filter((l) => l.payType === 'W' && l.eligibility === null);
    case 'start_line':
      return lines.filter((l) => l.answer === 'approved' && l.work === 'not_started');
    case 'complete_line':
      return lines.filter((l) => l.answer === 'approved' && l.work !== 'done');
    default:
      return [];
  }
}

/** A valid payload for `type` in `state`: a new line id, an existing one, another inspector… */
function fill(type: string, state: State, values: readonly number[]): JsonObject | undefined {
  const spec: Readonly<Record<string, FlowPayloadField>> | undefined =
    repairOrderFlow.definition.events[type]?.payload;
  if (spec === undefined) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = values;
  const lines = state.data.lines;
  const data: Record<string, string | boolean> = {};
  for (const [name, field] of Object.entries(spec)) {
    if (name === 'lineId') {
      if (NEW_LINE.has(type)) data.lineId = `L${lines.length + 1}`;
      else {
        // Mostly a line the event moves forward; sometimes any line (it may then be refused).
        const useful = usefulLines(type, state);
        const pool = useful.length > 0 && a % 5 !== 0 ? useful : lines;
        data.lineId = pool[a % Math.max(pool.length, 1)]?.id ?? 'L1';
      }
    } else if (name === 'inspectorId') {
      const self = state.data.qc.self?.by;
      const pool = type === 'pass_peer_check' ? people.filter((p) => p !== self) : people;
      data.inspectorId = pool[b % pool.length] as string;
    } else if (field.type === 'boolean') {
      if (c % 3 !== 0) data[name] = c % 3 === 1;
    } else if (field.type === 'string' && field.enum !== undefined) {
      if (field.required === true || d % 3 !== 0) data[name] = field.enum[d % field.enum.length] as string;
    } else if (field.type === 'string' && field.required === true) {
      data[name] = `X-${d}`;
    }
  }
  return data as JsonObject;
}

/** Events that lead back or away: taken now and then, else walks would circle and never close. */
const DETOURS = new Set(['reopen', 'fail_check', 'find_additional_work']);

/**
 * The events a step chooses from. Seven steps in eight push forward: an event that changes the
 * state (a detour one time in five, never a cancel), else one that moves a line forward or
 * releases the hold, else anything but a cancel. The eighth picks among everything allowed.
 */
function choices(state: State, progress: number) {
  const allowed = nextEvents(repairOrderFlow, state).filter((next) => next.allowed);
  if (progress % 8 === 0) return allowed;
  const moving = allowed.filter((next) => next.target !== state.value && next.type !== 'cancel');
  const forward = progress % 5 === 0 ? moving : moving.filter((next) => !DETOURS.has(next.type));
  if (forward.length > 0) return forward;
  const helpful = allowed.filter(
    (next) =>
      next.type === 'release_hold' ||
      (usefulLines(next.type, state).length > 0 && (next.type === 'approve_line' || progress % 3 !== 0)),
  );
  if (helpful.length > 0) return helpful;
  const staying = allowed.filter((next) => next.type !== 'cancel');
  return staying.length > 0 ? staying : allowed;
}

/** A walk from `new` that pushes forward most of the time, with valid payloads. */
const walk = createWalker(repairOrderFlow, people, new Date(start).toISOString(), {
  choose: (state, step) => choices(state, step.progress),
  fill: (type, state, step) => fill(type, state, step.values),
});
const stepArb = walkStep;

const walks = fc.array(stepArb, { maxLength: 60 });

/** States a job reaches only through the final inspection (until a reopen). */
const INSPECTED = new Set(['wash', 'ready', 'settled', 'delivered', 'followed_up', 'closed']);
/** States a job reaches only after complete_repair (which needs every approved line done). */
const REPAIRED = new Set(['self_check', 'peer_check', 'final_inspection', ...INSPECTED]);
/** Where a hold can be placed, or carried (start_repair, additional work, a cancel). */
const HOLDABLE = new Set(['dispatched', 'in_repair', 'additional_work', 'cancelled']);

describe('repairOrderFlow (properties)', () => {
  it('reaches every state of the flow with the walks it generates', () => {
    const visited = new Set<string>();
    for (const steps of fc.sample(fc.array(stepArb, { minLength: 80, maxLength: 120 }), {
      numRuns: 400,
      seed: 42,
    })) {
      for (const state of walk(steps).states) visited.add(state.value);
    }
    expect([...visited].sort()).toEqual(Object.keys(repairOrderFlow.definition.states).sort());
  });

  it('replays a random walk to the state the transitions folded, twice the same', () => {
    fc.assert(
      fc.property(walks, (steps) => {
        const { state, log } = walk(steps);
        const once = replay(repairOrderFlow, log);
        expect(once).toEqual(state);
        expect(replay(repairOrderFlow, log)).toEqual(once);
      }),
    );
  });

  it('replays every prefix of a random walk to the state the walk passed through', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const { log, states } = walk(steps);
        for (let i = 0; i <= log.length; i++) {
          const result = safeReplay(repairOrderFlow, log.slice(0, i));
          expect(result.ok && result.value).toEqual(states[i]);
        }
      }),
    );
  });

  it('keeps the three checks, the lines and the holds consistent with the state', () => {
    fc.assert(
      fc.property(walks, (steps) => {
        const { log, states } = walk(steps);
        states.forEach((state, i) => {
          const { data, marks, value } = state;
          const seen = log.slice(0, i);
          // The final inspection is recorded exactly when its mark is set.
          expect(data.qc.final !== null).toBe(marks.includes('qc.final-passed'));
          if (INSPECTED.has(value)) {
            expect(data.qc.self).not.toBeNull();
            expect(data.qc.peer).not.toBeNull();
            expect(data.qc.final).not.toBeNull();
          }
          if (data.qc.peer !== null) expect(data.qc.peer.by).not.toBe(data.qc.self?.by);
          if (REPAIRED.has(value)) {
            for (const l of data.lines) if (l.answer === 'approved') expect(l.work).toBe('done');
          }
          if (['settled', 'delivered', 'followed_up', 'closed'].includes(value)) {
            for (const l of data.lines.filter((x) => x.answer === 'approved')) {
              expect(l.priced).toBe(true);
              if (l.payType === 'W') expect(l.eligibility).not.toBeNull();
            }
          }
          if (data.hold !== null) expect(HOLDABLE).toContain(value);
          expect(new Set(data.lines.map((l) => l.id)).size).toBe(data.lines.length);
          expect(data.reopened).toBe(seen.filter((e) => e.type === 'reopen').length);
          expect(data.followUps).toBe(seen.filter((e) => e.type === 'record_follow_up').length);
          expect(data.rescue).toBe(seen[0]?.type === 'start_rescue');
          if (value === 'followed_up' || value === 'closed') expect(data.followUps).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('never shows work on a line the customer has not approved', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 40, maxLength: 120 }), (steps) => {
        for (const state of walk(steps).states) {
          for (const l of state.data.lines) {
            if (l.work !== 'not_started')
              expect(l.answer, `${state.value}: ${l.id} ${l.work}`).toBe('approved');
          }
        }
      }),
      { seed: 7 },
    );
  });
});

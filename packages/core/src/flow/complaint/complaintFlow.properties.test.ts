import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, safeReplay } from '../replay';
import { createWalker, walkStep } from '../walk/testing';
import { complaintFlow } from './complaintFlow';

// Two people, so that an escalation sometimes names the person escalating and a dissatisfied
// complaint is sometimes closed by its supervisor, sometimes not.
const people = ['EMP-CC-01', 'EMP-SM-01'];
const start = Date.parse('2024-03-11T06:00:00Z');

const walk = createWalker(complaintFlow, people, new Date(start).toISOString());
const stepArb = walkStep;

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

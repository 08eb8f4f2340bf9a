import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWalker, itReplaysItsWalks, walkStep } from '../walk/testing';
import { complaintFlow } from './complaintFlow';

// Two people, so that an escalation sometimes names the person escalating and a dissatisfied
// complaint is sometimes closed by its supervisor, sometimes not.
const people = ['EMP-CC-01', 'EMP-SM-01'];
const start = Date.parse('2024-03-11T06:00:00Z');

const walk = createWalker(complaintFlow, people, new Date(start).toISOString());
const stepArb = walkStep;

describe('complaintFlow (properties)', () => {
  itReplaysItsWalks(complaintFlow, walk);

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

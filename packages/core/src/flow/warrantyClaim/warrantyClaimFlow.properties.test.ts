import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWalker, itReplaysItsWalks, walkStep } from '../walk/testing';
import { warrantyClaimFlow } from './warrantyClaimFlow';

// The warranty administrator and the carmaker; ids double as decision and authorization numbers.
const people = ['EMP-WTY-01', 'system:oem'];
const start = Date.parse('2024-03-01T02:00:00Z');

const walk = createWalker(warrantyClaimFlow, people, new Date(start).toISOString());
const stepArb = walkStep;

describe('warrantyClaimFlow (properties)', () => {
  itReplaysItsWalks(warrantyClaimFlow, walk);

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

import { describe, expect, it } from 'vitest';
import { resolveSupersession } from './supersession';

const resolve = (links: [string, string][]) => {
  const { finalOf, cycles } = resolveSupersession(new Map(links));
  return { finalOf: Object.fromEntries(finalOf), cycles: Object.fromEntries(cycles) };
};

describe('resolveSupersession', () => {
  it('folds every part of a chain into its last part, which maps to nothing', () => {
    // A → B → C: order C for A and B; C is not superseded, so it is not in finalOf.
    expect(
      resolve([
        ['A', 'B'],
        ['B', 'C'],
      ]),
    ).toEqual({ finalOf: { A: 'C', B: 'C' }, cycles: {} });
  });

  it('joins a chain that runs into one already followed', () => {
    // B → C is followed first; then A → B meets B, already known to end at C.
    expect(
      resolve([
        ['B', 'C'],
        ['A', 'B'],
      ]),
    ).toEqual({ finalOf: { A: 'C', B: 'C' }, cycles: {} });
  });

  it('lists a cycle with the chain walked, and a part leading into a known cycle with that cycle', () => {
    // A → B → A is walked from A: [A, B, A]. X → A leads into it: X gets the same cycle, and A's
    // and B's stay as they were.
    expect(
      resolve([
        ['A', 'B'],
        ['B', 'A'],
        ['X', 'A'],
      ]),
    ).toEqual({
      finalOf: {},
      cycles: { A: ['A', 'B', 'A'], B: ['A', 'B', 'A'], X: ['A', 'B', 'A'] },
    });
  });
});

import type { TraceStep } from '@aftersales/core';
import { deepFreeze } from '../deepFreeze';

/**
 * Trace steps that depend on a few values only (the policy for a sale date, the coverages for a
 * system, a condition met by a private car) are written once and shared by every decision that
 * reaches them: a step is plain, frozen JSON, so sharing is invisible to a reader, and it spares
 * the allocations that dominated eligibility at 500,000 decisions a second. Each cache holds at
 * most `LIMIT` steps and starts over when full, so memory stays bounded whatever the input.
 */
const LIMIT = 20_000;
/** Array slots for keys below this: day numbers up to 2159 and the condition codes. */
const SLOTS = 69_400;

/** A bounded map from a key to a frozen, shared step. */
export class StepCache {
  // Small non-negative integer keys (day numbers, condition codes) go to an array slot: cheaper
  // than hashing; other keys to a map. Hashing a built string costs more than the step.
  private readonly slots: (TraceStep | undefined)[] = [];
  private readonly steps = new Map<number | string, TraceStep>();

  /** The step kept for `key`, if any. */
  find(key: number | string): TraceStep | undefined {
    if (typeof key === 'number' && key >= 0 && key < SLOTS && Number.isInteger(key)) return this.slots[key];
    return this.steps.get(key);
  }

  /** Freezes `step`, keeps it for `key` and returns it. */
  keep(key: number | string, step: TraceStep): TraceStep {
    deepFreeze(step);
    if (typeof key === 'number' && key >= 0 && key < SLOTS && Number.isInteger(key)) {
      while (this.slots.length <= key) this.slots.push(undefined);
      this.slots[key] = step;
      return step;
    }
    if (this.steps.size >= LIMIT) this.steps.clear();
    this.steps.set(key, step);
    return step;
  }
}

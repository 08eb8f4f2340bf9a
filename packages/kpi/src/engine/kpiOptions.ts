import { AftersalesError, dayNumberOfDate } from '@aftersales/core';
import type { ComebackReport, ComebackResult } from '../comeback/detectComebacks';
import { describeValue, typeName } from '../facts/readField';

/**
 * The comebacks of a `detectComebacks` report, by RO id: the earlier RO each repeats, or `true`.
 *
 * @throws AftersalesError `input.invalid_type` when `comebacks` is not such a report
 */
export function detectedComebacks(comebacks: ComebackReport | undefined): Map<string, string | true> {
  const detected = new Map<string, string | true>();
  if (comebacks === undefined) return detected;
  const results: unknown =
    comebacks !== null && typeof comebacks === 'object' ? comebacks.results : undefined;
  if (!Array.isArray(results)) {
    throw AftersalesError.of('input.invalid_type', ['comebacks'], {
      expected: 'a report from detectComebacks',
      received: typeName(comebacks),
    });
  }
  results.forEach((result: unknown, index) => {
    const { roId, decision, previousRoId } = (result ?? {}) as Partial<ComebackResult>;
    if (typeof roId !== 'string' || decision === null || typeof decision !== 'object') {
      throw AftersalesError.of('input.invalid_type', ['comebacks', 'results', index], {
        expected: 'a comeback result (roId and decision)',
        received: typeName(result),
      });
    }
    if (decision.outcome === 'comeback') {
      detected.set(roId, typeof previousRoId === 'string' ? previousRoId : true);
    }
  });
  return detected;
}

/** Checks that `period`, when given, is an object (its dates are read by the caller). */
export function checkPeriod(period: unknown): void {
  if (period !== undefined && (period === null || typeof period !== 'object')) {
    throw AftersalesError.of('input.invalid_type', ['period'], {
      expected: 'an object { from, to }',
      received: typeName(period),
    });
  }
}

/** The day number of `period.from` or `period.to`. */
export function dayOf(value: unknown, name: 'from' | 'to'): number {
  const day = dayNumberOfDate(value);
  if (day === undefined)
    throw AftersalesError.of('time.invalid_date', ['period', name], { value: describeValue(value) });
  return day;
}

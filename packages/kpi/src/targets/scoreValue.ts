import { AftersalesError, typeName } from '@aftersales/core';
import type { KpiTarget } from '../definition/kpiDefinition';
import { compareDecimals, isDecimalText, percentOfMagnitude, subtractDecimals } from './decimalText';
import { DEFAULT_AT_RISK_PERCENT } from './targetProfile';

/**
 * A bound of a {@link KpiTarget}: `atLeast` (≥), `above` (>), `atMost` (≤), `below` (<).
 *
 * @example
 * const bound: TargetBound = 'below'; // ro.comeback: < 2 %
 */
export type TargetBound = 'atLeast' | 'above' | 'atMost' | 'below';

/**
 * How a value stands against its target:
 * - `met`: it satisfies every bound, none of them closely;
 * - `at_risk`: it satisfies every bound, but lies closer to one than the at-risk margin;
 * - `missed`: it fails a bound (on a strict bound, `above` or `below`, equality fails).
 *
 * @example
 * const status: TargetStatus = 'at_risk';
 */
export type TargetStatus = 'met' | 'at_risk' | 'missed';

/**
 * A value scored against a target: its status, the bound it is nearest (or fails), the gap to it
 * and the at-risk margin used. `gap` is exact and signed so that negative is the wrong side:
 * `value − bound` for `atLeast`/`above`, `bound − value` for `atMost`/`below`.
 *
 * @example
 * // ro.comeback 2.4 % against < 2 %: 2 − 2.4 = −0.4, the wrong side
 * const score: TargetScore = { status: 'missed', bound: 'below', gap: '-0.4', margin: '0.1' };
 */
export interface TargetScore {
  readonly status: TargetStatus;
  readonly bound: TargetBound;
  readonly gap: string;
  readonly margin: string;
}

const BOUNDS: readonly TargetBound[] = ['atLeast', 'above', 'atMost', 'below'];
const isLower = (bound: TargetBound): boolean => bound === 'atLeast' || bound === 'above';
const isStrict = (bound: TargetBound): boolean => bound === 'above' || bound === 'below';

/**
 * Scores one value against one target, exactly (decimal strings, BigInt; never floats).
 *
 * The rule: `missed` when the value fails any bound; otherwise `at_risk` when its distance to a
 * bound is less than the margin (strictly: a margin of `'0'` turns at-risk off), else `met`.
 * The margin is `atRisk` when given (in the KPI's unit), else {@link DEFAULT_AT_RISK_PERCENT} %
 * of each bound's magnitude, but for a lower bound below a `ceiling` (100 for a percentage) at
 * most half the room left above it: 5 % of 98 % would reach past 100 %, and no value could be met.
 * The gap is the smallest signed gap over the bounds: to the nearest bound when met, to the
 * failed bound when missed.
 *
 * @throws AftersalesError `input.invalid_format` when `value`, `atRisk` or a bound is not a decimal string
 * @example
 * // atLeast 95, margin 5 % of 95 = 4.75: 96 is 1 above the bound, 1 < 4.75 → at risk
 * scoreValue('96', { atLeast: '95', cite: 'manual:wty.approval' }).status; // 'at_risk'
 * scoreValue('94.99', { atLeast: '95', cite: 'manual:wty.approval' }).gap; // '-0.01'
 * scoreValue('2', { below: '2', cite: 'manual:ro.comeback' }).status; // 'missed'
 * // A percentage: atLeast 98 with ceiling 100, margin min(4.9, (100 − 98) ÷ 2) = 1
 * scoreValue('99.5', { atLeast: '98', cite: 'manual:parts.fill.rate' }, undefined, '100').status; // 'met'
 */
export function scoreValue(value: string, target: KpiTarget, atRisk?: string, ceiling?: string): TargetScore {
  if (!isDecimalText(value)) {
    throw AftersalesError.of('input.invalid_format', ['value'], { format: 'decimal string' });
  }
  if (atRisk !== undefined && !isDecimalText(atRisk)) {
    throw AftersalesError.of('input.invalid_format', ['atRisk'], { format: 'decimal string' });
  }
  if (ceiling !== undefined && !isDecimalText(ceiling)) {
    throw AftersalesError.of('input.invalid_format', ['ceiling'], { format: 'decimal string' });
  }
  const marginOf = (bound: TargetBound, limit: string): string => {
    if (atRisk !== undefined) return atRisk;
    const share = percentOfMagnitude(limit, DEFAULT_AT_RISK_PERCENT);
    if (ceiling === undefined || !isLower(bound) || compareDecimals(limit, ceiling) >= 0) return share;
    const room = percentOfMagnitude(subtractDecimals(ceiling, limit), 50);
    return compareDecimals(room, share) < 0 ? room : share;
  };
  if (target === null || typeof target !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['target'], {
      expected: 'KpiTarget',
      received: typeName(target),
    });
  }
  for (const bound of BOUNDS) {
    if (target[bound] !== undefined && !isDecimalText(target[bound])) {
      throw AftersalesError.of('input.invalid_format', ['target', bound], { format: 'decimal string' });
    }
  }
  let nearest: { bound: TargetBound; gap: string; fails: boolean } | undefined;
  let missed = false;
  let close = false;
  for (const bound of BOUNDS) {
    const limit = target[bound];
    if (limit === undefined) continue;
    const gap = isLower(bound) ? subtractDecimals(value, limit) : subtractDecimals(limit, value);
    const sign = compareDecimals(gap, '0');
    const fails = sign < 0 || (sign === 0 && isStrict(bound));
    missed ||= fails;
    const margin = marginOf(bound, limit);
    close ||= compareDecimals(gap, margin) < 0;
    // The smallest gap; on a tie, the bound the value fails (5 meets atLeast 5 but fails above 5).
    const order = nearest ? compareDecimals(gap, nearest.gap) : -1;
    if (!nearest || order < 0 || (order === 0 && fails && !nearest.fails)) nearest = { bound, gap, fails };
  }
  if (!nearest) {
    throw AftersalesError.of('input.invalid', ['target'], {
      detail: 'a target needs atLeast, above, atMost or below',
      detailZh: '目标须给出 atLeast、above、atMost 或 below 之一',
    });
  }
  const limit = target[nearest.bound] as string;
  return Object.freeze({
    status: missed ? 'missed' : close ? 'at_risk' : 'met',
    bound: nearest.bound,
    gap: nearest.gap,
    margin: marginOf(nearest.bound, limit),
  });
}

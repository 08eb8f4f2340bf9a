import { AftersalesError } from '@aftersales/core';

/**
 * The safety factor z of a service level: the standard normal quantile, so that a normally
 * distributed lead-time demand stays below mean + z·σ with that probability (0.95 → 1.645).
 *
 * Acklam's rational approximation (relative error below 1.2 × 10⁻⁹ over (0, 1)), which is all the
 * precision a stock level rounded to whole parts can use.
 */
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const LOW = 0.02425;

/**
 * z such that P(Z ≤ z) = `level` for a standard normal Z; `level` strictly between 0 and 1.
 *
 * @throws AftersalesError at `level`: `input.invalid_type` for anything but a finite number,
 *   `input.too_small` / `input.too_big` for 0, 1 or beyond (z would be infinite or NaN)
 * @example
 * safetyFactor(0.95); // 1.6448536…
 */
export function safetyFactor(level: number): number {
  // A NaN or infinite z would pass silently into every safety stock it multiplies.
  if (typeof level !== 'number' || !Number.isFinite(level)) {
    throw AftersalesError.of('input.invalid_type', ['level'], {
      expected: 'a probability strictly between 0 and 1',
      received: typeof level === 'number' ? String(level) : level === null ? 'null' : typeof level,
    });
  }
  if (level <= 0) throw AftersalesError.of('input.too_small', ['level'], { minimum: 0, inclusive: false });
  if (level >= 1) throw AftersalesError.of('input.too_big', ['level'], { maximum: 1, inclusive: false });
  return quantile(level);
}

/** Acklam's approximation, for a level already checked to be in (0, 1). */
function quantile(level: number): number {
  if (level < LOW) {
    const q = Math.sqrt(-2 * Math.log(level));
    return (
      ((((((C[0] as number) * q + (C[1] as number)) * q + (C[2] as number)) * q + (C[3] as number)) * q +
        (C[4] as number)) *
        q +
        (C[5] as number)) /
      (((((D[0] as number) * q + (D[1] as number)) * q + (D[2] as number)) * q + (D[3] as number)) * q + 1)
    );
  }
  if (level > 1 - LOW) return -quantile(1 - level);
  const q = level - 0.5;
  const r = q * q;
  return (
    (((((((A[0] as number) * r + (A[1] as number)) * r + (A[2] as number)) * r + (A[3] as number)) * r +
      (A[4] as number)) *
      r +
      (A[5] as number)) *
      q) /
    ((((((B[0] as number) * r + (B[1] as number)) * r + (B[2] as number)) * r + (B[3] as number)) * r +
      (B[4] as number)) *
      r +
      1)
  );
}

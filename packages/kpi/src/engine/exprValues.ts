import { civilDateOfDayNumber } from '@aftersales/core';
import { divideHalfEven, SCALE } from '../facts/fixedPoint';

/**
 * The values KPI expressions compute, shared by the closures (compileExpr) and the generated code
 * (generateApply): exact arithmetic on fixed-point numbers, and the parts of a local date.
 */

const MAX_EXACT = 2 ** 53;

// A result beyond ±2^53 units (±900 billion) can no longer be held exactly: it is null instead,
// like any value that cannot be had (a record never makes the engine throw, nor rounds silently).
const finite = (value: number): number | undefined => (Number.isSafeInteger(value) ? value : undefined);

/** `a + b` of fixed-point numbers; `undefined` when it overflows. */
export const plus = (a: number, b: number): number | undefined => finite(a + b);

/** `a − b` of fixed-point numbers; `undefined` when it overflows. */
export const minus = (a: number, b: number): number | undefined => finite(a - b);

/** `a ÷ b` of fixed-point numbers, rounded half-even; `undefined` for a zero divisor or an overflow. */
export function divide(a: number, b: number): number | undefined {
  const scaled = a * SCALE;
  return b === 0 || !Number.isSafeInteger(scaled) ? undefined : divideHalfEven(scaled, b);
}

/** `a × b` of fixed-point numbers, rounded half-even; `undefined` when it overflows. */
export function multiply(a: number, b: number): number | undefined {
  const product = a * b;
  if (Math.abs(product) < MAX_EXACT) return divideHalfEven(product, SCALE);
  // Beyond 2^53 the float product is inexact: redo it in BigInt, rounding half-even.
  const big = BigInt(a) * BigInt(b);
  const scale = BigInt(SCALE);
  let quotient = big / scale;
  const rest = big - quotient * scale;
  const twice = 2n * (rest < 0n ? -rest : rest);
  if (twice > scale || (twice === scale && quotient % 2n !== 0n)) quotient += big < 0n ? -1n : 1n;
  return finite(Number(quotient));
}

// The civil parts of a day number, one date remembered (rows of a period share dates).
let partsDay = Number.NaN;
let partsYear = 0;
let partsMonth = 0;
let partsDayOfMonth = 0;
// On the proleptic Gregorian calendar (core's `civilDateOfDayNumber`), not by core's date text: that
// stops at year 9999, and a timestamp late on 9999-12-31 is already year 10000 in a zone east of it.
function civil(day: number): void {
  if (day === partsDay) return;
  const date = civilDateOfDayNumber(day);
  partsDay = day;
  partsYear = date?.year ?? Number.NaN;
  partsMonth = date?.month ?? Number.NaN;
  partsDayOfMonth = date?.day ?? Number.NaN;
}

/** The parts of a local day number, by name: what `datePart` reads. */
export const dateParts: Readonly<Record<string, (dayNumber: number) => number>> = {
  year: (d) => {
    civil(d);
    return partsYear;
  },
  quarter: (d) => {
    civil(d);
    return Math.floor((partsMonth - 1) / 3) + 1;
  },
  month: (d) => {
    civil(d);
    return partsMonth;
  },
  yearMonth: (d) => {
    civil(d);
    return partsYear * 100 + partsMonth;
  },
  day: (d) => {
    civil(d);
    return partsDayOfMonth;
  },
  // Day 0 (1970-01-01) was a Thursday (ISO 4).
  weekday: (d) => ((((d + 3) % 7) + 7) % 7) + 1,
};

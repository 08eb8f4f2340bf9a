/**
 * Money sums over 1,000,000 seeded line amounts (¥0.01–¥9,999.99), three ways: the decimal path
 * (`sumMoney` over Money values), the bulk path (`createMinorUnitSum().add` per line of integer
 * fen) and plain JS numbers (inexact; only to price exactness). Each path starts from its own
 * ready representation, so only the summing is timed.
 */

import { createMinorUnitSum, minorUnitsOf, money, sumMoney } from '@aftersales/core';
import { createRandom } from '@aftersales/testkit';
import { type BenchRow, bestOf } from './table';

const LINES = 1_000_000;

function linesPerSecond(milliseconds: number): number {
  return LINES / (milliseconds / 1000);
}

/** Runs the three sums, checks the two exact ones agree, and returns the two rows. */
export function benchMoneySum(): BenchRow[] {
  const random = createRandom(20_240_301);
  const amounts: string[] = [];
  for (let line = 0; line < LINES; line += 1) {
    const fen = random.int(1, 999_999);
    amounts.push(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
  }
  const values = amounts.map((amount) => money(amount, 'CNY'));
  const fen = amounts.map((amount) => minorUnitsOf(amount, 'CNY'));
  const floats = amounts.map(Number);

  const decimalSum = () => sumMoney(values, 'CNY');
  const bulkSum = () => {
    const sum = createMinorUnitSum('CNY');
    for (const units of fen) sum.add(units);
    return sum.total();
  };
  const floatSum = () => {
    let total = 0;
    for (const amount of floats) total += amount;
    return total;
  };

  const exact = decimalSum();
  const bulk = bulkSum();
  if (!bulk.equals(exact)) {
    throw new Error(`money sum: bulk path gave ${bulk.toString()} but decimal path gave ${exact.toString()}`);
  }

  const decimalRate = linesPerSecond(bestOf(5, decimalSum));
  const bulkRate = linesPerSecond(bestOf(20, bulkSum));
  const floatRate = linesPerSecond(bestOf(20, floatSum));
  const baseline = `plain numbers: ${Math.round(floatRate)}`;
  return [
    { figure: 'money sum, decimal path (lines/s)', measured: decimalRate, target: '—', baseline },
    {
      figure: 'money sum, bulk minor units (lines/s)',
      measured: bulkRate,
      target: '≥ 10 × decimal path',
      baseline,
    },
  ];
}

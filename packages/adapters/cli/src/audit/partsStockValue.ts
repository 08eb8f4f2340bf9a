import { addExact, dateOfDayNumber, type ExactDecimal, formatExact } from '@aftersales/core';
import type { PartsClassification } from '@aftersales/parts';
import type { PartsSection } from './auditTypes';
import { ageingBucketOf, ageingBuckets } from './partsAgeing';
import type { PartMovementDates } from './partsMovementDates';
import { type StockLine, stockValueOf } from './partsStockLines';

type AbcRow = PartsSection['abc'][number];
type AgeingRow = PartsSection['ageing'][number];

const ZERO: ExactDecimal = { units: 0n, places: 0 };
// Money is shown with at least two places; more only when the exact value has them (litres × cost).
const show = (value: ExactDecimal): string => formatExact(value, 2);

/**
 * Parts and stock value per ABC class (`classifyParts`). A part's class is the class of the part
 * it was folded into (a superseded part's stock counts under the part that replaces it); `parts`
 * counts the classified parts of the class, stocked or not. `none`: the parts the package could
 * not classify (`unplanned`: a supersession cycle) and their stock.
 *
 * @example
 * abcRows(classification, lines).map((row) => [row.class, row.parts, row.stockValue]);
 * // [['A', 12, '48210.00'], ['B', 30, '9100.50'], ['C', 410, '22000.00'], ['none', 0, '0.00']]
 */
export function abcRows(classification: PartsClassification, lines: readonly StockLine[]): AbcRow[] {
  const classOf = new Map<string, AbcRow['class']>();
  const counts = { A: 0, B: 0, C: 0, none: 0 };
  const values = { A: ZERO, B: ZERO, C: ZERO, none: ZERO };
  for (const part of classification.parts) {
    counts[part.abc] += 1;
    classOf.set(part.partNumber, part.abc);
    for (const replaced of part.replaces) classOf.set(replaced, part.abc);
  }
  const unclassified = new Set(classification.unplanned.map((part) => part.partNumber));
  for (const line of lines) {
    const abc = classOf.get(line.partNumber) ?? 'none';
    if (abc === 'none') unclassified.add(line.partNumber);
    values[abc] = addExact(values[abc], stockValueOf(line));
  }
  counts.none = unclassified.size;
  return (['A', 'B', 'C', 'none'] as const).map((abc) => ({
    class: abc,
    parts: counts[abc],
    stockValue: show(values[abc]),
  }));
}

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

/**
 * Stock value per ageing bucket ({@link ageingBuckets}) at `asOf`: each position by the last
 * movement of its own part number, of any type, from the movements read or the dates the
 * position carries from the DMS (`lastIssuedOn`, `firstReceivedOn`), whichever is later.
 *
 * @example
 * ageingRows(lines, dates, '2025-01-01')[1]; // { bucket: 'slow', label: { en: 'Slow-moving: …', zh: '滞销：…' }, stockValue: '240.00' }
 */
export function ageingRows(
  lines: readonly StockLine[],
  dates: ReadonlyMap<string, PartMovementDates>,
  asOf: string,
): AgeingRow[] {
  const values = new Map(ageingBuckets.map((definition) => [definition.bucket, ZERO]));
  for (const line of lines) {
    const moved = dates.get(line.partNumber)?.lastMovedDay;
    const movedOn = moved === undefined || Number.isNaN(moved) ? undefined : dateOfDayNumber(moved);
    const last = later(movedOn, later(line.lastIssuedOn, line.firstReceivedOn));
    const bucket = ageingBucketOf(last, asOf);
    values.set(bucket, addExact(values.get(bucket) ?? ZERO, stockValueOf(line)));
  }
  return ageingBuckets.map(({ bucket, label }) => ({
    bucket,
    label,
    stockValue: show(values.get(bucket) ?? ZERO),
  }));
}

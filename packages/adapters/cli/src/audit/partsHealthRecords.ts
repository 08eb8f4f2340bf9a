import {
  addCalendarDays,
  addCalendarMonths,
  addExact,
  createInstantDayReader,
  dateOfDayNumber,
  dayNumberOfDate,
  divideExact,
  type ExactDecimal,
  formatExact,
  multiplyExact,
  signOfExact,
  subtractExact,
} from '@aftersales/core';
import type { PartsHealthRecords, PartsHealthReport } from '@aftersales/parts';
import type { PartMovementDates } from './partsMovementDates';
import type { StockLine } from './partsStockLines';
import type { RejectionTally } from './rejectionTally';

/**
 * The calendar month before the one `asOf` falls in, both ends included: the health check's
 * period (its safety-stock KPI compares the stock with one month's outbound value).
 *
 * @example
 * healthMonth('2025-01-01'); // { from: '2024-12-01', to: '2024-12-31' }
 * healthMonth('2024-03-15'); // { from: '2024-02-01', to: '2024-02-29' }
 */
export function healthMonth(asOf: string): { from: string; to: string } {
  const first = `${asOf.slice(0, 7)}-01`;
  return { from: addCalendarMonths(first, -1), to: addCalendarDays(first, -1) };
}

/**
 * The health check's records and, per fact row, the dataset row it came from.
 *
 * @example
 * const built: HealthRecords = healthRecords({ movements, lines, dates, dealerId: 'D1', currency: 'CNY', month, timeZone: 'Asia/Shanghai', tally });
 * built.positionRows[0]; // the `parts.positions` row of the first stock fact
 */
export interface HealthRecords {
  readonly records: PartsHealthRecords;
  readonly movementRows: readonly number[];
  readonly positionRows: readonly number[];
}

const dateOf = (day: number | undefined): string | undefined =>
  day === undefined || Number.isNaN(day) ? undefined : dateOfDayNumber(day);
const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/**
 * The KPI engine's fact rows for `checkPartsHealth`, translated from the dataset (no rule of its
 * own):
 * - `stockMovements`: the movements of the month (local date) the parts package accepted, a
 *   missing currency written as core's default CNY (the engine requires the field); the KPIs read
 *   no other month, and every movement was checked by the parts package already;
 * - `stockPositions`: the stock at the month's end, one row per valued position: on hand less
 *   what moved after the month, dated the month's last day, with the last issue and first
 *   receipt up to then (from the movements, or the position's own dates when later / earlier);
 * - `inventorySnapshots`: one, the value of that stock at cost, rounded half-even to the fen
 *   (days of supply, turnover and safety stock divide by it); none when there are no positions.
 *
 * @example
 * const month = healthMonth('2025-01-01');
 * const { records } = healthRecords({ movements, lines, dates, dealerId: 'D1', currency: 'CNY', month, timeZone: 'Asia/Shanghai', tally });
 */
export function healthRecords(input: {
  readonly movements: readonly unknown[];
  readonly lines: readonly StockLine[];
  readonly dates: ReadonlyMap<string, PartMovementDates>;
  readonly dealerId: string;
  readonly currency: string;
  readonly month: { readonly from: string; readonly to: string };
  readonly timeZone: string;
  readonly tally: RejectionTally;
}): HealthRecords {
  const { movements, lines, dates, dealerId, currency, tally } = input;
  const monthEnd = input.month.to;
  const dayOf = createInstantDayReader(input.timeZone);
  const firstDay = dayNumberOfDate(input.month.from) as number;
  const lastDay = dayNumberOfDate(monthEnd) as number;
  const stockMovements: unknown[] = [];
  const movementRows: number[] = [];
  movements.forEach((row, index) => {
    if (tally.isRejected('parts.movements', index)) return;
    const movement = row as Record<string, unknown>;
    const day = dayOf(movement.occurredAt);
    if (day === undefined || day < firstDay || day > lastDay) return;
    stockMovements.push(movement.currency === undefined ? { ...movement, currency: 'CNY' } : movement);
    movementRows.push(index);
  });
  const stockPositions: unknown[] = [];
  const positionRows: number[] = [];
  let value: ExactDecimal = { units: 0n, places: 0 };
  for (const line of lines) {
    if (line.unitCost === undefined) continue; // holds no stock (else refused for its cost)
    const moved = dates.get(line.partNumber);
    const quantity = moved ? subtractExact(line.onHand, moved.movedAfter) : line.onHand;
    if (signOfExact(quantity) > 0) value = addExact(value, multiplyExact(quantity, line.unitCost));
    const lastIssuedOn = later(dateOf(moved?.lastIssueDay), line.lastIssuedOn);
    const firstReceivedOn = earlier(dateOf(moved?.firstReceiptDay), line.firstReceivedOn);
    stockPositions.push({
      id: line.partNumber,
      dealerId,
      partNumber: line.partNumber,
      asOf: monthEnd,
      currency: line.currency,
      quantity: formatExact(quantity),
      unitCost: formatExact(line.unitCost),
      ...(lastIssuedOn === undefined ? {} : { lastIssuedOn }),
      ...(firstReceivedOn === undefined ? {} : { firstReceivedOn }),
    });
    positionRows.push(line.row);
  }
  const valueAtCost = formatExact(divideExact(value, { units: 1n, places: 0 }, 2), 2);
  const inventorySnapshots =
    stockPositions.length === 0
      ? []
      : [{ id: `stock-${monthEnd}`, dealerId, asOf: monthEnd, currency, valueAtCost }];
  return {
    records: { stockMovements, stockPositions, inventorySnapshots },
    movementRows,
    positionRows,
  };
}

/**
 * Adds the records the health check refused to the tally, under the dataset's input and row.
 * (The inventory snapshot is derived here, not a dataset record: were it refused, the KPIs that
 * read it say `no_data` with their reason.)
 *
 * @example
 * addHealthRejections(checkPartsHealth(built.records, options), built, tally);
 */
export function addHealthRejections(
  report: PartsHealthReport,
  built: HealthRecords,
  tally: RejectionTally,
): void {
  for (const rejection of report.rejected) {
    if (rejection.input === 'stockMovements') {
      tally.reject('parts.movements', built.movementRows[rejection.row] as number, rejection.issues);
    } else if (rejection.input === 'stockPositions') {
      tally.reject('parts.positions', built.positionRows[rejection.row] as number, rejection.issues);
    }
  }
}

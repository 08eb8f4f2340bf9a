import { cellValue, type DemandTable } from '../demand/demandTable';

/**
 * What the classification and the stock levels read of one part's demand (its own rows plus
 * those of the parts it supersedes), over the statistics months.
 */
export interface DemandStatistics {
  /** Months read: the policy's history months, fewer for a part first received within them. */
  readonly months: number;
  /** Σ monthly quantity and Σ of its squares, in fixed units (× 10⁴ and × 10⁸), exact. */
  readonly sum: bigint;
  readonly sumOfSquares: bigint;
  /** Mean and population standard deviation of monthly demand, in parts (not units). */
  readonly mean: number;
  readonly deviation: number;
  /** Issue value over the months read, × 10⁸. */
  readonly value: bigint;
  /** Issue lines over the months read, and over the phase-in months. */
  readonly hits: number;
  readonly recentHits: number;
  /** Issue value of the history's last month, × 10⁸ (the manuals' "month's outbound"). */
  readonly lastMonthValue: bigint;
}

/**
 * Demand statistics over the `months` months before month index `end` (default: the table's
 * last month included) for the rows given (a part and the parts it supersedes), and its hits
 * over the `recentMonths` before `end`.
 */
export function demandStatistics(
  table: DemandTable,
  rows: readonly number[],
  months: number,
  recentMonths: number,
  end = table.window.months.length,
): DemandStatistics {
  const stride = table.window.months.length;
  const width = end;
  const first = width - months;
  const recentFirst = width - Math.min(recentMonths, width);
  let sum = 0;
  let squares = 0;
  let sumOfSquares = 0n;
  let value: number | bigint = 0;
  let lastMonthValue: number | bigint = 0;
  let hits = 0;
  let recentHits = 0;
  for (let month = Math.min(first, recentFirst); month < width; month += 1) {
    let quantity = 0;
    let monthValue: number | bigint = 0;
    let monthHits = 0;
    for (const row of rows) {
      const cell = row * stride + month;
      quantity += table.quantity[cell] as number;
      monthHits += table.hits[cell] as number;
      const v = cellValue(table, cell);
      monthValue =
        // Stryker disable next-line StringLiteral: a typeof never equal to '' only takes the exact BigInt path, which gives the same sum
        typeof v === 'number' && typeof monthValue === 'number' && Number.isSafeInteger(monthValue + v)
          ? monthValue + v
          : BigInt(monthValue) + BigInt(v);
    }
    if (month >= recentFirst) recentHits += monthHits;
    if (month < first) continue;
    hits += monthHits;
    sum += quantity;
    // Squares of fixed units grow fast (100 parts a month is 10¹¹): add them as numbers while
    // the sum stays exact, and move to BigInt when it would not.
    const square = quantity * quantity;
    if (Number.isSafeInteger(square) && Number.isSafeInteger(squares + square)) squares += square;
    else {
      sumOfSquares += BigInt(squares) + BigInt(quantity) * BigInt(quantity);
      squares = 0;
    }
    value =
      // Stryker disable next-line StringLiteral: a typeof never equal to '' only takes the exact BigInt path, which gives the same sum
      typeof value === 'number' && typeof monthValue === 'number' && Number.isSafeInteger(value + monthValue)
        ? value + monthValue
        : BigInt(value) + BigInt(monthValue);
    // The loop ends with the last month (width − 1), so the last value set is that month's.
    lastMonthValue = monthValue;
  }
  sumOfSquares += BigInt(squares);
  const mean = sum / months / 10_000;
  // σ² = Σq²/n − (Σq/n)², in parts²; exact inputs, one float step.
  const variance =
    Number(BigInt(months) * sumOfSquares - BigInt(sum) * BigInt(sum)) / (months * months) / 1e8;
  return {
    months,
    sum: BigInt(sum),
    sumOfSquares,
    mean,
    deviation: Math.sqrt(Math.max(0, variance)),
    value: BigInt(value),
    hits,
    recentHits,
    lastMonthValue: BigInt(lastMonthValue),
  };
}

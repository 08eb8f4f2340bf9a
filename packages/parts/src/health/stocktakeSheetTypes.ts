import type {
  AftersalesIssue,
  Citation,
  Decision,
  ErrorCode,
  IssuePath,
  LocalizedText,
  RuleStatus,
} from '@aftersales/core';

/**
 * Options of `stocktakeSheet`.
 *
 * @example
 * const options: StocktakeSheetOptions = { currency: 'CNY', thresholdPercent: '0.5', cite: 'oem:acme-2024#stocktake.tolerance' };
 */
export interface StocktakeSheetOptions {
  /** The currency the sheet values lines in (default `CNY`); a line in another is rejected. */
  readonly currency?: string;
  /** The tolerance, in percent of the book value, as a decimal string (default `'0.3'`). */
  readonly thresholdPercent?: string;
  /** Where the tolerance comes from (default `manual:parts.stocktake`). */
  readonly cite?: Citation;
}

/** 盘盈 (gain: counted above book) or 盘亏 (loss: counted below book). */
export type StocktakeDifferenceKind = 'gain' | 'loss';

/**
 * One line of the count-gain/loss sheet (盘盈盘亏表): a part whose counted quantity differs from
 * its book quantity. Quantities and values are exact decimal strings; `differenceQuantity` is
 * counted − book and `differenceValue` is that × `unitCost`, so both are negative for a loss.
 */
export interface StocktakeSheetLine {
  /** The line's row (0-based) in the input. */
  readonly row: number;
  readonly partNumber: string;
  readonly warehouse: string | null;
  readonly bin: string | null;
  readonly bookQuantity: string;
  readonly countedQuantity: string;
  readonly differenceQuantity: string;
  readonly unitCost: string;
  readonly differenceValue: string;
  readonly kind: StocktakeDifferenceKind;
}

/**
 * The totals of one count, money as exact decimal strings in the sheet's currency.
 *
 * - `bookValue` = Σ book quantity × unit cost over **every** line counted, signed: a negative book
 *   quantity (a DMS that issued before receiving) lowers it, as in the `parts.stocktake.variance`
 *   KPI's denominator, so the sheet and the KPI agree; `negativeBookLines` and
 *   `negativeBookValue` (≤ 0, included in `bookValue`) show how much of it that is.
 * - `gainValue` = Σ difference value of the gains; `lossValue` = Σ |difference value| of the losses
 *   (≥ 0); `grossVariance` = gains + losses = Σ |difference value|; `netVariance` = gains − losses.
 * - `allowedVariance` = tolerance × book value ÷ 100; `grossPercent` and `netPercent` are the
 *   variances ÷ book value × 100, rounded half-even to 4 places for display (the decision compares
 *   the exact values). All three are `null` when the book value is not above zero.
 */
export interface StocktakeTotals {
  readonly lines: number;
  readonly linesWithDifference: number;
  readonly gainLines: number;
  readonly lossLines: number;
  readonly bookValue: string;
  readonly negativeBookLines: number;
  readonly negativeBookValue: string;
  readonly gainValue: string;
  readonly lossValue: string;
  readonly grossVariance: string;
  readonly netVariance: string;
  readonly allowedVariance: string | null;
  readonly grossPercent: string | null;
  readonly netPercent: string | null;
}

/**
 * How a count stands against the tolerance: `within_tolerance` (gross and net both within),
 * `over_tolerance` (either over), `no_book_value` (book value ≤ 0: no percentage to judge).
 */
export type StocktakeOutcome = 'within_tolerance' | 'over_tolerance' | 'no_book_value';

/** The details of a count's decision: the tolerance, the percentages, and each check's status. */
export type StocktakeDecisionDetails = {
  readonly thresholdPercent: string;
  readonly grossPercent: string | null;
  readonly netPercent: string | null;
  readonly gross: RuleStatus;
  readonly net: RuleStatus;
};

/**
 * One count (盘点单, by `countId`) on the sheet: the lines with a difference, in input order (lines
 * without one are counted in the totals but not listed), the totals and the decision, whose trace
 * holds the gross then the net check.
 */
export interface StocktakeCountSheet {
  readonly countId: string;
  readonly currency: string;
  /** The earliest and latest `countedAt` of its lines, as given. */
  readonly firstCountedAt: string;
  readonly lastCountedAt: string;
  readonly lines: readonly StocktakeSheetLine[];
  readonly totals: StocktakeTotals;
  readonly decision: Decision<StocktakeOutcome, StocktakeDecisionDetails>;
}

/** A line that is not on the sheet: its row, the first issue's path, code and message, all issues. */
export interface StocktakeRejection {
  readonly input: 'counts';
  readonly row: number;
  readonly path: IssuePath;
  readonly code: ErrorCode;
  readonly message: LocalizedText;
  readonly issues: readonly AftersalesIssue[];
}

/**
 * The count-gain/loss sheet: one entry per count, in the order each count first appears, and one
 * rejection per line that could not be read; `counts.read = counts.accepted + counts.rejected`.
 */
export interface StocktakeSheet {
  readonly currency: string;
  readonly thresholdPercent: string;
  readonly cite: Citation;
  readonly stocktakes: readonly StocktakeCountSheet[];
  readonly rejected: readonly StocktakeRejection[];
  readonly counts: { readonly read: number; readonly accepted: number; readonly rejected: number };
}

import {
  AftersalesError,
  type AftersalesIssue,
  absExact,
  addExact,
  attempt,
  type Citation,
  type CurrencyCode,
  citation,
  createIssue,
  currencyMinorDigits,
  type ExactDecimal,
  epochMsOfInstant,
  exactDecimal,
  formatExact,
  isCurrencyCode,
  multiplyExact,
  parseExact,
  type Result,
  type StockCount,
  StockCountSchema,
  safeParseRecord,
  signOfExact,
  subtractExact,
} from '@aftersales/core';
import { allowedVarianceOf, judgeStocktake, percentOf } from './stocktakeDecision';
import { createStocktakeRules, STOCKTAKE_CITE, STOCKTAKE_TOLERANCE_PERCENT } from './stocktakeRules';
import type {
  StocktakeCountSheet,
  StocktakeRejection,
  StocktakeSheet,
  StocktakeSheetLine,
  StocktakeSheetOptions,
} from './stocktakeSheetTypes';

const PERCENT = /^\d+(?:\.\d+)?$/;
const ZERO = exactDecimal(0n, 0);

// Core's decimal schemas take any number of places, and exact arithmetic up to 1,000,000: a
// value (quantity × cost) and the tolerance on it (× percent ÷ 100) add their places up, so
// each input is held to 100,000 places, far inside the limit.
const MAX_PLACES = 100_000;
const DECIMAL_FIELDS = ['bookQuantity', 'countedQuantity', 'unitCost'] as const;
const TOO_PRECISE = {
  format: 'decimal of at most 100,000 places',
  formatZh: '小数位不超过 100,000 位的十进制数',
};

/** `text` as an exact decimal, or undefined when it is not one or has more than 100,000 places. */
function exactOf(text: string): ExactDecimal | undefined {
  const value = parseExact(text);
  return value !== undefined && value.places <= MAX_PLACES ? value : undefined;
}

interface SheetSettings {
  readonly currency: CurrencyCode;
  readonly thresholdText: string;
  readonly threshold: ExactDecimal;
  readonly cite: Citation;
}

function readOptions(options: unknown): SheetSettings {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: '{ currency?, thresholdPercent?, cite? }',
      received: Array.isArray(options) ? 'array' : options === null ? 'null' : typeof options,
    });
  }
  const {
    currency = 'CNY',
    thresholdPercent = STOCKTAKE_TOLERANCE_PERCENT,
    cite,
  } = options as Record<string, unknown>;
  if (!isCurrencyCode(currency)) {
    // Named by its type when not a string: String() throws on an object without a prototype.
    const shown = typeof currency === 'string' ? currency : currency === null ? 'null' : typeof currency;
    throw AftersalesError.of('money.invalid_currency', ['currency'], { currency: shown });
  }
  if (typeof thresholdPercent !== 'string') {
    // A JS number such as 0.3 is a binary float: the tolerance is a decimal string like the rest.
    throw AftersalesError.of('input.invalid_type', ['thresholdPercent'], {
      expected: "decimal string (e.g. '0.3')",
      received: typeof thresholdPercent,
    });
  }
  const threshold = PERCENT.test(thresholdPercent) ? exactOf(thresholdPercent) : undefined;
  if (threshold === undefined) {
    throw AftersalesError.of('input.invalid_format', ['thresholdPercent'], {
      format: "non-negative decimal percentage (e.g. '0.3')",
    });
  }
  return {
    currency,
    thresholdText: thresholdPercent,
    threshold,
    cite: cite === undefined ? STOCKTAKE_CITE : citation(cite as string, ['cite']),
  };
}

function rejection(row: number, issues: readonly AftersalesIssue[]): StocktakeRejection {
  const first = issues[0] as AftersalesIssue;
  return { input: 'counts', row, path: first.path, code: first.code, message: first.message, issues };
}

/** A count being added up: exact running totals and the lines with a difference. */
interface Tally {
  readonly countId: string;
  first: { at: string; ms: number };
  last: { at: string; ms: number };
  readonly lines: StocktakeSheetLine[];
  counted: number;
  gains: number;
  losses: number;
  book: ExactDecimal;
  negativeBookLines: number;
  negativeBook: ExactDecimal;
  gainValue: ExactDecimal;
  lossValue: ExactDecimal;
}

function newTally(line: StockCount, ms: number): Tally {
  const at = { at: line.countedAt, ms };
  return {
    countId: line.countId,
    first: at,
    last: at,
    lines: [],
    counted: 0,
    gains: 0,
    losses: 0,
    book: ZERO,
    negativeBookLines: 0,
    negativeBook: ZERO,
    gainValue: ZERO,
    lossValue: ZERO,
  };
}

/** A line's book quantity, counted quantity and unit cost, exact. */
type ExactLine = readonly [book: ExactDecimal, counted: ExactDecimal, cost: ExactDecimal];

function addLine(
  tally: Tally,
  line: StockCount,
  exact: ExactLine,
  row: number,
  ms: number,
  digits: number,
): void {
  if (ms < tally.first.ms) tally.first = { at: line.countedAt, ms };
  if (ms > tally.last.ms) tally.last = { at: line.countedAt, ms };
  const [book, counted, cost] = exact;
  const bookValue = multiplyExact(book, cost);
  tally.counted += 1;
  tally.book = addExact(tally.book, bookValue);
  if (signOfExact(book) < 0) {
    tally.negativeBookLines += 1;
    tally.negativeBook = addExact(tally.negativeBook, bookValue);
  }
  const difference = subtractExact(counted, book);
  const sign = signOfExact(difference);
  if (sign === 0) return;
  const value = multiplyExact(difference, cost);
  if (sign > 0) {
    tally.gains += 1;
    tally.gainValue = addExact(tally.gainValue, value);
  } else {
    tally.losses += 1;
    tally.lossValue = addExact(tally.lossValue, absExact(value));
  }
  tally.lines.push({
    row,
    partNumber: line.partNumber,
    warehouse: line.warehouse ?? null,
    bin: line.bin ?? null,
    bookQuantity: line.bookQuantity,
    countedQuantity: line.countedQuantity,
    differenceQuantity: formatExact(difference),
    unitCost: line.unitCost,
    differenceValue: formatExact(value, digits),
    kind: sign > 0 ? 'gain' : 'loss',
  });
}

function finish(tally: Tally, settings: SheetSettings, digits: number): StocktakeCountSheet {
  const money = (value: ExactDecimal): string => formatExact(value, digits);
  const gross = addExact(tally.gainValue, tally.lossValue);
  const net = subtractExact(tally.gainValue, tally.lossValue);
  const hasBook = signOfExact(tally.book) > 0;
  return {
    countId: tally.countId,
    currency: settings.currency,
    firstCountedAt: tally.first.at,
    lastCountedAt: tally.last.at,
    lines: tally.lines,
    totals: {
      lines: tally.counted,
      linesWithDifference: tally.lines.length,
      gainLines: tally.gains,
      lossLines: tally.losses,
      bookValue: money(tally.book),
      negativeBookLines: tally.negativeBookLines,
      negativeBookValue: money(tally.negativeBook),
      gainValue: money(tally.gainValue),
      lossValue: money(tally.lossValue),
      grossVariance: money(gross),
      netVariance: money(net),
      allowedVariance: hasBook ? money(allowedVarianceOf(tally.book, settings.threshold)) : null,
      grossPercent: hasBook ? percentOf(gross, tally.book) : null,
      netPercent: hasBook ? percentOf(net, tally.book) : null,
    },
    decision: judgeStocktake(
      {
        bookValue: tally.book,
        grossVariance: gross,
        netVariance: net,
        threshold: settings.threshold,
        thresholdText: settings.thresholdText,
        currency: settings.currency,
        minorDigits: digits,
      },
      createStocktakeRules(settings.cite),
    ),
  };
}

/**
 * The count-gain/loss sheet (盘盈盘亏表) of stocktake lines, per count (`countId`): every line
 * whose counted quantity differs from the book (盘盈 gain, 盘亏 loss) with its difference in
 * quantity and value at unit cost, the count's totals (book value, gains, losses, gross and net
 * variance, in value and in percent of the book value), and a decision against the tolerance:
 *
 * - `parts.stocktake.gross-variance` (`manual:parts.stocktake`, 盘查率0.3%): Σ |difference value|
 *   ≤ 0.3 % of the book value; gains and losses both count, so they cannot hide each other;
 * - `parts.stocktake.net-variance` (same citation): |gains − losses| ≤ 0.3 % of the book value.
 *
 * The boundary passes (0.30 % is within 0.3 %). The tolerance is configurable (`thresholdPercent`,
 * with its `cite`). Money is exact: quantities (fractional for litres) times unit costs, summed as
 * BigInt decimals, never floats. A negative book quantity counts as it is in the book value (see
 * `StocktakeTotals`); a count whose book value is not above zero is `no_book_value`.
 *
 * Every line is validated with core's `StockCountSchema`; a bad line, a line in another currency
 * than the sheet's (`money.currency_mismatch`), a quantity or unit cost with more than 100,000
 * decimal places (`input.invalid_format`) or a second line for the same
 * count, warehouse, bin and part (`parts.duplicate`) is rejected with its row, path and code, and
 * left out of the totals.
 *
 * @param counts - stocktake lines (core `StockCount`, JSON)
 * @param options - {@link StocktakeSheetOptions}
 * @returns the sheet: counts in order of first appearance, rejections, and read/accepted/rejected
 * @throws AftersalesError `input.invalid_type` at `counts` when it is not an array; for a bad
 *   option, naming it: `money.invalid_currency` at `currency`, `input.invalid_type` /
 *   `input.invalid_format` at `thresholdPercent`, `decision.invalid_citation` at `cite`
 * @example
 * const sheet = stocktakeSheet([
 *   { countId: 'CNT-2024Q1', partNumber: 'G052195M4', bookQuantity: '187.5', countedQuantity: '186',
 *     unitCost: '62.00', countedAt: '2024-03-31T17:00:00+08:00' },
 * ]);
 * sheet.stocktakes[0]?.lines[0]?.differenceValue; // '-93.00' (1.5 L short × 62.00)
 */
export function stocktakeSheet(counts: readonly unknown[], options?: StocktakeSheetOptions): StocktakeSheet {
  const settings = readOptions(options);
  if (!Array.isArray(counts)) {
    throw AftersalesError.of('input.invalid_type', ['counts'], {
      expected: 'array of stocktake lines',
      received: counts === null ? 'null' : typeof counts,
    });
  }
  const digits = currencyMinorDigits(settings.currency);
  const tallies = new Map<string, Tally>();
  const seen = new Map<string, number>();
  const rejected: StocktakeRejection[] = [];
  counts.forEach((input: unknown, row) => {
    const parsed = safeParseRecord(StockCountSchema, input);
    if (!parsed.ok) {
      rejected.push(rejection(row, parsed.issues));
      return;
    }
    const line = parsed.value;
    if (line.currency !== settings.currency) {
      const issue = createIssue('money.currency_mismatch', ['currency'], {
        left: line.currency,
        right: settings.currency,
      });
      rejected.push(rejection(row, [issue]));
      return;
    }
    const exact = DECIMAL_FIELDS.map((name) => exactOf(line[name]));
    const tooPrecise = exact.indexOf(undefined);
    if (tooPrecise >= 0) {
      const issue = createIssue('input.invalid_format', [DECIMAL_FIELDS[tooPrecise] as string], TOO_PRECISE);
      rejected.push(rejection(row, [issue]));
      return;
    }
    // One line per part and place in a count: a repeat would count its book value twice.
    const key = JSON.stringify([line.countId, line.warehouse ?? null, line.bin ?? null, line.partNumber]);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      const issue = createIssue('parts.duplicate', ['partNumber'], { partNumber: line.partNumber, firstRow });
      rejected.push(rejection(row, [issue]));
      return;
    }
    seen.set(key, row);
    const ms = epochMsOfInstant(line.countedAt) as number;
    let tally = tallies.get(line.countId);
    if (tally === undefined) {
      tally = newTally(line, ms);
      tallies.set(line.countId, tally);
    }
    // None is undefined (checked above): the three, in DECIMAL_FIELDS order.
    addLine(tally, line, exact as unknown as ExactLine, row, ms, digits);
  });
  const stocktakes = [...tallies.values()].map((tally) => finish(tally, settings, digits));
  return {
    currency: settings.currency,
    thresholdPercent: settings.thresholdText,
    cite: settings.cite,
    stocktakes,
    rejected,
    counts: { read: counts.length, accepted: counts.length - rejected.length, rejected: rejected.length },
  };
}

/**
 * {@link stocktakeSheet} without throwing: a bad option comes back as issues.
 *
 * @example
 * const result = safeStocktakeSheet(lines, { thresholdPercent: '0.5' });
 * if (result.ok) console.log(result.value.stocktakes.length);
 */
export function safeStocktakeSheet(
  counts: readonly unknown[],
  options?: StocktakeSheetOptions,
): Result<StocktakeSheet> {
  return attempt(() => stocktakeSheet(counts, options));
}

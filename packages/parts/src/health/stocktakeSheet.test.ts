import { type AftersalesIssue, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { safeStocktakeSheet, stocktakeSheet } from './stocktakeSheet';
import { countLine } from './testing';

function codeOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('stocktakeSheet', () => {
  it('lists gains and losses at cost and totals them over the book value', () => {
    const sheet = stocktakeSheet([
      countLine('187.5', '186', '62.00', { partNumber: 'G052195M4', warehouse: 'Main' }), // 1.5 L short
      countLine('10', '12', '15.00', { partNumber: 'P-GAIN' }), // 2 found
      countLine('40', '40', '5.00', { partNumber: 'P-SAME' }), // no difference: counted, not listed
    ]);
    const count = sheet.stocktakes[0];
    expect(sheet.stocktakes).toHaveLength(1);
    expect(count?.lines).toEqual([
      {
        row: 0,
        partNumber: 'G052195M4',
        warehouse: 'Main',
        bin: null,
        bookQuantity: '187.5',
        countedQuantity: '186',
        differenceQuantity: '-1.5', // 186 − 187.5
        unitCost: '62.00',
        differenceValue: '-93.00', // −1.5 × 62.00
        kind: 'loss',
      },
      {
        row: 1,
        partNumber: 'P-GAIN',
        warehouse: null,
        bin: null,
        bookQuantity: '10',
        countedQuantity: '12',
        differenceQuantity: '2',
        unitCost: '15.00',
        differenceValue: '30.00', // 2 × 15.00
        kind: 'gain',
      },
    ]);
    expect(count?.totals).toEqual({
      lines: 3,
      linesWithDifference: 2,
      gainLines: 1,
      lossLines: 1,
      bookValue: '11975.00', // 187.5 × 62 + 10 × 15 + 40 × 5 = 11,625 + 150 + 200
      negativeBookLines: 0,
      negativeBookValue: '0.00',
      gainValue: '30.00',
      lossValue: '93.00',
      grossVariance: '123.00', // 30 + 93
      netVariance: '-63.00', // 30 − 93
      allowedVariance: '35.925', // 11,975 × 0.3 ÷ 100
      grossPercent: '1.0271', // 123 ÷ 11,975 = 1.027139…%
      netPercent: '-0.5261', // −63 ÷ 11,975 = −0.526096…%
    });
    expect(count?.decision.outcome).toBe('over_tolerance');
    expect(count?.decision.trace.map((step) => [step.rule, step.status, step.cite])).toEqual([
      ['parts.stocktake.gross-variance', 'failed', 'manual:parts.stocktake'],
      ['parts.stocktake.net-variance', 'failed', 'manual:parts.stocktake'],
    ]);
    // Over by 123 − 35.925 = 87.075
    expect(count?.decision.trace[0]?.message).toEqual({
      en: 'Gross variance 123.00 CNY is 1.0271 % of the book value 11975.00 CNY, over the 0.3 % tolerance (at most 35.925) by 87.075',
      zh: '盘点总差异 123.00 CNY，占账面金额 11975.00 CNY 的 1.0271%，超出 0.3% 的允许范围（不超过 35.925）87.075',
    });
  });

  it('fails the gross check when gains and losses cancel to a net of 0 %', () => {
    const sheet = stocktakeSheet([
      countLine('50', '52', '10.00'), // +2 × 10 = +20.00; book 500
      countLine('100', '98', '10.00'), // −2 × 10 = −20.00; book 1,000
      countLine('850', '850', '10.00'), // book 8,500 → total 10,000.00
    ]);
    const count = sheet.stocktakes[0];
    // gross 20 + 20 = 40 = 0.4 % > 0.3 %; net 20 − 20 = 0 = 0 %
    expect(count?.totals).toMatchObject({
      bookValue: '10000.00',
      grossVariance: '40.00',
      netVariance: '0.00',
      allowedVariance: '30.00',
      grossPercent: '0.4',
      netPercent: '0',
    });
    expect(count?.decision.outcome).toBe('over_tolerance');
    expect(count?.decision.details).toEqual({
      thresholdPercent: '0.3',
      grossPercent: '0.4',
      netPercent: '0',
      gross: 'failed',
      net: 'passed',
    });
  });

  describe('the 0.3 % boundary (book value 10,000.00, allowed 30.00)', () => {
    it('passes 0.30 %: 30.00 short', () => {
      // 1,000 × 10.00 on the books, 997 counted: −3 × 10 = −30.00 = 0.3 % gross, −0.3 % net
      const count = stocktakeSheet([countLine('1000', '997', '10.00')]).stocktakes[0];
      expect(count?.totals).toMatchObject({ grossPercent: '0.3', netPercent: '-0.3' });
      expect(count?.decision.outcome).toBe('within_tolerance');
      expect(count?.decision.trace.map((step) => step.status)).toEqual(['passed', 'passed']);
      expect(count?.decision.trace[0]?.message.en).toBe(
        'Gross variance 30.00 CNY is 0.3 % of the book value 10000.00 CNY, within the 0.3 % tolerance (at most 30.00)',
      );
    });

    it('fails 0.31 %: 31.00 short', () => {
      // 996.9 counted: −3.1 × 10 = −31.00 = 0.31 %, over by 1.00
      const count = stocktakeSheet([countLine('1000', '996.9', '10.00')]).stocktakes[0];
      expect(count?.totals).toMatchObject({
        grossVariance: '31.00',
        grossPercent: '0.31',
        netPercent: '-0.31',
      });
      expect(count?.decision.outcome).toBe('over_tolerance');
      expect(count?.decision.trace.map((step) => step.status)).toEqual(['failed', 'failed']);
      expect(count?.decision.trace[1]?.message.zh).toBe(
        '盘点净差异 -31.00 CNY，占账面金额 10000.00 CNY 的 -0.31%，超出 0.3% 的允许范围（不超过 30.00）1.00',
      );
    });

    it('judges the exact value, not the rounded percentage: 30.01 short fails', () => {
      // 996.999 counted: −3.001 × 10 = −30.01 > 30.00
      const count = stocktakeSheet([countLine('1000', '996.999', '10.00')]).stocktakes[0];
      expect(count?.totals.grossVariance).toBe('30.01');
      expect(count?.decision.outcome).toBe('over_tolerance');
    });
  });

  it('takes another tolerance with its citation', () => {
    const lines = [countLine('50', '52', '10.00'), countLine('950', '948', '10.00')];
    // book 500 + 9,500 = 10,000; gross 40 = 0.4 % ≤ 0.5 %; net 0
    const sheet = stocktakeSheet(lines, {
      thresholdPercent: '0.5',
      cite: 'oem:acme-2024#stocktake.tolerance',
    });
    expect(sheet.thresholdPercent).toBe('0.5');
    expect(sheet.stocktakes[0]?.totals.allowedVariance).toBe('50.00'); // 10,000 × 0.5 %
    expect(sheet.stocktakes[0]?.decision.outcome).toBe('within_tolerance');
    expect(sheet.stocktakes[0]?.decision.trace[0]?.cite).toBe('oem:acme-2024#stocktake.tolerance');
  });

  it('keeps fractional quantities and sub-fen values exact', () => {
    // 2.25 L counted of 2.5 L at 12.35 a litre: −0.25 × 12.35 = −3.0875 (not rounded to the fen)
    const count = stocktakeSheet([countLine('2.5', '2.25', '12.35')]).stocktakes[0];
    expect(count?.lines[0]).toMatchObject({ differenceQuantity: '-0.25', differenceValue: '-3.0875' });
    // book 2.5 × 12.35 = 30.875
    expect(count?.totals).toMatchObject({ bookValue: '30.875', lossValue: '3.0875' });
  });

  it('counts a negative book quantity in the book value as it is, and says so', () => {
    const count = stocktakeSheet([
      countLine('-2', '0', '10.00'), // books below zero, none found: +2 × 10 = +20.00 gain; book −20.00
      countLine('1000', '1000', '10.00'), // book 10,000.00
    ]).stocktakes[0];
    // book 10,000 − 20 = 9,980; 20 ÷ 9,980 = 0.200400…%
    expect(count?.totals).toMatchObject({
      bookValue: '9980.00',
      negativeBookLines: 1,
      negativeBookValue: '-20.00',
      gainValue: '20.00',
      grossPercent: '0.2004',
    });
    expect(count?.lines[0]?.kind).toBe('gain');
    expect(count?.decision.outcome).toBe('within_tolerance');
  });

  it('has no percentage to judge when nothing was on the books', () => {
    const count = stocktakeSheet([countLine('0', '3', '9.00')]).stocktakes[0]; // +27.00 found, book 0
    expect(count?.totals).toMatchObject({
      bookValue: '0.00',
      gainValue: '27.00',
      allowedVariance: null,
      grossPercent: null,
      netPercent: null,
    });
    expect(count?.decision.outcome).toBe('no_book_value');
    expect(count?.decision.trace.map((step) => step.status)).toEqual(['not_applicable', 'not_applicable']);
  });

  it('keeps counts apart, in the order they first appear, with their first and last count time', () => {
    const sheet = stocktakeSheet([
      countLine('5', '4', '2.00', { countId: 'CNT-B', countedAt: '2024-03-31T23:30:00+08:00' }),
      countLine('5', '5', '2.00', { countId: 'CNT-A' }),
      // 16:00Z is 2024-04-01 00:00 in Shanghai: later than 23:30 +08:00 (15:30Z) though its text sorts first
      countLine('5', '5', '2.00', { countId: 'CNT-B', countedAt: '2024-03-31T16:00:00Z' }),
    ]);
    expect(sheet.stocktakes.map((count) => [count.countId, count.totals.lines, count.lines.length])).toEqual([
      ['CNT-B', 2, 1],
      ['CNT-A', 1, 0],
    ]);
    expect(sheet.stocktakes[0]).toMatchObject({
      firstCountedAt: '2024-03-31T23:30:00+08:00',
      lastCountedAt: '2024-03-31T16:00:00Z',
    });
  });

  it('rejects bad, foreign-currency and repeated lines with row, path and code, and leaves them out', () => {
    const good = countLine('100', '99', '10.00', { partNumber: 'P-1' });
    const sheet = stocktakeSheet([
      good,
      { ...good, partNumber: 'P-2', countedQuantity: '-1' },
      { ...good, partNumber: 'P-3', currency: 'USD' },
      { ...good }, // P-1 again in the same count and place
      countLine('100', '100', '10.00', { partNumber: 'P-1', warehouse: 'Annex' }), // another place: not a repeat
      null,
    ]);
    expect(sheet.counts).toEqual({ read: 6, accepted: 2, rejected: 4 });
    expect(sheet.rejected.map((r) => [r.input, r.row, r.code, r.path])).toEqual([
      ['counts', 1, 'input.too_small', ['countedQuantity']],
      ['counts', 2, 'money.currency_mismatch', ['currency']],
      ['counts', 3, 'parts.duplicate', ['partNumber']],
      ['counts', 5, 'input.invalid_type', []],
    ]);
    expect(sheet.rejected[1]?.message.en).toBe('currency cannot combine USD with CNY');
    expect(sheet.rejected[2]?.issues[0]?.params).toEqual({ partNumber: 'P-1', firstRow: 0 });
    // Only rows 0 and 4: book 1,000 + 1,000; loss 10.00
    expect(sheet.stocktakes[0]?.totals).toMatchObject({ lines: 2, bookValue: '2000.00', lossValue: '10.00' });
  });

  it('values the sheet in the currency it is given', () => {
    const sheet = stocktakeSheet([countLine('3', '2', '620', { currency: 'JPY' })], { currency: 'JPY' });
    expect(sheet.stocktakes[0]?.lines[0]?.differenceValue).toBe('-620'); // yen have no minor unit
  });

  it('throws a coded error naming a bad option', () => {
    const lines = [countLine('1', '1', '1.00')];
    expect(codeOf(() => stocktakeSheet(lines, { thresholdPercent: 0.3 as unknown as string }))).toEqual({
      code: 'input.invalid_type',
      path: ['thresholdPercent'],
    });
    expect(codeOf(() => stocktakeSheet(lines, { thresholdPercent: '-0.3' }))).toEqual({
      code: 'input.invalid_format',
      path: ['thresholdPercent'],
    });
    expect(codeOf(() => stocktakeSheet(lines, { currency: 'ABC' }))).toEqual({
      code: 'money.invalid_currency',
      path: ['currency'],
    });
    // An object without a prototype: coded, not the TypeError String() used to throw on it.
    expect(codeOf(() => stocktakeSheet(lines, { currency: Object.create(null) }))).toEqual({
      code: 'money.invalid_currency',
      path: ['currency'],
    });
    expect(codeOf(() => stocktakeSheet(lines, { cite: 'the manual' as never }))).toEqual({
      code: 'decision.invalid_citation',
      path: ['cite'],
    });
    expect(codeOf(() => stocktakeSheet('lines' as never))).toEqual({
      code: 'input.invalid_type',
      path: ['counts'],
    });
    const result = safeStocktakeSheet(lines, { currency: 'ABC' });
    expect(result.ok ? undefined : result.issues[0]?.code).toBe('money.invalid_currency');
  });
});

describe('stocktakeSheet: options, times, places and the checks’ facts', () => {
  const lines = () => [countLine('1', '1', '1.00')];

  /** The first issue of the AftersalesError `run` throws. */
  function issueOf(run: () => unknown): AftersalesIssue {
    try {
      run();
    } catch (error) {
      if (isAftersalesError(error)) return error.issues[0] as AftersalesIssue;
      throw error;
    }
    throw new Error('expected an AftersalesError');
  }

  it('takes no options as the manual’s: CNY, 0.3 % and manual:parts.stocktake', () => {
    const sheet = stocktakeSheet(lines());
    expect([sheet.currency, sheet.thresholdPercent, sheet.cite]).toEqual([
      'CNY',
      '0.3',
      'manual:parts.stocktake',
    ]);
  });

  it('names the options when they are not an object, by what they are', () => {
    for (const [options, received] of [
      [null, 'null'],
      [['CNY'], 'array'],
      ['CNY', 'string'],
      [0.3, 'number'],
    ] as const) {
      const issue = issueOf(() => stocktakeSheet(lines(), options as never));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['options'] });
      expect(issue.params).toEqual({ expected: '{ currency?, thresholdPercent?, cite? }', received });
    }
  });

  it('checks the currency first, naming a bad one by its text or, when not a string, its type', () => {
    for (const [currency, shown] of [
      ['ABC', 'ABC'],
      [156, 'number'],
      [null, 'null'],
      [Object.create(null), 'object'],
    ] as const) {
      // a bad currency is named before a bad tolerance and before a counts list that is not one
      const issue = issueOf(() =>
        stocktakeSheet('lines' as never, { currency, thresholdPercent: 0.3 } as never),
      );
      expect(issue).toMatchObject({ code: 'money.invalid_currency', path: ['currency'] });
      expect(issue.params).toEqual({ currency: shown });
    }
  });

  it('says what the tolerance must be: a decimal string, non-negative', () => {
    const type = issueOf(() => stocktakeSheet(lines(), { thresholdPercent: 0.3 as never }));
    expect(type.params).toEqual({ expected: "decimal string (e.g. '0.3')", received: 'number' });
    for (const thresholdPercent of ['-0.3', '0.3%', '.3', '']) {
      const format = issueOf(() => stocktakeSheet(lines(), { thresholdPercent }));
      expect(format).toMatchObject({ code: 'input.invalid_format', path: ['thresholdPercent'] });
      expect(format.params).toEqual({ format: "non-negative decimal percentage (e.g. '0.3')" });
    }
  });

  it('names the counts when they are not an array', () => {
    for (const [counts, received] of [
      ['lines', 'string'],
      [null, 'null'],
      [{ 0: {} }, 'object'],
    ] as const) {
      const issue = issueOf(() => stocktakeSheet(counts as never));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['counts'] });
      expect(issue.params).toEqual({ expected: 'array of stocktake lines', received });
    }
  });

  it('keeps the earliest and latest count time by instant, the first given of equal instants', () => {
    const at = (countedAt: string) => countLine('5', '5', '2.00', { countId: 'CNT-T', countedAt });
    const sheet = stocktakeSheet([
      at('2024-03-15T10:00:00+08:00'), // 02:00Z
      at('2024-03-15T09:00:00+08:00'), // 01:00Z: earliest
      at('2024-03-15T11:00:00+08:00'), // 03:00Z: latest
      at('2024-03-15T03:00:00Z'), // the latest instant again, written in UTC: not later
      at('2024-03-15T01:00:00Z'), // the earliest again: not earlier
    ]);
    expect(sheet.stocktakes[0]).toMatchObject({
      firstCountedAt: '2024-03-15T09:00:00+08:00',
      lastCountedAt: '2024-03-15T11:00:00+08:00',
    });
  });

  it('counts only a book quantity below zero as negative, not one of zero', () => {
    const count = stocktakeSheet([countLine('0', '0', '10.00'), countLine('100', '100', '10.00')])
      .stocktakes[0];
    expect(count?.totals).toMatchObject({ lines: 2, bookValue: '1000.00', negativeBookLines: 0 });
    expect(count?.totals.negativeBookValue).toBe('0.00');
  });

  it('tells bins apart: the same part in two bins is two places, in one bin twice a repeat', () => {
    const sheet = stocktakeSheet([
      countLine('10', '10', '1.00', { partNumber: 'P-BIN', warehouse: 'Main', bin: 'A-01' }),
      countLine('10', '9', '1.00', { partNumber: 'P-BIN', warehouse: 'Main', bin: 'A-02' }),
      countLine('10', '10', '1.00', { partNumber: 'P-BIN', warehouse: 'Main', bin: 'A-01' }),
    ]);
    expect(sheet.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'parts.duplicate']]);
    expect(sheet.stocktakes[0]?.lines.map((line) => [line.row, line.bin])).toEqual([[1, 'A-02']]);
  });

  it('gives each check its facts and sentence: passed and failed against the book, not applicable without', () => {
    // book 1,000 × 10.00 = 10,000.00; 997 counted: −30.00, allowed 0.3 % × 10,000 = 30.00
    const count = stocktakeSheet([countLine('1000', '997', '10.00')]).stocktakes[0];
    const facts = {
      bookValue: '10000.00',
      currency: 'CNY',
      thresholdPercent: '0.3',
      allowedVariance: '30.00',
    };
    expect(count?.decision.trace.map((step) => step.facts)).toEqual([
      { ...facts, variance: '30.00', percent: '0.3' },
      { ...facts, variance: '-30.00', percent: '-0.3' },
    ]);
    expect(count?.decision.trace[1]?.message).toEqual({
      en: 'Net variance -30.00 CNY is -0.3 % of the book value 10000.00 CNY, within the 0.3 % tolerance (at most 30.00)',
      zh: '盘点净差异 -30.00 CNY，占账面金额 10000.00 CNY 的 -0.3%，在 0.3% 的允许范围内（不超过 30.00）',
    });

    // nothing on the books, 3 × 9.00 = 27.00 found
    const empty = stocktakeSheet([countLine('0', '3', '9.00')]).stocktakes[0];
    const none = { variance: '27.00', bookValue: '0.00', currency: 'CNY', thresholdPercent: '0.3' };
    expect(empty?.decision.trace.map((step) => step.facts)).toEqual([none, none]);
    expect(empty?.decision.trace.map((step) => step.message.en)).toEqual([
      'Gross variance 27.00 CNY: no book value to compare it with (book value 0.00 CNY)',
      'Net variance 27.00 CNY: no book value to compare it with (book value 0.00 CNY)',
    ]);
    expect(empty?.decision.trace[1]?.message.zh).toBe(
      '盘点净差异 27.00 CNY：账面金额为 0.00 CNY，无法计算差异率',
    );
  });

  describe('more than 100,000 decimal places (exact arithmetic takes 1,000,000 in all)', () => {
    // One place too many: the schema takes it. Before the limit, 1,000,001 places failed the whole
    // sheet with a TypeError, and a cost of 999,999 places with core's error on the tolerance
    // (10 × cost × 0.3 ÷ 100 has 999,999 + 1 + 2 places, over exact arithmetic's 1,000,000).
    const tooPrecise = `1.${'0'.repeat(100_000)}1`;
    const manyMore = `1.${'0'.repeat(999_998)}1`;
    const beyondExact = `1.${'0'.repeat(1_000_000)}1`; // 1,000,001 places: not even parsed

    it('rejects such a line with the field, instead of failing the whole sheet', () => {
      const sheet = stocktakeSheet([
        countLine('10', '10', '1.00', { bookQuantity: tooPrecise }),
        countLine('10', '9', '1.00', { countedQuantity: tooPrecise }),
        countLine('10', '9', '1.00', { unitCost: tooPrecise }),
        countLine('10', '9', manyMore),
        countLine('10', '9', '1.00', { countedQuantity: beyondExact }),
        countLine('10', '9', '1.00'), // 1.00 short of 10.00
      ]);
      expect(sheet.rejected.map((r) => [r.row, r.code, r.path])).toEqual([
        [0, 'input.invalid_format', ['bookQuantity']],
        [1, 'input.invalid_format', ['countedQuantity']],
        [2, 'input.invalid_format', ['unitCost']],
        [3, 'input.invalid_format', ['unitCost']],
        [4, 'input.invalid_format', ['countedQuantity']],
      ]);
      expect(sheet.rejected[0]?.issues[0]?.params).toEqual({
        format: 'decimal of at most 100,000 places',
        formatZh: '小数位不超过 100,000 位的十进制数',
      });
      expect(sheet.counts).toEqual({ read: 6, accepted: 1, rejected: 5 });
      expect(sheet.stocktakes[0]?.totals).toMatchObject({ lines: 1, bookValue: '10.00', lossValue: '1.00' });
    });

    it('refuses such a tolerance as a bad format', () => {
      for (const thresholdPercent of [tooPrecise, beyondExact]) {
        expect(issueOf(() => stocktakeSheet(lines(), { thresholdPercent }))).toMatchObject({
          code: 'input.invalid_format',
          path: ['thresholdPercent'],
        });
      }
      // 100,000 places are taken, for the lines as for the tolerance, and judged exactly:
      // 10 × 1.00…01 on the books (100,000 places) against a tolerance of 0.00…01 % (100,000 places)
      const places = (digit: string) => `${'0'.repeat(99_999)}${digit}`;
      const sheet = stocktakeSheet([countLine('10', '10', `1.${places('1')}`)], {
        thresholdPercent: `0.${places('1')}`,
      });
      expect(sheet.rejected).toEqual([]);
      expect(sheet.stocktakes[0]?.decision.outcome).toBe('within_tolerance');
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiTarget } from '../definition/kpiDefinition';
import { compareDecimals, normalizeDecimal, percentOfMagnitude, subtractDecimals } from './decimalText';
import { scoreValue, type TargetBound } from './scoreValue';

/** The error of one issue: its code, path and params. */
const refusal = (code: string, path: readonly (string | number)[], params: Record<string, unknown>) =>
  expect.objectContaining({ code, path, issues: [expect.objectContaining({ code, path, params })] });

const atLeast95: KpiTarget = { atLeast: '95', cite: 'manual:wty.approval' };
const below2: KpiTarget = { below: '2', cite: 'manual:ro.comeback' };
const band: KpiTarget = { atLeast: '0.8', atMost: '1.2', cite: 'oem:industry-20-group#parts.labor.ratio' };

describe('decimal strings', () => {
  it('compares and subtracts exactly, whatever the number of places', () => {
    expect(compareDecimals('2.40', '2.4')).toBe(0);
    expect(compareDecimals('-0.01', '0')).toBe(-1);
    expect(subtractDecimals('96', '95.00')).toBe('1');
    expect(subtractDecimals('0.3', '0.1')).toBe('0.2'); // 0.3 − 0.1 is 0.19999999999999998 in floats
    expect(subtractDecimals('94.99', '95')).toBe('-0.01');
    expect(subtractDecimals('1', '1.000')).toBe('0');
    expect(percentOfMagnitude('-95', 5)).toBe('4.75');
    expect(normalizeDecimal('-0.00')).toBe('0');
  });

  it('throws a RangeError naming the text when given something that is not a decimal string', () => {
    expect(() => compareDecimals('1e3', '1')).toThrowError(new RangeError('not a decimal string: 1e3'));
  });
});

describe('scoreValue', () => {
  // atLeast 95, default margin 5 % × 95 = 4.75.
  it.each([
    ['96', 'at_risk', '1'], // 96 − 95 = 1 < 4.75
    ['95', 'at_risk', '0'], // on an inclusive bound: met, barely
    ['94.99', 'missed', '-0.01'], // 94.99 − 95
    ['99.75', 'met', '4.75'], // 4.75 is not less than the margin 4.75
    ['100', 'met', '5'],
  ])('atLeast 95: %s is %s, gap %s', (value, status, gap) => {
    expect(scoreValue(value, atLeast95)).toEqual({ status, bound: 'atLeast', gap, margin: '4.75' });
  });

  // below 2 (strict), default margin 5 % × 2 = 0.1; the gap is 2 − value.
  it.each([
    ['2', 'missed', '0'], // equality fails a strict bound
    ['2.4', 'missed', '-0.4'],
    ['1.95', 'at_risk', '0.05'],
    ['1.9', 'met', '0.1'],
    ['0', 'met', '2'],
  ])('below 2: %s is %s, gap %s', (value, status, gap) => {
    expect(scoreValue(value, below2)).toMatchObject({ status, bound: 'below', gap, margin: '0.1' });
  });

  // A band 0.8 … 1.2: margins 0.04 (5 % of 0.8) and 0.06 (5 % of 1.2); the gap is to the nearer bound.
  it.each([
    ['1', 'met', 'atLeast', '0.2'], // 0.2 from both; the first bound is named
    ['1.15', 'at_risk', 'atMost', '0.05'], // 0.05 < 0.06
    ['0.83', 'at_risk', 'atLeast', '0.03'], // 0.03 < 0.04
    ['0.79', 'missed', 'atLeast', '-0.01'],
    ['1.3', 'missed', 'atMost', '-0.1'],
  ])('band 0.8–1.2: %s is %s (%s, gap %s)', (value, status, bound, gap) => {
    expect(scoreValue(value, band)).toMatchObject({ status, bound, gap });
  });

  it('takes the margin from the profile when given: 0.5 instead of 4.75', () => {
    expect(scoreValue('96', atLeast95, '0.5').status).toBe('met'); // 1 ≥ 0.5
    expect(scoreValue('95.4', atLeast95, '0.5').status).toBe('at_risk'); // 0.4 < 0.5
    // A margin of 0 turns at-risk off: even a value on the bound is met.
    expect(scoreValue('95', atLeast95, '0').status).toBe('met');
  });

  it('names the failed bound on a tie (5 meets atLeast 5 but fails above 5)', () => {
    const both: KpiTarget = { atLeast: '5', above: '5', cite: 'manual:x' };
    expect(scoreValue('5', both)).toMatchObject({ status: 'missed', bound: 'above', gap: '0' });
  });

  it('refuses a value that is not a decimal string, and a target without bounds', () => {
    expect(() => scoreValue('9,5', atLeast95)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_format', path: ['value'] }),
    );
    expect(() => scoreValue('1', { cite: 'manual:x' })).toThrowError(
      expect.objectContaining({ code: 'input.invalid', path: ['target'] }),
    );
  });

  it('refuses a ceiling or a bound that is not a decimal string, and a target that is not an object', () => {
    const fill = { atLeast: '98', cite: 'manual:parts.fill.rate' } as const;
    expect(() => scoreValue('99', fill, undefined, '100 %')).toThrowError(
      refusal('input.invalid_format', ['ceiling'], { format: 'decimal string' }),
    );
    expect(() => scoreValue('1', { atLeast: '0.8', atMost: '1,2', cite: band.cite })).toThrowError(
      refusal('input.invalid_format', ['target', 'atMost'], { format: 'decimal string' }),
    );
    expect(() => scoreValue('1', 'below 2' as never)).toThrowError(
      refusal('input.invalid_type', ['target'], { expected: 'KpiTarget', received: 'string' }),
    );
  });

  it('refuses a value or margin that is not a decimal string, a null target and one without bounds', () => {
    const decimal = { format: 'decimal string' };
    expect(() => scoreValue('9,5', atLeast95)).toThrowError(
      refusal('input.invalid_format', ['value'], decimal),
    );
    expect(() => scoreValue('96', atLeast95, '0,5')).toThrowError(
      refusal('input.invalid_format', ['atRisk'], decimal),
    );
    expect(() => scoreValue('1', null as never)).toThrowError(
      refusal('input.invalid_type', ['target'], { expected: 'KpiTarget', received: 'null' }),
    );
    expect(() => scoreValue('1', { cite: 'manual:x' })).toThrowError(
      refusal('input.invalid', ['target'], {
        detail: 'a target needs atLeast, above, atMost or below',
        detailZh: '目标须给出 atLeast、above、atMost 或 below 之一',
      }),
    );
  });

  it('names the first of two failed bounds on a tie, as of two met ones', () => {
    // atLeast 6 and above 6 with 5: both gaps are 5 − 6 = −1.
    expect(scoreValue('5', { atLeast: '6', above: '6', cite: 'manual:x' })).toMatchObject({
      status: 'missed',
      bound: 'atLeast',
      gap: '-1',
    });
  });
});

// Decimals as integers of 10⁻⁴, written with as many places as they need or with trailing zeros.
const written = (units: bigint, pad: number) => {
  const magnitude = (units < 0n ? -units : units).toString().padStart(5, '0');
  const text = `${magnitude.slice(0, -4)}.${magnitude.slice(-4)}`.replace(/\.?0+$/, '') || '0';
  const padded = pad === 0 ? text : `${text}${text.includes('.') ? '' : '.'}${'0'.repeat(pad)}`;
  return { units, text: units < 0n ? `-${padded}` : padded };
};
const pad = fc.integer({ min: 0, max: 3 });
const units = fc.bigInt({ min: -10_000_000n, max: 10_000_000n });
const decimal = fc.tuple(units, pad).map(([u, p]) => written(u, p));
// A bound anywhere, or within 10⁻⁴ of the value (so equality and near misses come up often).
const near = fc.record({ delta: fc.integer({ min: -1, max: 1 }), pad });
const boundSpec = fc.oneof(decimal, near);
const targetSpec = fc
  .record({ atLeast: boundSpec, above: boundSpec, atMost: boundSpec, below: boundSpec }, { requiredKeys: [] })
  .filter((bounds) => Object.keys(bounds).length > 0);
const margin = fc.option(
  fc.tuple(fc.bigInt({ min: 0n, max: 1_000_000n }), pad).map(([u, p]) => written(u, p).text),
  { nil: undefined },
);

// The oracle: integers of 10⁻⁴, no decimal strings involved.
const satisfies = (value: bigint, bound: TargetBound, limit: bigint): boolean =>
  bound === 'atLeast'
    ? value >= limit
    : bound === 'above'
      ? value > limit
      : bound === 'atMost'
        ? value <= limit
        : value < limit;

describe('scoreValue properties', () => {
  it('is met or at risk exactly when the value satisfies every bound (strict bounds: equality fails)', () => {
    fc.assert(
      fc.property(decimal, targetSpec, margin, (value, spec, atRisk) => {
        const bounds = Object.entries(spec).map(([bound, b]) => {
          const limit = 'delta' in b ? written(value.units + BigInt(b.delta), b.pad) : b;
          return [bound as TargetBound, limit] as const;
        });
        const kpiTarget: KpiTarget = {
          ...Object.fromEntries(bounds.map(([bound, limit]) => [bound, limit.text])),
          cite: 'manual:property',
        };
        const all = bounds.every(([bound, limit]) => satisfies(value.units, bound, limit.units));
        const score = scoreValue(value.text, kpiTarget, atRisk);
        expect(score.status !== 'missed').toBe(all);
        // The gap is the smallest signed distance: value − lower bound, upper bound − value.
        const gaps = bounds.map(([bound, limit]) =>
          bound === 'atLeast' || bound === 'above' ? value.units - limit.units : limit.units - value.units,
        );
        // (BigInt: no Math.min)
        const smallest = [...gaps].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0] as bigint;
        expect(compareDecimals(score.gap, written(smallest, 0).text)).toBe(0);
        // The gap is on the wrong side (or zero on a strict bound) exactly when the value missed.
        const sign = compareDecimals(score.gap, '0');
        if (score.status === 'missed') expect(sign <= 0).toBe(true);
        else expect(sign >= 0).toBe(true);
        // A met value is at least the margin away from every bound.
        if (score.status === 'met') expect(compareDecimals(score.gap, score.margin) >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the default at-risk band of a percentage below 100 (ceiling)', () => {
    const fill = { atLeast: '98', cite: 'manual:parts.fill.rate' } as const;
    // Without a ceiling: 5 % of 98 = 4.9, so even 100 is "at risk".
    expect(scoreValue('100', fill).status).toBe('at_risk');
    // Ceiling 100: margin = min(4.9, (100 − 98) ÷ 2 = 1) = 1.
    expect(scoreValue('100', fill, undefined, '100')).toMatchObject({ status: 'met', margin: '1' });
    expect(scoreValue('99', fill, undefined, '100').status).toBe('met'); // gap 1, not < 1
    expect(scoreValue('98.99', fill, undefined, '100').status).toBe('at_risk');
    // Far from the ceiling the 5 % stays: atLeast 80 → min(4, 10) = 4.
    expect(scoreValue('83', { atLeast: '80', cite: 'manual:x' }, undefined, '100').margin).toBe('4');
    // An upper bound and an explicit margin are untouched.
    expect(scoreValue('1', { below: '2', cite: 'manual:ro.comeback' }, undefined, '100').margin).toBe('0.1');
    expect(scoreValue('99.9', fill, '0', '100').status).toBe('met');
  });

  it('caps only a lower bound below the ceiling: not one at it, nor an upper bound', () => {
    // atLeast 100 is not below 100: 5 % × 100 = 5, and 100 itself (gap 0) is at risk.
    const full = { atLeast: '100', cite: 'manual:care.archive' } as const;
    expect(scoreValue('100', full, undefined, '100')).toEqual({
      status: 'at_risk',
      bound: 'atLeast',
      gap: '0',
      margin: '5',
    });
    // atMost 98: 5 % × 98 = 4.9 (half the room to 100 would be 1); 98 − 95 = 3 < 4.9.
    const cap = { atMost: '98', cite: 'manual:x' } as const;
    expect(scoreValue('95', cap, undefined, '100')).toEqual({
      status: 'at_risk',
      bound: 'atMost',
      gap: '3',
      margin: '4.9',
    });
  });
});

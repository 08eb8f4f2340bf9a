import { describe, expect, it } from 'vitest';
import { AftersalesError } from '../errors/AftersalesError';
import { citation, isCitation, readCitation } from './citation';
import { explainDecision, failedSteps } from './explain';
import { createDecision, defineRule } from './rule';

const sevenDays = defineRule({
  id: 'cn-sanbao-2021.seven-days',
  cite: 'regulation:cn-sanbao-2021#22',
  title: { en: '7-day replacement or return', zh: '7日内换车或退车' },
});
const periods = defineRule({
  id: 'cn-sanbao-2021.periods',
  cite: 'regulation:cn-sanbao-2021#18',
  title: { en: 'Repair-warranty period', zh: '包修期' },
});

describe('readCitation', () => {
  it('takes the three schemes apart', () => {
    expect(readCitation('regulation:cn-sanbao-2021#24')).toEqual({
      scheme: 'regulation',
      source: 'cn-sanbao-2021',
      article: '24',
    });
    expect(readCitation('regulation:us-ca-civ#1793.22(b)')).toEqual({
      scheme: 'regulation',
      source: 'us-ca-civ',
      article: '1793.22(b)',
    });
    expect(readCitation('manual:parts.fill.rate')).toEqual({ scheme: 'manual', key: 'parts.fill.rate' });
    expect(readCitation('oem:acme-2024#coverages[2].months')).toEqual({
      scheme: 'oem',
      policy: 'acme-2024',
      field: 'coverages[2].months',
    });
  });

  it('returns undefined for text that is not a citation', () => {
    for (const text of [
      '',
      'manual:',
      'regulation:cn-sanbao-2021',
      'oem:acme',
      'see article 24',
      'http://x#y',
      42,
      null,
    ]) {
      expect(readCitation(text), String(text)).toBeUndefined();
      expect(isCitation(text)).toBe(false);
    }
  });

  it('throws a coded error from citation() for a malformed one', () => {
    expect(() => citation('article 24')).toThrowError(
      expect.objectContaining({ code: 'decision.invalid_citation', path: ['cite'] }),
    );
  });
});

describe('defineRule', () => {
  it('stamps every step with the rule id and citation', () => {
    const step = sevenDays.passed(
      { startDate: '2024-03-01', repairDate: '2024-03-06', day: 5 },
      { en: 'Day 5 of 7', zh: '第5日（7日内）' },
    );
    expect(step).toEqual({
      rule: 'cn-sanbao-2021.seven-days',
      status: 'passed',
      facts: { startDate: '2024-03-01', repairDate: '2024-03-06', day: 5 },
      message: { en: 'Day 5 of 7', zh: '第5日（7日内）' },
      cite: 'regulation:cn-sanbao-2021#22',
    });
    expect(sevenDays.notApplicable({}, { en: 'n/a', zh: '不适用' }).status).toBe('not_applicable');
  });

  it('rejects a malformed id, citation or title with a coded error naming the field', () => {
    const title = { en: 't', zh: '题' };
    expect(() => defineRule({ id: 'Seven Days', cite: 'manual:x', title })).toThrowError(
      expect.objectContaining({ code: 'input.invalid_format', path: ['id'] }),
    );
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(() => defineRule({ id: 'a.b', cite: 'the manual' as any, title })).toThrowError(
      expect.objectContaining({ code: 'decision.invalid_citation' }),
    );
    expect(() =>
      defineRule({ id: 'a.b', cite: 'manual:x', title: { en: 'only English', zh: '' } }),
    ).toThrowError(expect.objectContaining({ code: 'input.invalid_type', path: ['title'] }));
  });

  it('refuses facts that would not survive JSON, naming the fact', () => {
    const at = new Date(0);
    // biome-ignore lint/suspicious/noExplicitAny: a Date is exactly what a careless caller would pass
    const facts: any = { at };
    expect(() => periods.failed(facts, { en: 'x', zh: 'x' })).toThrowError(
      expect.objectContaining({ code: 'input.invalid', path: ['facts', 'at'] }),
    );
    expect(() => periods.failed({ km: Number.NaN }, { en: 'x', zh: 'x' })).toThrowError(AftersalesError);
  });
});

describe('createDecision', () => {
  const trace = [
    sevenDays.passed({ day: 5 }, { en: 'Day 5 of 7', zh: '第5日（7日内）' }),
    periods.failed({ months: 38 }, { en: 'Period ended 2 months ago', zh: '包修期已于2个月前届满' }),
  ];

  it('is plain JSON: a round trip through JSON gives an equal decision', () => {
    const decision = createDecision('not_covered', trace, { monthsOver: 2 });
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('lists the failed steps and explains itself in both languages', () => {
    const decision = createDecision('not_covered', trace);
    expect(failedSteps(decision).map((step) => step.rule)).toEqual(['cn-sanbao-2021.periods']);
    expect(explainDecision(decision, 'en')).toEqual([
      'Outcome: not_covered',
      '✓ Day 5 of 7 [cn-sanbao-2021.seven-days · regulation:cn-sanbao-2021#22]',
      '✗ Period ended 2 months ago [cn-sanbao-2021.periods · regulation:cn-sanbao-2021#18]',
    ]);
    expect(explainDecision(decision, 'zh')[2]).toBe(
      '✗ 包修期已于2个月前届满 [cn-sanbao-2021.periods · regulation:cn-sanbao-2021#18]',
    );
  });

  it('answers bad input with coded errors', () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const anyInput: any = null;
    expect(() => createDecision('', trace)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['outcome'] }),
    );
    expect(() => createDecision('x', anyInput)).toThrowError(expect.objectContaining({ path: ['trace'] }));
    expect(() => explainDecision(anyInput)).toThrowError(expect.objectContaining({ path: ['decision'] }));
    expect(() => explainDecision(createDecision('x', trace), 'fr' as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_value', path: ['locale'] }),
    );
  });
});

import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { parseTargetProfile, parseTargetScope } from './parseTargetProfile';

/** The issues `call` is refused with: code, path and params of each, in order. */
function issuesOf(call: () => unknown): unknown[] {
  try {
    call();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return error.issues.map(({ code, path, params }) => ({ code, path, params }));
  }
  throw new Error('expected an AftersalesError');
}

const cite = 'manual:ro.comeback';
const asText = { expected: 'non-empty string' };
const asDecimal = { expected: 'decimal string' };
const decimalFormat = { format: 'decimal string (e.g. 98 or 0.3)' };

describe('parseTargetProfile: what is wrong, where', () => {
  it('reports every problem of a profile with its code, path and params', () => {
    const input = {
      id: '  ',
      owner: 'group-it',
      name: { en: 'Brand X targets', zh: null },
      scope: { brand: 7, region: 'east' },
      targets: {
        'ro.comeback': { below: 2, under: '2', cite: 'the manual' },
        'wty.approval': { atLeast: '95 %', cite: 42 },
        'parts.fill.rate': { atLeast: '98', cite: `${'a'.repeat(60)}bcd` },
        'care.csi': [],
        ' ': { atLeast: '93', cite: 'manual:care.csi' },
      },
      atRisk: { 'ro.comeback': 'x', 'wty.approval': null },
    };
    expect(issuesOf(() => parseTargetProfile(input, ['profiles', 2]))).toEqual([
      { code: 'input.unrecognized_keys', path: ['profiles', 2], params: { keys: ['owner'] } },
      { code: 'input.invalid_type', path: ['profiles', 2, 'id'], params: { ...asText, received: 'string' } },
      {
        code: 'input.invalid_type',
        path: ['profiles', 2, 'name', 'zh'],
        params: { ...asText, received: 'null' },
      },
      { code: 'input.unrecognized_keys', path: ['profiles', 2, 'scope'], params: { keys: ['region'] } },
      {
        code: 'input.invalid_type',
        path: ['profiles', 2, 'scope', 'brand'],
        params: { ...asText, received: 'number' },
      },
      {
        code: 'input.unrecognized_keys',
        path: ['profiles', 2, 'targets', 'ro.comeback'],
        params: { keys: ['under'] },
      },
      {
        code: 'input.invalid_type',
        path: ['profiles', 2, 'targets', 'ro.comeback', 'below'],
        params: { ...asDecimal, received: 'number' },
      },
      {
        code: 'decision.invalid_citation',
        path: ['profiles', 2, 'targets', 'ro.comeback', 'cite'],
        params: { value: 'the manual' },
      },
      {
        code: 'input.invalid_format',
        path: ['profiles', 2, 'targets', 'wty.approval', 'atLeast'],
        params: decimalFormat,
      },
      {
        code: 'decision.invalid_citation',
        path: ['profiles', 2, 'targets', 'wty.approval', 'cite'],
        params: { value: 'number' },
      },
      // A long citation is quoted by its first 60 characters only.
      {
        code: 'decision.invalid_citation',
        path: ['profiles', 2, 'targets', 'parts.fill.rate', 'cite'],
        params: { value: 'a'.repeat(60) },
      },
      {
        code: 'input.invalid_type',
        path: ['profiles', 2, 'targets', 'care.csi'],
        params: { expected: 'object', received: 'array' },
      },
      {
        code: 'input.invalid',
        path: ['profiles', 2, 'targets', ' '],
        params: { detail: 'not a KPI id', detailZh: '不是 KPI id' },
      },
      {
        code: 'input.invalid_format',
        path: ['profiles', 2, 'atRisk', 'ro.comeback'],
        params: decimalFormat,
      },
      {
        code: 'input.invalid_type',
        path: ['profiles', 2, 'atRisk', 'wty.approval'],
        params: { ...asDecimal, received: 'null' },
      },
    ]);
  });

  it('requires an id and targets, and an object to begin with', () => {
    expect(issuesOf(() => parseTargetProfile({}))).toEqual([
      { code: 'input.required', path: ['id'] },
      { code: 'input.required', path: ['targets'] },
    ]);
    expect(issuesOf(() => parseTargetProfile(null))).toEqual([
      { code: 'input.invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
    expect(issuesOf(() => parseTargetProfile([{ id: 'p', targets: {} }]))).toEqual([
      { code: 'input.invalid_type', path: [], params: { expected: 'object', received: 'array' } },
    ]);
    expect(issuesOf(() => parseTargetProfile({ id: 'p', targets: 'ro.comeback < 2' }))).toEqual([
      { code: 'input.invalid_type', path: ['targets'], params: { expected: 'object', received: 'string' } },
    ]);
  });

  it('refuses a target without a bound, and a name or note that is not an object', () => {
    const noBound = { id: 'p', targets: { 'ro.comeback': { cite } } };
    expect(issuesOf(() => parseTargetProfile(noBound))).toEqual([
      {
        code: 'input.invalid',
        path: ['targets', 'ro.comeback'],
        params: {
          detail: 'a target needs atLeast, above, atMost or below',
          detailZh: '目标须给出 atLeast、above、atMost 或 below 之一',
        },
      },
    ]);
    const named = { id: 'p', name: 'Brand X', targets: { 'ro.comeback': { below: '2', note: 7, cite } } };
    expect(issuesOf(() => parseTargetProfile(named))).toEqual([
      { code: 'input.invalid_type', path: ['name'], params: { expected: 'object', received: 'string' } },
      {
        code: 'input.invalid_type',
        path: ['targets', 'ro.comeback', 'note'],
        params: { expected: 'object', received: 'number' },
      },
    ]);
  });

  it('refuses an empty or __proto__ KPI id as a key', () => {
    const input = JSON.parse(
      '{"id":"p","targets":{"":{"below":"2","cite":"manual:ro.comeback"}},"atRisk":{"__proto__":"0.1"}}',
    );
    const notAnId = { detail: 'not a KPI id', detailZh: '不是 KPI id' };
    expect(issuesOf(() => parseTargetProfile(input))).toEqual([
      { code: 'input.invalid', path: ['targets', ''], params: notAnId },
      { code: 'input.invalid', path: ['atRisk', '__proto__'], params: notAnId },
    ]);
  });

  it('refuses bounds no value meets, naming both', () => {
    const profile = {
      id: 'p',
      targets: {
        'parts.turnover': { atLeast: '6', atMost: '4', cite: 'manual:parts.turnover' },
        'ro.intake.daily': { above: '20', atMost: '20', cite: 'manual:ro.daily.intake' },
      },
    };
    expect(issuesOf(() => parseTargetProfile(profile))).toEqual([
      {
        code: 'input.inconsistent',
        path: ['targets', 'parts.turnover'],
        params: {
          reason: 'no value meets both atLeast 6 and atMost 4',
          reasonZh: '没有任何值能同时满足 atLeast 6 与 atMost 4',
        },
      },
      {
        code: 'input.inconsistent',
        path: ['targets', 'ro.intake.daily'],
        params: {
          reason: 'no value meets both above 20 and atMost 20',
          reasonZh: '没有任何值能同时满足 above 20 与 atMost 20',
        },
      },
    ]);
    // Strict bounds with room between them: 4 < v < 6 holds for 5.
    const open = { id: 'p', targets: { 'parts.turnover': { above: '4', below: '6', cite: 'manual:x' } } };
    expect(parseTargetProfile(open).targets['parts.turnover']).toEqual({
      above: '4',
      below: '6',
      cite: 'manual:x',
    });
  });

  it("names bounds no value meets beside the target's other problems, leaving out a bound that is not a number", () => {
    const profile = {
      id: 'p',
      targets: {
        // No cite, and 6 ≤ v ≤ 4 holds for no v: both are named.
        'parts.turnover': { atLeast: '6', atMost: '4' },
        // '6 %' is not a decimal: it is refused on its own and not compared with atMost 4.
        'parts.fill.rate': { atLeast: '6 %', atMost: '4', cite: 'manual:parts.fill.rate' },
      },
    };
    expect(issuesOf(() => parseTargetProfile(profile))).toEqual([
      expect.objectContaining({ code: 'input.required', path: ['targets', 'parts.turnover', 'cite'] }),
      expect.objectContaining({ code: 'input.inconsistent', path: ['targets', 'parts.turnover'] }),
      expect.objectContaining({
        code: 'input.invalid_format',
        path: ['targets', 'parts.fill.rate', 'atLeast'],
      }),
    ]);
  });

  it('refuses a path that is not a list of keys and indexes', () => {
    const input = { id: 'p', targets: {} };
    const expected = 'array of keys and indexes';
    expect(issuesOf(() => parseTargetProfile(input, 'profiles' as never))).toEqual([
      { code: 'input.invalid_type', path: ['path'], params: { expected, received: 'string' } },
    ]);
    expect(issuesOf(() => parseTargetProfile(input, ['profiles', true] as never))).toEqual([
      { code: 'input.invalid_type', path: ['path'], params: { expected, received: 'array' } },
    ]);
  });
});

describe('parseTargetProfile: what it returns', () => {
  it("names the name's English text at name.en, and reports both texts when both are missing", () => {
    expect(
      issuesOf(() => parseTargetProfile({ id: 'p', name: { en: ' ', zh: 'X 品牌目标' }, targets: {} })),
    ).toEqual([
      { code: 'input.invalid_type', path: ['name', 'en'], params: { ...asText, received: 'string' } },
    ]);
    expect(issuesOf(() => parseTargetProfile({ id: 'p', name: {}, targets: {} }))).toEqual([
      { code: 'input.required', path: ['name', 'en'], params: undefined },
      { code: 'input.required', path: ['name', 'zh'], params: undefined },
    ]);
  });

  it('keeps the name, and adds no name, scope or margins a profile does not have', () => {
    const name = { en: 'Brand X targets', zh: 'X 品牌目标' };
    const parsed = parseTargetProfile({ id: 'brand-x.targets', name, targets: {} });
    expect(parsed).toEqual({ id: 'brand-x.targets', name, targets: {} });
    expect(Object.isFrozen(parsed.name)).toBe(true);
    expect(Object.keys(parseTargetProfile({ id: 'p', targets: {} }))).toEqual(['id', 'targets']);
  });
});

describe('parseTargetScope', () => {
  it('returns the scope, frozen, and refuses one that is not an object or has a blank field', () => {
    const scope = parseTargetScope({ oem: 'acme', dealer: 'DLR-001' }, ['context']);
    expect(scope).toEqual({ oem: 'acme', dealer: 'DLR-001' });
    expect(Object.isFrozen(scope)).toBe(true);
    expect(issuesOf(() => parseTargetScope('DLR-001', ['context']))).toEqual([
      { code: 'input.invalid_type', path: ['context'], params: { expected: 'object', received: 'string' } },
    ]);
    expect(issuesOf(() => parseTargetScope({ dealer: '' }, ['context']))).toEqual([
      { code: 'input.invalid_type', path: ['context', 'dealer'], params: { ...asText, received: 'string' } },
    ]);
  });
});

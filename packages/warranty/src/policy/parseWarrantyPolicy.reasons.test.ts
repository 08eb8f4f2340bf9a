import { describe, expect, it } from 'vitest';
import { parseWarrantyPolicy, warrantyPoliciesFrom } from './parseWarrantyPolicy';
import { acmeInput, type CoverageInput, issuesOf } from './testing';

// What a policy author reads when a policy is refused: the code, the field, and the reason in
// English and Chinese (the schema adds the value at the path where there is one).
const basic: CoverageInput = {
  id: 'basic',
  class: 'basic',
  period: { months: 12, km: 20_000 },
  covers: { systems: ['engine'] },
};
const withCoverage = (fields: Record<string, unknown>) =>
  acmeInput({ coverages: [{ ...basic, ...fields } as CoverageInput] });

describe('parseWarrantyPolicy says why', () => {
  it('a coverage that covers nothing', () => {
    expect(issuesOf(() => parseWarrantyPolicy(withCoverage({ covers: {} })))).toEqual([
      {
        code: 'warranty.invalid_policy',
        path: ['coverages', 0, 'covers'],
        params: expect.objectContaining({
          reason: 'a coverage must cover at least one system, part group or failure code',
          reasonZh: '保修项目至少应覆盖一个系统、配件组或故障代码',
        }),
      },
    ]);
  });

  it('a coverage id given twice', () => {
    const input = acmeInput({ coverages: [basic, { ...basic, class: 'powertrain' }] });
    expect(issuesOf(() => parseWarrantyPolicy(input))).toEqual([
      {
        code: 'warranty.invalid_policy',
        path: ['coverages', 1, 'id'],
        params: expect.objectContaining({
          reason: "coverage 'basic' appears twice",
          reasonZh: '保修项目“basic”重复',
        }),
      },
    ]);
  });

  it('a condition voiding a coverage the policy does not have', () => {
    const input = acmeInput({ conditions: { noCommercialUse: { voids: ['basic', 'powertrain'] } } });
    expect(issuesOf(() => parseWarrantyPolicy(input))).toEqual([
      {
        code: 'warranty.invalid_policy',
        path: ['conditions', 'noCommercialUse', 'voids', 1],
        params: expect.objectContaining({
          reason: "no coverage 'powertrain' in the policy",
          reasonZh: '政策中没有保修项目“powertrain”',
        }),
      },
    ]);
  });

  it('soldUntil before soldFrom', () => {
    expect(issuesOf(() => parseWarrantyPolicy(acmeInput({ soldUntil: '2019-12-31' })))).toEqual([
      {
        code: 'warranty.invalid_policy',
        path: ['soldUntil'],
        params: expect.objectContaining({
          reason: 'soldUntil is before soldFrom',
          reasonZh: 'soldUntil 早于 soldFrom',
        }),
      },
    ]);
  });

  it('a period with days and months, or with no limit', () => {
    expect(issuesOf(() => parseWarrantyPolicy(withCoverage({ period: { days: 30, months: 1 } })))).toEqual([
      {
        code: 'time.invalid_period',
        path: ['coverages', 0, 'period'],
        params: expect.objectContaining({
          reason: 'give days or months, not both',
          reasonZh: 'days 与 months 只能给出其一',
        }),
      },
    ]);
    expect(issuesOf(() => parseWarrantyPolicy(withCoverage({ period: {} })))).toEqual([
      {
        code: 'time.invalid_period',
        path: ['coverages', 0, 'period'],
        params: expect.objectContaining({
          reason: 'give at least one limit: days, months or km',
          reasonZh: '至少应给出一个限值：days、months 或 km',
        }),
      },
    ]);
  });
});

describe('warrantyPoliciesFrom says what it got instead of a registry', () => {
  it('null, a number, an object without list, and a list that gives no array', () => {
    const expected = 'registry from createAftersales';
    expect(issuesOf(() => warrantyPoliciesFrom(null as never))).toEqual([
      { code: 'input.invalid_type', path: ['registry'], params: { expected, received: 'null' } },
    ]);
    expect(issuesOf(() => warrantyPoliciesFrom(7 as never))).toEqual([
      { code: 'input.invalid_type', path: ['registry'], params: { expected, received: 'number' } },
    ]);
    expect(issuesOf(() => warrantyPoliciesFrom({ list: 'no' } as never))).toEqual([
      { code: 'input.invalid_type', path: ['registry'], params: { expected, received: 'object' } },
    ]);
    expect(issuesOf(() => warrantyPoliciesFrom({ list: () => 'no' } as never))).toEqual([
      { code: 'input.invalid_type', path: ['registry'], params: { expected: 'registry', received: 'other' } },
    ]);
  });

  it('a contribution without a string id is named by its place', () => {
    const registry = { list: () => [acmeInput(), { ...acmeInput(), id: 7 }] };
    expect(issuesOf(() => warrantyPoliciesFrom(registry as never)).map((issue) => issue.path)).toEqual([
      ['policies', 1, 'id'],
    ]);
  });
});

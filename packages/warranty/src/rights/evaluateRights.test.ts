import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { cnSanbao2021 } from '../jurisdiction/cnSanbao/sanbao2021';
import { at, repair, vehicleCase, ZONE } from '../jurisdiction/cnSanbao/testing';
import { testFloor } from '../jurisdiction/testing';
import { evaluateRights, safeEvaluateRights } from './evaluateRights';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  return fullIssuesOf(fn).map(({ code, path }) => ({ code, path }));
}

/** Every issue of the AftersalesError `fn` throws, with its params; `[]` when it throws none. */
function fullIssuesOf(fn: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  params: Readonly<Record<string, unknown>>;
}[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) {
      return error.issues.map(({ code, path, params }) => ({ code, path, params: params ?? {} }));
    }
    throw error;
  }
  return [];
}

describe('evaluateRights options', () => {
  const input = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]);

  it('names the bad pack by its place among the options (it named only the field inside the pack)', () => {
    const bad = { ...testFloor(), market: 'china' };
    expect(
      issuesOf(() => evaluateRights(input, { jurisdictions: [cnSanbao2021, bad], timeZone: ZONE })),
    ).toEqual([{ code: 'warranty.invalid_jurisdiction', path: ['options', 'jurisdictions', 1, 'market'] }]);
    const result = safeEvaluateRights(input, { jurisdictions: [null as never], timeZone: ZONE });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ['options', 'jurisdictions', 0],
    ]);
  });

  it('evaluates with the good packs as before', () => {
    const [china] = evaluateRights(input, { jurisdictions: [cnSanbao2021], timeZone: ZONE });
    // Invoiced 2024-03-01, as of the repair on 2024-06-01: inside the 36-month 包修期.
    expect(china?.decision?.outcome).toBe('repair');
  });
});

describe('evaluateRights bad options and cases', () => {
  const input = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]);

  it('a time zone that is none: time.invalid_zone at options.timeZone', () => {
    expect(
      issuesOf(() => evaluateRights(input, { jurisdictions: [cnSanbao2021], timeZone: 'Mars/Olympus' })),
    ).toEqual([{ code: 'time.invalid_zone', path: ['options', 'timeZone'] }]);
  });

  it("an error that is not the library's own, thrown while reading a pack, comes through as it is", () => {
    const boom = new Error('the pack could not load its market');
    const lazy = {
      ...testFloor(),
      get market(): never {
        throw boom;
      },
    };
    expect(() => evaluateRights(input, { jurisdictions: [lazy as never], timeZone: ZONE })).toThrow(boom);
  });

  it('options that are no object, or packs that are no list: input.invalid_type saying what came', () => {
    expect(fullIssuesOf(() => evaluateRights(input, ZONE as never))).toEqual([
      { code: 'input.invalid_type', path: ['options'], params: { expected: 'object', received: 'string' } },
    ]);
    // null is named as such, not as typeof's 'object'.
    expect(fullIssuesOf(() => evaluateRights(input, null as never))).toEqual([
      { code: 'input.invalid_type', path: ['options'], params: { expected: 'object', received: 'null' } },
    ]);
    expect(
      fullIssuesOf(() => evaluateRights(input, { jurisdictions: 'CN' as never, timeZone: ZONE })),
    ).toEqual([
      {
        code: 'input.invalid_type',
        path: ['options', 'jurisdictions'],
        params: { expected: 'array', received: 'string' },
      },
    ]);
  });

  it('a repair of another vehicle: input.inconsistent at its vin, naming both VINs', () => {
    // LHXAB2C31R0000012 has a valid check digit, but is not the case's LSVAU2187N2123456.
    const mixed = vehicleCase('2024-03-01', [
      repair('RO-1', at('2024-06-01')),
      repair('RO-2', at('2024-07-01'), { vin: 'LHXAB2C31R0000012' }),
    ]);
    expect(
      fullIssuesOf(() => evaluateRights(mixed, { jurisdictions: [cnSanbao2021], timeZone: ZONE })),
    ).toEqual([
      {
        code: 'input.inconsistent',
        path: ['repairs', 1, 'vin'],
        params: {
          reason: 'repair RO-2 is of LHXAB2C31R0000012, not of LSVAU2187N2123456',
          reasonZh: '维修 RO-2 属于车辆 LHXAB2C31R0000012，而非 LSVAU2187N2123456',
        },
      },
    ]);
  });

  it('a repair finished before it was agreed: input.inconsistent at its finishedAt', () => {
    const backwards = vehicleCase('2024-03-01', [
      repair('RO-1', at('2024-06-01', '10:00:00'), { finishedAt: at('2024-06-01', '09:00:00') }),
    ]);
    expect(
      fullIssuesOf(() => evaluateRights(backwards, { jurisdictions: [cnSanbao2021], timeZone: ZONE })),
    ).toEqual([
      {
        code: 'input.inconsistent',
        path: ['repairs', 0, 'finishedAt'],
        params: {
          value: '2024-06-01T09:00:00+08:00',
          reason: 'the repair finishes before it was agreed',
          reasonZh: '修理完成时间早于修理开始时间',
        },
      },
    ]);
  });

  it('a vehicle no pack governs: the market with no decision, and why', () => {
    // The test floor governs vehicles started from 2022-01-01: one invoiced 2021-06-01 is not
    // governed; one with neither an invoice nor a delivery date has no start at all.
    const options = { jurisdictions: [testFloor()], timeZone: ZONE };
    const before = vehicleCase('2021-06-01', [repair('RO-1', at('2021-08-01'))]);
    expect(evaluateRights(before, options)).toEqual([
      { market: 'CN', jurisdiction: null, decision: null, reason: 'not_governed' },
    ]);
    const undated = vehicleCase(
      '2024-03-01',
      [repair('RO-1', at('2024-06-01'))],
      {},
      { invoiceDate: undefined },
    );
    expect(evaluateRights(undated, options)).toEqual([
      { market: 'CN', jurisdiction: null, decision: null, reason: 'no_start_date' },
    ]);
  });
});

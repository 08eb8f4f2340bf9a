import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { cnSanbao2021 } from '../jurisdiction/cnSanbao/sanbao2021';
import { at, repair, vehicleCase, ZONE } from '../jurisdiction/cnSanbao/testing';
import { testFloor } from '../jurisdiction/testing';
import { evaluateRights, safeEvaluateRights } from './evaluateRights';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
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

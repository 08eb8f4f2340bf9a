import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { catalogKpi, kpisFrom } from './index';

const codeOf = (run: () => unknown): string => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return isAftersalesError(error) ? error.code : `uncoded: ${String(error)}`;
  }
};

describe('catalogKpi and kpisFrom', () => {
  it('answer any id or registry with a coded error (an object without prototype has no String())', () => {
    expect(codeOf(() => catalogKpi(Object.create(null)))).toBe('registry.unknown');
    expect(codeOf(() => kpisFrom(undefined as never))).toBe('input.invalid_type');
    expect(codeOf(() => kpisFrom({ list: () => 'kpis' } as never))).toBe('input.invalid_type');
  });
});

import { isAftersalesError, VehicleSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { testFloor } from '../testing';
import { selectSanbaoJurisdiction } from './selectSanbaoJurisdiction';
import { vehicle } from './testing';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  return [];
}

describe('selectSanbaoJurisdiction on bad input', () => {
  const car = VehicleSchema.parse(vehicle('2022-01-01'));

  it('refuses a vehicle that is no object with a coded issue (it threw a TypeError)', () => {
    expect(issuesOf(() => selectSanbaoJurisdiction(undefined as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'] },
    ]);
    expect(issuesOf(() => selectSanbaoJurisdiction([] as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'] },
    ]);
  });

  it('refuses a date that is none: 2021-02-29 would be compared as text with 2013-10-01 … 2021-12-31', () => {
    expect(issuesOf(() => selectSanbaoJurisdiction({ ...car, invoiceDate: '2021-02-29' }))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'invoiceDate'] },
    ]);
    expect(issuesOf(() => selectSanbaoJurisdiction({ ...car, deliveryDate: 20220101 } as never))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'deliveryDate'] },
    ]);
  });

  it('checks the packs given: not a list, or an item that is no pack, is a coded error', () => {
    expect(issuesOf(() => selectSanbaoJurisdiction(car, {} as never))).toEqual([
      { code: 'input.invalid_type', path: ['packs'] },
    ]);
    expect(
      issuesOf(() => selectSanbaoJurisdiction(car, [testFloor(), { market: 'CN' }] as never))[0],
    ).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['packs', 1, 'id'],
    });
  });

  it('still chooses among valid packs: a floor pack from 2022-01-01 governs a car invoiced that day', () => {
    expect(selectSanbaoJurisdiction(car, [testFloor()])?.id).toBe('test-floor');
    // 2021-12-31 is before the pack's first day (its governs.from is 2022-01-01): none governs.
    expect(selectSanbaoJurisdiction({ ...car, invoiceDate: '2021-12-31' }, [testFloor()])).toBeUndefined();
  });

  it("names null as 'null' (not typeof's 'object') for a vehicle or a pack list", () => {
    const params = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (error) {
        if (isAftersalesError(error)) return error.issues.map(({ path, params: p }) => ({ path, params: p }));
        throw error;
      }
      return [];
    };
    expect(params(() => selectSanbaoJurisdiction(null as never))).toEqual([
      { path: ['vehicle'], params: { expected: 'object', received: 'null' } },
    ]);
    expect(params(() => selectSanbaoJurisdiction(car, null as never))).toEqual([
      { path: ['packs'], params: { expected: 'array', received: 'null' } },
    ]);
  });
});

describe('selectSanbaoJurisdiction says what it got', () => {
  const car = VehicleSchema.parse(vehicle('2022-01-01'));
  const full = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (error) {
      if (isAftersalesError(error))
        return error.issues.map(({ code, path, params }) => ({ code, path, params }));
      throw error;
    }
    return [];
  };

  it('a vehicle that is an array or a string, packs that are an object', () => {
    expect(full(() => selectSanbaoJurisdiction([] as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'], params: { expected: 'object', received: 'array' } },
    ]);
    expect(full(() => selectSanbaoJurisdiction('car' as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'], params: { expected: 'object', received: 'string' } },
    ]);
    expect(full(() => selectSanbaoJurisdiction(car, {} as never))).toEqual([
      { code: 'input.invalid_type', path: ['packs'], params: { expected: 'array', received: 'object' } },
    ]);
  });

  it('a date that is none is quoted; one that is no string is named by its type', () => {
    expect(full(() => selectSanbaoJurisdiction({ ...car, invoiceDate: '2021-02-29' }))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'invoiceDate'], params: { value: '2021-02-29' } },
    ]);
    expect(full(() => selectSanbaoJurisdiction({ ...car, deliveryDate: 20220101 } as never))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'deliveryDate'], params: { value: 'number' } },
    ]);
  });

  it('a bad pack: its issue under packs and its place, with the reason kept', () => {
    expect(
      full(() => selectSanbaoJurisdiction(car, [testFloor(), { ...testFloor(), market: 'china' }] as never)),
    ).toEqual([
      {
        code: 'warranty.invalid_jurisdiction',
        path: ['packs', 1, 'market'],
        params: {
          reason: 'market must be a country or region code (CN, US-CA)',
          reasonZh: 'market 应为国家或地区代码',
        },
      },
    ]);
  });
});

describe('selectSanbaoJurisdiction among packs of other markets or none', () => {
  it('finds none among no packs, or among packs of another market only', () => {
    const car = VehicleSchema.parse(vehicle('2022-01-01'));
    expect(selectSanbaoJurisdiction(car, [])).toBeUndefined();
    const california = testFloor({
      id: 'test-ca',
      market: 'US-CA',
      start: 'delivery',
      governs: { from: '2001-01-01' },
    });
    expect(selectSanbaoJurisdiction(car, [california])).toBeUndefined();
  });

  it('lets an error that is not an AftersalesError through as it is', () => {
    const car = VehicleSchema.parse(vehicle('2022-01-01'));
    const pack: Record<string, unknown> = { ...testFloor() };
    Object.defineProperty(pack, 'version', {
      get() {
        throw new RangeError('version not readable');
      },
    });
    expect(() => selectSanbaoJurisdiction(car, [pack as never])).toThrow(RangeError);
  });
});

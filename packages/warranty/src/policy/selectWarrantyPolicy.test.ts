import { describe, expect, it } from 'vitest';
import { huaxiaPolicy2022, huaxiaPolicy2024 } from './examplePolicy';
import { selectWarrantyPolicy, soldOn } from './selectWarrantyPolicy';
import { acmeInput, acmePolicy, issuesOf } from './testing';

const huaxia = [huaxiaPolicy2022, huaxiaPolicy2024];
const hx5 = { brand: 'Huaxia', model: 'HX5' };

describe('selectWarrantyPolicy', () => {
  it('picks the version in force on the sale date: 2023-12-31 is the last day of huaxia-2022, 2024-01-01 the first of huaxia-2024', () => {
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2023-12-31' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2024-01-01' })?.id).toBe('huaxia-2024');
    // The first day of huaxia-2022 (soldFrom inclusive) vs the day before, when no version was in force.
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2022-01-01' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2021-12-31' })).toBeUndefined();
  });

  it('reads the sale date, else the invoice date, else the delivery date', () => {
    // Each pair straddles 2024-01-01, so which date was read shows in the version chosen.
    const dates = { saleDate: '2023-12-31', invoiceDate: '2024-01-02', deliveryDate: '2024-01-05' };
    expect(selectWarrantyPolicy(huaxia, { ...hx5, ...dates })?.id).toBe('huaxia-2022');
    expect(
      selectWarrantyPolicy(huaxia, { ...hx5, invoiceDate: '2023-12-31', deliveryDate: '2024-01-05' })?.id,
    ).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, deliveryDate: '2023-12-31' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, deliveryDate: '2024-01-01' })?.id).toBe('huaxia-2024');
    expect(soldOn({ ...hx5, invoiceDate: '2024-01-02', deliveryDate: '2024-01-05' })).toBe('2024-01-02');
    expect(soldOn({ ...hx5, deliveryDate: '2024-01-05' })).toBe('2024-01-05');
  });

  it('returns undefined for a vehicle with no date at all', () => {
    expect(selectWarrantyPolicy(huaxia, hx5)).toBeUndefined();
    expect(soldOn(hx5)).toBeUndefined();
  });

  it('prefers a policy naming the model over a brand-wide one, whatever the order or soldFrom', () => {
    const brandWide = acmePolicy({ id: 'acme-all', brands: ['Acme'], soldFrom: '2024-01-01' });
    const a5Only = acmePolicy({ id: 'acme-a5', brands: ['Acme'], models: ['A5'], soldFrom: '2023-01-01' });
    const a5 = { brand: 'Acme', model: 'A5', saleDate: '2024-06-01' };
    expect(selectWarrantyPolicy([brandWide, a5Only], a5)?.id).toBe('acme-a5');
    expect(selectWarrantyPolicy([a5Only, brandWide], a5)?.id).toBe('acme-a5');
    // Another model of the brand gets the brand-wide policy.
    expect(selectWarrantyPolicy([a5Only, brandWide], { ...a5, model: 'A7' })?.id).toBe('acme-all');
  });

  it('of two policies alike, takes the latest soldFrom, then the first given', () => {
    const older = acmePolicy({ id: 'acme-2020', brands: ['Acme'], soldFrom: '2020-01-01' });
    const newer = acmePolicy({ id: 'acme-2024', brands: ['Acme'], soldFrom: '2024-01-01' });
    const twin = acmePolicy({ id: 'acme-2024-b', brands: ['Acme'], soldFrom: '2024-01-01' });
    const car = { brand: 'Acme', model: 'A5', saleDate: '2024-06-01' };
    expect(selectWarrantyPolicy([older, newer], car)?.id).toBe('acme-2024');
    expect(selectWarrantyPolicy([newer, older], car)?.id).toBe('acme-2024');
    expect(selectWarrantyPolicy([twin, newer], car)?.id).toBe('acme-2024-b');
  });

  it('ends a policy on its soldUntil: a car sold that day has it, one sold the day after has none', () => {
    // One policy only, sold 2020-01-01 … 2023-12-31 (both days inclusive); no later version to take over.
    const ended = acmePolicy({ id: 'acme-2020', soldFrom: '2020-01-01', soldUntil: '2023-12-31' });
    const car = { brand: 'Acme', model: 'A5' };
    expect(selectWarrantyPolicy([ended], { ...car, saleDate: '2023-12-31' })?.id).toBe('acme-2020');
    expect(selectWarrantyPolicy([ended], { ...car, saleDate: '2024-01-01' })).toBeUndefined();
    // An ended policy does not beat an open-ended older one after its end, though its soldFrom is later.
    const open = acmePolicy({ id: 'acme-open', soldFrom: '2019-01-01' });
    expect(selectWarrantyPolicy([open, ended], { ...car, saleDate: '2024-06-01' })?.id).toBe('acme-open');
  });

  it('finds no policy for a brand it does not cover; a policy without brands covers every brand', () => {
    expect(
      selectWarrantyPolicy(huaxia, { brand: 'Acme', model: 'HX5', saleDate: '2024-06-01' }),
    ).toBeUndefined();
    // Brands are compared as written: 'huaxia' is not 'Huaxia'.
    expect(
      selectWarrantyPolicy(huaxia, { brand: 'huaxia', model: 'HX5', saleDate: '2024-06-01' }),
    ).toBeUndefined();
    const anyBrand = acmePolicy();
    expect(selectWarrantyPolicy([anyBrand], { brand: 'Zeta', model: 'Z1', saleDate: '2024-06-01' })?.id).toBe(
      'acme-test',
    );
  });
});

describe('selectWarrantyPolicy on bad input', () => {
  const car = { brand: 'Huaxia', model: 'HX5', saleDate: '2024-06-01' };

  it('refuses what is not a list of policies or a vehicle with coded issues (it threw TypeErrors)', () => {
    const codes = (fn: () => unknown) => issuesOf(fn).map(({ code, path }) => ({ code, path }));
    expect(codes(() => selectWarrantyPolicy(undefined as never, car))).toEqual([
      { code: 'input.invalid_type', path: ['policies'] },
    ]);
    expect(codes(() => selectWarrantyPolicy(huaxia, null as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'] },
    ]);
    expect(codes(() => selectWarrantyPolicy(huaxia, { model: 'HX5' } as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle', 'brand'] },
    ]);
  });

  it('says what it got instead: an array for the vehicle, a number for the model', () => {
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, [car] as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'], params: { expected: 'object', received: 'array' } },
    ]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { ...car, model: 5 } as never))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['vehicle', 'model'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { ...car, brand: ['Huaxia'] } as never))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['vehicle', 'brand'],
        params: { expected: 'string', received: 'array' },
      },
    ]);
  });

  it('says what came instead of the policies, the vehicle, its model or a date', () => {
    expect(issuesOf(() => selectWarrantyPolicy(undefined as never, car))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['policies'],
        params: { expected: 'array', received: 'undefined' },
      },
    ]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, null as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'], params: { expected: 'object', received: 'null' } },
    ]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, 'HX5' as never))).toEqual([
      { code: 'input.invalid_type', path: ['vehicle'], params: { expected: 'object', received: 'string' } },
    ]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { brand: 'Huaxia' } as never))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['vehicle', 'model'],
        params: { expected: 'string', received: 'undefined' },
      },
    ]);
    // A date that is no string is named by its type; each of the three dates is checked.
    expect(
      issuesOf(() => selectWarrantyPolicy(huaxia, { ...car, invoiceDate: 20_240_601 } as never)),
    ).toEqual([{ code: 'time.invalid_date', path: ['vehicle', 'invoiceDate'], params: { value: 'number' } }]);
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { ...car, deliveryDate: '2024-06-31' }))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'deliveryDate'], params: { value: '2024-06-31' } },
    ]);
  });

  it('refuses a sale date with a letter among its digits, quoting it', () => {
    // Read digit by digit, '202a' must not pass for a year.
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { ...car, saleDate: '202a-06-01' }))).toEqual([
      { code: 'time.invalid_date', path: ['vehicle', 'saleDate'], params: { value: '202a-06-01' } },
    ]);
  });

  it('refuses a list item that is no policy, instead of returning it', () => {
    // `0` used to come back as the policy: every test on its (missing) fields was false.
    expect(issuesOf(() => selectWarrantyPolicy([...huaxia, 0] as never, car))[0]?.path).toEqual([
      'policies',
      2,
    ]);
  });

  it('refuses a date that is none: 2023-02-29 compared as text would fall inside huaxia-2022', () => {
    expect(issuesOf(() => selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2023-02-29' }))).toMatchObject([
      { code: 'time.invalid_date', path: ['vehicle', 'saleDate'] },
    ]);
  });

  it("lets an error that is not the library's own, thrown while reading a policy, through as it is", () => {
    const boom = new Error('the policy store is offline');
    const lazy = {
      ...acmeInput(),
      get coverages(): never {
        throw boom;
      },
    };
    expect(() => selectWarrantyPolicy([lazy] as never, car)).toThrow(boom);
  });

  it('validates a policy given as input, and answers with the parsed policy', () => {
    expect(
      selectWarrantyPolicy([acmeInput()] as never, { brand: 'Acme', model: 'A5', saleDate: '2020-01-01' })
        ?.id,
    ).toBe('acme-test');
    expect(
      issuesOf(() => selectWarrantyPolicy([acmeInput({ soldFrom: '2020-02-30' })] as never, car))[0]?.path,
    ).toEqual(['policies', 0, 'soldFrom']);
  });
});

import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { oldPartPolicyCite, parseOldPartPolicy } from './oldPartPolicy';

/** The error `fn` throws, for its code and path (fails the test when nothing is thrown). */
function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('parseOldPartPolicy', () => {
  it('fills in the defaults: deadlineRule days, returnWhenRejected true', () => {
    const policy = parseOldPartPolicy({ id: 'acme-old-parts-2024', returnWithinDays: 30, from: 'submitted' });
    expect(policy).toEqual({
      id: 'acme-old-parts-2024',
      returnWithinDays: 30,
      from: 'submitted',
      deadlineRule: 'days',
      returnWhenRejected: true,
    });
    expect(Object.isFrozen(policy)).toBe(true);
  });

  it('keeps a title, a month rule and a citation', () => {
    const policy = parseOldPartPolicy({
      id: 'brand-y.monthly',
      title: '旧件月度回运',
      returnWithinDays: 0,
      from: 'adjudicated',
      deadlineRule: 'end_of_following_month',
      returnWhenRejected: false,
      cite: 'oem:brand-y-warranty-manual-2024#7.3',
    });
    expect(policy.deadlineRule).toBe('end_of_following_month');
    expect(oldPartPolicyCite(policy, 'returnWithinDays')).toBe('oem:brand-y-warranty-manual-2024#7.3');
  });

  it('cites oem:<id>#<field> when the policy has no citation of its own', () => {
    const policy = parseOldPartPolicy({ id: 'acme', returnWithinDays: 15, from: 'repair_completed' });
    expect(oldPartPolicyCite(policy, 'returnWithinDays')).toBe('oem:acme#returnWithinDays');
    expect(oldPartPolicyCite(policy, 'returnWhenRejected')).toBe('oem:acme#returnWhenRejected');
  });

  it('throws a coded error naming the field that fails', () => {
    const base = { id: 'acme', returnWithinDays: 15, from: 'submitted' };
    expect(thrown(() => parseOldPartPolicy({ ...base, returnWithinDays: 7.5 }))).toEqual({
      code: 'input.invalid_type',
      path: ['returnWithinDays'],
    });
    expect(thrown(() => parseOldPartPolicy({ ...base, returnWithinDays: -1 }))).toEqual({
      code: 'input.too_small',
      path: ['returnWithinDays'],
    });
    expect(thrown(() => parseOldPartPolicy({ ...base, from: 'delivered' }))).toEqual({
      code: 'input.invalid_value',
      path: ['from'],
    });
    expect(thrown(() => parseOldPartPolicy({ ...base, deadlineRule: 'end_of_quarter' }))).toEqual({
      code: 'input.invalid_value',
      path: ['deadlineRule'],
    });
    expect(thrown(() => parseOldPartPolicy({ returnWithinDays: 15, from: 'submitted' }))).toEqual({
      code: 'input.required',
      path: ['id'],
    });
    // A space cannot go into `oem:<id>#<field>`.
    expect(thrown(() => parseOldPartPolicy({ ...base, id: 'acme 2024' }))).toEqual({
      code: 'input.invalid_format',
      path: ['id'],
    });
    expect(thrown(() => parseOldPartPolicy({ ...base, cite: 'the warranty manual' }))).toEqual({
      code: 'input.invalid_format',
      path: ['cite'],
    });
    expect(thrown(() => parseOldPartPolicy({ ...base, retainDays: 90 }))).toEqual({
      code: 'input.unrecognized_keys',
      path: [],
    });
  });

  it('prefixes the issue paths with where the policy sits', () => {
    expect(thrown(() => parseOldPartPolicy({ id: 'acme', from: 'submitted' }, ['policy']))).toEqual({
      code: 'input.required',
      path: ['policy', 'returnWithinDays'],
    });
  });

  it('refuses a path that is not an array (it used to throw a TypeError when spreading it)', () => {
    const policy = { id: 'acme', returnWithinDays: 15, from: 'submitted' };
    expect(thrown(() => parseOldPartPolicy(policy, {} as never))).toEqual({
      code: 'input.invalid_type',
      path: ['path'],
    });
    expect(thrown(() => parseOldPartPolicy(policy, 'policy' as never))).toEqual({
      code: 'input.invalid_type',
      path: ['path'],
    });
  });

  it('oldPartPolicyCite refuses what is not a policy, or a field it does not have', () => {
    const policy = parseOldPartPolicy({ id: 'acme', returnWithinDays: 15, from: 'submitted' });
    expect(thrown(() => oldPartPolicyCite(undefined as never, 'returnWithinDays'))).toEqual({
      code: 'input.invalid_type',
      path: ['policy'],
    });
    expect(thrown(() => oldPartPolicyCite({} as never, 'returnWithinDays'))).toEqual({
      code: 'input.invalid_type',
      path: ['policy'],
    });
    expect(thrown(() => oldPartPolicyCite(policy, 'retainDays' as never))).toEqual({
      code: 'input.invalid_value',
      path: ['field'],
    });
    expect(thrown(() => oldPartPolicyCite(policy, Symbol('x') as never))).toEqual({
      code: 'input.invalid_value',
      path: ['field'],
    });
  });

  it('has en and zh messages that name the field', () => {
    try {
      parseOldPartPolicy({ id: 'acme', returnWithinDays: 15, from: 'delivered' }, ['policy']);
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      expect(error.messages.en).toContain('policy.from');
      expect(error.messages.zh).toContain('policy.from');
      return;
    }
    throw new Error('expected an AftersalesError');
  });
});

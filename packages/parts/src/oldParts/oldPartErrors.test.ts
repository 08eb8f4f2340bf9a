import { describe, expect, it } from 'vitest';
import { thrownIssue as issueOf } from '../testing';
import { computeOldPartDeadline } from './oldPartDeadline';
import { oldPartPolicyCite, parseOldPartPolicy } from './oldPartPolicy';
import type { OldPartTracking } from './oldPartTracking';
import { overdueOldParts } from './overdueOldParts';
import { claim, TIME_ZONE } from './testing';
import { trackOldParts } from './trackOldParts';

// What the old-part functions say when given what they cannot read: the code, the path and the
// params each coded error carries (the params fill the en and zh messages).

const policy = { id: 'acme-old-parts-2024', returnWithinDays: 15, from: 'submitted' } as const;
const options = { policy, asOf: '2024-04-10', timeZone: TIME_ZONE };

describe('computeOldPartDeadline', () => {
  const deadline = (value: unknown) => () => computeOldPartDeadline('2024-03-01', value as never);

  it('names what it got instead of a policy', () => {
    const expected = '{ returnWithinDays, deadlineRule }';
    expect(issueOf(deadline(null))).toEqual({
      code: 'input.invalid_type',
      path: ['policy'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(deadline('15 days')).params).toEqual({ expected, received: 'string' });
  });

  it('names what it got instead of a whole number of days, and each bound', () => {
    const at = ['policy', 'returnWithinDays'];
    expect(issueOf(deadline({ returnWithinDays: null }))).toEqual({
      code: 'input.invalid_type',
      path: at,
      params: { expected: 'whole number of days', received: 'null' },
    });
    expect(issueOf(deadline({ returnWithinDays: '15' })).params).toEqual({
      expected: 'whole number of days',
      received: 'string',
    });
    expect(issueOf(deadline({ returnWithinDays: -1 }))).toEqual({
      code: 'input.too_small',
      path: at,
      params: { minimum: 0 },
    });
    expect(issueOf(deadline({ returnWithinDays: 3661 }))).toEqual({
      code: 'input.too_big',
      path: at,
      params: { maximum: 3660 },
    });
    expect(issueOf(deadline({ returnWithinDays: 1, deadlineRule: 'weeks' }))).toEqual({
      code: 'input.invalid_value',
      path: ['policy', 'deadlineRule'],
      params: { allowed: ['days', 'end_of_month', 'end_of_following_month'] },
    });
  });

  it("counts plain days when the rule is left out, as the policy's default", () => {
    // 03-01 + 15 = 03-16
    expect(computeOldPartDeadline('2024-03-01', { returnWithinDays: 15 } as never)).toBe('2024-03-16');
  });

  it('names `start` for a bad start date', () => {
    expect(
      issueOf(() => computeOldPartDeadline('2024-02-30', { returnWithinDays: 1, deadlineRule: 'days' })),
    ).toMatchObject({
      code: 'time.invalid_date',
      path: ['start'],
    });
  });
});

describe('parseOldPartPolicy and oldPartPolicyCite', () => {
  it('names what it got instead of a path', () => {
    const expected = 'array of keys';
    expect(issueOf(() => parseOldPartPolicy(policy, null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['path'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(() => parseOldPartPolicy(policy, 'policy' as never)).params).toEqual({
      expected,
      received: 'string',
    });
  });

  it("keeps the schema's params when it prefixes the path", () => {
    const issue = issueOf(() => parseOldPartPolicy({ ...policy, returnWithinDays: -1 }, ['policy']));
    expect(issue).toMatchObject({ code: 'input.too_small', path: ['policy', 'returnWithinDays'] });
    expect(issue.params).toMatchObject({ minimum: 0 });
  });

  it('refuses what is not a policy, naming what it got', () => {
    const expected = 'an old-part policy (from parseOldPartPolicy)';
    expect(issueOf(() => oldPartPolicyCite(null as never, 'returnWithinDays'))).toEqual({
      code: 'input.invalid_type',
      path: ['policy'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(() => oldPartPolicyCite({} as never, 'returnWithinDays')).params).toEqual({
      expected,
      received: 'object',
    });
  });

  it('takes a field only by its name, and lists the fields it has', () => {
    const parsed = parseOldPartPolicy(policy);
    const allowed = ['id', 'title', 'returnWithinDays', 'from', 'deadlineRule', 'returnWhenRejected', 'cite'];
    expect(issueOf(() => oldPartPolicyCite(parsed, 'retainDays' as never))).toEqual({
      code: 'input.invalid_value',
      path: ['field'],
      params: { allowed },
    });
    // An array holding a field's name is not its name.
    expect(issueOf(() => oldPartPolicyCite(parsed, ['returnWithinDays'] as never))).toEqual({
      code: 'input.invalid_value',
      path: ['field'],
      params: { allowed },
    });
  });
});

describe('trackOldParts', () => {
  it('names what it got instead of options', () => {
    const expected = '{ policy, asOf, timeZone }';
    const track = (value: unknown) => () => trackOldParts([], value as never);
    expect(issueOf(track(null))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(track([options])).params).toEqual({ expected, received: 'array' });
    expect(issueOf(track('options'))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
      params: { expected, received: 'string' },
    });
  });

  it('names what it got instead of claims', () => {
    const expected = 'array of warranty claims';
    expect(issueOf(() => trackOldParts(null as never, options))).toEqual({
      code: 'input.invalid_type',
      path: ['claims'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(() => trackOldParts('WC-1' as never, options)).params).toEqual({
      expected,
      received: 'string',
    });
  });
});

describe('overdueOldParts', () => {
  // 03-01 + 15 = 03-16; as of 04-10: 25 days overdue.
  const overdueItem = (): OldPartTracking => {
    const item = trackOldParts([claim('WC-1')], options).items[0] as OldPartTracking;
    expect(item).toMatchObject({ status: 'overdue', daysOverdue: 25, deadline: '2024-03-16' });
    return item;
  };

  it('names what it got instead of a tracking', () => {
    const expected = 'the result of trackOldParts, or its items';
    expect(issueOf(() => overdueOldParts(null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['tracking'],
      params: { expected, received: 'null' },
    });
    expect(issueOf(() => overdueOldParts('tracking' as never)).params).toEqual({
      expected,
      received: 'string',
    });
    expect(issueOf(() => overdueOldParts({} as never)).params).toEqual({ expected, received: 'object' });
  });

  it('names an item it cannot read, and what it is', () => {
    const expected = 'an item of trackOldParts';
    expect(issueOf(() => overdueOldParts([null as never]))).toEqual({
      code: 'input.invalid_type',
      path: ['tracking', 0],
      params: { expected, received: 'null' },
    });
    expect(issueOf(() => overdueOldParts([7 as never])).params).toEqual({ expected, received: 'number' });
    const item = overdueItem();
    // An overdue item whose days overdue are text, not a number:
    expect(issueOf(() => overdueOldParts([item, { ...item, daysOverdue: '3' as never }]))).toEqual({
      code: 'input.invalid_type',
      path: ['tracking', 1],
      params: { expected, received: 'object' },
    });
  });

  it('reads the fields of overdue items only, and skips an overdue item without a deadline', () => {
    const item = overdueItem();
    const list = overdueOldParts([
      item,
      // Not overdue: not read, so a claim id that is not text does not matter.
      { ...item, status: 'awaiting_return', claimId: 5 as never },
      { ...item, claimId: 'WC-2', deadline: null },
      { ...item, claimId: 'WC-3', deadlineSource: null },
      // Overdue with no count of days: allowed, listed as 0.
      { ...item, claimId: 'WC-4', daysOverdue: null },
    ]);
    expect(list.map((entry) => [entry.claimId, entry.daysOverdue])).toEqual([
      ['WC-1', 25],
      ['WC-4', 0],
    ]);
  });

  it('orders ties by claim id in code-unit order, then by row', () => {
    const item = overdueItem();
    const pick = (list: OldPartTracking[]) =>
      overdueOldParts(list).map((entry) => [entry.claimId, entry.row]);
    // The same claim id twice, 25 days each: row 0 before row 1, whatever the input order.
    expect(
      pick([
        { ...item, row: 0 },
        { ...item, row: 1 },
      ]),
    ).toEqual([
      ['WC-1', 0],
      ['WC-1', 1],
    ]);
    expect(
      pick([
        { ...item, row: 1 },
        { ...item, row: 0 },
      ]),
    ).toEqual([
      ['WC-1', 0],
      ['WC-1', 1],
    ]);
    // The claim id decides before the row: 'WC-A' < 'WC-B' though WC-B has the lower row. And
    // code-unit order puts 'WC-Z' (Z = 0x5A) before 'WC-a' (a = 0x61).
    expect(
      pick([
        { ...item, claimId: 'WC-A', row: 1 },
        { ...item, claimId: 'WC-B', row: 0 },
      ]),
    ).toEqual([
      ['WC-A', 1],
      ['WC-B', 0],
    ]);
    expect(
      pick([
        { ...item, claimId: 'WC-a', row: 0 },
        { ...item, claimId: 'WC-Z', row: 1 },
      ]),
    ).toEqual([
      ['WC-Z', 1],
      ['WC-a', 0],
    ]);
  });
});

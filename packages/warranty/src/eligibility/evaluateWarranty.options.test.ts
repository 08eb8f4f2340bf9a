import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from '../jurisdiction/cnSanbao/sanbao2013';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { testFloor } from '../jurisdiction/testing';
import { acmeInput, acmePolicy, issuesOf } from '../policy/testing';
import type { WarrantyPolicy, WarrantyPolicyInput } from '../policy/warrantyPolicy';
import { evaluateWarranty } from './evaluateWarranty';
import { request, SHANGHAI } from './testing';

// A loop passes one options object to every call; evaluateWarranty may reuse what it read of it
// last time, but must see whatever was changed in it since. The Acme test policy: basic, 12 months
// or 20,000 km over the engine; the vehicle is invoiced 2024-03-01.

/** Options a caller keeps and edits between calls. */
interface EditableOptions {
  policy: WarrantyPolicy[];
  jurisdictions?: Jurisdiction[];
  timeZone: string;
}

/** Acme's basic coverage cut to 2 months: 2024-03-01 + 2 months = 2024-05-01. */
const twoMonths = (id: string) =>
  acmePolicy({
    id,
    coverages: [{ id: 'basic', class: 'basic', period: { months: 2 }, covers: { systems: ['engine'] } }],
  });

// Repaired 2024-06-01 at 1,000 km: inside 12 months, but 31 days after 2024-05-01 (May has 31 days).
const repair = request({ date: '2024-06-01', odometerKm: 1_000 }, { vehicle: { brand: 'Acme' } });

describe('evaluateWarranty: the same options object passed again', () => {
  it('answers again by the policy put in place of the first one in the same list', () => {
    const options: EditableOptions = { policy: [acmePolicy()], timeZone: SHANGHAI };
    // 2024-03-01 + 12 months = 2025-03-01.
    expect(evaluateWarranty(repair, options).details).toMatchObject({
      policy: 'acme-test',
      coverage: 'basic',
      endDate: '2025-03-01',
      kmLeft: 19_000,
    });
    options.policy[0] = twoMonths('acme-short');
    const again = evaluateWarranty(repair, options);
    expect(again.outcome).toBe('not_covered');
    expect(again.details.policy).toBe('acme-short');
    expect(again.details.expired).toEqual({ coverage: 'basic', daysAgo: 31, kmAgo: null });
  });

  it('reads a second policy added to the list', () => {
    const options: EditableOptions = { policy: [twoMonths('acme-short')], timeZone: SHANGHAI };
    expect(evaluateWarranty(repair, options).outcome).toBe('not_covered');
    // A version sold from 2024-01-01 beats the one sold from 2020 for a car sold 2024-03-01.
    options.policy.push(acmePolicy({ id: 'acme-2024', soldFrom: '2024-01-01' }));
    const again = evaluateWarranty(repair, options);
    expect(again.outcome).toBe('covered');
    expect(again.details).toMatchObject({ policy: 'acme-2024', coverage: 'basic', endDate: '2025-03-01' });
  });

  it('applies a rule pack given after a first call without any (the legal floor then covers)', () => {
    const options: EditableOptions = { policy: [twoMonths('acme-short')], timeZone: SHANGHAI };
    expect(evaluateWarranty(repair, options).outcome).toBe('not_covered');
    // The test floor: 36 months or 60,000 km from 2022 on, for a quality problem.
    options.jurisdictions = [testFloor()];
    const withFloor = evaluateWarranty(repair, options);
    expect(withFloor.outcome).toBe('covered');
    expect(withFloor.details).toMatchObject({ coverage: 'test-floor', basis: 'jurisdiction' });
  });

  it('applies a rule pack pushed onto the list it was first given', () => {
    const jurisdictions: Jurisdiction[] = [];
    const options: EditableOptions = { policy: [twoMonths('acme-short')], jurisdictions, timeZone: SHANGHAI };
    expect(evaluateWarranty(repair, options).outcome).toBe('not_covered');
    jurisdictions.push(testFloor());
    expect(evaluateWarranty(repair, options).details).toMatchObject({
      coverage: 'test-floor',
      basis: 'jurisdiction',
    });
  });

  it('dates an instant in the time zone the options name now', () => {
    // 2025-02-28T20:00Z is 2025-03-01 04:00 in Shanghai (UTC+8), the last day of the 12 months,
    // and 2025-02-28 12:00 in Los Angeles (UTC−8 in February): one day before it.
    const atNight = request(
      { at: '2025-02-28T20:00:00Z', odometerKm: 1_000 },
      { vehicle: { brand: 'Acme' } },
    );
    const options: EditableOptions = { policy: [acmePolicy()], timeZone: SHANGHAI };
    expect(evaluateWarranty(atNight, options).details).toMatchObject({ endDate: '2025-03-01', daysLeft: 0 });
    options.timeZone = 'America/Los_Angeles';
    expect(evaluateWarranty(atNight, options).details).toMatchObject({ endDate: '2025-03-01', daysLeft: 1 });
  });

  it('refuses a time zone made invalid between two calls', () => {
    const options: EditableOptions = { policy: [acmePolicy()], timeZone: SHANGHAI };
    expect(evaluateWarranty(repair, options).outcome).toBe('covered');
    options.timeZone = '+08:00';
    expect(issuesOf(() => evaluateWarranty(repair, options))).toMatchObject([
      { code: 'time.invalid_zone', path: ['options', 'timeZone'] },
    ]);
  });

  it('reads a policy given as plain JSON again after its period was edited in place', () => {
    // Not parsed by the caller: its objects can change under the same options object.
    const json: WarrantyPolicyInput = acmeInput();
    const options = { policy: json as unknown as WarrantyPolicy, timeZone: SHANGHAI };
    // 2024-03-01 + 12 months = 2025-03-01; 20,000 − 1,000 = 19,000 km left.
    expect(evaluateWarranty(repair, options).details).toMatchObject({
      endDate: '2025-03-01',
      kmLeft: 19_000,
    });
    const [basic] = json.coverages;
    if (basic === undefined) throw new Error('acmeInput has a basic coverage');
    (basic as { period: { months: number } }).period = { months: 2 };
    const again = evaluateWarranty(repair, options);
    expect(again.outcome).toBe('not_covered');
    expect(again.details.expired).toEqual({ coverage: 'basic', daysAgo: 31, kmAgo: null });
  });
});

describe('evaluateWarranty: lists that grow, and parts a caller can still edit', () => {
  it('sees a policy and a rule pack both added since the last call', () => {
    const options: EditableOptions = {
      policy: [twoMonths('acme-short')],
      jurisdictions: [],
      timeZone: SHANGHAI,
    };
    expect(evaluateWarranty(repair, options).outcome).toBe('not_covered');
    // acme-2024 (sold from 2024-01-01, 12 months) now applies, and a floor is given too.
    options.policy.push(acmePolicy({ id: 'acme-2024', soldFrom: '2024-01-01' }));
    options.jurisdictions?.push(testFloor());
    const again = evaluateWarranty(repair, options);
    expect(again.outcome).toBe('covered');
    expect(again.details).toMatchObject({ policy: 'acme-2024', basis: 'policy' });
  });

  it('reads again a policy given as JSON next to a parsed one, after the JSON one was edited', () => {
    // The JSON version is sold from 2024-01-01, so it beats the parsed one (sold from 2020) for this car.
    const json: WarrantyPolicyInput = acmeInput({ id: 'acme-json', soldFrom: '2024-01-01' });
    const options = { policy: [acmePolicy(), json as unknown as WarrantyPolicy], timeZone: SHANGHAI };
    expect(evaluateWarranty(repair, options).details).toMatchObject({
      policy: 'acme-json',
      endDate: '2025-03-01',
    });
    const [basic] = json.coverages;
    if (basic === undefined) throw new Error('acmeInput has a basic coverage');
    (basic as { period: { months: number } }).period = { months: 2 };
    const again = evaluateWarranty(repair, options);
    expect(again.outcome).toBe('not_covered');
    expect(again.details.expired).toEqual({ coverage: 'basic', daysAgo: 31, kmAgo: null });
  });

  it('reads again a hand-made rule pack edited in place, next to a pack of this package', () => {
    // cn-sanbao-2013 governs cars started up to 2021-12-31, not this one (2024-03-01); the test
    // floor (36 months) does, until its period is cut to 2 months (ended 2024-05-01).
    const floor = testFloor();
    const options = {
      policy: [twoMonths('acme-short')],
      jurisdictions: [cnSanbao2013, floor],
      timeZone: SHANGHAI,
    };
    expect(evaluateWarranty(repair, options).details).toMatchObject({
      coverage: 'test-floor',
      basis: 'jurisdiction',
    });
    (floor.repairFloor as { period: unknown }).period = { months: 2 };
    expect(evaluateWarranty(repair, options).outcome).toBe('not_covered');
    // Checked again, too: a market made invalid is refused at its place among the options.
    (floor as { market: string }).market = 'china';
    expect(issuesOf(() => evaluateWarranty(repair, options))).toMatchObject([
      { code: 'warranty.invalid_jurisdiction', path: ['options', 'jurisdictions', 1, 'market'] },
    ]);
  });

  it('passes on an error that is no AftersalesError, thrown while reading a policy, as it is', () => {
    const policy = Object.defineProperty(acmeInput(), 'coverages', {
      enumerable: true,
      get() {
        throw new RangeError('coverages are not loaded');
      },
    });
    expect(() => evaluateWarranty(repair, { policy: policy as never, timeZone: SHANGHAI })).toThrow(
      new RangeError('coverages are not loaded'),
    );
  });
});

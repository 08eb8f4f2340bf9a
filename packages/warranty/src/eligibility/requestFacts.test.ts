import { parseRecord } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { acmePolicy, issueOf, issuesOf } from '../policy/testing';
import { factsOfRequest, readRequest } from './requestFacts';
import { evaluate, request, SHANGHAI } from './testing';
import { WarrantyRequestSchema } from './warrantyRequest';

// A coverage of 14 months from the invoice date 2024-03-01: the last day is 2025-05-01.
// Shanghai is UTC+8 all year; Los Angeles is UTC−7 in May (PDT).
const policy = acmePolicy({
  coverages: [{ id: 'basic', class: 'basic', period: { months: 14 }, covers: { systems: ['engine'] } }],
});
const LA = 'America/Los_Angeles';
const at = (instant: string) => request({ at: instant, odometerKm: 5_000 });

describe('a repair given as an instant is dated in the dealer zone', () => {
  it('2025-05-01T23:30:00+08:00 (15:30Z) is 2025-05-01 in Shanghai: the last day, covered', () => {
    const decision = evaluate(at('2025-05-01T23:30:00+08:00'), { policy });
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({ endDate: '2025-05-01', daysLeft: 0 });
  });

  it('2025-05-02T00:30:00+08:00 is still 2025-05-01 in UTC (16:30Z), but 2025-05-02 in Shanghai: expired 1 day', () => {
    // Read by its UTC date it would be covered; the dealer's date decides.
    for (const instant of ['2025-05-02T00:30:00+08:00', '2025-05-01T16:30:00Z']) {
      const decision = evaluate(at(instant), { policy });
      expect(decision.outcome, instant).toBe('not_covered');
      expect(decision.details.expired).toEqual({ coverage: 'basic', daysAgo: 1, kmAgo: null });
    }
  });

  it('the same instant, 2025-05-01T16:30:00Z, is 09:30 on 2025-05-01 in Los Angeles: covered there', () => {
    expect(evaluate(at('2025-05-01T16:30:00Z'), { policy, timeZone: LA }).details.daysLeft).toBe(0);
  });

  it('the other way round: 2025-05-01T20:00:00-07:00 is 05-02 in UTC (03:00Z) but 05-01 in Los Angeles', () => {
    expect(evaluate(at('2025-05-01T20:00:00-07:00'), { policy, timeZone: LA }).outcome).toBe('covered');
    // The same instant is 11:00 on 2025-05-02 in Shanghai.
    expect(evaluate(at('2025-05-01T20:00:00-07:00'), { policy, timeZone: SHANGHAI }).outcome).toBe(
      'not_covered',
    );
  });

  it('the start day in the dealer zone: 2024-02-29T23:30:00+08:00 is before 2024-03-01, 16:30Z on 02-29 is not', () => {
    expect(issueOf(() => evaluate(at('2024-02-29T23:30:00+08:00'), { policy }))).toEqual({
      code: 'time.invalid_range',
      path: ['repair', 'date'],
    });
    // 2024-02-29T16:30:00Z = 2024-03-01 00:30 in Shanghai: the start day, 14 months left.
    expect(evaluate(at('2024-02-29T16:30:00Z'), { policy }).outcome).toBe('covered');
  });

  it('an instant without offset is refused (its day would depend on the host)', () => {
    expect(issueOf(() => evaluate(at('2025-05-01T23:30:00'), { policy }))).toEqual({
      code: 'input.invalid_format',
      path: ['repair', 'at'],
    });
  });
});

describe('factsOfRequest / readRequest', () => {
  it('an instant and its local date give the same facts', () => {
    const byInstant = factsOfRequest(
      parseRecord(WarrantyRequestSchema, at('2025-05-02T00:30:00+08:00')),
      SHANGHAI,
    );
    const byDate = readRequest(request({ date: '2025-05-02', odometerKm: 5_000 }), SHANGHAI);
    expect(byInstant).toStrictEqual(byDate);
    expect(byInstant.repairDate).toBe('2025-05-02');
  });

  it('reads earlier owners, the first maintenance and the defaults', () => {
    const facts = readRequest(
      request(
        { date: '2025-05-02', odometerKm: 5_000 },
        {
          vehicle: { previousOwners: [{ customerId: 'CUS-000001' }], use: 'private' },
          firstMaintenance: { date: '2024-08-01', odometerKm: 4_000 },
        },
      ),
      SHANGHAI,
    );
    expect(facts).toMatchObject({
      laterOwner: true,
      use: 'private',
      startKm: 0,
      cause: 'quality',
      isNev: false,
      firstMaintenance: { km: 4_000 },
    });
  });
});

describe('a request the fast reader cannot vouch for is refused by the schema, with its field', () => {
  // Each request is canonical but for one field; the fast reader must step aside for it, and the
  // schema then names the field (a fast reader that took it would answer with a decision).
  const good = request({ date: '2024-06-01', odometerKm: 1_000 });

  it('an unknown top-level key: input.unrecognized_keys naming it', () => {
    expect(issuesOf(() => evaluate({ ...good, comment: 'rattle' } as never))).toEqual([
      { code: 'input.unrecognized_keys', path: [], params: { keys: ['comment'] } },
    ]);
  });

  it('previousOwners that is not an array: input.invalid_type at vehicle.previousOwners', () => {
    const owners = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      {
        vehicle: { previousOwners: {} as never },
      },
    );
    expect(issuesOf(() => evaluate(owners))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['vehicle', 'previousOwners'],
        params: { expected: 'array', received: 'object' },
      },
    ]);
  });

  it('an earlier owner with a numeric customer id, or a from date that is no date: the owner field', () => {
    const numericId = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      {
        vehicle: { previousOwners: [{ customerId: 7 as never }] },
      },
    );
    expect(issuesOf(() => evaluate(numericId))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['vehicle', 'previousOwners', 0, 'customerId'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
    // 2023 had no 30 February.
    const badFrom = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      {
        vehicle: { previousOwners: [{ customerId: 'CUS-1', from: '2023-02-30' }] },
      },
    );
    expect(issuesOf(() => evaluate(badFrom))).toMatchObject([
      { code: 'input.invalid_format', path: ['vehicle', 'previousOwners', 0, 'from'] },
    ]);
  });

  it('a part group given as a number: input.invalid_type at repair.partGroup', () => {
    const numbered = request({ date: '2024-06-01', odometerKm: 1_000, partGroup: 42 as never });
    expect(issuesOf(() => evaluate(numbered))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['repair', 'partGroup'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
  });

  it('an invoice date with a letter among its digits: input.invalid_format at vehicle.invoiceDate', () => {
    const lettered = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      { vehicle: { invoiceDate: '202a-03-01' } },
    );
    expect(issuesOf(() => evaluate(lettered))).toMatchObject([
      { code: 'input.invalid_format', path: ['vehicle', 'invoiceDate'] },
    ]);
  });
});

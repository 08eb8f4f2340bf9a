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

  it('reads an earlier owner through the schema too: the owner now is a later owner', () => {
    const owned = request(
      { date: '2025-05-02', odometerKm: 5_000 },
      { vehicle: { previousOwners: [{ customerId: 'CUS-000001' }] } },
    );
    expect(factsOfRequest(parseRecord(WarrantyRequestSchema, owned), SHANGHAI).laterOwner).toBe(true);
    const firstOwner = request({ date: '2025-05-02', odometerKm: 5_000 });
    expect(factsOfRequest(parseRecord(WarrantyRequestSchema, firstOwner), SHANGHAI).laterOwner).toBe(false);
  });

  it('reads the first maintenance the same through the schema as through the fast reader', () => {
    // 2024-08-01 is day 19,936 (2024-03-01 is 19,783; + 31 + 30 + 31 + 30 + 31 = 153).
    const done = { date: '2024-08-01', odometerKm: 4_000 };
    for (const firstMaintenance of [done, null]) {
      const input = request({ date: '2025-05-02', odometerKm: 5_000 }, { firstMaintenance });
      const bySchema = factsOfRequest(parseRecord(WarrantyRequestSchema, input), SHANGHAI);
      expect(bySchema).toStrictEqual(readRequest(input, SHANGHAI));
      expect(bySchema.firstMaintenance).toEqual(
        firstMaintenance === null ? null : { day: 19_936, km: 4_000 },
      );
    }
    const none = request({ date: '2025-05-02', odometerKm: 5_000 });
    expect(
      factsOfRequest(parseRecord(WarrantyRequestSchema, none), SHANGHAI).firstMaintenance,
    ).toBeUndefined();
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

  it('an unknown key in the vehicle, the repair or the first maintenance: input.unrecognized_keys there', () => {
    const withVehicleKey = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      { vehicle: { colour: 'red' } as never },
    );
    expect(issuesOf(() => evaluate(withVehicleKey))).toEqual([
      { code: 'input.unrecognized_keys', path: ['vehicle'], params: { keys: ['colour'] } },
    ]);
    const withRepairKey = request({ date: '2024-06-01', odometerKm: 1_000, bay: 3 } as never);
    expect(issuesOf(() => evaluate(withRepairKey))).toEqual([
      { code: 'input.unrecognized_keys', path: ['repair'], params: { keys: ['bay'] } },
    ]);
    const withMaintenanceKey = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      { firstMaintenance: { date: '2024-05-01', odometerKm: 900, dealer: 'D1' } as never },
    );
    expect(issuesOf(() => evaluate(withMaintenanceKey))).toEqual([
      { code: 'input.unrecognized_keys', path: ['firstMaintenance'], params: { keys: ['dealer'] } },
    ]);
  });

  it('an earlier owner with an unknown key: input.unrecognized_keys at that owner', () => {
    const owners = request(
      { date: '2024-06-01', odometerKm: 1_000 },
      { vehicle: { previousOwners: [{ customerId: 'CUS-000001', note: 'x' }] as never } },
    );
    expect(issuesOf(() => evaluate(owners))).toEqual([
      { code: 'input.unrecognized_keys', path: ['vehicle', 'previousOwners', 0], params: { keys: ['note'] } },
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

describe('the repair date or instant, refused with the reason', () => {
  it('both a date and an instant, or neither: input.inconsistent at repair.date, saying give exactly one', () => {
    const reason = {
      reason: 'give the repair date or the repair instant (at), exactly one',
      reasonZh: '维修日期（date）与维修时间（at）须且只能给出其一',
    };
    const both = request({ date: '2025-01-01', at: '2025-01-01T10:00:00+08:00', odometerKm: 0 });
    expect(issuesOf(() => evaluate(both, { policy }))).toEqual([
      { code: 'input.inconsistent', path: ['repair', 'date'], params: { ...reason, value: '2025-01-01' } },
    ]);
    expect(issuesOf(() => evaluate(request({ odometerKm: 0 }), { policy }))).toEqual([
      { code: 'input.inconsistent', path: ['repair', 'date'], params: reason },
    ]);
  });

  it('an instant that is already year 10000 in the dealer zone: time.invalid_instant with the value', () => {
    // 9999-12-31T20:00:00Z is 10000-01-01 04:00 in Shanghai.
    const late = request(
      { at: '9999-12-31T20:00:00Z', odometerKm: 0 },
      { vehicle: { invoiceDate: '9999-12-01' } },
    );
    expect(issuesOf(() => evaluate(late, { policy }))).toEqual([
      { code: 'time.invalid_instant', path: ['repair', 'at'], params: { value: '9999-12-31T20:00:00Z' } },
    ]);
  });
});

describe('vehicle fields the fast reader must leave to the schema', () => {
  const on = { date: '2024-06-01', odometerKm: 1_000 };
  const codeAndPath = (fn: () => unknown) => issuesOf(fn).map(({ code, path }) => ({ code, path }));

  it('a model year outside 1900 … 2100 is refused; 1900 and 2100 are taken', () => {
    expect(codeAndPath(() => evaluate(request(on, { vehicle: { modelYear: 1899 } }), { policy }))).toEqual([
      { code: 'input.too_small', path: ['vehicle', 'modelYear'] },
    ]);
    expect(codeAndPath(() => evaluate(request(on, { vehicle: { modelYear: 2101 } }), { policy }))).toEqual([
      { code: 'input.too_big', path: ['vehicle', 'modelYear'] },
    ]);
    for (const modelYear of [1900, 2100]) {
      expect(evaluate(request(on, { vehicle: { modelYear } }), { policy }).outcome, String(modelYear)).toBe(
        'covered',
      );
    }
  });

  it('isNev that is no boolean, an nevKind no NEV has, or an nevKind on a combustion car', () => {
    expect(
      codeAndPath(() => evaluate(request(on, { vehicle: { isNev: 'yes' as never } }), { policy })),
    ).toEqual([{ code: 'input.invalid_type', path: ['vehicle', 'isNev'] }]);
    const unknownKind = request(on, { vehicle: { isNev: true, nevKind: 'XEV' as never } });
    expect(codeAndPath(() => evaluate(unknownKind, { policy }))).toEqual([
      { code: 'input.invalid_value', path: ['vehicle', 'nevKind'] },
    ]);
    const combustion = request(on, { vehicle: { isNev: false, nevKind: 'BEV' } });
    expect(codeAndPath(() => evaluate(combustion, { policy }))).toEqual([
      { code: 'input.inconsistent', path: ['vehicle', 'nevKind'] },
    ]);
  });

  it('a use, a system or a cause that is not one of the listed values', () => {
    expect(
      codeAndPath(() => evaluate(request(on, { vehicle: { use: 'rental' as never } }), { policy })),
    ).toEqual([{ code: 'input.invalid_value', path: ['vehicle', 'use'] }]);
    expect(codeAndPath(() => evaluate(request({ ...on, system: 'warp' as never }), { policy }))).toEqual([
      { code: 'input.invalid_value', path: ['repair', 'system'] },
    ]);
    expect(codeAndPath(() => evaluate(request({ ...on, cause: 'gremlins' as never }), { policy }))).toEqual([
      { code: 'input.invalid_value', path: ['repair', 'cause'] },
    ]);
  });
});

describe('start reading and first maintenance the fast reader must leave to the schema', () => {
  const on = { date: '2024-06-01', odometerKm: 1_000 };
  const codeAndPath = (fn: () => unknown) => issuesOf(fn).map(({ code, path }) => ({ code, path }));

  it('a negative start reading is refused at startKm', () => {
    expect(codeAndPath(() => evaluate(request(on, { startKm: -1 }), { policy }))).toEqual([
      { code: 'input.too_small', path: ['startKm'] },
    ]);
  });

  it('a first maintenance on a day that does not exist, or at a negative reading, is refused there', () => {
    const noDay = request(on, { firstMaintenance: { date: '2024-02-30', odometerKm: 900 } });
    expect(codeAndPath(() => evaluate(noDay, { policy }))).toEqual([
      { code: 'input.invalid_format', path: ['firstMaintenance', 'date'] },
    ]);
    const negative = request(on, { firstMaintenance: { date: '2024-05-01', odometerKm: -1 } });
    expect(codeAndPath(() => evaluate(negative, { policy }))).toEqual([
      { code: 'input.too_small', path: ['firstMaintenance', 'odometerKm'] },
    ]);
  });
});

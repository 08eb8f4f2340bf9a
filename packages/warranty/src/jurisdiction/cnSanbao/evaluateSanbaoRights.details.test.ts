import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, repeats, stepOf, VIN, vehicleCase, ZONE } from './testing';

const base = { jurisdiction: 'cn-sanbao-2021', version: '2021', requested: 'return' };

describe('evaluateSanbaoRights: the details of every decision', () => {
  it('out of scope: the pack, the version and what was requested', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase(
        '2024-03-01',
        [repair('RO-1', at('2024-03-20'))],
        { requested: 'return' },
        { use: 'commercial' },
      ),
    );
    expect(decision.outcome).toBe('out_of_scope');
    expect(decision.details).toEqual(base);
  });

  it('not governed (invoiced 2021-06-01, before the 2021 rules): the start date as well', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2021-06-01', [repair('RO-1', at('2021-07-01'))], { requested: 'return' }),
    );
    expect(decision.outcome).toBe('not_governed');
    expect(decision.details).toEqual({ ...base, startDate: '2021-06-01' });
  });

  it('no moment to evaluate at (no repair, request or as-of): the start date as well', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [], { requested: 'return' }));
    expect(decision.outcome).toBe('undetermined');
    expect(decision.details).toEqual({ ...base, startDate: '2024-03-01' });
  });

  it('a period that would end after 9999-12-31 (invoiced 9999-06-30): the start date as well', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('9999-06-30', [repair('RO-1', at('9999-07-01'))], { requested: 'return' }),
    );
    expect(decision.outcome).toBe('undetermined');
    expect(decision.details).toEqual({ ...base, startDate: '9999-06-30' });
  });

  it('evaluated: the pack, version and request, and each right with its status and remedy', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))], { requested: 'return' }),
    );
    expect(decision.details).toMatchObject({ ...base, startDate: '2024-03-01', startKm: 0 });
    const rights = decision.details?.rights as { rule: string; status: string; remedy: string | null }[];
    expect(rights.map((r) => r.rule)).toEqual(
      [
        'repair-period',
        'seven-days',
        'sixty-days',
        'assembly-swap',
        'serious-safety',
        'assembly-replaced-twice',
        'main-part-replaced-twice',
        'repair-time',
        'same-problem',
      ].map((name) => `cn-sanbao-2021.${name}`),
    );
    expect(rights[0]).toEqual({ rule: 'cn-sanbao-2021.repair-period', status: 'passed', remedy: 'repair' });
    expect(rights[8]).toEqual({ rule: 'cn-sanbao-2021.same-problem', status: 'failed', remedy: null });
  });
});

describe('evaluateSanbaoRights: free and paid grounds together', () => {
  it('a free assembly swap (Art. 20) does not make a return under Art. 24 free of use compensation', () => {
    // Five repairs of a drive-motor main part from day 19 on: the swap is established (free, but an
    // assembly, not the car) and so is Art. 24(4) (more than 4 repairs): ¥200,000 × 1 × 0.5 % = ¥1,000.
    const motorPart = {
      system: 'drive_motor' as const,
      replaced: [{ assembly: 'drive_motor' as const, level: 'main_part' as const, mainPart: 'rotor' }],
    };
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', repeats(5, '2024-03-20', motorPart), { useCompensationRate: '0.005' }),
    );
    expect(stepOf(decision, 'assembly-swap').status).toBe('passed');
    expect(decision.outcome).toBe('replacement_or_return');
    expect(decision.details?.useCompensation).toEqual({
      amount: '1000.00',
      currency: 'CNY',
      n: '0.005',
      km: 1_000,
      price: '200000.00',
    });
  });
});

describe('evaluateSanbaoRights: what it refuses', () => {
  it('a bad zone at path timeZone', () => {
    const pack = createSanbaoJurisdiction2021();
    const good = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]);
    expect(() => pack.evaluateRights(good as never, { timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'time.invalid_zone', path: ['timeZone'] }),
    );
  });

  it('a repair of another VIN, saying which in both languages', () => {
    const pack = createSanbaoJurisdiction2021();
    const other = 'LSVAU218XN2123452';
    const input = vehicleCase('2024-03-01', [
      repair('RO-1', at('2024-06-01')),
      { ...repair('RO-2', at('2024-06-02')), vin: other },
    ]);
    try {
      pack.evaluateRights(input as never, { timeZone: ZONE });
      expect.unreachable();
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      expect(error.issues).toEqual([
        expect.objectContaining({
          code: 'input.inconsistent',
          path: ['case', 'repairs', 1, 'vin'],
          params: {
            reason: `the repair is of ${other}, not of the vehicle ${VIN}`,
            reasonZh: `该维修记录的车辆为 ${other}，而非 ${VIN}`,
          },
        }),
      ]);
    }
  });
});

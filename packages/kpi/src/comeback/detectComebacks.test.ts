import { AftersalesError, isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectComebacks } from './detectComebacks';

// KPI-CATALOG ro.comeback: same VIN, same concern or op group, within 30 days or 1,000 km after
// the previous RO's delivery (whichever comes first closes the window); cancelled ROs never count.
const VIN = 'LSVAU218XN2183294';
const OTHER_VIN = 'LFV2A21K5P3043817';

function ro(
  id: string,
  opened: string,
  delivered: string | undefined,
  system: 'brakes' | 'engine' | 'maintenance',
  extra: Partial<RepairOrderInput> = {},
): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-001',
    vin: VIN,
    advisorId: 'SA-1',
    kind: system === 'maintenance' ? 'maintenance' : 'repair',
    currency: 'CNY',
    status: delivered ? 'closed' : 'in_repair',
    openedAt: `${opened}T09:00:00+08:00`,
    ...(delivered ? { deliveredAt: `${delivered}T17:00:00+08:00` } : {}),
    jobs: [{ id: `${id}-J1`, concern: '异响', system, authorization: 'approved', payType: 'CP' }],
    ...extra,
  };
}

const SHANGHAI = { timeZone: 'Asia/Shanghai' } as const;
const outcomes = (
  input: RepairOrderInput[],
  options: { days?: number; km?: number; timeZone?: string } = {},
) =>
  detectComebacks(input, { ...SHANGHAI, ...options }).results.map((r) => [
    r.roId,
    r.decision.outcome,
    r.previousRoId ?? null,
  ]);

describe('detectComebacks', () => {
  it('finds a repeat on day 30 after the delivery date, not on day 31, on the dealer’s calendar', () => {
    // RO-1 delivered 2024-03-01 17:00 Beijing. 2024-03-31 is day 30; 2024-04-01 is day 31.
    const first = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes');
    const day30 = { ...ro('RO-2', '2024-03-31', undefined, 'brakes'), openedAt: '2024-03-31T23:30:00+08:00' };
    const day31 = { ...ro('RO-2', '2024-04-01', undefined, 'brakes'), openedAt: '2024-04-01T00:30:00+08:00' };
    expect(outcomes([first, day30])).toEqual([
      ['RO-1', 'not_comeback', null],
      ['RO-2', 'comeback', 'RO-1'],
    ]);
    expect(outcomes([first, day31])[1]).toEqual(['RO-2', 'not_comeback', null]);
    // The same instants on UTC clocks: delivered 03-01 09:00Z, opened 03-31 16:30Z — day 30.
    expect(outcomes([first, day31], { timeZone: 'UTC' })[1]).toEqual(['RO-2', 'comeback', 'RO-1']);
  });

  it('closes the window at 1,000 km when that comes first (1,000 km in, 1,001 km out)', () => {
    const earlier = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes', {
      odometerInKm: 20_000,
      odometerOutKm: 20_005,
    });
    const at1000 = ro('RO-2', '2024-03-10', undefined, 'brakes', { odometerInKm: 21_005 });
    const at1001 = ro('RO-2', '2024-03-10', undefined, 'brakes', { odometerInKm: 21_006 });
    expect(outcomes([earlier, at1000])[1]).toEqual(['RO-2', 'comeback', 'RO-1']);
    expect(outcomes([earlier, at1001])[1]).toEqual(['RO-2', 'not_comeback', null]);
    // Without odometers the days alone decide.
    expect(
      outcomes([
        ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
        ro('RO-2', '2024-03-10', undefined, 'brakes'),
      ])[1],
    ).toEqual(['RO-2', 'comeback', 'RO-1']);
  });

  it('needs the same vehicle and the same system; a maintenance visit repeats nothing', () => {
    expect(
      outcomes([
        ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
        ro('RO-2', '2024-03-05', undefined, 'engine'),
      ])[1],
    ).toEqual(['RO-2', 'not_comeback', null]);
    expect(
      outcomes([
        ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
        { ...ro('RO-2', '2024-03-05', undefined, 'brakes'), vin: OTHER_VIN },
      ])[1],
    ).toEqual(['RO-2', 'not_comeback', null]);
    expect(
      outcomes([
        ro('RO-1', '2024-03-01', '2024-03-01', 'maintenance'),
        ro('RO-2', '2024-03-05', undefined, 'maintenance'),
      ])[1],
    ).toEqual(['RO-2', 'not_comeback', null]);
  });

  it('repeats the latest matching RO, and never one delivered after this one opened', () => {
    const ros = [
      ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
      ro('RO-2', '2024-03-10', '2024-03-10', 'brakes'),
      ro('RO-3', '2024-03-12', undefined, 'brakes'),
    ];
    expect(outcomes(ros)).toEqual([
      ['RO-1', 'not_comeback', null],
      ['RO-2', 'comeback', 'RO-1'],
      ['RO-3', 'comeback', 'RO-2'],
    ]);
  });

  it('counts a flag of the dealer even without a match, and explains both rules', () => {
    const flaggedRo = ro('RO-9', '2024-05-01', undefined, 'engine', {
      comeback: { isComeback: true, previousRoId: 'RO-0', reason: '异响复现' },
    });
    const [result] = detectComebacks([flaggedRo], SHANGHAI).results;
    expect(result?.decision.outcome).toBe('comeback');
    expect(result?.previousRoId).toBe('RO-0');
    expect(result?.decision.trace.map((s) => [s.rule, s.status, s.cite])).toEqual([
      ['ro.comeback.flagged', 'passed', 'manual:ro.comeback'],
      ['ro.comeback.repeat', 'failed', 'manual:ro.comeback'],
    ]);
  });

  it('never counts a cancelled RO, as a comeback or as the RO repeated', () => {
    const cancelled = { ...ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'), status: 'cancelled' as const };
    expect(outcomes([cancelled, ro('RO-2', '2024-03-05', undefined, 'brakes')])).toEqual([
      ['RO-1', 'not_counted', null],
      ['RO-2', 'not_comeback', null],
    ]);
  });

  it('takes other windows, and refuses a negative one with a coded error', () => {
    const ros = [
      ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
      ro('RO-2', '2024-03-20', undefined, 'brakes'),
    ];
    expect(outcomes(ros, { days: 14 })[1]).toEqual(['RO-2', 'not_comeback', null]);
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isAftersalesError(error) ? [error.code, error.path] : error;
      }
      return undefined;
    };
    expect(codeOf(() => detectComebacks(ros, { ...SHANGHAI, days: -1 }))).toEqual([
      'input.too_small',
      ['options', 'days'],
    ]);
    expect(codeOf(() => detectComebacks(ros, { ...SHANGHAI, km: '1000' as never }))).toEqual([
      'input.invalid_type',
      ['options', 'km'],
    ]);
    expect(() => detectComebacks(ros, { timeZone: 'Mars/Olympus' })).toThrowError(AftersalesError);
  });

  it('returns a record that is not an RO in rejected, with its row, and keeps the others', () => {
    const report = detectComebacks(
      [ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'), { id: 'broken' }],
      SHANGHAI,
    );
    expect(report.results.map((r) => r.roId)).toEqual(['RO-1']);
    expect(report.rejected.map((r) => r.row)).toEqual([1]);
    expect(report.rejected[0]?.issues.length).toBeGreaterThan(0);
  });
});

describe('detectComebacks (windows, traces and bad input)', () => {
  /** The code, path and params of the coded error `run` throws (or what else it did). */
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
      return 'no error';
    } catch (error) {
      if (!isAftersalesError(error)) return `uncoded: ${String(error)}`;
      const [issue] = error.issues;
      return { code: issue?.code, path: issue?.path, params: issue?.params };
    }
  };
  const ros = [
    ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
    ro('RO-2', '2024-03-05', undefined, 'brakes'),
  ];

  it('rejects repair orders that are not an array, naming repairOrders', () => {
    expect(thrown(() => detectComebacks('RO-1' as never, SHANGHAI))).toEqual({
      code: 'input.invalid_type',
      path: ['repairOrders'],
      params: { expected: 'array', received: 'string' },
    });
    expect(thrown(() => detectComebacks({ 0: ros[0] } as never, SHANGHAI))).toEqual({
      code: 'input.invalid_type',
      path: ['repairOrders'],
      params: { expected: 'array', received: 'object' },
    });
  });

  it.each([
    ['days', Number.NaN, 'NaN'],
    ['km', Number.POSITIVE_INFINITY, 'number'],
    ['days', '30', 'string'],
  ])('rejects %s = %s, not a finite number, naming it', (name, value, received) => {
    expect(thrown(() => detectComebacks(ros, { ...SHANGHAI, [name]: value }))).toEqual({
      code: 'input.invalid_type',
      path: ['options', name],
      params: { expected: 'a finite number', received },
    });
  });

  it('rejects a negative km with the minimum 0, inclusive', () => {
    expect(thrown(() => detectComebacks(ros, { ...SHANGHAI, km: -0.5 }))).toEqual({
      code: 'input.too_small',
      path: ['options', 'km'],
      params: { minimum: 0, inclusive: true },
    });
  });

  it('takes a window of 0 days and 0 km: a repeat the same day with the same odometer', () => {
    // RO-1 delivered 2024-03-01 17:00 at 20,005 km; RO-2 opened 20:00 the same day at 20,005 km.
    const earlier = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes', {
      odometerInKm: 20_000,
      odometerOutKm: 20_005,
    });
    const sameDay = {
      ...ro('RO-2', '2024-03-01', undefined, 'brakes', { odometerInKm: 20_005 }),
      openedAt: '2024-03-01T20:00:00+08:00',
    };
    const nextDay = ro('RO-2', '2024-03-02', undefined, 'brakes', { odometerInKm: 20_005 });
    expect(outcomes([earlier, sameDay], { days: 0, km: 0 })[1]).toEqual(['RO-2', 'comeback', 'RO-1']);
    expect(outcomes([earlier, nextDay], { days: 0, km: 0 })[1]).toEqual(['RO-2', 'not_comeback', null]);
  });

  it('records the days and the km driven since the earlier RO in the repeat step', () => {
    // Delivered 03-01 at 20,005 km; back 03-10 at 21,005 km: day 9, 1,000 km.
    const earlier = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes', {
      odometerInKm: 20_000,
      odometerOutKm: 20_005,
    });
    const back = ro('RO-2', '2024-03-10', undefined, 'brakes', { odometerInKm: 21_005 });
    const [, result] = detectComebacks([earlier, back], SHANGHAI).results;
    expect(result?.decision.trace).toEqual([
      {
        rule: 'ro.comeback.repeat',
        status: 'passed',
        facts: {
          previousRoId: 'RO-1',
          systems: ['brakes'],
          daysAfterDelivery: 9,
          kmDriven: 1000,
          limitDays: 30,
          limitKm: 1000,
        },
        message: {
          en: 'repeats RO-1 (brakes) 9 days after its delivery',
          zh: '重复 RO-1（brakes），距其交车 9 天',
        },
        cite: 'manual:ro.comeback',
      },
    ]);
  });

  it('says in both languages why a voided or cancelled RO is not counted', () => {
    const voided = { ...ro('RO-1', '2024-03-01', undefined, 'brakes'), status: 'voided' as const };
    const cancelled = { ...ro('RO-2', '2024-03-02', undefined, 'brakes'), status: 'cancelled' as const };
    const steps = detectComebacks([voided, cancelled], SHANGHAI).results.map((r) => r.decision.trace);
    expect(steps).toEqual([
      [
        {
          rule: 'ro.comeback.not-counted',
          status: 'not_applicable',
          facts: { status: 'voided' },
          message: { en: 'the RO is voided', zh: '工单已作废' },
          cite: 'manual:ro.comeback',
        },
      ],
      [
        {
          rule: 'ro.comeback.not-counted',
          status: 'not_applicable',
          facts: { status: 'cancelled' },
          message: { en: 'the RO is cancelled', zh: '工单已取消' },
          cite: 'manual:ro.comeback',
        },
      ],
    ]);
  });

  it('counts a flag with no earlier RO named and none found, and names none', () => {
    const flaggedRo = ro('RO-9', '2024-05-01', undefined, 'engine', { comeback: { isComeback: true } });
    const [result] = detectComebacks([flaggedRo], SHANGHAI).results;
    expect(result).toEqual({ roId: 'RO-9', decision: expect.objectContaining({ outcome: 'comeback' }) });
    expect(result !== undefined && 'previousRoId' in result).toBe(false);
  });
});

describe('detectComebacks (properties)', () => {
  it('accounts for every record in, and throws nothing but coded errors, on any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.constant(ro('RO-1', '2024-03-01', '2024-03-01', 'brakes')))),
        fc.anything(),
        (records, options) => {
          try {
            const report = detectComebacks(records, {
              ...SHANGHAI,
              ...(typeof options === 'object' ? options : {}),
            } as never);
            expect(report.results.length + report.rejected.length).toBe(records.length);
          } catch (error) {
            expect(isAftersalesError(error)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('detectComebacks (which earlier RO, and what the steps record)', () => {
  /** The code, path and params of the coded error `run` throws (or what else it did). */
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
      return 'no error';
    } catch (error) {
      if (!isAftersalesError(error)) return `uncoded: ${String(error)}`;
      const [issue] = error.issues;
      return { code: issue?.code, path: issue?.path, params: issue?.params };
    }
  };
  const job = (id: string, system?: 'brakes' | 'engine' | 'suspension' | 'hvac') => ({
    id,
    concern: '异响',
    ...(system === undefined ? {} : { system }),
    authorization: 'approved' as const,
    payType: 'CP' as const,
  });

  it('repeats the RO delivered last, whatever order the records come in', () => {
    // RO-2 (delivered 03-10) comes before RO-1 (delivered 03-01); RO-3 opens 03-12: it repeats RO-2.
    const ros = [
      ro('RO-2', '2024-03-10', '2024-03-10', 'brakes'),
      ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
      ro('RO-3', '2024-03-12', undefined, 'brakes'),
    ];
    expect(outcomes(ros)).toEqual([
      ['RO-2', 'comeback', 'RO-1'],
      ['RO-1', 'not_comeback', null],
      ['RO-3', 'comeback', 'RO-2'],
    ]);
  });

  it('takes only an RO delivered strictly before this one opened', () => {
    // RO-1 delivered 2024-03-01 17:00 Beijing; RO-2 opened at that very instant, or a minute later.
    const earlier = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes');
    const atDelivery = {
      ...ro('RO-2', '2024-03-01', undefined, 'brakes'),
      openedAt: '2024-03-01T17:00:00+08:00',
    };
    const minuteLater = { ...atDelivery, openedAt: '2024-03-01T17:01:00+08:00' };
    expect(outcomes([earlier, atDelivery])[1]).toEqual(['RO-2', 'not_comeback', null]);
    expect(outcomes([earlier, minuteLater])[1]).toEqual(['RO-2', 'comeback', 'RO-1']);
  });

  it('never finds an RO a repeat of itself, even one keyed in after the car was delivered', () => {
    // Delivered 03-04 17:00, opened (keyed in) 03-05 09:00: the schema allows it, nothing to repeat.
    const keyedInLate = ro('RO-1', '2024-03-05', '2024-03-04', 'brakes');
    expect(outcomes([keyedInLate])).toEqual([['RO-1', 'not_comeback', null]]);
  });

  it('never repeats a voided RO, even one that was delivered', () => {
    const voided = { ...ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'), status: 'voided' as const };
    expect(outcomes([voided, ro('RO-2', '2024-03-05', undefined, 'brakes')])).toEqual([
      ['RO-1', 'not_counted', null],
      ['RO-2', 'not_comeback', null],
    ]);
  });

  it('finds no repeat between jobs that name no system', () => {
    const first = { ...ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'), jobs: [job('RO-1-J1')] };
    const second = { ...ro('RO-2', '2024-03-05', undefined, 'brakes'), jobs: [job('RO-2-J1')] };
    expect(outcomes([first, second])[1]).toEqual(['RO-2', 'not_comeback', null]);
  });

  it('records in the flag step the earlier RO the dealer named, or null when none', () => {
    const named = ro('RO-9', '2024-05-01', undefined, 'engine', {
      comeback: { isComeback: true, previousRoId: 'RO-0' },
    });
    const unnamed = ro('RO-8', '2024-05-01', undefined, 'engine', { comeback: { isComeback: true } });
    const [first, second] = detectComebacks([named, unnamed], SHANGHAI).results;
    const flagStep = (previousRoId: string | null) => ({
      rule: 'ro.comeback.flagged',
      status: 'passed',
      facts: { previousRoId },
      message: { en: 'the dealer flagged this RO as a comeback', zh: '经销商已将此工单标记为返修' },
      cite: 'manual:ro.comeback',
    });
    expect(first?.decision.trace[0]).toEqual(flagStep('RO-0'));
    expect(second?.decision.trace[0]).toEqual(flagStep(null));
  });

  it('records the window in the step of an RO that repeats nothing', () => {
    const [result] = detectComebacks([ro('RO-1', '2024-03-01', '2024-03-01', 'brakes')], {
      ...SHANGHAI,
      days: 14,
      km: 500,
    }).results;
    expect(result?.decision.trace).toEqual([
      {
        rule: 'ro.comeback.repeat',
        status: 'failed',
        facts: { limitDays: 14, limitKm: 500 },
        message: {
          en: 'no earlier RO of this vehicle on the same system within the window',
          zh: '该车在时间和里程窗口内没有同一系统的维修记录',
        },
        cite: 'manual:ro.comeback',
      },
    ]);
  });

  it.each([
    ['only this RO’s odometer in is known', { odometerInKm: 21_000 }, {}],
    ['only the earlier RO’s odometer out is known', {}, { odometerOutKm: 20_005 }],
    ['neither odometer is known', {}, {}],
  ])('records no km driven when %s, and the days decide', (_, later, earlierOdometers) => {
    const earlier = ro('RO-1', '2024-03-01', '2024-03-01', 'brakes', earlierOdometers);
    const back = ro('RO-2', '2024-03-10', undefined, 'brakes', later);
    const [, result] = detectComebacks([earlier, back], SHANGHAI).results;
    expect(result?.previousRoId).toBe('RO-1');
    expect(result?.decision.trace[0]?.facts).toEqual({
      previousRoId: 'RO-1',
      systems: ['brakes'],
      daysAfterDelivery: 9,
      kmDriven: null,
      limitDays: 30,
      limitKm: 1000,
    });
  });

  it('names only the systems both ROs worked on, listed in each language', () => {
    // RO-1: brakes, engine, suspension (delivered 03-01); RO-2: brakes, engine, hvac (03-05, day 4).
    const earlier = {
      ...ro('RO-1', '2024-03-01', '2024-03-01', 'brakes'),
      jobs: [job('RO-1-J1', 'brakes'), job('RO-1-J2', 'engine'), job('RO-1-J3', 'suspension')],
    };
    const back = {
      ...ro('RO-2', '2024-03-05', undefined, 'brakes'),
      jobs: [job('RO-2-J1', 'brakes'), job('RO-2-J2', 'engine'), job('RO-2-J3', 'hvac')],
    };
    const [, result] = detectComebacks([earlier, back], SHANGHAI).results;
    const [step] = result?.decision.trace ?? [];
    expect(step?.facts).toMatchObject({
      previousRoId: 'RO-1',
      systems: ['brakes', 'engine'],
      daysAfterDelivery: 4,
    });
    expect(step?.message).toEqual({
      en: 'repeats RO-1 (brakes, engine) 4 days after its delivery',
      zh: '重复 RO-1（brakes、engine），距其交车 4 天',
    });
  });

  it('names options.timeZone when the time zone is unknown or missing', () => {
    const ros = [ro('RO-1', '2024-03-01', '2024-03-01', 'brakes')];
    expect(thrown(() => detectComebacks(ros, { timeZone: 'Mars/Olympus' }))).toEqual({
      code: 'time.invalid_zone',
      path: ['options', 'timeZone'],
      params: { value: 'Mars/Olympus' },
    });
    expect(thrown(() => detectComebacks(ros, undefined as never))).toEqual({
      code: 'input.required',
      path: ['options', 'timeZone'],
      params: undefined, // an issue without params has no params key
    });
  });
});

import { isAftersalesError, readCitation } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { RepairAttemptInput } from '../../history/repairAttempt';
import { VehicleCaseSchema } from '../../rights/vehicleCase';
import { californiaLemonLaw, createCaliforniaLemonLaw } from './californiaLemonLaw';
import { evaluate, LA, repair, repairsOn, stepOf, vehicle } from './testing';

const RULES = ['window', 'safety-repairs', 'repeated-repairs', 'days-out-of-service', 'presumption'];

function codeOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('createCaliforniaLemonLaw', () => {
  it('describes the pack: id, market, delivery start, no repair floor', () => {
    expect(californiaLemonLaw).toMatchObject({
      id: 'us-ca-lemon-law',
      version: '1.0.0',
      market: 'US-CA',
      start: 'delivery',
      governs: { from: '2001-01-01' },
    });
    expect(californiaLemonLaw.repairFloor).toBeUndefined();
    expect(californiaLemonLaw.name.zh).toContain('柠檬法');
    expect(Object.isFrozen(californiaLemonLaw)).toBe(true);
  });

  it('refuses a bad override with a coded error naming the field', () => {
    expect(codeOf(() => createCaliforniaLemonLaw({ noticeRequired: 'yes' as never }))).toEqual({
      code: 'input.invalid_type',
      path: ['noticeRequired'],
    });
    expect(codeOf(() => createCaliforniaLemonLaw({ months: 12 } as never)).code).toBe(
      'input.unrecognized_keys',
    );
  });
});

describe('evaluateRights', () => {
  it('lists every rule, with its paragraph and a message in English and Chinese', () => {
    const decision = evaluate(repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10']));
    expect(decision.trace.map((step) => step.rule)).toEqual(RULES.map((name) => `us-ca-lemon-law.${name}`));
    expect(decision.trace.map((step) => readCitation(step.cite))).toEqual(
      ['b', 'b1', 'b2', 'b3', 'b'].map((article) => ({
        scheme: 'regulation',
        source: 'us-ca-civ-1793.22',
        article,
      })),
    );
    for (const step of decision.trace) {
      expect(step.message.en).not.toBe('');
      expect(step.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('gives the details: dates, odometer, counts per nonconformity, days, notice', () => {
    const decision = evaluate(repairsOn(['2024-03-05', '2024-05-07'], { odometerKm: 4_000 }));
    expect(decision.details).toEqual({
      deliveryDate: '2024-01-31',
      timeZone: 'America/Los_Angeles',
      // The latest time in the history: RO-2 handed back at 16:00 PDT.
      asOf: '2024-05-07T16:00:00-07:00',
      noticeRequired: true,
      months: 18,
      odometerLimitMiles: 18_000,
      odometerLimitKm: '28968.192',
      windowEndDate: '2025-07-31',
      // 4,000 ÷ 1.609344 = 2,485.48 mi.
      latestRepair: { roId: 'RO-2', odometerKm: 4_000, odometerMiles: '2485.5', withinOdometerLimit: true },
      nonconformities: [
        {
          problem: 'infotainment-reboot',
          repairs: 2,
          roIds: ['RO-1', 'RO-2'],
          seriousSafety: false,
          notice: 'notified',
        },
      ],
      daysOutOfService: 2,
      grounds: [],
    });
  });

  it('answers none for a car with no repairs', () => {
    const decision = evaluate([]);
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'window').status).toBe('failed');
  });

  it('answers undetermined, not none, when the delivery date is missing', () => {
    const { deliveryDate: _, ...undelivered } = vehicle();
    const decision = evaluate(repairsOn(['2024-03-05']), { vehicle: undelivered });
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'window')).toMatchObject({
      status: 'failed',
      facts: { missing: ['vehicle.deliveryDate'] },
    });
    expect(stepOf(decision, 'days-out-of-service').status).toBe('not_applicable');
  });

  it('is out of scope for a car delivered before 2001-01-01, in scope from that day', () => {
    const repairs = repairsOn(['2001-03-06', '2001-04-03', '2001-05-01', '2001-06-05']);
    const before = evaluate(repairs, { vehicle: vehicle({ deliveryDate: '2000-12-31', modelYear: 2000 }) });
    const from = evaluate(repairs, { vehicle: vehicle({ deliveryDate: '2001-01-01', modelYear: 2001 }) });
    expect(before.outcome).toBe('out_of_scope');
    expect(before.trace.map((step) => [step.rule, step.status])).toEqual(
      RULES.map((name) => [`us-ca-lemon-law.${name}`, 'not_applicable']),
    );
    expect(from.outcome).toBe('presumed_nonconforming');
  });

  it('refuses a bad time zone or a malformed case with a coded error', () => {
    const input = VehicleCaseSchema.parse({ vehicle: vehicle(), repairs: [] });
    expect(codeOf(() => californiaLemonLaw.evaluateRights(input, { timeZone: 'Mars/Olympus' }))).toEqual({
      code: 'time.invalid_zone',
      path: ['timeZone'],
    });
    expect(codeOf(() => californiaLemonLaw.evaluateRights(input, null as never)).code).toBe(
      'input.invalid_type',
    );
    const broken = { ...input, repairs: [{ roId: 'RO-1' }] } as never;
    expect(
      codeOf(() => californiaLemonLaw.evaluateRights(broken, { timeZone: 'America/Los_Angeles' })).path[0],
    ).toBe('repairs');
  });
});

describe('evaluateRights: what each early answer says', () => {
  const notEvaluated = ['safety-repairs', 'repeated-repairs', 'days-out-of-service'];

  it('a context that is no object: input.invalid_type at context, naming what came', () => {
    const input = VehicleCaseSchema.parse({ vehicle: vehicle(), repairs: [] });
    for (const [context, received] of [
      [null, 'null'],
      ['America/Los_Angeles', 'string'],
    ] as const) {
      try {
        californiaLemonLaw.evaluateRights(input, context as never);
        expect.unreachable('an AftersalesError');
      } catch (error) {
        expect(isAftersalesError(error) ? error.issues : error).toEqual([
          expect.objectContaining({
            code: 'input.invalid_type',
            path: ['context'],
            params: { expected: '{ timeZone }', received },
          }),
        ]);
      }
    }
  });

  it('no delivery date: the window says it cannot be set, the three paragraphs are not evaluated', () => {
    const { deliveryDate: _, ...undelivered } = vehicle();
    const decision = evaluate(repairsOn(['2024-03-05']), { vehicle: undelivered });
    expect(stepOf(decision, 'window')).toMatchObject({
      status: 'failed',
      facts: {
        deliveryDate: null,
        timeZone: LA,
        asOf: '2024-03-05T16:00:00-07:00',
        noticeRequired: true,
        missing: ['vehicle.deliveryDate'],
      },
      message: {
        en: 'The delivery date is not recorded: the 18-month window, which runs from delivery to the buyer, cannot be set',
        zh: '未记录交付日期：自交付买方之日起算的18个月期限无法确定',
      },
    });
    for (const name of notEvaluated) {
      expect(stepOf(decision, name), name).toMatchObject({
        status: 'not_applicable',
        message: { en: 'Not evaluated: no delivery date', zh: '未评估：无交付日期' },
      });
    }
    expect(decision.details).toMatchObject({ deliveryDate: null, missing: ['vehicle.deliveryDate'] });
  });

  it('delivered 2000-12-31, before the text was in force: every step says so, no grounds', () => {
    const repairs = repairsOn(['2001-03-06', '2001-06-05']);
    const decision = evaluate(repairs, { vehicle: vehicle({ deliveryDate: '2000-12-31', modelYear: 2000 }) });
    const why = {
      en: 'Delivered on 2000-12-31, before 2001-01-01: the text of §1793.22(b) encoded here was not yet in force',
      zh: '交付日期 2000-12-31 早于 2001-01-01：此处实现的第1793.22(b)条文本尚未生效',
    };
    const details = {
      deliveryDate: '2000-12-31',
      timeZone: LA,
      asOf: '2001-06-05T16:00:00-07:00',
      noticeRequired: true,
      governsFrom: '2001-01-01',
    };
    expect(decision.details).toEqual(details);
    expect(stepOf(decision, 'window')).toMatchObject({ facts: details, message: why });
    for (const name of notEvaluated) expect(stepOf(decision, name).message, name).toEqual(why);
    expect(stepOf(decision, 'presumption')).toMatchObject({ facts: { grounds: [] }, message: why });
  });

  it('no repairs: the window names its dates and finds none', () => {
    // Delivered 2024-01-31: 18 months later is 2025-07-31.
    expect(stepOf(evaluate([]), 'window').message).toEqual({
      en: 'No repair of a nonconformity falls within the window (delivery on 2024-01-31 to 2025-07-31, up to 18,000 miles on the odometer)',
      zh: '期限内（2024-01-31 交付至 2025-07-31，里程表不超过18,000英里）没有不符合项维修',
    });
  });

  it('one stay from 2024-04-01 to 2024-05-01: 31 calendar days, more than 30, paragraph (3) met', () => {
    // April has 30 days; the day in and the day out both count: 30 + 1 = 31.
    const stay = repair({
      roId: 'RO-1',
      agreedAt: '2024-04-01T08:00:00-07:00',
      finishedAt: '2024-05-01T16:00:00-07:00',
    });
    const decision = evaluate([stay]);
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(stepOf(decision, 'days-out-of-service')).toMatchObject({
      status: 'passed',
      facts: { days: 31, moreThan: 30 },
      message: {
        en: 'Paragraph (3) is met: out of service for repairs 31 calendar days in total since delivery, more than 30',
        zh: '满足第(3)项：自交付起因维修累计停驶31个日历日，超过30日',
      },
    });
    expect(stepOf(decision, 'presumption').facts).toEqual({ grounds: ['b3'] });
  });
});

describe('createCaliforniaLemonLaw: a pack built now', () => {
  it('has its market, names, governed dates and start, and evaluates a case', () => {
    const pack = createCaliforniaLemonLaw();
    expect(pack.market).toBe('US-CA');
    expect(pack.start).toBe('delivery');
    expect(pack.governs).toEqual({ from: '2001-01-01' });
    expect(pack.name.en).toContain('Song-Beverly Consumer Warranty Act');
    expect(pack.name.en).toContain('§1793.22');
    expect(pack.name.zh).toContain('加州柠檬法');
    expect(pack.name.zh).toContain('第1793.22条');
    expect(Object.isFrozen(pack.name)).toBe(true);
    const decision = evaluate(repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10']), { pack });
    expect(decision.outcome).toBe('presumed_nonconforming');
  });

  it('requires the notice by default, and applies the text only to cars delivered from 2001-01-01', () => {
    const pack = createCaliforniaLemonLaw();
    const unnoticed = repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10'], {
      manufacturerNotified: false,
    });
    const decision = evaluate(unnoticed, { pack });
    expect(decision.outcome).toBe('none');
    expect(decision.details).toMatchObject({ noticeRequired: true });
    expect(evaluate(unnoticed, { pack: createCaliforniaLemonLaw({}) }).outcome).toBe('none');
    const old = evaluate(repairsOn(['2001-03-06']), {
      pack,
      vehicle: vehicle({ deliveryDate: '2000-12-31', modelYear: 2000 }),
    });
    expect(old.outcome).toBe('out_of_scope');
    expect(old.details).toMatchObject({ governsFrom: '2001-01-01' });
  });
});

describe('evaluateRights: the moment of the evaluation and the window step', () => {
  it('without asOf takes the latest time of the history, whatever order the repairs and the request come in', () => {
    const [first, second] = repairsOn(['2024-03-05', '2024-05-07']) as [
      RepairAttemptInput,
      RepairAttemptInput,
    ];
    // Given newest first: the latest time is RO-2 handed back at 16:00 PDT on 2024-05-07.
    expect(evaluate([second, first]).details?.asOf).toBe('2024-05-07T16:00:00-07:00');
    // A request dated before the repairs does not move the moment back.
    const input = VehicleCaseSchema.parse({
      vehicle: vehicle(),
      repairs: [first, second],
      requestedAt: '2024-04-01T10:00:00-07:00',
    });
    expect(californiaLemonLaw.evaluateRights(input, { timeZone: LA }).details?.asOf).toBe(
      '2024-05-07T16:00:00-07:00',
    );
  });

  it('the latest instant spelled two ways: the spelling met first', () => {
    // RO-1 is handed back at 16:00 PDT; RO-2, still open, was agreed at 23:00Z: the same instant.
    const done = repair({ roId: 'RO-1', agreedAt: '2024-05-07T08:00:00-07:00' });
    const open = { ...repair({ roId: 'RO-2', agreedAt: '2024-05-07T23:00:00Z' }), finishedAt: undefined };
    expect(evaluate([done, open]).details?.asOf).toBe('2024-05-07T16:00:00-07:00');
    expect(evaluate([open, done]).details?.asOf).toBe('2024-05-07T23:00:00Z');
  });

  it('with no time at all in the case, the moment is null', () => {
    const decision = evaluate([]);
    expect(decision.details?.asOf).toBeNull();
    expect(stepOf(decision, 'window').facts.asOf).toBeNull();
  });

  it('the window step passes when a repair falls within it, and says how many', () => {
    const decision = evaluate(repairsOn(['2024-03-05', '2024-05-07']));
    expect(stepOf(decision, 'window')).toMatchObject({
      status: 'passed',
      facts: { counted: ['RO-1', 'RO-2'], excluded: [], windowEndDate: '2025-07-31' },
      message: {
        en: '2 repair(s) of nonconformities fall within the window: from delivery on 2024-01-31 to 2025-07-31 and up to 18,000 miles (28,968.192 km) on the odometer',
        zh: '2次不符合项维修在期限内：自 2024-01-31 交付至 2025-07-31，且里程表不超过18,000英里（28,968.192公里）',
      },
    });
  });

  it('the days step says how days are counted and that the extension of the 30 days is not assessed', () => {
    const decision = evaluate(repairsOn(['2024-03-05']));
    expect(stepOf(decision, 'days-out-of-service').facts).toMatchObject({
      days: 1,
      moreThan: 30,
      counting:
        'each dealer-local calendar day at the shop, in and out days included, overlapping repairs once',
      extension: 'not assessed',
    });
  });
});

import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, VIN, vehicleCase, ZONE } from './testing';

const RULES_2021 = [
  'scope',
  'start',
  'version',
  'repair-period',
  'seven-days',
  'sixty-days',
  'assembly-swap',
  'serious-safety',
  'assembly-replaced-twice',
  'main-part-replaced-twice',
  'repair-time',
  'same-problem',
  'substitute-car',
  'use-compensation',
  'answer-deadline',
  'completion-deadline',
].map((name) => `cn-sanbao-2021.${name}`);

describe('evaluateSanbaoRights', () => {
  it('lists every rule once, in order, each citing its 2021 article', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]));
    expect(decision.trace.map((s) => s.rule)).toEqual(RULES_2021);
    expect(decision.trace.every((s) => s.cite.startsWith('regulation:cn-sanbao-2021#'))).toBe(true);
    expect(decision.trace.every((s) => s.message.en !== '' && s.message.zh !== '')).toBe(true);
    expect(decision.outcome).toBe('repair');
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('gives the 2013 pack its own articles and the documents rule', () => {
    const decision = evaluate(cnSanbao2013, vehicleCase('2020-05-01', [repair('RO-1', at('2020-06-01'))]));
    expect(decision.trace).toHaveLength(17);
    const cites = Object.fromEntries(
      decision.trace.map((s) => [s.rule.replace('cn-sanbao-2013.', ''), s.cite]),
    );
    expect(cites).toMatchObject({
      scope: 'regulation:cn-sanbao-2013#30',
      documents: 'regulation:cn-sanbao-2013#31',
      start: 'regulation:cn-sanbao-2013#17',
      'sixty-days': 'regulation:cn-sanbao-2013#20',
      'assembly-swap': 'regulation:cn-sanbao-2013#18',
      'repair-time': 'regulation:cn-sanbao-2013#21',
      'substitute-car': 'regulation:cn-sanbao-2013#19',
      'use-compensation': 'regulation:cn-sanbao-2013#25',
    });
  });

  it('puts a car in commercial use out of scope and marks every other rule not applicable', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase(
        '2024-03-01',
        [repair('RO-1', at('2024-03-03'), { severeFailure: 'braking_failure' })],
        {},
        { use: 'commercial' },
      ),
    );
    expect(decision.outcome).toBe('out_of_scope');
    expect(stepOf(decision, 'scope').status).toBe('failed');
    expect(decision.trace.slice(1).every((s) => s.status === 'not_applicable')).toBe(true);
    expect(decision.trace).toHaveLength(16);
  });

  it('takes a use not recorded as household use and says so', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [], { asOf: at('2024-03-02') }, { use: undefined }),
    );
    expect(stepOf(decision, 'scope')).toMatchObject({
      status: 'passed',
      facts: { use: null, assumedHousehold: true },
    });
  });

  it('exempts a 2013 car without invoice and certificate (Art. 31)', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-03'))], { hasInvoiceAndCertificate: false }),
    );
    expect(decision.outcome).toBe('out_of_scope');
    expect(stepOf(decision, 'documents').status).toBe('failed');
  });

  it('takes a 2013 customer recorded as holding invoice and certificate inside the rules, and says so', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-03'))], { hasInvoiceAndCertificate: true }),
    );
    expect(stepOf(decision, 'documents')).toMatchObject({
      status: 'passed',
      facts: { hasInvoiceAndCertificate: true, assumedHeld: false },
      message: {
        en: 'The customer holds the invoice and the 三包 certificate',
        zh: '消费者持有购车发票和三包凭证',
      },
    });
    expect(decision.outcome).toBe('repair');
  });

  it('uses the 2013 rules for a start on 2021-12-31 and the 2021 rules from 2022-01-01', () => {
    const on = (date: string) => vehicleCase(date, [repair('RO-1', at('2022-02-01'))]);
    expect(evaluate(cnSanbao2021, on('2021-12-31')).outcome).toBe('not_governed');
    expect(stepOf(evaluate(cnSanbao2021, on('2021-12-31')), 'version').message.en).toContain('三包 2013');
    expect(stepOf(evaluate(cnSanbao2013, on('2021-12-31')), 'version').status).toBe('passed');
    expect(evaluate(cnSanbao2013, on('2022-01-01')).outcome).toBe('not_governed');
    expect(stepOf(evaluate(cnSanbao2021, on('2022-01-01')), 'version').status).toBe('passed');
  });

  it('lets the 2021 rules govern a car invoiced 2021-12-31 and delivered 2022-01-02 (newer rules claim it)', () => {
    const input = vehicleCase(
      '2021-12-31',
      [repair('RO-1', at('2022-02-01'))],
      {},
      { deliveryDate: '2022-01-02' },
    );
    const old = evaluate(cnSanbao2013, input);
    expect(old.outcome).toBe('not_governed');
    expect(stepOf(old, 'version').message.en).toContain('delivered on 2022-01-02, after 2021-12-31');
    const current = evaluate(cnSanbao2021, input);
    expect(stepOf(current, 'version')).toMatchObject({
      status: 'passed',
      facts: { startDate: '2022-01-02' },
    });
  });

  it('finds no version for a car invoiced before 2013-10-01, even if delivered after', () => {
    const input = vehicleCase(
      '2013-09-30',
      [repair('RO-1', at('2013-11-01'))],
      {},
      { deliveryDate: '2013-10-02' },
    );
    expect(evaluate(cnSanbao2013, input).outcome).toBe('not_governed');
    expect(evaluate(cnSanbao2021, input).outcome).toBe('not_governed');
  });

  it('is undetermined without a start date, and without a moment to evaluate at', () => {
    const noDate = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))], {}, { invoiceDate: undefined }),
    );
    expect(noDate.outcome).toBe('undetermined');
    expect(stepOf(noDate, 'start').status).toBe('failed');
    const noMoment = evaluate(cnSanbao2021, vehicleCase('2024-03-01', []));
    expect(noMoment.outcome).toBe('undetermined');
  });

  it('is none once the 包修期 is over and no right was established', () => {
    // 36 months from 2024-03-01 end 2027-03-01; as of 2027-03-02 nothing is left
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [], { asOf: at('2027-03-02') }));
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'repair-period').message.en).toContain('it ended on 2027-03-01');
  });

  it('reports the periods, days and km left in the details', () => {
    // As of 2024-06-01 at 10,000 km: 包修期 ends 2027-03-01 (1,003 days left), 50,000 km left;
    // 三包 period ends 2026-03-01 (638 days left), 40,000 km left
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01', '08:00:00'), { odometerKm: 10_000 })], {
        asOf: at('2024-06-01', '12:00:00'),
      }),
    );
    expect(decision.details?.periods).toMatchObject({
      repair: { endDate: '2027-03-01', daysLeft: 1003, kmLeft: 50_000 },
      sanbao: { endDate: '2026-03-01', daysLeft: 638, kmLeft: 40_000 },
      sevenDays: { endDate: '2024-03-08' },
      sixtyDays: { endDate: '2024-04-30', endKm: 3_000 },
    });
  });

  it('ignores a repair before the start and one after the as-of moment, and says so', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('PDI', at('2024-02-28')), repair('RO-9', at('2024-09-01'))], {
        asOf: at('2024-08-01'),
      }),
    );
    expect(decision.details?.ignoredRepairs).toEqual([
      { roId: 'PDI', reason: 'before_start' },
      { roId: 'RO-9', reason: 'after_as_of' },
    ]);
  });

  it('throws coded errors for a bad zone, a malformed case and a repair of another VIN', () => {
    const good = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]);
    expect(() => cnSanbao2021.evaluateRights(good as never, { timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'time.invalid_zone' }),
    );
    expect(() => cnSanbao2021.evaluateRights({ repairs: [] } as never, { timeZone: ZONE })).toThrow(
      expect.objectContaining({ code: 'input.required', path: ['case', 'vehicle'] }),
    );
    const other = { ...good, repairs: [{ ...repair('RO-1', at('2024-06-01')), vin: 'LSVAU218XN2123452' }] };
    try {
      evaluate(cnSanbao2021, other);
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.code).toBe('input.inconsistent');
      expect(isAftersalesError(error) && error.path).toEqual(['case', 'repairs', 0, 'vin']);
    }
    expect(VIN).not.toBe('LSVAU218XN2123452');
  });

  it('refuses a context that is not an object with a coded issue naming context', () => {
    const good = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]);
    for (const [context, received] of [
      ['Asia/Shanghai', 'string'],
      [null, 'null'],
      [undefined, 'undefined'],
    ] as const) {
      try {
        cnSanbao2021.evaluateRights(good as never, context as never);
        expect.unreachable();
      } catch (error) {
        if (!isAftersalesError(error)) throw error;
        expect(error.issues).toEqual([
          {
            code: 'input.invalid_type',
            path: ['context'],
            params: { expected: '{ timeZone }', received },
            message: expect.objectContaining({ en: `context must be { timeZone } (received ${received})` }),
          },
        ]);
      }
    }
  });
});

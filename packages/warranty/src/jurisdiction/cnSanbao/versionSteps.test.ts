import { describe, expect, it } from 'vitest';
import { cnSanbao2013, createSanbaoJurisdiction2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, VIN, vehicleCase } from './testing';

describe('cn-sanbao start of the periods (2021 Art. 18, 2013 Art. 17)', () => {
  it('counts from the delivery date when it is the invoice date too (2021)', () => {
    const decision = evaluate(cnSanbao2021, {
      vehicle: {
        vin: VIN,
        brand: 'Acme',
        model: 'Sedan',
        modelYear: 2024,
        invoiceDate: '2024-03-01',
        deliveryDate: '2024-03-01',
      },
      repairs: [repair('RO-1', at('2024-06-01'))],
    });
    expect(stepOf(decision, 'start')).toMatchObject({
      status: 'passed',
      facts: { startDate: '2024-03-01', source: 'delivery' },
      message: {
        en: 'Periods start on 2024-03-01, the delivery date (Art. 18); start odometer taken as 0 km (no delivery reading is recorded); the start day is not counted',
        zh: '三包期限自 2024-03-01（交付日期）起算（第18条）；起算里程按 0 公里计（未记录交付里程）；起算当日不计入',
      },
    });
  });

  it('counts from the delivery date when no invoice date is recorded (2021)', () => {
    const decision = evaluate(cnSanbao2021, {
      vehicle: { vin: VIN, brand: 'Acme', model: 'Sedan', modelYear: 2024, deliveryDate: '2024-03-04' },
      repairs: [repair('RO-1', at('2024-06-01'))],
    });
    expect(stepOf(decision, 'start').message.en).toBe(
      'Periods start on 2024-03-04, the delivery date (Art. 18); start odometer taken as 0 km (no delivery reading is recorded); the start day is not counted',
    );
  });

  it('cannot start the 2013 periods without an invoice date, even with a delivery date', () => {
    // 2013 Art. 17 counts from the invoice date only.
    const decision = evaluate(cnSanbao2013, {
      vehicle: { vin: VIN, brand: 'Acme', model: 'Sedan', modelYear: 2020, deliveryDate: '2020-05-01' },
      repairs: [repair('RO-1', at('2020-06-01'))],
    });
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'start')).toMatchObject({
      status: 'failed',
      facts: { invoiceDate: null, deliveryDate: '2020-05-01', startDate: null, source: 'missing' },
      message: {
        en: 'The periods start from the invoice date (Art. 17), which is not recorded: no right can be decided',
        zh: '三包期限自购车发票日期起算（第17条），该日期未记录，无法判定',
      },
    });
  });
});

describe('cn-sanbao start and version steps, as the customer reads them', () => {
  const car = (fields: Record<string, string>) => ({
    vin: VIN,
    brand: 'Acme',
    model: 'Sedan',
    modelYear: 2021,
    ...fields,
  });
  const tail = 'start odometer taken as 0 km (no delivery reading is recorded); the start day is not counted';
  const tailZh = '起算里程按 0 公里计（未记录交付里程）；起算当日不计入';
  const advice =
    'evaluate with the pack governing that date (三包 2013: 2013-10-01 … 2021-12-31; 三包 2021: from 2022-01-01)';
  const adviceZh = '应适用该日期对应的规定（2013 版：2013-10-01 至 2021-12-31；2021 版：2022-01-01 起）';

  it('2021 without an invoice or delivery date: the periods cannot start', () => {
    const decision = evaluate(cnSanbao2021, {
      vehicle: car({}),
      repairs: [repair('RO-1', at('2024-06-01'))],
    });
    expect(stepOf(decision, 'start').message).toEqual({
      en: 'The periods start from the invoice or delivery date (Art. 18), which is not recorded: no right can be decided',
      zh: '三包期限自购车发票日期或交付日期起算（第18条），该日期未记录，无法判定',
    });
  });

  it('2021, delivered three days after the invoice: from the delivery, naming the invoice date', () => {
    const decision = evaluate(cnSanbao2021, {
      vehicle: car({ invoiceDate: '2024-03-01', deliveryDate: '2024-03-04' }),
      repairs: [repair('RO-1', at('2024-06-01'))],
    });
    expect(stepOf(decision, 'start').message).toEqual({
      en: `Periods start on 2024-03-04, the delivery date (the invoice is dated 2024-03-01) (Art. 18); ${tail}`,
      zh: `三包期限自 2024-03-04（交付日期（发票日期为 2024-03-01））起算（第18条）；${tailZh}`,
    });
  });

  it('2013: from the invoice date, Art. 17', () => {
    const decision = evaluate(cnSanbao2013, {
      vehicle: car({ invoiceDate: '2020-05-01', deliveryDate: '2020-05-03' }),
      repairs: [repair('RO-1', at('2020-06-01'))],
    });
    expect(stepOf(decision, 'start').message).toEqual({
      en: `Periods start on 2020-05-01, the invoice date (Art. 17); ${tail}`,
      zh: `三包期限自 2020-05-01（购车发票日期）起算（第17条）；${tailZh}`,
    });
    const version = stepOf(decision, 'version');
    expect(version.status).toBe('passed');
    expect(version.message.en).toContain(
      'Start 2020-05-01 falls in the dates the 2013 rules govern (2013-10-01 … 2021-12-31)',
    );
    expect(version.message.zh).toContain(
      '起算日 2020-05-01 在 2013 年规定适用的日期范围内（2013-10-01 至 2021-12-31）',
    );
  });

  it('2021 rules for a car started 2021-06-01: not governed, the start outside their dates', () => {
    const decision = evaluate(cnSanbao2021, {
      vehicle: car({ invoiceDate: '2021-06-01' }),
      repairs: [repair('RO-1', at('2021-08-01'))],
    });
    expect(stepOf(decision, 'version')).toMatchObject({
      status: 'failed',
      facts: {
        startDate: '2021-06-01',
        newerRulesStart: '2021-06-01',
        governsFrom: '2022-01-01',
        governsUntil: null,
      },
      message: {
        en: `Not governed by the 2021 rules: start 2021-06-01 is outside the dates the 2021 rules govern (from 2022-01-01); ${advice}`,
        zh: `不适用 2021 年规定：起算日 2021-06-01 不在 2021 年规定适用的日期范围内（2022-01-01 起）；${adviceZh}`,
      },
    });
  });

  it('2013 rules for a car invoiced 2013-09-30: not governed, before their first day', () => {
    const decision = evaluate(cnSanbao2013, {
      vehicle: car({ invoiceDate: '2013-09-30' }),
      repairs: [repair('RO-1', at('2013-11-01'))],
    });
    expect(stepOf(decision, 'version').message).toEqual({
      en: `Not governed by the 2013 rules: start 2013-09-30 is outside the dates the 2013 rules govern (2013-10-01 … 2021-12-31); ${advice}`,
      zh: `不适用 2013 年规定：起算日 2013-09-30 不在 2013 年规定适用的日期范围内（2013-10-01 至 2021-12-31）；${adviceZh}`,
    });
  });

  it('2013 rules for a car invoiced 2021-12-31 but delivered 2022-01-02: the newer rules govern', () => {
    const decision = evaluate(cnSanbao2013, {
      vehicle: car({ invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' }),
      repairs: [repair('RO-1', at('2022-02-01'))],
    });
    expect(stepOf(decision, 'version')).toMatchObject({
      status: 'failed',
      facts: { startDate: '2021-12-31', newerRulesStart: '2022-01-02', governsUntil: '2021-12-31' },
      message: {
        en: `Not governed by the 2013 rules: delivered on 2022-01-02, after 2021-12-31: the newer rules, counting from the delivery, govern; ${advice}`,
        zh: `不适用 2013 年规定：交付日期 2022-01-02 晚于 2021-12-31，按交付日期起算的新规定适用；${adviceZh}`,
      },
    });
  });
});

describe('cn-sanbao start and version steps: facts and an invoice after the range', () => {
  it('the start step says the start is the invoice date and that the start km of 0 is assumed', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]));
    expect(stepOf(decision, 'start').facts).toEqual({
      invoiceDate: '2024-03-01',
      deliveryDate: null,
      startDate: '2024-03-01',
      source: 'invoice',
      startKm: 0,
      startKmAssumed: true,
    });
  });

  it('2013: an invoice dated 2022-01-05 is after its range, even for a car delivered on 2021-12-30', () => {
    // The 2013 rules count from the invoice only; the delivery is not after 2021-12-31, so the newer
    // rules do not claim the car by it, but the invoice itself is outside the 2013 range.
    const pack = createSanbaoJurisdiction2013();
    const decision = evaluate(
      pack,
      vehicleCase('2022-01-05', [repair('RO-1', at('2022-02-01'))], {}, { deliveryDate: '2021-12-30' }),
    );
    expect(decision.outcome).toBe('not_governed');
    const step = stepOf(decision, 'version');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain(
      'start 2022-01-05 is outside the dates the 2013 rules govern (2013-10-01 … 2021-12-31)',
    );
  });
});

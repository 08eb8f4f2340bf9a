import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, VIN } from './testing';

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

import { describe, expect, it } from 'vitest';
import type { RepairAttemptInput } from '../../history/repairAttempt';
import { cnSanbao2013, createSanbaoJurisdiction2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, repeats, stepOf, vehicleCase } from './testing';

/** Repeats of one problem whose last repair reads `lastKm` (the km the compensation uses). */
function history(count: number, firstDate: string, lastKm: number): RepairAttemptInput[] {
  return repeats(count, firstDate).map((r, index) =>
    index === count - 1 ? { ...r, odometerKm: lastKm } : r,
  );
}

describe('cn-sanbao-2021.use-compensation (Art. 27)', () => {
  it('computes ¥200,000 × 8,000 km ÷ 1,000 × 0.5 % = ¥8,000.00 on a return under Art. 24(4)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000), { useCompensationRate: '0.005' }),
    );
    // 200,000 × 8 × 0.005 = 8,000
    expect(decision.details?.useCompensation).toEqual({
      amount: '8000.00',
      currency: 'CNY',
      n: '0.005',
      km: 8_000,
      price: '200000.00',
    });
    expect(stepOf(decision, 'use-compensation').message.en).toContain(
      '× 8,000 km ÷ 1,000 × 0.5 % = CNY 8000.00',
    );
  });

  it('computes ¥150,000 × 12,345 km ÷ 1,000 × 0.3 % = ¥5,555.25', () => {
    // 150,000 × 12.345 = 1,851,750; × 0.003 = 5,555.25
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase(
        '2024-03-01',
        history(5, '2024-06-03', 12_345),
        { useCompensationRate: '0.003' },
        { purchasePrice: '150000' },
      ),
    );
    expect(decision.details?.useCompensation).toMatchObject({ amount: '5555.25' });
  });

  it('rounds half up to the fen: ¥100,101 × 1,000 km ÷ 1,000 × 0.5 % = 500.505 → 500.51', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase(
        '2024-03-01',
        history(5, '2024-06-03', 1_000),
        { useCompensationRate: '0.005' },
        { purchasePrice: '100101' },
      ),
    );
    expect(decision.details?.useCompensation).toMatchObject({ amount: '500.51' });
  });

  it('flags a missing n and gives no amount (never assumed)', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000)));
    const step = stepOf(decision, 'use-compensation');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain('n is not recorded on the 三包 certificate');
    expect(decision.details?.useCompensation).toMatchObject({ amount: null });
  });

  it('flags a missing purchase price and gives no amount', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase(
        '2024-03-01',
        history(5, '2024-06-03', 8_000),
        { useCompensationRate: '0.005' },
        { purchasePrice: undefined },
      ),
    );
    const step = stepOf(decision, 'use-compensation');
    expect(step.status).toBe('failed');
    expect(step.message).toEqual({
      en: 'The purchase price is not recorded (Art. 27)',
      zh: '未记录购车价款（第27条）',
    });
    expect(decision.details?.useCompensation).toMatchObject({ amount: null, price: null });
  });

  it('flags an n above the 0.5 % maximum', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000), { useCompensationRate: '0.006' }),
    );
    const step = stepOf(decision, 'use-compensation');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain('n 0.6 % is above the maximum 0.5 %');
  });

  it('is 0 for a free return under Art. 23, with the reason', () => {
    const braking = repair('RO-1', at('2024-03-20'), { severeFailure: 'braking_failure', system: 'brakes' });
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [braking], { useCompensationRate: '0.005' }),
    );
    expect(stepOf(decision, 'use-compensation').status).toBe('not_applicable');
    expect(stepOf(decision, 'use-compensation').message.en).toContain(
      'A free replacement or return is due (Art. 22–23)',
    );
    expect(decision.details?.useCompensation).toMatchObject({ amount: '0.00' });
  });

  it('does not arise without a replacement or return', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', history(4, '2024-06-03', 8_000)));
    expect(stepOf(decision, 'use-compensation').status).toBe('not_applicable');
    expect(decision.details?.useCompensation).toBeNull();
  });
});

describe('cn-sanbao-2013.use-compensation (Art. 25)', () => {
  it('computes ¥150,000 × 12,345 km ÷ 1,000 × 0.8 % = ¥14,814.00', () => {
    // 1,851,750 × 0.008 = 14,814
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase(
        '2020-05-01',
        history(6, '2020-08-03', 12_345),
        { useCompensationRate: '0.008' },
        { purchasePrice: '150000' },
      ),
    );
    expect(decision.outcome).toBe('replacement');
    expect(decision.details?.useCompensation).toMatchObject({ amount: '14814.00' });
    expect(stepOf(decision, 'use-compensation').cite).toBe('regulation:cn-sanbao-2013#25');
  });

  it('flags an n below the 2013 minimum of 0.5 % (0.4 %), and takes exactly 0.5 % (¥150,000 × 12.345 × 0.5 % = ¥9,258.75)', () => {
    const run = (n: string) =>
      evaluate(
        cnSanbao2013,
        vehicleCase(
          '2020-05-01',
          history(6, '2020-08-03', 12_345),
          { useCompensationRate: n },
          { purchasePrice: '150000' },
        ),
      );
    const low = run('0.004');
    expect(stepOf(low, 'use-compensation').status).toBe('failed');
    expect(low.details?.useCompensation).toMatchObject({ amount: null });
    // 1,851,750 × 0.005 = 9,258.75
    expect(run('0.005').details?.useCompensation).toMatchObject({ amount: '9258.75' });
  });
});

describe('what the use-compensation step says when n is out of range', () => {
  it('2021, n 0.6 %: above the 0.5 % maximum, in both languages, citing Art. 27', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000), { useCompensationRate: '0.006' }),
    );
    expect(stepOf(decision, 'use-compensation').message).toEqual({
      en: 'n 0.6 % is above the maximum 0.5 %: check the 三包 certificate (Art. 27)',
      zh: '使用补偿系数 n 为 0.6%，超过上限 0.5%，请核对三包凭证（第27条）',
    });
  });

  it('2013, n 0.4 %: below the 0.5 % minimum of those rules, in both languages', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase(
        '2020-05-01',
        history(6, '2020-08-03', 12_345),
        { useCompensationRate: '0.004' },
        { purchasePrice: '150000' },
      ),
    );
    const step = stepOf(decision, 'use-compensation');
    expect(step.message.en).toMatch(
      /^n 0\.4 % is below the minimum 0\.5 % of these rules: check the 三包 certificate \(Art\. \d+\)$/,
    );
    expect(step.message.zh).toMatch(
      /^使用补偿系数 n 为 0\.4%，低于本规定下限 0\.5%，请核对三包凭证（第\d+条）$/,
    );
  });
});

describe('use compensation: the facts it shows', () => {
  it('computed: price, km and where the km comes from, the formula and the rounding', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000), { useCompensationRate: '0.005' }),
    );
    expect(stepOf(decision, 'use-compensation').facts).toEqual({
      n: '0.005',
      maxRate: '0.005',
      currency: 'CNY',
      price: '200000.00',
      km: 8_000,
      kmSource: 'RO-5',
      startKm: 0,
      amount: '8000.00',
      formula: 'price × km ÷ 1000 × n',
      rounding: 'half-up to the minor unit',
    });
  });

  it('n not recorded: the same facts with no amount, flagged in both languages', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', history(5, '2024-06-03', 8_000)));
    expect(stepOf(decision, 'use-compensation')).toMatchObject({
      status: 'failed',
      facts: {
        n: null,
        maxRate: '0.005',
        currency: 'CNY',
        price: '200000.00',
        km: 8_000,
        kmSource: 'RO-5',
        startKm: 0,
        amount: null,
      },
      message: {
        en: 'n is not recorded on the 三包 certificate: the use compensation cannot be computed and is not assumed (Art. 27)',
        zh: '三包凭证未记录使用补偿系数 n：无法计算使用补偿费，不作推定（第27条）',
      },
    });
  });

  it('2013, a free return for braking failure within 60 days (Art. 20): 0.00, citing Art. 20 alone', () => {
    const pack = createSanbaoJurisdiction2013();
    const braking = repair('RO-1', at('2020-05-20'), { severeFailure: 'braking_failure', system: 'brakes' });
    const decision = evaluate(pack, vehicleCase('2020-05-01', [braking], { useCompensationRate: '0.006' }));
    expect(stepOf(decision, 'use-compensation').message).toEqual({
      en: 'A free replacement or return is due (Art. 20): no use compensation, amount 0.00 (Art. 25)',
      zh: '属于免费更换或退货（第20条）：不收取使用补偿费，金额 0.00（第25条）',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, vehicle, vinOf } from '../testing';

// The settings' id is 'audit-options' (the default); the vehicle of `claim()` is a Huaxia HX5
// invoiced 2024-03-01 under huaxia-2024, in CNY.
describe('vehicle and policy check', () => {
  it('asks for review of a claim whose vehicle is not in the history, citing the history', () => {
    const vin = vinOf(99);
    const finding = auditOne(claim({ vin })).findings.find((f) => f.rule === 'warranty.audit.vehicle');
    expect(finding).toEqual({
      code: 'claim.unknown_vehicle',
      severity: 'review',
      rule: 'warranty.audit.vehicle',
      cite: 'oem:audit-options#history.vehicles',
      message: {
        en: `Vehicle ${vin} is not in the vehicle history: coverage not checked`,
        zh: `车辆 ${vin} 不在车辆档案中：未检查保修范围`,
      },
      facts: { vin },
    });
  });

  it('asks for review of a vehicle sold before any policy, naming brand, model and sale date', () => {
    // huaxia-2022 takes vehicles sold from 2022-01-01: none is in force for one sold 2021-05-01.
    const sold2021 = { vehicles: [vehicle({ invoiceDate: '2021-05-01', deliveryDate: '2021-05-01' })] };
    const result = auditOne(claim(), sold2021);
    expect(result.findings).toEqual([
      {
        code: 'claim.no_policy',
        severity: 'review',
        rule: 'warranty.audit.policy',
        cite: 'oem:audit-options#policies',
        message: {
          en: 'No warranty policy is in force for Huaxia HX5 sold on 2021-05-01: coverage not checked',
          zh: 'Huaxia HX5（销售日期 2021-05-01）没有适用的保修政策：未检查保修范围',
        },
        facts: { vin: claim().vin as string, brand: 'Huaxia', model: 'HX5', soldOn: '2021-05-01' },
      },
    ]);
  });
});

describe('currency check', () => {
  it('asks for review of a claim in another currency than its policy', () => {
    const result = auditOne(claim({ currency: 'USD' }));
    expect(result.findings).toEqual([
      {
        code: 'claim.currency_mismatch',
        severity: 'review',
        rule: 'warranty.audit.currency',
        cite: 'oem:huaxia-2024#currency',
        message: {
          en: 'The claim is in USD but policy huaxia-2024 is in CNY: authority, labor rate and part prices not compared',
          zh: '索赔币种为 USD，保修政策 huaxia-2024 币种为 CNY：未比较权限额度、工时单价与配件价格',
        },
        facts: { currency: 'USD', policyCurrency: 'CNY' },
      },
    ]);
  });

  it('counts as checked only the claims that have a policy', () => {
    const sold2021 = vehicle({ vin: vinOf(21), invoiceDate: '2021-05-01', deliveryDate: '2021-05-01' });
    const report = audit([claim(), claim({ id: 'CLM-2', vin: vinOf(21), roId: 'RO-200' })], {
      vehicles: [vehicle(), sold2021],
    });
    expect(report.results.map((r) => r.findings.map((f) => f.code))).toEqual([[], ['claim.no_policy']]);
    expect(report.summary.checked['warranty.audit.currency']).toBe(1);
    expect(report.summary.notChecked['warranty.audit.currency']).toBeUndefined();
  });
});

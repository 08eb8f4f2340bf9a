import { describe, expect, it } from 'vitest';
import { acmePolicy } from '../policy/testing';
import type { WarrantyPolicyInput } from '../policy/warrantyPolicy';
import { evaluate, request, stepOf } from './testing';

// The policy-level steps of the trace as a user reads them, each test with its own policy (so its
// steps are written in the test). Acme, invoiced 2024-03-01; the conditions: first maintenance
// within 6 months or 7,500 km (last day 2024-09-01), no commercial use, no modification, not
// accident damage.
const conditions: WarrantyPolicyInput['conditions'] = {
  firstMaintenance: { within: { months: 6, km: 7_500 } },
  noCommercialUse: {},
  noModification: {},
  notAccidentDamage: {},
};
const withConditions = () => acmePolicy({ conditions });
const acme = (fields: Record<string, unknown> = {}) => ({ vehicle: { brand: 'Acme', ...fields } });

describe('policySteps: the policy in force and the start', () => {
  it('names the policy, its version and the sale date, and the invoice date as the start at 0 km', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, acme()), {
      policy: acmePolicy(),
    });
    expect(stepOf(decision, 'warranty.policy.in-force')).toMatchObject({
      status: 'passed',
      facts: {
        policy: 'acme-test',
        version: '1.0.0',
        soldOn: '2024-03-01',
        soldFrom: '2020-01-01',
        soldUntil: null,
      },
      message: {
        en: 'Policy acme-test 1.0.0 applies: sold 2024-03-01, policy for sales from 2020-01-01',
        zh: '适用保修政策 acme-test（1.0.0）：销售日期 2024-03-01，政策适用于 2020-01-01 起销售的车辆',
      },
    });
    expect(stepOf(decision, 'warranty.policy.start')).toMatchObject({
      status: 'passed',
      facts: { startEvent: 'invoice', startDate: '2024-03-01', startKm: 0 },
      message: {
        en: 'Coverage starts on the invoice date, 2024-03-01, at 0 km',
        zh: '保修自购车发票日期 2024-03-01 起算（0 km）',
      },
    });
  });

  it('a policy counting from the sale, with a start reading of 30 km, says so in both languages', () => {
    const decision = evaluate(
      request(
        { date: '2024-06-01', odometerKm: 1_000 },
        { ...acme({ saleDate: '2024-02-20' }), startKm: 30 },
      ),
      { policy: acmePolicy({ startEvent: 'sale' }) },
    );
    expect(stepOf(decision, 'warranty.policy.start')).toMatchObject({
      facts: { startEvent: 'sale', startDate: '2024-02-20', startKm: 30 },
      message: {
        en: 'Coverage starts on the sale date, 2024-02-20, at 30 km',
        zh: '保修自销售日期 2024-02-20 起算（30 km）',
      },
    });
  });

  it('two cars started the same day with different start readings: each step names its own', () => {
    const policy = acmePolicy();
    const at = (startKm: number) =>
      stepOf(
        evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, { ...acme(), startKm }), { policy }),
        'warranty.policy.start',
      );
    expect(at(30).facts).toEqual({ startEvent: 'invoice', startDate: '2024-03-01', startKm: 30 });
    expect(at(50).message.en).toBe('Coverage starts on the invoice date, 2024-03-01, at 50 km');
    expect(at(0).message.en).toBe('Coverage starts on the invoice date, 2024-03-01, at 0 km');
  });

  it('a policy counting from the delivery names the delivery date', () => {
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 1_000 }, acme({ deliveryDate: '2024-03-05' })),
      { policy: acmePolicy({ startEvent: 'delivery' }) },
    );
    expect(stepOf(decision, 'warranty.policy.start').message).toEqual({
      en: 'Coverage starts on the delivery date, 2024-03-05, at 0 km',
      zh: '保修自交车日期 2024-03-05 起算（0 km）',
    });
  });
});

describe('policySteps: the first maintenance', () => {
  const step = (decision: ReturnType<typeof evaluate>) =>
    stepOf(decision, 'warranty.condition.first-maintenance');

  it('not recorded: not checked, with what is left of the window at the repair', () => {
    // 2024-06-01 → 2024-09-01: 29 + 31 + 31 + 1 = 92 days; 7,500 − 1,000 = 6,500 km.
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, acme()), {
      policy: withConditions(),
    });
    expect(step(decision)).toMatchObject({
      status: 'not_applicable',
      facts: {
        status: 'unknown',
        endDate: '2024-09-01',
        kmLimit: 7_500,
        daysLeft: 92,
        daysOver: null,
        kmLeft: 6_500,
        kmOver: null,
        doneKm: null,
      },
      message: {
        en: 'First maintenance (due within 6 months or 7,500 km) not recorded: not checked',
        zh: '首保（应在6个月或7,500 km内完成）无记录：未检查',
      },
    });
  });

  it('done 2024-08-01 at 5,000 km: met, 31 days and 2,500 km to spare', () => {
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 9_000 },
        { ...acme(), firstMaintenance: { date: '2024-08-01', odometerKm: 5_000 } },
      ),
      { policy: withConditions() },
    );
    expect(step(decision)).toMatchObject({
      status: 'passed',
      facts: { status: 'met', daysLeft: 31, kmLeft: 2_500, doneKm: 5_000 },
      message: {
        en: 'First maintenance done within 6 months or 7,500 km',
        zh: '已在6个月或7,500 km内完成首保',
      },
    });
  });

  it('never done and not due at the repair: passes as not due', () => {
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 1_000 }, { ...acme(), firstMaintenance: null }),
      { policy: withConditions() },
    );
    expect(step(decision)).toMatchObject({
      status: 'passed',
      facts: { status: 'not_due', doneKm: null },
      message: {
        en: 'First maintenance not done yet and not due (within 6 months or 7,500 km)',
        zh: '尚未首保，首保期限（6个月或7,500 km）未到',
      },
    });
  });

  it('done two days late (2024-09-03): failed, 2 days over', () => {
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 9_000 },
        { ...acme(), firstMaintenance: { date: '2024-09-03', odometerKm: 5_000 } },
      ),
      { policy: withConditions() },
    );
    expect(decision.outcome).toBe('not_covered');
    expect(step(decision)).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', daysLeft: null, daysOver: 2, kmLeft: 2_500, kmOver: null },
      message: {
        en: 'First maintenance not done within 6 months or 7,500 km',
        zh: '未在6个月或7,500 km内完成首保',
      },
    });
  });
});

describe('policySteps: use, modification and accident', () => {
  const repair = { date: '2024-06-01', odometerKm: 1_000 };

  it('private use, a quality problem: the three conditions pass, each saying why', () => {
    const decision = evaluate(request(repair, acme({ use: 'private' })), { policy: withConditions() });
    const facts = { status: 'met', use: 'private', cause: 'quality' };
    expect(stepOf(decision, 'warranty.condition.no-commercial-use')).toMatchObject({
      status: 'passed',
      facts,
      message: { en: 'Private use', zh: '非营运使用' },
    });
    expect(stepOf(decision, 'warranty.condition.no-modification')).toMatchObject({
      status: 'passed',
      facts,
      message: { en: 'No forbidden modification caused the failure', zh: '故障并非擅自改装所致' },
    });
    expect(stepOf(decision, 'warranty.condition.not-accident-damage')).toMatchObject({
      status: 'passed',
      facts,
      message: { en: 'Not accident damage', zh: '非事故损伤' },
    });
  });

  it('commercial use: failed; use not recorded: not checked', () => {
    const commercial = evaluate(request(repair, acme({ use: 'commercial' })), { policy: withConditions() });
    expect(stepOf(commercial, 'warranty.condition.no-commercial-use')).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', use: 'commercial', cause: 'quality' },
      message: {
        en: 'The vehicle is in commercial use (hire, ride-hailing, logistics)',
        zh: '车辆为营运使用',
      },
    });
    const unrecorded = evaluate(request(repair, acme()), { policy: withConditions() });
    expect(stepOf(unrecorded, 'warranty.condition.no-commercial-use')).toMatchObject({
      status: 'not_applicable',
      facts: { status: 'unknown', use: null },
      message: { en: 'Use of the vehicle not recorded: not checked', zh: '车辆使用性质无记录：未检查' },
    });
  });

  it('a modification or accident damage as the cause: that condition fails', () => {
    const modified = evaluate(request({ ...repair, cause: 'modification' }, acme()), {
      policy: withConditions(),
    });
    expect(stepOf(modified, 'warranty.condition.no-modification')).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', cause: 'modification' },
      message: { en: 'The failure comes from a forbidden modification', zh: '故障由擅自改装引起' },
    });
    const accident = evaluate(request({ ...repair, cause: 'accident' }, acme()), {
      policy: withConditions(),
    });
    expect(stepOf(accident, 'warranty.condition.not-accident-damage')).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', cause: 'accident' },
      message: { en: 'The failure is accident damage', zh: '故障为事故损伤' },
    });
  });
});

describe('scopeStep: which coverages cover the repair', () => {
  const scopePolicy = () =>
    acmePolicy({
      coverages: [
        { id: 'corrosion', class: 'corrosion', period: { months: 72 }, covers: { failureCodes: ['B-CORR'] } },
        { id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['body', 'brakes'] } },
      ],
    });
  const on = { date: '2024-06-01', odometerKm: 1_000 };

  it('names the system and part group stated, and the coverages found', () => {
    const decision = evaluate(request({ ...on, system: 'brakes', partGroup: 'brake-calipers' }, acme()), {
      policy: scopePolicy(),
    });
    expect(stepOf(decision, 'warranty.coverage.scope')).toMatchObject({
      status: 'passed',
      facts: { system: 'brakes', partGroup: 'brake-calipers', failureCode: null, coverages: ['basic'] },
      message: {
        en: 'Coverages for this repair: basic (system brakes, part group brake-calipers)',
        zh: '覆盖该维修的保修项目：basic（系统 brakes，配件组 brake-calipers）',
      },
    });
  });

  it('names the failure code, and lists every coverage found in the policy’s order', () => {
    const decision = evaluate(request({ ...on, system: 'body', failureCode: 'B-CORR-01' }, acme()), {
      policy: scopePolicy(),
    });
    expect(stepOf(decision, 'warranty.coverage.scope')).toMatchObject({
      status: 'passed',
      facts: { system: 'body', partGroup: null, failureCode: 'B-CORR-01', coverages: ['corrosion', 'basic'] },
      message: {
        en: 'Coverages for this repair: corrosion, basic (system body, failure code B-CORR-01)',
        zh: '覆盖该维修的保修项目：corrosion、basic（系统 body，故障代码 B-CORR-01）',
      },
    });
  });

  it('a part group no coverage lists: failed, naming only the part group', () => {
    const decision = evaluate(request({ ...on, system: undefined, partGroup: 'wipers' }, acme()), {
      policy: scopePolicy(),
    });
    expect(stepOf(decision, 'warranty.coverage.scope')).toMatchObject({
      status: 'failed',
      facts: { system: null, partGroup: 'wipers', failureCode: null, coverages: [] },
      message: {
        en: 'No coverage of the policy covers the repair (part group wipers)',
        zh: '政策中没有覆盖该维修的保修项目（配件组 wipers）',
      },
    });
  });
});

describe('policySteps: edges of the first maintenance and of the scope step', () => {
  it('done on the last day at exactly 7,500 km: met, nothing left and nothing over', () => {
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 9_000 },
        { ...acme(), firstMaintenance: { date: '2024-09-01', odometerKm: 7_500 } },
      ),
      { policy: withConditions() },
    );
    expect(stepOf(decision, 'warranty.condition.first-maintenance').facts).toMatchObject({
      status: 'met',
      daysLeft: 0,
      daysOver: null,
      kmLeft: 0,
      kmOver: null,
    });
  });

  it('a first maintenance due within 7,500 km only: no end date, no days', () => {
    const policy = acmePolicy({ conditions: { firstMaintenance: { within: { km: 7_500 } } } });
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 9_000 },
        { ...acme(), firstMaintenance: { date: '2024-08-01', odometerKm: 5_000 } },
      ),
      { policy },
    );
    expect(stepOf(decision, 'warranty.condition.first-maintenance')).toMatchObject({
      facts: { status: 'met', endDate: null, kmLimit: 7_500, daysLeft: null, daysOver: null, kmLeft: 2_500 },
      message: { en: 'First maintenance done within 7,500 km', zh: '已在7,500 km内完成首保' },
    });
  });

  it('done in time but past the km limit (8,000 of 7,500 km): failed, 500 km over and no km left', () => {
    // Done 2024-08-01 (31 days before 2024-09-01) at 8,000 km: 8,000 − 7,500 = 500 km over.
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 9_000 },
        { ...acme(), firstMaintenance: { date: '2024-08-01', odometerKm: 8_000 } },
      ),
      { policy: withConditions() },
    );
    expect(stepOf(decision, 'warranty.condition.first-maintenance')).toMatchObject({
      status: 'failed',
      facts: {
        status: 'breached',
        endDate: '2024-09-01',
        kmLimit: 7_500,
        daysLeft: 31,
        daysOver: null,
        kmLeft: null,
        kmOver: 500,
        doneKm: 8_000,
      },
    });
  });

  it('a first maintenance due within 6 months only: no km limit, so neither km left nor km over', () => {
    const policy = acmePolicy({ conditions: { firstMaintenance: { within: { months: 6 } } } });
    const decision = evaluate(
      request(
        { date: '2025-01-01', odometerKm: 40_000 },
        { ...acme(), firstMaintenance: { date: '2024-08-01', odometerKm: 30_000 } },
      ),
      { policy },
    );
    expect(stepOf(decision, 'warranty.condition.first-maintenance')).toMatchObject({
      status: 'passed',
      facts: {
        status: 'met',
        endDate: '2024-09-01',
        kmLimit: null,
        daysLeft: 31,
        daysOver: null,
        kmLeft: null,
        kmOver: null,
        doneKm: 30_000,
      },
      message: { en: 'First maintenance done within 6 months', zh: '已在6个月内完成首保' },
    });
  });

  it('a repair naming no part group and one naming any part group id (spaces and punctuation allowed) get their own scope steps', () => {
    // An id may hold inner spaces and punctuation (idSchema), so the shared-step key must keep
    // "no part group" apart from every such id, whatever its text.
    const policy = acmePolicy({
      coverages: [
        {
          id: 'lamps',
          class: 'basic',
          period: { months: 12 },
          covers: { partGroups: ['Stryker was here!'] },
        },
        { id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['body'] } },
      ],
    });
    const on = { date: '2024-06-01', odometerKm: 1_000, system: 'body' as const };
    const scope = (repair: Parameters<typeof request>[0]) =>
      stepOf(evaluate(request(repair, acme()), { policy }), 'warranty.coverage.scope');
    expect(scope(on).facts).toMatchObject({ partGroup: null, coverages: ['basic'] });
    expect(scope({ ...on, partGroup: 'Stryker was here!' }).facts).toMatchObject({
      partGroup: 'Stryker was here!',
      coverages: ['lamps', 'basic'],
    });
  });

  it('the same system with and without a failure code: each scope step lists its own coverages', () => {
    const policy = acmePolicy({
      coverages: [
        { id: 'corrosion', class: 'corrosion', period: { months: 72 }, covers: { failureCodes: ['B-CORR'] } },
        { id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['body'] } },
      ],
    });
    const on = { date: '2024-06-01', odometerKm: 1_000, system: 'body' as const };
    const scope = (repair: Parameters<typeof request>[0]) =>
      stepOf(evaluate(request(repair, acme()), { policy }), 'warranty.coverage.scope');
    expect(scope({ ...on, failureCode: 'B-CORR-01' }).facts.coverages).toEqual(['corrosion', 'basic']);
    expect(scope(on)).toMatchObject({
      facts: { failureCode: null, coverages: ['basic'] },
      message: {
        en: 'Coverages for this repair: basic (system body)',
        zh: '覆盖该维修的保修项目：basic（系统 body）',
      },
    });
    expect(scope({ ...on, failureCode: 'B-CORR-02' }).facts).toMatchObject({
      failureCode: 'B-CORR-02',
      coverages: ['corrosion', 'basic'],
    });
  });
});

describe('policySteps for a car sold on day 0 (1970-01-01)', () => {
  it('writes the in-force and start steps for it like any other day', () => {
    const policy = acmePolicy({ soldFrom: '1970-01-01' });
    const decision = evaluate(
      request(
        { date: '1970-06-01', odometerKm: 1_000 },
        { vehicle: { brand: 'Acme', modelYear: 1970, invoiceDate: '1970-01-01' } },
      ),
      { policy },
    );
    expect(stepOf(decision, 'warranty.policy.in-force').facts).toEqual({
      policy: 'acme-test',
      version: '1.0.0',
      soldOn: '1970-01-01',
      soldFrom: '1970-01-01',
      soldUntil: null,
    });
    expect(stepOf(decision, 'warranty.policy.start').message.en).toBe(
      'Coverage starts on the invoice date, 1970-01-01, at 0 km',
    );
  });
});

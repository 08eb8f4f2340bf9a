import { describe, expect, it } from 'vitest';
import { acmePolicy } from '../policy/testing';
import { evaluate, request, stepOf, stepsOf } from './testing';

// Huaxia 2024 (invoice 2024-03-01 unless said): wear 6 months or 10,000 km over the wear part groups
// (brake pads, …) for quality and wear; basic 48 months or 120,000 km excluding those groups;
// powertrain 60 months or 150,000 km; corrosion 72 months over failure codes B-CORR…; battery and
// motor 96 months or 150,000 km on NEVs only, the battery for life for the first owner (2024).

const brakePads = { system: 'brakes' as const, partGroup: 'brake-pads', cause: 'wear' as const };

describe('wear items', () => {
  it('a worn brake pad on the last day of 6 months (2024-09-01) at 9,000 km: wear pays, 0 days / 1,000 km left', () => {
    const decision = evaluate(request({ date: '2024-09-01', odometerKm: 9_000, ...brakePads }));
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({
      coverage: 'wear',
      coverageClass: 'wear',
      daysLeft: 0,
      kmLeft: 1_000,
    });
    // basic covers the brakes system but excludes the brake-pads group: wear is the only candidate.
    expect(stepOf(decision, 'warranty.coverage.scope').facts.coverages).toEqual(['wear']);
  });

  it('a day later (2024-09-02), or 10,001 km: expired, and basic does not take over', () => {
    const late = evaluate(request({ date: '2024-09-02', odometerKm: 9_000, ...brakePads }));
    expect(late.outcome).toBe('not_covered');
    expect(late.details.expired).toEqual({ coverage: 'wear', daysAgo: 1, kmAgo: null });
    expect(evaluate(request({ date: '2024-06-01', odometerKm: 10_000, ...brakePads })).details.kmLeft).toBe(
      0,
    );
    expect(
      evaluate(request({ date: '2024-06-01', odometerKm: 10_001, ...brakePads })).details.expired,
    ).toEqual({
      coverage: 'wear',
      daysAgo: null,
      kmAgo: 1,
    });
  });

  it('a brake pad with a quality defect is paid by wear too (wear covers quality and wear)', () => {
    const decision = evaluate(
      request({ date: '2024-05-01', odometerKm: 3_000, ...brakePads, cause: 'quality' }),
    );
    expect(decision.details.coverage).toBe('wear');
  });

  it('a brake caliper (brakes, not a wear group) is paid by basic', () => {
    const decision = evaluate(
      request({ date: '2025-05-01', odometerKm: 20_000, system: 'brakes', partGroup: 'brake-calipers' }),
    );
    expect(decision.details.coverage).toBe('basic');
  });

  it('wear of a part no wear coverage lists (the engine): powertrain and basic pay for quality only', () => {
    const decision = evaluate(request({ date: '2025-05-01', odometerKm: 20_000, cause: 'wear' }));
    expect(decision.outcome).toBe('not_covered');
    const powertrain = stepOf(decision, 'warranty.coverage.period', 'powertrain');
    expect(powertrain).toMatchObject({ status: 'failed', facts: { cause: 'wear' } });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').status).toBe('failed');
    // Nothing expired: no "expired" detail, and the hint names the coverage that covers the part.
    expect(decision.details.expired).toBeNull();
    expect(decision.details.hint?.en).toContain('powertrain');
  });
});

describe('NEV-only and combustion-only coverages', () => {
  // huaxia-2022 (no lifetime battery): invoiced 2023-03-01; battery 96 months → 2031-03-01;
  // basic 36 months → 2026-03-01. The battery repair is on 2028-06-01 at 90,000 km.
  const battery = { date: '2028-06-01', odometerKm: 90_000, system: 'traction_battery' as const };
  const invoiced2023 = { invoiceDate: '2023-03-01' };

  it('on a combustion car (a hybrid that cannot be plugged in) the battery coverage does not apply', () => {
    const decision = evaluate(request(battery, { vehicle: invoiced2023 }));
    expect(decision.outcome).toBe('not_covered');
    const step = stepOf(decision, 'warranty.coverage.period', 'traction-battery');
    expect(step.status).toBe('not_applicable');
    expect(step.message.en).toBe('traction-battery: for NEVs only');
    // basic also covers the traction_battery system, but it ended on 2026-03-01: 365 + 366 (2027-03
    // → 2028-03 holds 29 February 2028) + 92 (March–May) = 823 days before the repair.
    expect(decision.details.expired).toEqual({ coverage: 'basic', daysAgo: 823, kmAgo: null });
  });

  it('on an NEV the battery coverage pays: 2028-06-01 → 2031-03-01 is 1,003 days, 150,000 − 90,000 km', () => {
    // 730 days to 2030-06-01 (no 29 February), + 273 to 2031-03-01 (365 − 92).
    const decision = evaluate(
      request(battery, { vehicle: { ...invoiced2023, isNev: true, nevKind: 'BEV' } }),
    );
    expect(decision.details).toMatchObject({
      policy: 'huaxia-2022',
      coverage: 'traction-battery',
      coverageClass: 'traction_battery',
      endDate: '2031-03-01',
      daysLeft: 1_003,
      kmLeft: 60_000,
    });
  });

  it("a combustion-only coverage ('ice') does not apply to an NEV", () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'emissions',
          class: 'emissions',
          period: { months: 96, km: 160_000 },
          covers: { systems: ['emission'] },
          vehicles: 'ice',
        },
      ],
    });
    const repair = { date: '2025-05-01', odometerKm: 20_000, system: 'emission' as const };
    expect(evaluate(request(repair), { policy }).details.coverage).toBe('emissions');
    const nev = evaluate(request(repair, { vehicle: { isNev: true, nevKind: 'BEV' } }), { policy });
    expect(nev.outcome).toBe('not_covered');
    expect(stepOf(nev, 'warranty.coverage.period', 'emissions').message.en).toBe(
      'emissions: for combustion vehicles only',
    );
  });

  it('a coverage for all vehicles (the default) pays an NEV as it pays a combustion car', () => {
    // Acme basic over the brakes, 12 months from 2024-03-01: 2024-06-01 is inside.
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['brakes'] } }],
    });
    const repair = { date: '2024-06-01', odometerKm: 9_000, system: 'brakes' as const };
    const nev = evaluate(request(repair, { vehicle: { brand: 'Acme', isNev: true, nevKind: 'BEV' } }), {
      policy,
    });
    expect(nev.outcome).toBe('covered');
    expect(nev.details.coverage).toBe('basic');
    const ice = evaluate(request(repair, { vehicle: { brand: 'Acme', isNev: false } }), { policy });
    expect(ice.details.coverage).toBe('basic');
  });
});

describe('first owner and later owners', () => {
  const nev = { isNev: true, nevKind: 'BEV' as const };
  const later = {
    ...nev,
    previousOwners: [{ customerId: 'CUS-000001', from: '2024-03-01', until: '2026-05-01' }],
  };
  const battery = (date: string, odometerKm: number) => ({
    date,
    odometerKm,
    system: 'traction_battery' as const,
  });

  it('huaxia-2024 battery, first owner: lifetime, so still covered in 2045 at 400,000 km, with no limit', () => {
    const decision = evaluate(request(battery('2045-01-01', 400_000), { vehicle: nev }));
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({
      coverage: 'traction-battery',
      basis: 'policy',
      endDate: null,
      daysLeft: null,
      kmLeft: null,
    });
    const step = stepOf(decision, 'warranty.coverage.period', 'traction-battery');
    expect(step).toMatchObject({
      status: 'passed',
      facts: { basis: 'firstOwner', endDate: null, kmLimit: null, daysLeft: null, kmLeft: null },
      cite: 'oem:huaxia-2024#coverages.traction-battery.firstOwner',
    });
    expect(step.message.en).toBe('traction-battery: lifetime from 2024-03-01, no limit');
  });

  it("a later owner (laterOwners 'same') gets the coverage's own period: 96 months or 150,000 km", () => {
    // 2024-03-01 + 96 months = 2032-03-01.
    const last = evaluate(request(battery('2032-03-01', 150_000), { vehicle: later }));
    expect(last.details).toMatchObject({ coverage: 'traction-battery', daysLeft: 0, kmLeft: 0 });
    expect(stepOf(last, 'warranty.coverage.period', 'traction-battery')).toMatchObject({
      facts: { basis: 'laterOwners' },
      cite: 'oem:huaxia-2024#coverages.traction-battery.laterOwners',
    });
    const after = evaluate(request(battery('2032-03-02', 150_001), { vehicle: later }));
    expect(after.outcome).toBe('not_covered');
    expect(after.details.expired).toEqual({ coverage: 'traction-battery', daysAgo: 1, kmAgo: 1 });
    // The same repair for the first owner: lifetime.
    expect(evaluate(request(battery('2032-03-02', 150_001), { vehicle: nev })).outcome).toBe('covered');
  });

  const acmeBattery = (laterOwners: unknown) =>
    acmePolicy({
      coverages: [
        {
          id: 'battery',
          class: 'traction_battery',
          period: { months: 96, km: 150_000 },
          firstOwner: 'lifetime',
          laterOwners: laterOwners as 'same',
          covers: { systems: ['traction_battery'] },
          vehicles: 'nev',
        },
      ],
    });

  it('a reduced period for later owners, 36 months or 60,000 km from the original start', () => {
    const policy = acmeBattery({ months: 36, km: 60_000 });
    // 2024-03-01 + 36 months = 2027-03-01.
    const last = evaluate(request(battery('2027-03-01', 60_000), { vehicle: later }), { policy });
    expect(last.details).toMatchObject({
      coverage: 'battery',
      endDate: '2027-03-01',
      daysLeft: 0,
      kmLeft: 0,
    });
    expect(stepOf(last, 'warranty.coverage.period', 'battery').message.en).toBe(
      'battery: 36 months or 60,000 km from 2024-03-01, 0 days and 0 km left',
    );
    const dayAfter = evaluate(request(battery('2027-03-02', 50_000), { vehicle: later }), { policy });
    expect(dayAfter.details.expired).toEqual({ coverage: 'battery', daysAgo: 1, kmAgo: null });
    const kmOver = evaluate(request(battery('2026-01-01', 60_001), { vehicle: later }), { policy });
    expect(kmOver.details.expired).toEqual({ coverage: 'battery', daysAgo: null, kmAgo: 1 });
    // The first owner keeps the lifetime coverage.
    expect(evaluate(request(battery('2040-01-01', 300_000), { vehicle: nev }), { policy }).outcome).toBe(
      'covered',
    );
  });

  it("laterOwners 'none': the coverage does not pass to a later owner", () => {
    const policy = acmeBattery('none');
    const decision = evaluate(request(battery('2024-06-01', 5_000), { vehicle: later }), { policy });
    expect(decision.outcome).toBe('not_covered');
    const step = stepOf(decision, 'warranty.coverage.period', 'battery');
    expect(step).toMatchObject({ status: 'failed', cite: 'oem:acme-test#coverages.battery.laterOwners' });
    expect(step.message.en).toBe('battery does not pass to a later owner');
    expect(decision.details.expired).toBeNull();
  });
});

describe('conditions: first maintenance within 6 months or 7,500 km (last day 2024-09-01), voids powertrain and basic', () => {
  // The repair: the engine on 2025-05-01 at 20,000 km, inside powertrain (1,400 days and 130,000 km
  // left: 2025-05-01 → 2028-05-01 = 365 + 365 + 366, then 304 days to 2029-03-01).
  const engine = { date: '2025-05-01', odometerKm: 20_000 };
  const firstMaintenance = (date: string, odometerKm: number) => ({ firstMaintenance: { date, odometerKm } });
  const conditionStep = (decision: ReturnType<typeof evaluate>) =>
    stepOf(decision, 'warranty.condition.first-maintenance');

  it('done on the last day at exactly 7,500 km: met', () => {
    const decision = evaluate(request(engine, firstMaintenance('2024-09-01', 7_500)));
    expect(decision.outcome).toBe('covered');
    expect(decision.details.coverage).toBe('powertrain');
    expect(conditionStep(decision)).toMatchObject({
      status: 'passed',
      facts: { status: 'met', endDate: '2024-09-01', kmLimit: 7_500, daysLeft: 0, kmLeft: 0, doneKm: 7_500 },
      cite: 'oem:huaxia-2024#conditions.firstMaintenance',
    });
  });

  it('done a day late (2024-09-02): breached, powertrain and basic void', () => {
    const decision = evaluate(request(engine, firstMaintenance('2024-09-02', 5_000)));
    expect(decision.outcome).toBe('not_covered');
    expect(conditionStep(decision)).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', daysOver: 1 },
    });
    for (const id of ['powertrain', 'basic']) {
      expect(stepOf(decision, 'warranty.coverage.period', id)).toMatchObject({
        status: 'failed',
        facts: { voidedBy: 'firstMaintenance' },
      });
    }
    // Void, not expired: the hint says powertrain would have paid.
    expect(decision.details.expired).toBeNull();
    expect(decision.details.hint?.en).toBe(
      'powertrain would cover it (1,400 days and 130,000 km left) but a warranty condition is not met: first maintenance done on time',
    );
  });

  it('done in time but at 7,501 km: breached', () => {
    const decision = evaluate(request(engine, firstMaintenance('2024-08-01', 7_501)));
    expect(decision.outcome).toBe('not_covered');
    expect(conditionStep(decision).facts).toMatchObject({ status: 'breached', kmOver: 1 });
  });

  it('counts the 7,500 km from startKm: done at 7,530 with startKm 30 is met', () => {
    const decision = evaluate(request(engine, { ...firstMaintenance('2024-08-01', 7_530), startKm: 30 }));
    expect(conditionStep(decision).facts.status).toBe('met');
  });

  it('never done (null) and not due yet at the repair (2024-09-01, 7,500 km): passes as not due', () => {
    const decision = evaluate(request({ date: '2024-09-01', odometerKm: 7_500 }, { firstMaintenance: null }));
    expect(decision.outcome).toBe('covered');
    expect(conditionStep(decision)).toMatchObject({
      status: 'passed',
      facts: { status: 'not_due', doneKm: null },
    });
  });

  it('never done and due: a repair on 2024-09-02, or at 7,501 km, finds it breached', () => {
    const late = evaluate(request({ date: '2024-09-02', odometerKm: 5_000 }, { firstMaintenance: null }));
    expect(late.outcome).toBe('not_covered');
    expect(conditionStep(late).facts.status).toBe('breached');
    const far = evaluate(request({ date: '2024-08-01', odometerKm: 7_501 }, { firstMaintenance: null }));
    expect(far.outcome).toBe('not_covered');
    expect(conditionStep(far).facts.status).toBe('breached');
  });

  it('not recorded (absent): not checked, and no coverage is voided', () => {
    const decision = evaluate(request(engine));
    expect(decision.outcome).toBe('covered');
    expect(conditionStep(decision)).toMatchObject({ status: 'not_applicable', facts: { status: 'unknown' } });
  });

  it('voids only the coverages it lists: corrosion and wear still pay', () => {
    const corrosion = evaluate(
      request({ ...engine, system: 'body', failureCode: 'B-CORR-01' }, firstMaintenance('2024-09-02', 5_000)),
    );
    expect(corrosion.outcome).toBe('covered');
    expect(corrosion.details.coverage).toBe('corrosion');
    // Due and never done by 7,501 km, but a worn brake pad at that reading is the wear coverage's.
    const pads = evaluate(
      request({ date: '2024-08-01', odometerKm: 7_501, ...brakePads }, { firstMaintenance: null }),
    );
    expect(pads.details.coverage).toBe('wear');
  });
});

describe('conditions: commercial use, modification, accident', () => {
  const engine = { date: '2025-05-01', odometerKm: 20_000 };

  it('commercial use voids every coverage when the condition lists none', () => {
    const decision = evaluate(request(engine, { vehicle: { use: 'commercial' } }));
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'warranty.condition.no-commercial-use')).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', use: 'commercial' },
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'powertrain').facts.voidedBy).toBe('noCommercialUse');
    const pads = evaluate(
      request({ date: '2024-05-01', odometerKm: 3_000, ...brakePads }, { vehicle: { use: 'commercial' } }),
    );
    expect(pads.outcome).toBe('not_covered');
    const privately = evaluate(request(engine, { vehicle: { use: 'private' } }));
    expect(privately.outcome).toBe('covered');
    expect(stepOf(privately, 'warranty.condition.no-commercial-use').facts.status).toBe('met');
  });

  it('commercial use voiding only basic: powertrain still pays', () => {
    const policy = acmePolicy({
      coverages: [
        { id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['engine'] } },
        {
          id: 'powertrain',
          class: 'powertrain',
          period: { months: 60, km: 150_000 },
          covers: { systems: ['engine'] },
        },
      ],
      conditions: { noCommercialUse: { voids: ['basic'] } },
    });
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 9_000 }, { vehicle: { use: 'commercial' } }),
      {
        policy,
      },
    );
    expect(decision.outcome).toBe('covered');
    expect(decision.details.coverage).toBe('powertrain');
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').facts.voidedBy).toBe('noCommercialUse');
  });

  it('a failure caused by a modification, or accident damage: the condition fails, nothing pays', () => {
    const modified = evaluate(request({ ...engine, cause: 'modification' }));
    expect(modified.outcome).toBe('not_covered');
    expect(stepOf(modified, 'warranty.condition.no-modification')).toMatchObject({
      status: 'failed',
      facts: { status: 'breached', cause: 'modification' },
    });
    const accident = evaluate(request({ ...engine, cause: 'accident' }));
    expect(accident.outcome).toBe('not_covered');
    expect(stepOf(accident, 'warranty.condition.not-accident-damage').status).toBe('failed');
    // Without such a cause both conditions pass.
    const quality = evaluate(request(engine));
    expect(stepOf(quality, 'warranty.condition.no-modification').status).toBe('passed');
    expect(stepOf(quality, 'warranty.condition.not-accident-damage').status).toBe('passed');
  });

  it('accident damage with notAccidentDamage voiding only basic: a glass coverage that pays for accidents still pays', () => {
    const coverages = [
      {
        id: 'basic',
        class: 'basic' as const,
        period: { months: 12 },
        covers: { systems: ['body' as const] },
      },
      {
        id: 'glass',
        class: 'other' as const,
        period: { months: 12 },
        covers: { systems: ['body' as const] },
        causes: ['quality' as const, 'accident' as const],
      },
    ];
    const accident = request({ date: '2024-06-01', odometerKm: 9_000, system: 'body', cause: 'accident' });
    const onlyBasic = acmePolicy({ coverages, conditions: { notAccidentDamage: { voids: ['basic'] } } });
    expect(evaluate(accident, { policy: onlyBasic }).details.coverage).toBe('glass');
    // Voiding every coverage (no list): glass is void too.
    const all = acmePolicy({ coverages, conditions: { notAccidentDamage: {} } });
    const decision = evaluate(accident, { policy: all });
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'warranty.coverage.period', 'glass').facts.voidedBy).toBe('notAccidentDamage');
  });
});

describe('conditions the policy does not set', () => {
  // Acme: basic 12 months or 20,000 km over the engine, no conditions; invoiced 2024-03-01.
  const engine = { date: '2024-06-01', odometerKm: 9_000 };

  it('a commercially used car is covered when the policy sets no commercial-use condition', () => {
    const decision = evaluate(request(engine, { vehicle: { brand: 'Acme', use: 'commercial' } }), {
      policy: acmePolicy(),
    });
    expect(decision.outcome).toBe('covered');
    expect(decision.details.coverage).toBe('basic');
    expect(stepsOf(decision, 'warranty.condition.no-commercial-use')).toEqual([]);
  });

  it('a coverage that pays for modifications and accidents pays them when no condition forbids them', () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12 },
          covers: { systems: ['engine'] },
          causes: ['quality', 'modification', 'accident'],
        },
      ],
    });
    const acme = { vehicle: { brand: 'Acme' } };
    const modified = evaluate(request({ ...engine, cause: 'modification' }, acme), { policy });
    expect(modified.outcome).toBe('covered');
    expect(stepsOf(modified, 'warranty.condition.no-modification')).toEqual([]);
    const accident = evaluate(request({ ...engine, cause: 'accident' }, acme), { policy });
    expect(accident.outcome).toBe('covered');
    expect(stepsOf(accident, 'warranty.condition.not-accident-damage')).toEqual([]);
  });

  it('use not recorded under a commercial-use condition: the condition is not checked, coverage stands', () => {
    // Huaxia 2024 sets noCommercialUse; powertrain 60 months pays the engine on 2025-05-01.
    const decision = evaluate(request({ date: '2025-05-01', odometerKm: 20_000 }));
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, 'warranty.condition.no-commercial-use')).toMatchObject({
      status: 'not_applicable',
      facts: { status: 'unknown', use: null },
    });
  });
});

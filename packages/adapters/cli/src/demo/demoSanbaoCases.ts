import type { VehicleSystem } from '@aftersales/core';
import { addCalendarDays } from '@aftersales/core';
import { createRandom, generateVin } from '@aftersales/testkit';
import type { RepairAttemptInput, VehicleCaseInput } from '@aftersales/warranty';
import { at, HOUR_MS, shanghaiInstant } from './demoClock';

/** One repair of a case: day after the start, hours in the workshop, odometer, and what else. */
interface CaseRepair {
  readonly day: number;
  readonly hours: number;
  readonly km: number;
  readonly problem: string;
  readonly system: VehicleSystem;
  readonly more?: Partial<RepairAttemptInput>;
}

/** A vehicle's history as days before the as-of date and repairs after its start. */
interface CaseSpec {
  readonly key: string;
  readonly model: string;
  readonly price: string;
  /** The start of the periods (invoice = delivery) is this many days before the as-of date. */
  readonly startDaysBeforeAsOf: number;
  readonly repairs: readonly CaseRepair[];
}

/**
 * The demo's 三包 histories (2021 rules, SAMR Order No. 43), in this order. Each is worked out by
 * hand in the demo's tests from the articles:
 *
 * 1. `same-problem`: the same transmission fault repaired 5 times in the 三包 period
 *    (Art. 24(4): more than 4 times) → replacement or return;
 * 2. `repair-time`: three repairs of 12, 10 and 10 days (Art. 40: ceil of hours ÷ 24), 32 days
 *    in all (Art. 24(4): over 30 days) → replacement or return;
 * 3. `near-miss`: the same electrical fault repaired 4 times (not more than 4) for 30 days in
 *    all (not over 30, once the 58 h of special-order part transport are left out, Art. 24)
 *    → free repair only;
 * 4. `high-mileage`: the same engine fault 6 times, but only 3 inside the 三包 period's
 *    50,000 km, and 61,800 km at the last repair, past the 包修期's 60,000 km → no right;
 * 5. `serious-safety`: a braking fault (a serious safety fault, Art. 40) repaired twice and not
 *    fixed (Art. 24(1)) → replacement or return.
 */
const CASES: readonly CaseSpec[] = [
  {
    key: 'same-problem',
    model: 'HX5',
    price: '152800.00',
    startDaysBeforeAsOf: 300,
    repairs: [35, 90, 150, 210, 270].map((day, i) => ({
      day,
      hours: 6,
      km: [2_100, 5_400, 9_800, 13_200, 16_900][i] ?? 0,
      problem: 'P0741',
      system: 'transmission' as const,
    })),
  },
  {
    key: 'repair-time',
    model: 'HX7',
    price: '128600.00',
    startDaysBeforeAsOf: 420,
    repairs: [
      { day: 100, hours: 288, km: 6_000, problem: 'P0A0F', system: 'engine' },
      { day: 220, hours: 240, km: 13_000, problem: 'C1234', system: 'suspension' },
      { day: 380, hours: 218, km: 22_500, problem: 'B1342', system: 'electrical' },
    ],
  },
  {
    key: 'near-miss',
    model: 'HX3',
    price: '89800.00',
    startDaysBeforeAsOf: 250,
    repairs: [
      { day: 30, hours: 168, km: 1_400, problem: 'U0140', system: 'electrical' },
      { day: 80, hours: 192, km: 3_900, problem: 'U0140', system: 'electrical' },
      { day: 140, hours: 168, km: 6_800, problem: 'U0140', system: 'electrical' },
      {
        day: 200,
        hours: 250,
        km: 9_700,
        problem: 'U0140',
        system: 'electrical',
        more: { excludedTime: [{ reason: 'special_order_part_transport', hours: '58' }] },
      },
    ],
  },
  {
    key: 'high-mileage',
    model: 'HX5',
    price: '142800.00',
    startDaysBeforeAsOf: 700,
    repairs: [
      [315, 29_900],
      [430, 40_900],
      [510, 48_500],
      [548, 52_100],
      [600, 57_000],
      [650, 61_800],
    ].map(([day = 0, km = 0]) => ({ day, hours: 8, km, problem: 'P0300', system: 'engine' as const })),
  },
  {
    key: 'serious-safety',
    model: 'HX-EV',
    price: '98800.00',
    startDaysBeforeAsOf: 150,
    repairs: [
      {
        day: 70,
        hours: 30,
        km: 3_800,
        problem: 'C0110',
        system: 'brakes',
        more: { isSeriousSafetyFault: true },
      },
      {
        day: 120,
        hours: 52,
        km: 6_300,
        problem: 'C0110',
        system: 'brakes',
        more: { isSeriousSafetyFault: true, resolved: false },
      },
    ],
  },
];

/**
 * The keys of the demo's 三包 cases, in the order {@link demoSanbaoCases} returns them.
 *
 * @example
 * demoSanbaoCaseKeys[0]; // 'same-problem'
 */
export const demoSanbaoCaseKeys: readonly string[] = CASES.map((spec) => spec.key);

/**
 * Household cars of the demo dealer with long repair histories, as 三包 cases
 * (`VehicleCaseSchema` of `@aftersales/warranty`), evaluated at `asOf` midnight. Their dates are
 * counted back from `asOf` so the outcomes are the same for any as-of date whose cases start
 * after 2022-01-01 (the 2021 rules; an earlier start falls under the 2013 rules). Every case
 * records the n of Art. 27 as 0.5 %. See {@link demoSanbaoCaseKeys} for what each case shows.
 *
 * @example
 * const cases = demoSanbaoCases(8, '2025-01-01', 'DLR-001');
 * evaluateRights(cases[0], { jurisdictions: [cnSanbao2021], timeZone: 'Asia/Shanghai' });
 */
export function demoSanbaoCases(seed: number, asOf: string, dealerId: string): VehicleCaseInput[] {
  const random = createRandom(seed ^ 0x3b0);
  return CASES.map((spec, index): VehicleCaseInput => {
    const vin = generateVin(random);
    const start = addCalendarDays(asOf, -spec.startDaysBeforeAsOf);
    const repairs = spec.repairs.map((repair, r): RepairAttemptInput => {
      const agreedAt = at(addCalendarDays(start, repair.day), 9);
      return {
        roId: `RO-SB${index + 1}-${r + 1}`,
        vin,
        agreedAt,
        finishedAt: shanghaiInstant(Date.parse(agreedAt) + repair.hours * HOUR_MS),
        odometerKm: repair.km,
        problem: repair.problem,
        system: repair.system,
        cause: 'quality',
        ...repair.more,
      };
    });
    return {
      vehicle: {
        vin,
        brand: 'Huaxia',
        model: spec.model,
        modelYear: Number(start.slice(0, 4)),
        isNev: spec.model === 'HX-EV',
        ...(spec.model === 'HX-EV' ? { nevKind: 'BEV' as const } : {}),
        use: 'private',
        saleDate: start,
        invoiceDate: start,
        deliveryDate: start,
        sellingDealerId: dealerId,
        purchasePrice: spec.price,
        currency: 'CNY',
        ownerCustomerId: `CUS-${vin.slice(-8)}`,
      },
      repairs,
      useCompensationRate: '0.005',
      hasInvoiceAndCertificate: true,
      asOf: at(asOf, 0),
    };
  });
}

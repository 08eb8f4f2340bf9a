import { describe, expect, it } from 'vitest';
import { RepairAttemptSchema } from '../../history/repairAttempt';
import { isWithinOdometerLimit, odometerMiles, sortRepairsIntoWindow } from './presumptionWindow';
import { evaluate, LA, repair, repairsOn, stepOf, VIN, vehicle } from './testing';

// Civil Code §1793.22(b): "within 18 months from delivery to the buyer or 18,000 miles on the
// odometer of the vehicle, whichever occurs first". Three repairs of one nonconformity inside the
// window, then a fourth whose place decides paragraph (2) ("four or more times").
const firstThree = repairsOn(['2024-03-05', '2024-06-04', '2024-09-10']);

describe('the 18-month end', () => {
  // 2024-01-31 + 18 months (addCalendarMonths): 2024-01 + 12 = 2025-01, + 6 = 2025-07; July has a
  // 31st, so the window ends on 2025-07-31, inclusive. 2025-08-01 is the first day outside.
  it('counts a repair agreed at 23:30 on 2025-07-31 in Los Angeles, already 1 August in UTC', () => {
    // 2025-08-01T06:30:00Z − 7 h (PDT) = 2025-07-31 23:30 local: inside.
    const fourth = repair({
      roId: 'RO-4',
      agreedAt: '2025-08-01T06:30:00Z',
      finishedAt: '2025-08-01T10:00:00-07:00',
    });
    const decision = evaluate([...firstThree, fourth]);
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(stepOf(decision, 'window').facts).toMatchObject({
      deliveryDate: '2024-01-31',
      windowEndDate: '2025-07-31',
      counted: ['RO-1', 'RO-2', 'RO-3', 'RO-4'],
    });
    expect(decision.details).toMatchObject({ windowEndDate: '2025-07-31', grounds: ['b2'] });
  });

  it('ignores a repair agreed at 00:30 on 2025-08-01 local time', () => {
    const fourth = repair({ roId: 'RO-4', agreedAt: '2025-08-01T00:30:00-07:00' });
    const decision = evaluate([...firstThree, fourth]);
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'window').facts.excluded).toEqual([{ roId: 'RO-4', reason: 'after_window' }]);
    expect(stepOf(decision, 'repeated-repairs').status).toBe('failed');
  });

  it('ends on the last day of a shorter month: 2023-08-31 + 18 months = 2025-02-28', () => {
    // 2023-08 + 18 = 2025-02; February 2025 has 28 days (2025 is not a leap year), so 2025-02-28.
    const delivered = vehicle({ deliveryDate: '2023-08-31', modelYear: 2023 });
    const early = repairsOn(['2023-10-02', '2024-01-08', '2024-05-13']);
    const inside = evaluate([...early, repair({ roId: 'RO-4', agreedAt: '2025-02-28T08:00:00-08:00' })], {
      vehicle: delivered,
    });
    const outside = evaluate([...early, repair({ roId: 'RO-4', agreedAt: '2025-03-01T08:00:00-08:00' })], {
      vehicle: delivered,
    });
    expect(stepOf(inside, 'window').facts.windowEndDate).toBe('2025-02-28');
    expect(inside.outcome).toBe('presumed_nonconforming');
    expect(outside.outcome).toBe('none');
  });

  it('cuts the days at the shop after the end date', () => {
    // In 2025-07-20, out 2025-08-10: only 07-20 … 07-31 are within 18 months, 31 − 20 + 1 = 12 days.
    const stay = repair({
      roId: 'RO-9',
      agreedAt: '2025-07-20T08:00:00-07:00',
      finishedAt: '2025-08-10T12:00:00-07:00',
    });
    const decision = evaluate([stay]);
    expect(decision.details?.daysOutOfService).toBe(12);
    expect(stepOf(decision, 'days-out-of-service').facts.stays).toEqual([
      { roId: 'RO-9', from: '2025-07-20', to: '2025-07-31', days: 12 },
    ]);
  });
});

describe('the 18,000 miles', () => {
  // 18,000 mi × 1.609344 km/mi = 28,800 + 168.192 = 28,968.192 km (in floats: 28968.192000000003).
  it('compares an integer odometer with 28,968.192 km exactly', () => {
    expect(isWithinOdometerLimit(28_968)).toBe(true); // 28,968 ≤ 28,968.192
    expect(isWithinOdometerLimit(28_969)).toBe(false); // 28,969 > 28,968.192
    // 28,968 ÷ 1.609344 = 17,999.88 mi; 28,969 ÷ 1.609344 = 18,000.50 mi.
    expect(odometerMiles(28_968)).toBe('17999.9');
    expect(odometerMiles(28_969)).toBe('18000.5');
  });

  it('counts a fourth repair at 28,968 km and not one at 28,969 km', () => {
    const at = (km: number) =>
      evaluate([
        ...firstThree,
        repair({ roId: 'RO-4', agreedAt: '2024-12-02T08:00:00-08:00', odometerKm: km }),
      ]);
    const inside = at(28_968);
    const outside = at(28_969);
    expect(inside.outcome).toBe('presumed_nonconforming');
    expect(inside.details?.latestRepair).toEqual({
      roId: 'RO-4',
      odometerKm: 28_968,
      odometerMiles: '17999.9',
      withinOdometerLimit: true,
    });
    expect(outside.outcome).toBe('none');
    expect(stepOf(outside, 'window').facts.excluded).toEqual([
      { roId: 'RO-4', reason: 'over_odometer_limit' },
    ]);
    expect(outside.details).toMatchObject({
      odometerLimitKm: '28968.192',
      odometerLimitMiles: 18_000,
      latestRepair: { odometerMiles: '18000.5', withinOdometerLimit: false },
    });
  });
});

describe('repairs that do not count', () => {
  it('ignores repairs after the window, before delivery, of another cause, of another car, after asOf', () => {
    const repairs = [
      repair({ roId: 'PDI', agreedAt: '2024-01-30T08:00:00-08:00' }), // before delivery on 01-31
      ...firstThree,
      repair({ roId: 'WEAR', agreedAt: '2024-10-01T08:00:00-07:00', cause: 'wear' }),
      repair({ roId: 'OTHER', agreedAt: '2024-10-02T08:00:00-07:00', vin: '2HGFA16588H123456' }),
      repair({ roId: 'LATE-1', agreedAt: '2025-08-05T08:00:00-07:00' }),
      repair({ roId: 'LATE-2', agreedAt: '2025-09-10T08:00:00-07:00' }),
    ];
    const decision = evaluate(repairs);
    // Inside: RO-1 … RO-3 only, so three repairs of the problem: fewer than four.
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'window').facts.excluded).toEqual([
      { roId: 'PDI', reason: 'before_delivery' },
      { roId: 'WEAR', reason: 'not_quality' },
      { roId: 'OTHER', reason: 'other_vehicle' },
      { roId: 'LATE-1', reason: 'after_window' },
      { roId: 'LATE-2', reason: 'after_window' },
    ]);
    const early = evaluate([...firstThree, repair({ roId: 'RO-4', agreedAt: '2024-12-02T08:00:00-08:00' })], {
      asOf: '2024-12-01T12:00:00-08:00',
    });
    expect(early.outcome).toBe('none');
    expect(stepOf(early, 'window').facts.excluded).toEqual([{ roId: 'RO-4', reason: 'after_as_of' }]);
  });
});

describe('the order of the counted repairs', () => {
  it('orders two repairs agreed at the same moment by RO number, whatever order they are given in', () => {
    const a = repair({ roId: 'RO-A', agreedAt: '2024-03-05T08:00:00-08:00' });
    const b = repair({ roId: 'RO-B', agreedAt: '2024-03-05T08:00:00-08:00', problem: 'window-regulator' });
    expect(stepOf(evaluate([b, a]), 'window').facts.counted).toEqual(['RO-A', 'RO-B']);
    expect(stepOf(evaluate([a, b]), 'window').facts.counted).toEqual(['RO-A', 'RO-B']);
  });
});

describe('the edges of the window: the delivery day and the evaluation moment', () => {
  it('counts a repair agreed on the delivery day itself ("since delivery")', () => {
    // Delivered 2024-01-31; a repair agreed at 14:00 PST that day is not before delivery.
    const onDelivery = repair({ roId: 'RO-0', agreedAt: '2024-01-31T14:00:00-08:00' });
    const decision = evaluate([onDelivery, ...firstThree]);
    expect(stepOf(decision, 'window').facts).toMatchObject({
      counted: ['RO-0', 'RO-1', 'RO-2', 'RO-3'],
      excluded: [],
    });
    expect(decision.outcome).toBe('presumed_nonconforming');
  });

  it('counts a repair agreed at the very moment of asOf, and reads its odometer as the latest', () => {
    const fourth = repair({ roId: 'RO-4', agreedAt: '2024-12-02T08:00:00-08:00', odometerKm: 9_000 });
    const decision = evaluate([...firstThree, fourth], { asOf: '2024-12-02T08:00:00-08:00' });
    expect(stepOf(decision, 'window').facts).toMatchObject({
      counted: ['RO-1', 'RO-2', 'RO-3', 'RO-4'],
      excluded: [],
    });
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(decision.details?.latestRepair).toMatchObject({ roId: 'RO-4', odometerKm: 9_000 });
  });
});

describe('the latest odometer reading in the details', () => {
  // 8,000 km ÷ 1.609344 = 4,970.97 mi; 3,000 km ÷ 1.609344 = 1,864.11 mi.
  const older = repair({ roId: 'RO-1', agreedAt: '2024-03-05T08:00:00-08:00', odometerKm: 3_000 });
  const newer = repair({ roId: 'RO-2', agreedAt: '2024-06-04T08:00:00-07:00', odometerKm: 8_000 });

  it('is the latest agreed repair, whatever order the repairs are given in', () => {
    const expected = { roId: 'RO-2', odometerKm: 8_000, odometerMiles: '4971.0', withinOdometerLimit: true };
    expect(evaluate([newer, older]).details?.latestRepair).toEqual(expected);
    expect(evaluate([older, newer]).details?.latestRepair).toEqual(expected);
  });

  it('of two repairs agreed at the same instant, is the one given last', () => {
    // 08:00 PDT is 15:00Z: RO-3 and RO-2 were agreed at the same instant, at 9,000 and 8,000 km.
    const same = repair({ roId: 'RO-3', agreedAt: '2024-06-04T15:00:00Z', odometerKm: 9_000 });
    expect(evaluate([older, same, newer]).details?.latestRepair).toMatchObject({
      roId: 'RO-2',
      odometerKm: 8_000,
    });
    expect(evaluate([older, newer, same]).details?.latestRepair).toMatchObject({
      roId: 'RO-3',
      odometerKm: 9_000,
    });
  });

  it('skips a later repair of another car', () => {
    const otherCar = repair({
      roId: 'OTHER',
      agreedAt: '2024-09-10T08:00:00-07:00',
      vin: '2HGFA16588H123456',
      odometerKm: 40_000,
    });
    expect(evaluate([older, newer, otherCar]).details?.latestRepair).toMatchObject({
      roId: 'RO-2',
      odometerKm: 8_000,
    });
  });

  it('skips a repair agreed after asOf, and reads none when every repair is after it', () => {
    const asOf = '2024-05-01T12:00:00-07:00';
    expect(evaluate([older, newer], { asOf }).details?.latestRepair).toEqual({
      roId: 'RO-1',
      odometerKm: 3_000,
      odometerMiles: '1864.1',
      withinOdometerLimit: true,
    });
    expect(evaluate([newer], { asOf }).details?.latestRepair).toBeNull();
  });
});

describe('the order of the counted repairs', () => {
  it('by the instant agreed, then the RO number, then as given', () => {
    const at = '2024-03-05T08:00:00-08:00';
    const entries = [
      repair({ roId: 'RO-9', agreedAt: '2024-02-05T08:00:00-08:00', problem: 'first' }),
      repair({ roId: 'RO-2', agreedAt: at, problem: 'second entry of RO-2' }),
      repair({ roId: 'RO-1', agreedAt: at, problem: 'RO-1' }),
      repair({ roId: 'RO-2', agreedAt: at, problem: 'third entry of RO-2' }),
    ].map((entry) => RepairAttemptSchema.parse(entry));
    const window = sortRepairsIntoWindow(entries, {
      vin: VIN,
      deliveryDate: '2024-01-31',
      timeZone: LA,
      asOfMs: Date.parse('2024-06-01T00:00:00Z'),
    });
    expect(window.counted.map((item) => item.repair.problem)).toEqual([
      'first',
      'RO-1',
      'second entry of RO-2',
      'third entry of RO-2',
    ]);
  });
});

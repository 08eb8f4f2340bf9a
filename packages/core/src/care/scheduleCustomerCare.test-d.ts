import { describe, expectTypeOf, it } from 'vitest';
import type { Citation } from '../decision/citation';
import type { Result } from '../errors/Result';
import type { CareEvent, CareEventType } from './careEvent';
import type { CareRuleId } from './careRules';
import type { CareScheduleOptions } from './careScheduleOptions';
import type { CareSchedule, CareTask, CareTaskStatus } from './careTask';
import type { CareWindows, CareWindowsInput } from './careWindows';
import { safeScheduleCustomerCare, scheduleCustomerCare } from './scheduleCustomerCare';

describe('CareEvent', () => {
  it('narrows on type', () => {
    const event = {} as CareEvent;
    if (event.type === 'follow_up_done') {
      expectTypeOf(event.kind).toEqualTypeOf<'first' | 'second'>();
      expectTypeOf(event.at).toEqualTypeOf<string>();
    }
    if (event.type === 'vehicle_sold') expectTypeOf(event.saleDate).toEqualTypeOf<string>();
    expectTypeOf<'ro_delivered'>().toExtend<CareEventType>();
    expectTypeOf<'car_washed'>().not.toExtend<CareEventType>();
  });
});

describe('scheduleCustomerCare', () => {
  it('returns a schedule of tasks with a rule id, a citation and a status', () => {
    const schedule = scheduleCustomerCare([], { timeZone: 'Asia/Shanghai' });
    expectTypeOf(schedule).toEqualTypeOf<CareSchedule>();
    expectTypeOf(schedule.tasks).toEqualTypeOf<readonly CareTask[]>();
    expectTypeOf<CareTask['rule']>().toEqualTypeOf<CareRuleId>();
    expectTypeOf<CareTask['cite']>().toEqualTypeOf<Citation>();
    expectTypeOf<CareTask['status']>().toEqualTypeOf<CareTaskStatus>();
    expectTypeOf(safeScheduleCustomerCare).returns.toEqualTypeOf<Result<CareSchedule>>();
  });

  it('requires the time zone and accepts partial windows', () => {
    // @ts-expect-error the dealer's time zone is required
    const missing: CareScheduleOptions = { asOf: '2024-10-08' };
    expectTypeOf(missing).toEqualTypeOf<CareScheduleOptions>();
    expectTypeOf<{ firstFollowUp: { end: number } }>().toExtend<CareWindowsInput>();
    expectTypeOf<{ firstFollowUp: { end: number } }>().not.toExtend<CareWindows>();
  });
});

import { describe, expect, it } from 'vitest';
import { nationalDayCalendar, only, schedule, shanghai, VIN_A, windowOf } from './testing';

describe('scheduleCustomerCare: tasks of one event', () => {
  it('returns the customer record due from the visit day to 2 days after', () => {
    // Visit Friday 2024-03-01 09:30 Beijing time → 03-01 … 03-03.
    const result = schedule([
      { type: 'vehicle_received', at: '2024-03-01T09:30:00+08:00', customerId: 'CUS-000123', roId: 'RO-1' },
    ]);
    expect(result.tasks).toEqual([
      {
        id: 'care.archive:RO-1@2024-03-01',
        rule: 'care.archive',
        cite: 'manual:care.archive',
        title: { en: 'Create the customer record', zh: '建立客户档案' },
        subject: { customerId: 'CUS-000123', roId: 'RO-1' },
        anchor: '2024-03-01',
        from: '2024-03-01',
        to: '2024-03-03',
        status: 'open',
        sourceEvents: [0],
      },
    ]);
  });

  describe('a dealer event on Saturday 2024-11-16', () => {
    const planned = { type: 'event_planned', eventDate: '2024-11-16', eventId: 'EVT-WINTER' };

    it('returns the phone notice on the day two weeks ahead and the invitation within 2 days after', () => {
      // 11-16 − 14 = 11-02 (a Saturday too); invitation 11-02 … 11-04.
      const result = schedule([planned]);
      expect(result.tasks.map(windowOf)).toEqual([
        ['care.event.invitation', '2024-11-02', '2024-11-04', 'open'],
        ['care.event.notice', '2024-11-02', '2024-11-02', 'open'],
      ]);
      expect(only(result, 'care.event.invitation').cite).toBe('manual:care.event.notice');
      expect(only(result, 'care.event.notice').subject).toEqual({ eventId: 'EVT-WINTER' });
    });

    it('opens the notice window noticeLeadDays earlier', () => {
      // 11-02 − 3 = 10-30 … 11-02; the invitation still counts from 11-02.
      const result = schedule([planned], { ...shanghai, windows: { eventNotice: { noticeLeadDays: 3 } } });
      expect(windowOf(only(result, 'care.event.notice'))).toEqual([
        'care.event.notice',
        '2024-10-30',
        '2024-11-02',
        'open',
      ]);
      expect(only(result, 'care.event.invitation').from).toBe('2024-11-02');
    });

    it('names the customer in the id when the event is for one customer', () => {
      const result = schedule([{ ...planned, customerId: 'CUS-000123' }]);
      expect(only(result, 'care.event.notice').id).toBe('care.event.notice:EVT-WINTER/CUS-000123@2024-11-16');
    });

    it('moves a notice due on a weekend to the next working day', () => {
      const result = schedule([planned], { ...shanghai, calendar: nationalDayCalendar });
      expect(only(result, 'care.event.notice')).toMatchObject({
        from: '2024-11-04',
        to: '2024-11-04',
        movedFrom: { from: '2024-11-02', to: '2024-11-02' },
      });
    });
  });

  describe('a new car sold on 2024-08-31', () => {
    const sold = { type: 'vehicle_sold', saleDate: '2024-08-31', vin: VIN_A, customerId: 'CUS-000123' };

    it('returns the first-maintenance reminder in the two weeks before it is due, 3 months after the sale', () => {
      // 08-31 + 3 months = 11-30 (November has 30 days); reminder 11-30 − 14 = 11-16 … 11-30.
      const task = only(schedule([sold]), 'wty.first.maintenance');
      expect([task.id, task.anchor, task.from, task.to, task.cite]).toEqual([
        `wty.first.maintenance:${VIN_A}@2024-08-31`,
        '2024-11-30',
        '2024-11-16',
        '2024-11-30',
        'manual:wty.first.maintenance',
      ]);
    });

    it('returns an inspection before each warranty-part anniversary, month ends kept', () => {
      // + 6 months: 2025-02-31 does not exist → 2025-02-28; window −30 … −1 days:
      //   02-28 − 28 = 01-31, − 30 = 01-29; − 1 = 02-27.
      // + 12, 24, 36, 60 months: 08-31 of 2025, 2026, 2027, 2029; 08-31 − 30 = 08-01, − 1 = 08-30.
      const tasks = schedule([sold]).tasks.filter((task) => task.rule === 'wty.precheck');
      expect(tasks.map((task) => [task.id, task.anchor, task.from, task.to])).toEqual([
        [`wty.precheck:${VIN_A}@2024-08-31/6m`, '2025-02-28', '2025-01-29', '2025-02-27'],
        [`wty.precheck:${VIN_A}@2024-08-31/12m`, '2025-08-31', '2025-08-01', '2025-08-30'],
        [`wty.precheck:${VIN_A}@2024-08-31/24m`, '2026-08-31', '2026-08-01', '2026-08-30'],
        [`wty.precheck:${VIN_A}@2024-08-31/36m`, '2027-08-31', '2027-08-01', '2027-08-30'],
        [`wty.precheck:${VIN_A}@2024-08-31/60m`, '2029-08-31', '2029-08-01', '2029-08-30'],
      ]);
      expect(tasks.map((task) => task.title.zh)).toEqual([
        '半年索赔件到期前预约客户回厂检查',
        '一年索赔件到期前预约客户回厂检查',
        '两年索赔件到期前预约客户回厂检查',
        '三年索赔件到期前预约客户回厂检查',
        '五年索赔件到期前预约客户回厂检查',
      ]);
      expect(tasks[0]?.title.en).toBe(
        'Invite the customer for an inspection before the 6-month warranty-part anniversary',
      );
      expect(tasks.every((task) => task.cite === 'manual:wty.precheck')).toBe(true);
    });

    it('counts from a leap day: sold 2024-02-29, first maintenance 05-29, 1-year anniversary 2025-02-28', () => {
      const result = schedule([{ ...sold, saleDate: '2024-02-29' }]);
      expect(only(result, 'wty.first.maintenance').anchor).toBe('2024-05-29');
      const anchors = result.tasks.filter((task) => task.rule === 'wty.precheck').map((task) => task.anchor);
      expect(anchors).toEqual(['2024-08-29', '2025-02-28', '2026-02-28', '2027-02-28', '2029-02-28']);
    });

    it('uses the figures a dealer sets: first maintenance after 6 months, inspections before 1 and 3 years', () => {
      const result = schedule([sold], {
        ...shanghai,
        windows: {
          firstMaintenance: { months: 6, reminder: { start: -7 } },
          warrantyPrecheck: { anniversaryMonths: [36, 12], window: { start: -60, end: -7 } },
        },
      });
      // 08-31 + 6 months = 2025-02-28; reminder 02-21 … 02-28.
      expect(windowOf(only(result, 'wty.first.maintenance'))).toEqual([
        'wty.first.maintenance',
        '2025-02-21',
        '2025-02-28',
        'open',
      ]);
      // 2025-08-31 − 60 = 07-02 (31 days back to 07-31, 29 more), − 7 = 08-24.
      expect(
        result.tasks.filter((task) => task.rule === 'wty.precheck').map((task) => [task.from, task.to]),
      ).toEqual([
        ['2025-07-02', '2025-08-24'],
        ['2027-07-02', '2027-08-24'],
      ]);
    });
  });

  it('returns the insurance-renewal reminder in the 30 days before the expiry', () => {
    // Expires 2025-03-01: − 1 = 02-28 (2025 is not a leap year), − 30 = 01-30.
    const task = only(
      schedule([{ type: 'insurance_expires', expiresOn: '2025-03-01', vin: VIN_A }]),
      'care.insurance.renewal',
    );
    expect([task.from, task.to, task.cite, task.title.zh]).toEqual([
      '2025-01-30',
      '2025-02-28',
      'manual:care.reminders',
      '提醒客户续保',
    ]);
  });

  it('returns the annual-inspection reminder from 30 days before the due date up to it', () => {
    // Due 2024-03-01: − 1 = 02-29 (leap year), − 30 = 01-31.
    const task = only(
      schedule([{ type: 'annual_inspection_due', dueOn: '2024-03-01', vin: VIN_A }]),
      'care.annual.inspection',
    );
    expect([task.from, task.to, task.cite]).toEqual(['2024-01-31', '2024-03-01', 'manual:care.reminders']);
  });

  it('keys a task by the event id, then by the index, when the event names nobody', () => {
    const result = schedule([
      { type: 'insurance_expires', expiresOn: '2025-03-01', id: 'INS-7' },
      { type: 'insurance_expires', expiresOn: '2025-03-01' },
    ]);
    expect(result.tasks.map((task) => task.id)).toEqual([
      'care.insurance.renewal:#1@2025-03-01',
      'care.insurance.renewal:id=INS-7@2025-03-01',
    ]);
  });
});

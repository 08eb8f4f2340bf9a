import { createBusinessCalendar } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { dailyIntake } from './dailyIntake';
import { bj, cellsOf, repairOrder, SHANGHAI } from './testing';

// March 2024 starts on a Friday: Mon–Fri working days are 1, 4–8, 11–15, 18–22, 25–29 = 21.
// April 2024: 1–5, 8–12, 15–19, 22–26, 29–30 = 22; with Qingming (4 and 5 April off, Sunday
// 7 April worked) 22 − 2 + 1 = 21.
const calendar = createBusinessCalendar({
  timeZone: SHANGHAI,
  holidays: ['2024-04-04', '2024-04-05'],
  workingWeekends: ['2024-04-07'],
});

const opened = (id: string, at: string, more = {}) => repairOrder(id, { openedAt: bj(at), ...more });
const repairOrders = [
  opened('RO-1', '2024-03-01 09:00'),
  opened('RO-2', '2024-03-04 09:00'),
  opened('RO-3', '2024-03-05 09:00'),
  opened('RO-4', '2024-03-05 15:00'),
  // Sunday 10 March.
  opened('RO-5', '2024-03-10 10:00'),
  opened('RO-6', '2024-03-20 10:00'),
  // 23:30 on 31 March in Beijing: March.
  opened('RO-7', '2024-03-31 23:30'),
  // 00:30 on 1 April in Beijing (16:30Z on 31 March): April.
  opened('RO-8', '2024-04-01 00:30'),
  // Cancelled and voided: never count.
  opened('RO-9', '2024-03-05 10:00', { status: 'cancelled', cancelledAt: bj('2024-03-05 10:30') }),
  opened('RO-10', '2024-03-06 10:00', { status: 'voided', voidedAt: bj('2024-03-06 10:30') }),
];

describe('ro.intake.daily', () => {
  it('divides ROs opened by the days of the month when no calendar is given', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [dailyIntake], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.intake.daily')).toEqual([
      // RO-1 … RO-7 = 7 over 31 days = 0.2258… → 0.23.
      { key: 'DLR-1 2024-03', status: 'value', value: '0.23', numerator: '7', denominator: '31' },
      // RO-8 over 30 days = 0.0333… → 0.03.
      { key: 'DLR-1 2024-04', status: 'value', value: '0.03', numerator: '1', denominator: '30' },
    ]);
  });

  it('divides by the working days of the dealer calendar', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [dailyIntake], groupBy: ['dealer', 'month'], timeZone: SHANGHAI, calendar },
    );
    expect(cellsOf(report, 'ro.intake.daily')).toEqual([
      // 7 ÷ 21 = 0.3333… → 0.33.
      { key: 'DLR-1 2024-03', status: 'value', value: '0.33', numerator: '7', denominator: '21' },
      // 1 ÷ 21 = 0.0476… → 0.05.
      { key: 'DLR-1 2024-04', status: 'value', value: '0.05', numerator: '1', denominator: '21' },
    ]);
  });

  it('counts the working days of the report period when there is no grain', () => {
    const report = computeKpisSync(
      { repairOrders },
      {
        kpis: [dailyIntake],
        groupBy: ['dealer'],
        timeZone: SHANGHAI,
        calendar,
        period: { from: '2024-03-01', to: '2024-03-10' },
      },
    );
    // RO-1 … RO-5 (RO-6 on the 20th is outside); working days 1, 4, 5, 6, 7, 8 March = 6.
    // 5 ÷ 6 = 0.8333… → 0.83.
    expect(cellsOf(report, 'ro.intake.daily')).toEqual([
      { key: 'DLR-1', status: 'value', value: '0.83', numerator: '5', denominator: '6' },
    ]);
  });

  it('has no data on a day off, and none without a grain or a period', () => {
    const byDay = computeKpisSync(
      { repairOrders },
      { kpis: [dailyIntake], groupBy: ['dealer', 'day'], timeZone: SHANGHAI, calendar },
    );
    const sunday = byDay.cells.find((cell) => cell.period?.from === '2024-03-10');
    expect(sunday).toMatchObject({ status: 'no_data', value: null, numerator: '1', denominator: '0' });
    expect(sunday?.reason).toEqual({ en: 'no working days in the period', zh: '期间内无工作日' });
    // Tuesday 5 March: RO-3 and RO-4 over 1 working day.
    expect(byDay.cells.find((cell) => cell.period?.from === '2024-03-05')?.value).toBe('2');

    const noPeriod = computeKpisSync(
      { repairOrders },
      { kpis: [dailyIntake], groupBy: ['dealer'], timeZone: SHANGHAI },
    );
    expect(noPeriod.cells[0]).toMatchObject({ status: 'no_data', value: null, numerator: '8' });
    expect(noPeriod.cells[0]?.reason?.en).toBe('counting days needs a calendar grain or a period');
  });
});

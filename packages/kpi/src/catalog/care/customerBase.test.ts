import { describe, expect, it } from 'vitest';
import { customerBase } from './customerBase';
import { cellOf, ro, run } from './testing';

// Window of the month ending L: L − 12 months < opened day ≤ L (Shanghai calendar).
const repairOrders = [
  // V1: one CP visit on 10 April 2023 → counts as of 2023-04 … 2024-03 (as of 2024-04-30 the
  // window starts after 2023-04-30)
  ro('R1', { vin: 'V1', openedAt: '2023-04-10T10:00:00+08:00' }),
  // V2: a W visit at 16:30Z on 30 April 2023 = 00:30 on 1 May in Shanghai → counts as of
  // 2023-05 … 2024-04 (in UTC it would be 30 April and drop out of 2024-04)
  ro('R2', { vin: 'V2', payType: 'W', openedAt: '2023-04-30T16:30:00Z' }),
  // V4: two CP visits, 5 September and 5 October 2023, counted once → as of 2023-09 … 2024-09
  ro('R3', { vin: 'V4', openedAt: '2023-09-05T10:00:00+08:00' }),
  ro('R4', { vin: 'V4', openedAt: '2023-10-05T10:00:00+08:00' }),
  // V3: an INS visit on 15 March 2024 → as of 2024-03 … 2025-02
  ro('R5', { vin: 'V3', payType: 'INS', openedAt: '2024-03-15T10:00:00+08:00' }),
  // V5: internal work only; V6: a cancelled CP RO only — neither is a paid visit
  ro('R6', { vin: 'V5', payType: 'I', openedAt: '2023-12-01T10:00:00+08:00' }),
  ro('R7', { vin: 'V6', openedAt: '2023-12-01T10:00:00+08:00', cancelledAt: '2023-12-01T11:00:00+08:00' }),
  // V8: a CP visit on 20 October 2024 (so that the report runs to October 2024)
  ro('R8', { vin: 'V8', openedAt: '2024-10-20T10:00:00+08:00' }),
  // D2: internal work only
  ro('R9', { dealerId: 'D2', vin: 'V9', payType: 'I', openedAt: '2024-03-10T10:00:00+08:00' }),
];

describe('care.base', () => {
  const report = run({ repairOrders }, [customerBase]);
  const base = (month: string) => cellOf(report, 'care.base', 'D1', month)?.value;

  it('counts distinct vehicles with a paid visit in the trailing 12 months, as of each month end', () => {
    expect(base('2023-04')).toBe('1'); // V1
    expect(base('2023-05')).toBe('2'); // V1, V2
    expect(base('2023-08')).toBe('2'); // V1, V2
    expect(base('2023-09')).toBe('3'); // V1, V2, V4
    expect(base('2023-10')).toBe('3'); // V4's second visit is the same vehicle
    expect(base('2023-12')).toBe('3'); // V5 (internal) and V6 (cancelled) are not paid visits
    expect(base('2024-03')).toBe('4'); // as of 31 March: window 1 April 2023 … → V1, V2, V4, V3
  });

  it('drops a visit once it is 12 months old, on the Shanghai calendar', () => {
    // as of 30 April 2024 the window is 1 May 2023 … 30 April 2024: V1 (10 April) drops out,
    // V2 (1 May in Shanghai) stays → V2, V4, V3
    expect(base('2024-04')).toBe('3');
    // as of 31 May 2024 the window starts 1 June 2023: V2 drops out → V4, V3
    expect(base('2024-05')).toBe('2');
    // as of 30 September 2024 (window from 1 October 2023) V4's visit of 5 October still counts
    expect(base('2024-09')).toBe('2'); // V4, V3
    // as of 31 October 2024 (window from 1 November 2023) it does not; V8 came on 20 October
    expect(base('2024-10')).toBe('2'); // V3, V8
  });

  it('is 0 for a dealer with no paid visit in the window', () => {
    expect(cellOf(report, 'care.base', 'D2', '2024-03')?.value).toBe('0');
  });

  it('counts visits before the report period in the windows of the period', () => {
    const q1 = run({ repairOrders }, [customerBase], { period: { from: '2024-02-01', to: '2024-03-31' } });
    expect(
      q1.cells.filter((cell) => cell.group.dealer === 'D1').map((cell) => [cell.period?.label, cell.value]),
    ).toEqual([
      ['2024-02', '3'], // as of 29 February (window from 1 March 2023): V1, V2, V4, all before the period
      ['2024-03', '4'], // V1, V2, V4 and V3 (15 March); V8 (October 2024) is after the period
    ]);
  });

  it('is as of the last day of a quarter', () => {
    const quarters = run({ repairOrders }, [customerBase], { groupBy: ['dealer', 'quarter'] });
    const q = (label: string) =>
      quarters.cells.find((cell) => cell.group.dealer === 'D1' && cell.period?.label === label)?.value;
    expect(q('2024-Q1')).toBe('4'); // as of 31 March 2024, as the month
    expect(q('2024-Q2')).toBe('2'); // as of 30 June 2024 (window from 1 July 2023): V4, V3
  });
});

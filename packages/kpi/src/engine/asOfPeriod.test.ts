import { describe, expect, it } from 'vitest';
import { countDistinct, field } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import { computeKpisSync } from './computeKpis';

// An "as of" KPI: distinct VINs opened in the trailing 12 months (L − 12 months < day ≤ L).
const trailingVins = defineKpi({
  id: 'test.trailing.vins',
  area: 'care',
  name: { en: 'Vehicles in 12 months', zh: '近 12 个月车辆数' },
  formula: { en: 'distinct VINs in the trailing 12 months', zh: '近 12 个月不同车辆数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: { vins: countDistinct(field('vin'), { window: { months: 12 } }) },
  numerator: 'vins',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:care.base',
});

const ro = (id: string, vin: string, openedAt: string) => ({ id, dealerId: 'D1', vin, openedAt, jobs: [] });
const repairOrders = [
  ro('R1', 'V1', '2023-04-10T10:00:00+08:00'), // before the period: in the windows to 2024-03
  ro('R2', 'V2', '2024-01-10T10:00:00+08:00'), // in the period
  ro('R3', 'V3', '2024-02-10T10:00:00+08:00'), // in the period
  ro('R4', 'V4', '2024-04-10T10:00:00+08:00'), // after the period: never counts
];

describe('the report period with an "as of" measure', () => {
  it('counts rows before the period in the trailing windows of the periods within it', () => {
    const report = computeKpisSync(
      { repairOrders },
      {
        kpis: [trailingVins],
        groupBy: ['month'],
        timeZone: 'Asia/Shanghai',
        period: { from: '2024-01-01', to: '2024-02-29' },
      },
    );
    expect(report.cells.map((cell) => [cell.period?.label, cell.value])).toEqual([
      ['2024-01', '2'], // V1 (10 April 2023 is within 1 Feb 2023 … 31 Jan 2024), V2
      ['2024-02', '3'], // V1, V2, V3
    ]);
  });

  it('gives the same cells in the period as a report over all rows', () => {
    const all = computeKpisSync(
      { repairOrders },
      { kpis: [trailingVins], groupBy: ['month'], timeZone: 'Asia/Shanghai' },
    );
    const inPeriod = all.cells
      .filter(
        (cell) =>
          cell.period !== undefined && cell.period.from >= '2024-01-01' && cell.period.to <= '2024-02-29',
      )
      .map((cell) => [cell.period?.label, cell.value]);
    expect(inPeriod).toEqual([
      ['2024-01', '2'],
      ['2024-02', '3'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogKpi } from '../catalog';
import { computeKpisSync } from './computeKpis';
import { roCount } from './testing';

const ro = (id: string, vin: string, openedAt: string) => ({
  id,
  dealerId: 'D',
  vin,
  kind: 'repair',
  status: 'closed',
  openedAt,
  jobs: [
    { payType: 'CP', laborLines: [{ id: `${id}-L`, soldHours: '1', payType: 'CP', laborAmount: '10' }] },
  ],
});

describe('trailing windows grouped by a grain alone', () => {
  it('keeps each windowed measure in its own window when no dimension is grouped', () => {
    // V1 visits in June 2023, V2 in June 2024. The base (12 months) of 2024 holds V2 only;
    // the churn of 2024 counts V1: in the base of 2023 (12 months before), not seen in 2024.
    const repairOrders = [
      ro('1', 'V1', '2023-06-01T10:00:00+08:00'),
      ro('2', 'V2', '2024-06-01T10:00:00+08:00'),
    ];
    const report = computeKpisSync(
      { repairOrders },
      {
        kpis: [catalogKpi('care.base'), catalogKpi('care.churn')],
        groupBy: ['year'],
        timeZone: 'Asia/Shanghai',
      },
    );
    const value = (kpi: string, label: string) =>
      report.cells.find((cell) => cell.kpi === kpi && cell.period?.label === label)?.value;
    expect(value('care.base', '2023')).toBe('1');
    expect(value('care.base', '2024')).toBe('1');
    expect(value('care.churn', '2024')).toBe('100');
  });
});

describe('a windowed KPI beside a plain one', () => {
  it('keeps the plain KPI’s own counts in every period', () => {
    // Three ROs: two in March 2024 (V1, V2), one in May (V1). care.base counts distinct VINs over the
    // trailing 12 months: March 2, April 2 (window only), May 2. The plain count of ROs opened: 2, 0, 1.
    const repairOrders = [
      ro('1', 'V1', '2024-03-04T10:00:00+08:00'),
      ro('2', 'V2', '2024-03-20T10:00:00+08:00'),
      ro('3', 'V1', '2024-05-02T10:00:00+08:00'),
    ];
    const report = computeKpisSync(
      { repairOrders },
      {
        kpis: [roCount, catalogKpi('care.base')],
        groupBy: ['month'],
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(report.cells.map((cell) => [cell.kpi, cell.period?.label, cell.value])).toEqual([
      ['test.ro.count', '2024-03', '2'],
      ['test.ro.count', '2024-04', '0'],
      ['test.ro.count', '2024-05', '1'],
      ['care.base', '2024-03', '2'],
      ['care.base', '2024-04', '2'],
      ['care.base', '2024-05', '2'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { technicianProductivity } from './technicianProductivity';
import { cellsOf, SHANGHAI, technicianRepairOrders, technicianShifts } from './testing';

describe('tech.productivity', () => {
  it('divides clocked hours on jobs by attended hours per technician and month', () => {
    const report = computeKpisSync(
      { repairOrders: technicianRepairOrders, technicianShifts },
      { kpis: [technicianProductivity], groupBy: ['dealer', 'technician', 'month'], timeZone: SHANGHAI },
    );
    expect(report.inputs.technicianShifts).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(cellsOf(report, 'tech.productivity')).toEqual([
      // (1.0 + 0.8) ÷ (8 + 8) = 0.1125 → 11.25 %.
      { key: 'DLR-1 T1 2024-03', status: 'value', value: '11.25', numerator: '1.8', denominator: '16' },
      // 0.5 ÷ 8 = 6.25 %.
      { key: 'DLR-1 T1 2024-04', status: 'value', value: '6.25', numerator: '0.5', denominator: '8' },
      // T2 clocked 1.5 h but has no shift.
      { key: 'DLR-1 T2 2024-03', status: 'no_data', value: null, numerator: '1.5', denominator: '0' },
      // T3 attended and clocked nothing.
      { key: 'DLR-1 T3 2024-03', status: 'value', value: '0', numerator: '0', denominator: '8' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no attended hours');
  });

  it('cannot be split by pay type: attendance has none', () => {
    const report = computeKpisSync(
      { repairOrders: technicianRepairOrders, technicianShifts },
      { kpis: [technicianProductivity], groupBy: ['payType'], timeZone: SHANGHAI },
    );
    expect(report.cells).toEqual([]);
    expect(report.skipped.map((skip) => skip.kpi)).toEqual(['tech.productivity']);
  });
});

import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { technicianEfficiency } from './technicianEfficiency';
import { technicianProductivity } from './technicianProductivity';
import { technicianProficiency } from './technicianProficiency';
import { cellsOf, SHANGHAI, technicianRepairOrders, technicianShifts } from './testing';

describe('tech.proficiency', () => {
  it('divides sold hours by attended hours per technician and month', () => {
    const report = computeKpisSync(
      { repairOrders: technicianRepairOrders, technicianShifts },
      {
        kpis: [technicianEfficiency, technicianProductivity, technicianProficiency],
        groupBy: ['dealer', 'technician', 'month'],
        timeZone: SHANGHAI,
      },
    );
    expect(cellsOf(report, 'tech.proficiency')).toEqual([
      // (1.2 + 0.9) ÷ 16 = 0.13125 → 13.125, a tie rounded half-even to 13.12 %.
      { key: 'DLR-1 T1 2024-03', status: 'value', value: '13.12', numerator: '2.1', denominator: '16' },
      // 1.0 ÷ 8 = 12.5 %.
      { key: 'DLR-1 T1 2024-04', status: 'value', value: '12.5', numerator: '1', denominator: '8' },
      { key: 'DLR-1 T2 2024-03', status: 'no_data', value: null, numerator: '2', denominator: '0' },
      { key: 'DLR-1 T3 2024-03', status: 'value', value: '0', numerator: '0', denominator: '8' },
    ]);
    // T1 March: efficiency 2.1 ÷ 1.8 = 116.67 %, productivity 11.25 %: 1.1666… × 0.1125 = 0.13125.
    const cell = (kpi: string) => cellsOf(report, kpi)[0];
    expect(cell('tech.efficiency')).toMatchObject({ numerator: '2.1', denominator: '1.8' });
    expect(cell('tech.productivity')).toMatchObject({ numerator: '1.8', denominator: '16' });
  });
});

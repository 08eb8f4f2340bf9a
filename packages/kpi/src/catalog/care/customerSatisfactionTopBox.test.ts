import { describe, expect, it } from 'vitest';
import { customerSatisfactionTopBox } from './customerSatisfactionTopBox';
import { cellOf, ndv, run, survey } from './testing';

const surveys = [
  survey('S1', 'D1', 'csi', '2024-03-05T10:00:00+08:00', '10', '10'), // top: 10 ≥ 10 − 1
  survey('S2', 'D1', 'csi', '2024-03-06T10:00:00+08:00', '9', '10'), // top: 9 ≥ 9
  survey('S3', 'D1', 'csi', '2024-03-07T10:00:00+08:00', '8', '10'), // not: 8 < 9
  survey('S4', 'D1', 'csi', '2024-03-31T15:30:00Z', '4', '5', '1'), // 23:30 on 31 March, Shanghai; top: 4 ≥ 5 − 1
  survey('S5', 'D1', 'csi', '2024-03-08T10:00:00+08:00', '3', '5', '1'), // not: 3 < 4
  survey('S6', 'D1', 'mystery', '2024-03-08T10:00:00+08:00', '10', '10'), // not CSI: excluded
  survey('S7', 'D1', 'csi', '2024-03-31T16:00:00Z', '9', '10'), // 00:00 on 1 April, Shanghai: April, top
  survey('S8', 'D2', 'phone', '2024-03-08T10:00:00+08:00', '10', '10'), // D2: no CSI response
];

describe('care.csi.top2', () => {
  const report = run({ surveys }, [customerSatisfactionTopBox]);

  it('is the share of CSI answers in the top two points of their scale', () => {
    // March: S1, S2, S4 of S1–S5 → 3 ÷ 5 × 100 = 60
    expect(ndv(cellOf(report, 'care.csi.top2', 'D1', '2024-03'))).toEqual(['3', '5', '60']);
    // April: S7 → 1 ÷ 1 × 100
    expect(ndv(cellOf(report, 'care.csi.top2', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('has no data without a CSI response', () => {
    expect(cellOf(report, 'care.csi.top2', 'D2', '2024-03')?.status).toBe('no_data');
  });
});

import { describe, expect, it } from 'vitest';
import { customerSatisfaction } from './customerSatisfaction';
import { cellOf, ndv, run, survey } from './testing';

const surveys = [
  // March (Shanghai): 9 on 0–10 → (9 − 0) × 100 ÷ 10 = 90
  survey('S1', 'D1', 'csi', '2024-03-05T10:00:00+08:00', '9', '10'),
  // 2024-03-31T15:30Z = 23:30 on 31 March in Shanghai: March. 4 on 1–5 → (4 − 1) × 100 ÷ (5 − 1) = 75
  survey('S2', 'D1', 'csi', '2024-03-31T15:30:00Z', '4', '5', '1'),
  // 7 on 0–9 → 700 ÷ 9 = 77.7777… → 77.7778 (4 places, half-even)
  survey('S3', 'D1', 'csi', '2024-03-20T10:00:00+08:00', '7', '9'),
  // A mystery-shopper survey is not CSI (excluded)
  survey('S4', 'D1', 'mystery', '2024-03-06T10:00:00+08:00', '2', '10'),
  // 2024-03-31T16:10Z = 00:10 on 1 April in Shanghai: April. 80 on 0–100 → 80
  survey('S5', 'D1', 'csi', '2024-03-31T16:10:00Z', '80', '100'),
  // D2 has only a phone survey in March: no CSI response
  survey('S6', 'D2', 'phone', '2024-03-06T10:00:00+08:00', '9', '10'),
];

describe('care.csi', () => {
  const report = run({ surveys }, [customerSatisfaction]);

  it('averages the scores scaled to 0–100, CSI surveys only, by Shanghai month', () => {
    // March: (90 + 75 + 77.7778) ÷ 3 = 242.7778 ÷ 3 = 80.92593 → 80.93
    expect(ndv(cellOf(report, 'care.csi', 'D1', '2024-03'))).toEqual(['242.7778', '3', '80.93']);
    // April: 80 ÷ 1
    expect(ndv(cellOf(report, 'care.csi', 'D1', '2024-04'))).toEqual(['80', '1', '80']);
  });

  it('has no data without a CSI response', () => {
    const cell = cellOf(report, 'care.csi', 'D2', '2024-03');
    expect(cell?.status).toBe('no_data');
    expect(cell?.value).toBeNull();
    expect(cell?.reason?.en).toBe('no CSI survey responses');
  });

  it('carries the manual target ≥ 93', () => {
    expect(customerSatisfaction.target).toMatchObject({ atLeast: '93', cite: 'manual:care.csi' });
  });
});

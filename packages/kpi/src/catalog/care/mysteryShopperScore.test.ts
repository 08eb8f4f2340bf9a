import { describe, expect, it } from 'vitest';
import { mysteryShopperScore } from './mysteryShopperScore';
import { cellOf, ndv, run, survey } from './testing';

const surveys = [
  // 96 on 0–100 → 96 × 1000 ÷ 100 = 960
  survey('M1', 'D1', 'mystery', '2024-03-05T10:00:00+08:00', '96', '100'),
  // 9 on 0–10 → 900; 23:30 on 31 March in Shanghai (15:30Z): March
  survey('M2', 'D1', 'phone', '2024-03-31T15:30:00Z', '9', '10'),
  // 7 on 0–9 → 7000 ÷ 9 = 777.777… → 777.7778 (4 places, half-even)
  survey('M3', 'D1', 'phone', '2024-03-12T10:00:00+08:00', '7', '9'),
  // A CSI survey is not a mystery-shopper score (excluded)
  survey('M4', 'D1', 'csi', '2024-03-12T10:00:00+08:00', '1', '10'),
  // 4 on 1–5 → (4 − 1) × 1000 ÷ 4 = 750; 00:00 on 1 April in Shanghai (16:00Z): April
  survey('M5', 'D1', 'mystery', '2024-03-31T16:00:00Z', '4', '5', '1'),
  // D2: a CSI survey only
  survey('M6', 'D2', 'csi', '2024-03-12T10:00:00+08:00', '9', '10'),
];

describe('care.mystery', () => {
  const report = run({ surveys }, [mysteryShopperScore]);

  it('averages mystery-shopper and phone scores on a 1,000-point scale', () => {
    // March: (960 + 900 + 777.7778) ÷ 3 = 2637.7778 ÷ 3 = 879.25926… → 879.26
    expect(ndv(cellOf(report, 'care.mystery', 'D1', '2024-03'))).toEqual(['2637.7778', '3', '879.26']);
    // April: 750 ÷ 1
    expect(ndv(cellOf(report, 'care.mystery', 'D1', '2024-04'))).toEqual(['750', '1', '750']);
  });

  it('has no data without a mystery-shopper or phone survey', () => {
    expect(cellOf(report, 'care.mystery', 'D2', '2024-03')?.status).toBe('no_data');
  });

  it('is a care KPI with the manual target ≥ 950 points', () => {
    expect(mysteryShopperScore.area).toBe('care');
    expect(mysteryShopperScore.unit).toBe('points');
    expect(mysteryShopperScore.target).toMatchObject({ atLeast: '950', cite: 'manual:care.mystery' });
  });
});

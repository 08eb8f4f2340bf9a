import { describe, expect, it } from 'vitest';
import { customerChurn } from './customerChurn';
import { cellOf, ndv, ro, run } from './testing';

// As of L: base 12 months earlier = paid visits L − 24 months < day ≤ L − 12 months;
// churned = that base without a paid visit L − 12 months < day ≤ L.
const repairOrders = [
  ro('R1', { vin: 'V1', openedAt: '2022-05-10T10:00:00+08:00' }),
  // V1's later RO was cancelled: not a visit
  ro('R2', { vin: 'V1', openedAt: '2023-06-01T10:00:00+08:00', cancelledAt: '2023-06-01T11:00:00+08:00' }),
  ro('R3', { vin: 'V2', openedAt: '2022-08-01T10:00:00+08:00' }),
  ro('R4', { vin: 'V2', payType: 'W', openedAt: '2023-09-01T10:00:00+08:00' }),
  // V3: INS at 15:30Z on 31 December 2022 = 23:30 on 31 December in Shanghai
  ro('R5', { vin: 'V3', payType: 'INS', openedAt: '2022-12-31T15:30:00Z' }),
  // V4: internal only — never in the base
  ro('R6', { vin: 'V4', payType: 'I', openedAt: '2022-06-01T10:00:00+08:00' }),
  // V5: CP at 16:30Z on 31 January 2023 = 00:30 on 1 February in Shanghai
  ro('R7', { vin: 'V5', openedAt: '2023-01-31T16:30:00Z' }),
  // V7: one CP visit on 15 January 2022
  ro('R9', { vin: 'V7', openedAt: '2022-01-15T10:00:00+08:00' }),
  // V8: CP visits on 15 June 2022 and 15 March 2023
  ro('R10', { vin: 'V8', openedAt: '2022-06-15T10:00:00+08:00' }),
  ro('R11', { vin: 'V8', openedAt: '2023-03-15T10:00:00+08:00' }),
  // V6: a visit in March 2024 (the report runs to March 2024)
  ro('R8', { vin: 'V6', openedAt: '2024-03-05T10:00:00+08:00' }),
];

describe('care.churn', () => {
  const report = run({ repairOrders }, [customerChurn]);
  const churn = (month: string) => ndv(cellOf(report, 'care.churn', 'D1', month));

  it('divides base vehicles not seen for 12 months by the base 12 months earlier', () => {
    // as of 31 May 2023: base (31 May 2021, 31 May 2022] = V7, V1; recent (31 May 2022, 31 May 2023]
    // = V2, V3, V5, V8 (V1's June RO was cancelled) → V1, V7 churned: 2 ÷ 2 × 100 = 100
    expect(churn('2023-05')).toEqual(['2', '2', '100']);
    // as of 31 December 2023: base (31 Dec 2021, 31 Dec 2022] = V7, V1, V8, V2, V3 (31 Dec in
    // Shanghai); recent (31 Dec 2022, 31 Dec 2023] = V5, V8, V2 → V1, V3, V7 churned: 3 ÷ 5 × 100 = 60
    expect(churn('2023-12')).toEqual(['3', '5', '60']);
    // as of 31 January 2024: base (31 Jan 2022, 31 Jan 2023] = V1, V8, V2, V3 (V7 came on 15 January
    // 2022; V5 on 1 February in Shanghai, 31 January in UTC); recent (31 Jan 2023, 31 Jan 2024] =
    // V5, V8, V2 → V1, V3 churned: 2 ÷ 4 × 100 = 50
    expect(churn('2024-01')).toEqual(['2', '4', '50']);
    // as of 29 February 2024: base (28 Feb 2022, 28 Feb 2023] = V1, V8, V2, V3, V5; recent
    // (28 Feb 2023, 29 Feb 2024] = V8 (15 March 2023), V2 → V1, V3, V5 churned: 3 ÷ 5 × 100 = 60
    expect(churn('2024-02')).toEqual(['3', '5', '60']);
  });

  it('has no data without a base 12 months earlier', () => {
    // as of 31 December 2022 the base (31 Dec 2020, 31 Dec 2021] is empty (the first visit is V7's,
    // 15 January 2022)
    const cell = cellOf(report, 'care.churn', 'D1', '2022-12');
    expect(cell?.status).toBe('no_data');
    expect(cell?.denominator).toBe('0');
  });
});

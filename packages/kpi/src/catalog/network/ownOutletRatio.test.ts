import { describe, expect, it } from 'vitest';
import { ownOutletRatio } from './ownOutletRatio';
import { cellOf, ndv, run } from './testing';

const outlet = (id: string, dealerId: string, asOf: string, ownership: string) => ({
  id,
  dealerId,
  asOf,
  ownership,
});

const outlets = [
  outlet('O1', 'D1', '2024-03-31', 'own'),
  outlet('O2', 'D1', '2024-03-31', 'contracted'),
  outlet('O3', 'D1', '2024-03-31', 'contracted'),
  outlet('O4', 'D1', '2024-03-31', 'contracted'),
  outlet('O5', 'D1', '2024-03-31', 'partner'), // neither own nor contracted
  outlet('O1', 'D1', '2024-04-30', 'own'),
  outlet('O2', 'D1', '2024-04-30', 'contracted'),
  outlet('O9', 'D2', '2024-03-31', 'own'), // D2 has no contracted outlet
];

describe('net.own.ratio', () => {
  const report = run({ outlets }, [ownOutletRatio]);

  it('divides own outlets by contracted outlets (not by all outlets)', () => {
    // March: own O1 = 1; contracted O2, O3, O4 = 3 → 1 ÷ 3 = 0.333… → 0.33 (not 1 ÷ 5)
    expect(ndv(cellOf(report, 'net.own.ratio', 'D1', '2024-03'))).toEqual(['1', '3', '0.33']);
    expect(ndv(cellOf(report, 'net.own.ratio', 'D1', '2024-04'))).toEqual(['1', '1', '1']);
  });

  it('has no data without a contracted outlet', () => {
    const cell = cellOf(report, 'net.own.ratio', 'D2', '2024-03');
    expect(cell?.status).toBe('no_data');
    expect(cell?.numerator).toBe('1');
  });

  it('carries the manual’s 30 % as a ratio of 0.3', () => {
    expect(ownOutletRatio.target).toMatchObject({ atLeast: '0.3', cite: 'manual:net.own.ratio' });
  });
});

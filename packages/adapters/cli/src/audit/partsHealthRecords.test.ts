import { dayNumberOfDate } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { healthMonth, healthRecords } from './partsHealthRecords';
import { readMovementDates } from './partsMovementDates';
import { readStockLines } from './partsStockLines';
import { createRejectionTally } from './rejectionTally';

describe('healthMonth', () => {
  it('is the calendar month before the one asOf falls in', () => {
    expect(healthMonth('2025-01-01')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(healthMonth('2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('healthRecords', () => {
  const ZONE = 'Asia/Shanghai';
  const movements = [
    // 2024-12-31 23:30 in Shanghai: still December, before the cut
    {
      id: 'M1',
      partNumber: 'P1',
      type: 'issue_ro',
      quantity: '-1',
      unitCost: '12.50',
      occurredAt: '2024-12-31T23:30:00+08:00',
      roId: 'R1',
    },
    // 2025-01-01 00:30 in Shanghai (2024-12-31 16:30 UTC): after the cut
    {
      id: 'M2',
      partNumber: 'P1',
      type: 'issue_ro',
      quantity: '-2',
      unitCost: '12.50',
      occurredAt: '2024-12-31T16:30:00Z',
      roId: 'R2',
    },
    {
      id: 'M3',
      partNumber: 'P1',
      type: 'receipt',
      quantity: '4',
      unitCost: '12.50',
      occurredAt: '2025-01-02T09:00:00+08:00',
      currency: 'CNY',
    },
  ];

  it('rolls the positions back to the month end and values that stock', () => {
    const tally = createRejectionTally();
    const dates = readMovementDates(movements, new Set(), ZONE, dayNumberOfDate('2024-12-31') as number);
    const lines = readStockLines(
      [{ partNumber: 'P1', onHand: '7', unitCost: '12.50' }],
      new Map(),
      'CNY',
      tally,
    );
    const built = healthRecords({
      movements,
      lines,
      dates,
      dealerId: 'D1',
      currency: 'CNY',
      month: healthMonth('2025-01-01'),
      timeZone: ZONE,
      tally,
    });
    // Moved after 2024-12-31: −2 + 4 = +2, so the month-end stock was 7 − 2 = 5; 5 × 12.50 = 62.50.
    expect(built.records.stockPositions).toEqual([
      {
        id: 'P1',
        dealerId: 'D1',
        partNumber: 'P1',
        asOf: '2024-12-31',
        currency: 'CNY',
        quantity: '5',
        unitCost: '12.5',
        lastIssuedOn: '2024-12-31',
      },
    ]);
    expect(built.records.inventorySnapshots).toEqual([
      { id: 'stock-2024-12-31', dealerId: 'D1', asOf: '2024-12-31', currency: 'CNY', valueAtCost: '62.50' },
    ]);
    // Only December's movement is read by the KPIs; without a currency it is in core's default, CNY.
    expect(built.records.stockMovements).toEqual([{ ...movements[0], currency: 'CNY' }]);
  });

  it('leaves out the movements refused or of another month, and keeps the dataset rows', () => {
    // Row 0: December; row 1: January (local); row 2: December, refused by the parts package.
    const rows = [movements[0], movements[1], { ...movements[0], id: 'M4' }];
    const tally = createRejectionTally();
    tally.reject('parts.movements', 2, []);
    const built = healthRecords({
      movements: rows,
      lines: [],
      dates: new Map(),
      dealerId: 'D1',
      currency: 'CNY',
      month: healthMonth('2025-01-01'),
      timeZone: ZONE,
      tally,
    });
    expect(built.movementRows).toEqual([0]);
    expect(built.records.inventorySnapshots).toEqual([]);
  });
});

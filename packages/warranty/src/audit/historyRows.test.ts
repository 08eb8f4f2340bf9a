import { OdometerReadingSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { isVin } from '../fastChecks';
import { fastOdometerReading, fastRepairOrderHeader, RepairOrderHeaderSchema } from './historyRows';
import { audit, claim, repairOrder, VIN } from './testing';

const times = () => ({ openedMs: 0, outMs: 0 });

describe('history rows', () => {
  it('rejects RO and odometer-reading rows that are null or missing, naming the row', () => {
    const report = audit([claim()], { repairOrders: [null, undefined], odometerReadings: [null] });
    expect(report.historyRejections.map((r) => [r.input, r.row, r.issues])).toEqual([
      [
        'repairOrders',
        0,
        [
          expect.objectContaining({
            code: 'input.invalid_type',
            path: [0],
            params: { expected: 'object', received: 'null' },
          }),
        ],
      ],
      ['repairOrders', 1, [expect.objectContaining({ code: 'input.required', path: [1] })]],
      [
        'odometerReadings',
        0,
        [
          expect.objectContaining({
            code: 'input.invalid_type',
            path: [0],
            params: { expected: 'object', received: 'null' },
          }),
        ],
      ],
    ]);
    expect(report.results[0]?.status).toBe('approved');
  });

  it('takes an RO the schema reads with equal odometer-in and -out readings as consistent', () => {
    // Four fraction digits: the schema, not the fast reader, reads this RO.
    const ro = repairOrder({ openedAt: '2024-09-10T08:30:00.0000+08:00', odometerOutKm: 15_000 });
    expect(fastRepairOrderHeader(ro, isVin, times())).toBeUndefined();
    expect(audit([claim()], { repairOrders: [ro] }).historyRejections).toEqual([]);
  });

  it('reads canonical RO headers without a kind, or with equal readings, as they are', () => {
    const rows = [repairOrder(), repairOrder({ kind: 'repair', odometerOutKm: 15_000 })];
    for (const row of rows) {
      expect(fastRepairOrderHeader(row, isVin, times())).toBe(row);
      expect(RepairOrderHeaderSchema.parse(row)).toEqual(row);
    }
  });

  it('reads canonical odometer readings with or without their optional ids as they are', () => {
    const bare = { vin: VIN, km: 14_000, readAt: '2024-09-01T09:00:00+08:00', source: 'telematics' };
    for (const row of [bare, { ...bare, id: 'ODO-1', roId: 'RO-100' }]) {
      expect(fastOdometerReading(row, isVin)).toBe(row);
      expect(OdometerReadingSchema.parse(row)).toEqual(row);
    }
  });
});

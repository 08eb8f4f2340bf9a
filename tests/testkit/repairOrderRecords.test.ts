import { money, parseRecords, type RepairOrder, RepairOrderSchema } from '@aftersales/core';
import { repairOrderRecords } from '@aftersales/testkit';
import { describe, expect, it } from 'vitest';

/** The testkit's RO records must be what a DMS would send: valid, consistent, repeatable. */
describe('repairOrderRecords', () => {
  const inputs = [...repairOrderRecords({ seed: 11, count: 3_000, dealers: 2 })];
  const batch = parseRecords(RepairOrderSchema, inputs);
  const ros = batch.results.flatMap((result) => (result.ok ? [result.value as RepairOrder] : []));

  it('gives records that RepairOrderSchema accepts, every one of them', () => {
    expect({ accepted: batch.accepted, rejected: batch.rejected }).toEqual({ accepted: 3_000, rejected: 0 });
  });

  it('gives the same records for the same seed and other records for another seed', () => {
    expect([...repairOrderRecords({ seed: 11, count: 50, dealers: 2 })]).toEqual(inputs.slice(0, 50));
    expect([...repairOrderRecords({ seed: 12, count: 50, dealers: 2 })]).not.toEqual(inputs.slice(0, 50));
  });

  it('opens about 20 ROs a day per dealer: 3,000 ROs of 2 dealers span 75 days', () => {
    const days = new Set(ros.map((ro) => ro.openedAt.slice(0, 10)));
    expect(days.size).toBe(75);
    const firstDay = ros.filter((ro) => ro.openedAt.startsWith('2024-01-02'));
    expect(firstDay.filter((ro) => ro.dealerId === 'DLR-001')).toHaveLength(20);
  });

  it('credits each labor line to a technician of the RO’s dealer, and prices it as sold hours × rate', () => {
    for (const ro of ros) {
      for (const line of ro.jobs.flatMap((job) => job.laborLines)) {
        expect(line.technicianId?.startsWith(`${ro.dealerId}-T`)).toBe(true);
        const amount = money(line.soldHours)
          .multiply(line.laborRate ?? '0')
          .round('half-up');
        expect(amount.toDecimalString()).toBe(line.laborAmount);
      }
    }
  });

  it('flags comebacks of the same vehicle and system within 30 days of the earlier delivery', () => {
    const byId = new Map(ros.map((ro) => [ro.id, ro]));
    const flagged = ros.filter((ro) => ro.comeback?.isComeback === true);
    // 2 % of ROs are comebacks, 80 % of them flagged: about 48 of 3,000.
    expect(flagged.length).toBeGreaterThan(20);
    expect(flagged.length).toBeLessThan(90);
    for (const ro of flagged) {
      const earlier = byId.get(ro.comeback?.previousRoId ?? '') as RepairOrder;
      expect(earlier.vin).toBe(ro.vin);
      expect(earlier.jobs[0]?.system).toBe(ro.jobs[0]?.system);
      const days = (Date.parse(ro.openedAt) - Date.parse(earlier.deliveredAt ?? '')) / 86_400_000;
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThanOrEqual(30);
    }
  });
});

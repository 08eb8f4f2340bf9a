import { type RepairOrderInput, RepairOrderSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { TEST_VIN } from './testing';
import { toStarRepairOrder } from './toStarRepairOrder';

const RO: RepairOrderInput = {
  id: 'RO-KEY-1',
  roNumber: 'RO-2026-0001',
  dealerId: 'DLR-1',
  vin: TEST_VIN,
  advisorId: 'SA-1',
  kind: 'insurance',
  currency: 'CNY',
  status: 'in_repair',
  hold: 'parts',
  openedAt: '2026-03-01T09:00:00+08:00',
  repairStartedAt: '2026-03-01T10:00:00+08:00',
  odometerInKm: 45210,
  jobs: [
    {
      id: 'J1',
      concern: '前保险杠破损',
      authorization: 'approved',
      payType: 'INS',
      laborLines: [
        {
          id: 'L1',
          opCode: '50-1000',
          description: '更换前保险杠',
          soldHours: '1.50',
          standardHours: '1.5',
          payType: 'INS',
          laborRate: '120.00',
        },
      ],
    },
  ],
};

describe('toStarRepairOrder', () => {
  const result = toStarRepairOrder(RepairOrderSchema.parse(RO));

  it('writes the header, the status × stage of a parts hold, events and the odometer snapshot', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.repair_order_key).toBe('RO-KEY-1');
    expect(doc.repair_order_id).toBe('RO-2026-0001');
    expect(doc.repair_order_group).toBe('insurance');
    // in_repair is stage REPAIR; a parts hold replaces the stage by PARTS_ORDERED (FLOWS.md).
    expect(doc.repair_status_summary).toMatchObject({
      current_repair_stage_type: 'PARTS_ORDERED',
      current_repair_status_type: 'ACTIVE',
    });
    expect(doc.repair_status_events).toEqual([
      { repair_stage_type: 'REPAIR', occurrence_date_time: '2026-03-01T10:00:00+08:00' },
    ]);
    expect(doc.vehicle_snapshots?.[0]).toMatchObject({
      service_milestone_types: 'CHECK_IN',
      vehicle_states: [{ vehicle_resource_type: 'ODOMETER', value: '45210' }],
    });
  });

  it('writes insurance as origin_type INSURANCE_PROVIDER (STAR has no insurance pay type), 1.5 h as 5400 s', () => {
    if (!result.ok) throw new Error('not exported');
    const op = result.value.repair_order_line_items?.[0]?.service_jobs?.[0]?.labor_operations?.[0];
    expect(op).toMatchObject({
      origin_type: 'INSURANCE_PROVIDER',
      standard_repair_sec: 5400,
      flat_rate_units: '1.50',
    });
    expect(op?.pay_type).toBeUndefined();
    expect(result.value.repair_order_line_items?.[0]?.pay_types).toBeUndefined();
  });

  it('notes what STAR has no place for: the job pay type INS and the labor rate', () => {
    if (!result.ok) throw new Error('not exported');
    expect(result.notes.map((n) => [n.code, n.path.join('.')])).toEqual([
      ['star.not_exported', 'jobs.0.payType'],
      ['star.not_exported', 'jobs.0.laborLines.0.laborRate'],
    ]);
  });

  it('refuses a partially approved labor line (a labor operation status cannot say it)', () => {
    const job = {
      ...RO.jobs?.[0],
      laborLines: [
        {
          id: 'L1',
          opCode: 'X',
          description: 'x',
          soldHours: '1',
          payType: 'CP',
          authorization: 'partially_approved',
        },
      ],
    };
    const refused = toStarRepairOrder({ ...RO, jobs: [job] });
    expect(refused.ok ? [] : refused.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['star.unmappable', 'jobs.0.laborLines.0.authorization'],
    ]);
  });

  it('refuses what is not a repair order with core’s coded issues', () => {
    const refused = toStarRepairOrder({ ...RO, vin: 'nope' });
    expect(refused.ok ? undefined : refused.issues[0]?.code).toBe('vin.length');
  });
});

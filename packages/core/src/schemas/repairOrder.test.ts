import { describe, expect, it } from 'vitest';
import { exampleRecords } from './examples';
import { parseRecord, safeParseRecord } from './parse';
import { RepairOrderSchema } from './repairOrder';
import { issuesOf, withChanges } from './testing';

const ro = exampleRecords.repairOrder;

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into a fixture to break it on purpose
type Loose = any;

/** A copy of the example RO with `change` applied to a deep copy of its jobs. */
function withJobs(change: (jobs: Loose[]) => void): Record<string, unknown> {
  const jobs: Loose[] = structuredClone(ro.jobs);
  change(jobs);
  return withChanges(ro, { jobs });
}

describe('RepairOrderSchema', () => {
  it('accepts the example RO: two jobs, two technicians, 4.5 L of oil, a warranty job', () => {
    const value = parseRecord(RepairOrderSchema, ro);
    expect(value.jobs.map((job) => job.payType)).toEqual(['CP', 'W']);
    expect(value.jobs.flatMap((job) => job.laborLines.map((line) => line.technicianId))).toEqual([
      'EMP-T-11',
      'EMP-T-07',
    ]);
    expect(value.jobs[0]?.partLines[1]?.quantity).toBe('4.5');
    expect(value.jobs[1]?.partLines[0]?.warrantyClaimId).toBe('WC-2024-0032');
  });

  it('fills defaults: empty line lists, not additional work, not a rescue, CNY', () => {
    const minimal = {
      id: 'RO-1',
      roNumber: 'WX1',
      dealerId: 'DLR-SH-001',
      vin: 'LSVAU2187N2123456',
      advisorId: 'EMP-SA-03',
      kind: 'repair',
      status: 'received',
      openedAt: '2024-03-01T09:05:00+08:00',
      jobs: [{ id: 'J1', concern: '空调不制冷', authorization: 'pending', payType: 'CP' }],
    };
    const value = parseRecord(RepairOrderSchema, minimal);
    expect(value).toMatchObject({ currency: 'CNY', isRescue: false, followUps: [], charges: [] });
    expect(value.jobs[0]).toMatchObject({
      isAdditionalWork: false,
      laborLines: [],
      partLines: [],
      subletLines: [],
    });
  });

  it('takes hours and amounts given as JSON numbers and keeps them as decimal strings', () => {
    const value = parseRecord(
      RepairOrderSchema,
      withJobs((jobs) => {
        jobs[0].laborLines[0].soldHours = 0.8;
        jobs[0].partLines[1].quantity = 4.5;
      }),
    );
    expect(value.jobs[0]?.laborLines[0]?.soldHours).toBe('0.8');
    expect(value.jobs[0]?.partLines[1]?.quantity).toBe('4.5');
  });

  it('reports deliveredAt before receivedAt at deliveredAt, in English and Chinese', () => {
    const result = safeParseRecord(
      RepairOrderSchema,
      withChanges(ro, { deliveredAt: '2024-03-01T08:59:00+08:00' }),
    );
    expect(result.ok ? [] : result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "input.inconsistent",
          "message": {
            "en": "deliveredAt is inconsistent: deliveredAt (vehicle delivered) is before receivedAt (vehicle received)",
            "zh": "deliveredAt 前后不一致：交车时间早于接车时间",
          },
          "params": {
            "reason": "deliveredAt (vehicle delivered) is before receivedAt (vehicle received)",
            "reasonZh": "交车时间早于接车时间",
            "value": "2024-03-01T08:59:00+08:00",
          },
          "path": [
            "deliveredAt",
          ],
        },
      ]
    `);
  });

  it('reports each step out of order at the later field', () => {
    const changes = {
      closedAt: '2024-03-01T09:00:00+08:00',
      settledAt: '2024-03-01T09:04:59+08:00',
      repairCompletedAt: '2024-03-01T09:49:00+08:00',
    };
    expect(issuesOf(RepairOrderSchema, withChanges(ro, changes))).toEqual([
      { code: 'input.inconsistent', path: ['closedAt'] },
      { code: 'input.inconsistent', path: ['settledAt'] },
      { code: 'input.inconsistent', path: ['repairCompletedAt'] },
    ]);
    const cancelled = { status: 'cancelled', cancelledAt: '2024-03-01T01:04:00Z' };
    expect(issuesOf(RepairOrderSchema, withChanges(ro, cancelled))).toEqual([
      { code: 'input.inconsistent', path: ['cancelledAt'] },
    ]);
  });

  it('accepts a vehicle received before the RO was keyed in', () => {
    expect(issuesOf(RepairOrderSchema, withChanges(ro, { receivedAt: '2024-03-01T08:30:00+08:00' }))).toEqual(
      [],
    );
  });

  it('reports an odometer out below the odometer in', () => {
    expect(issuesOf(RepairOrderSchema, withChanges(ro, { odometerOutKm: 45209 }))).toEqual([
      { code: 'input.inconsistent', path: ['odometerOutKm'] },
    ]);
    expect(issuesOf(RepairOrderSchema, withChanges(ro, { odometerOutKm: 45210 }))).toEqual([]);
  });

  it('reports a completed labor line on a job the customer declined or deferred', () => {
    const declined = withJobs((jobs) => {
      jobs[1].authorization = 'declined';
    });
    expect(issuesOf(RepairOrderSchema, declined)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 1, 'laborLines', 0, 'completedAt'] },
    ]);
    const deferredLine = withJobs((jobs) => {
      jobs[0].authorization = 'partially_approved';
      jobs[0].laborLines[0].authorization = 'deferred';
    });
    expect(issuesOf(RepairOrderSchema, deferredLine)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 0, 'laborLines', 0, 'completedAt'] },
    ]);
  });

  it('accepts what STAR carries: a declined line beside an approved one, with its reason', () => {
    const mixed = withJobs((jobs) => {
      jobs[0].authorization = 'partially_approved';
      jobs[0].laborLines.push({
        id: 'LOP-101',
        opCode: '04-TIRE-MOUNT-BAL',
        description: 'Mount & Balance Driver Rear Tire',
        soldHours: '0.00',
        payType: 'CP',
        authorization: 'declined',
        authorizationNote: 'Declined by customer: deferred due to cost budget constraints',
      });
      jobs[1].laborLines[0].payTypeDetail = 'manufacturer';
    });
    expect(issuesOf(RepairOrderSchema, mixed)).toEqual([]);
  });

  it('reports a finer pay type that contradicts the pay type', () => {
    const wrong = withJobs((jobs) => {
      jobs[0].laborLines[0].payTypeDetail = 'manufacturer';
      jobs[0].partLines[0].payTypeDetail = 'sublet';
    });
    expect(issuesOf(RepairOrderSchema, wrong)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 0, 'laborLines', 0, 'payTypeDetail'] },
    ]);
  });

  it('reports a repeated job id and a repeated line id', () => {
    const repeatedJob = withJobs((jobs) => {
      jobs[1].id = 'J1';
    });
    expect(issuesOf(RepairOrderSchema, repeatedJob)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 1, 'id'] },
    ]);
    const repeatedLine = withJobs((jobs) => {
      jobs[0].partLines[1].id = 'P1';
    });
    expect(issuesOf(RepairOrderSchema, repeatedLine)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 0, 'partLines', 1, 'id'] },
    ]);
  });

  it('runs cross-field checks only on an object whose fields are each valid', () => {
    const both = withJobs((jobs) => {
      jobs[1].id = 'J1';
      jobs[0].partLines[1].id = 'P1';
    });
    // The repeated job id is reported once the job's own issue is fixed.
    expect(issuesOf(RepairOrderSchema, both)).toEqual([
      { code: 'input.inconsistent', path: ['jobs', 0, 'partLines', 1, 'id'] },
    ]);
  });

  it('reports a comeback of itself and a rescue fee on an RO that is not a rescue', () => {
    const changes = { comeback: { isComeback: true, previousRoId: 'RO-2024-000817' }, rescueFee: '300.00' };
    expect(issuesOf(RepairOrderSchema, withChanges(ro, changes))).toEqual([
      { code: 'input.inconsistent', path: ['comeback', 'previousRoId'] },
      { code: 'input.inconsistent', path: ['rescueFee'] },
    ]);
    expect(issuesOf(RepairOrderSchema, withChanges(ro, { isRescue: true, rescueFee: '300.00' }))).toEqual([]);
  });

  it('reports field errors deep in the lines with their full path', () => {
    const broken = withJobs((jobs) => {
      jobs[0].laborLines[0].soldHours = '0,8';
      jobs[0].partLines[1].qty = '4.5';
      jobs[1].partLines[0].source = 'OEM';
    });
    expect(issuesOf(RepairOrderSchema, withChanges(broken, { starStatus: 'DONE' }))).toEqual([
      { code: 'input.invalid_value', path: ['starStatus'] },
      { code: 'money.invalid_amount', path: ['jobs', 0, 'laborLines', 0, 'soldHours'] },
      { code: 'input.unrecognized_keys', path: ['jobs', 0, 'partLines', 1] },
      { code: 'input.invalid_value', path: ['jobs', 1, 'partLines', 0, 'source'] },
    ]);
  });

  it('rejects a mistyped VIN and a missing advisor', () => {
    expect(
      issuesOf(RepairOrderSchema, withChanges(ro, { vin: 'LSVAU2180N2123456', advisorId: undefined })),
    ).toEqual([
      { code: 'vin.check_digit', path: ['vin'] },
      { code: 'input.required', path: ['advisorId'] },
    ]);
  });
});

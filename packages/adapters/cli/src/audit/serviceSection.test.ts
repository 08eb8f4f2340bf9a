import {
  type ComplaintInput,
  computeVinCheckDigit,
  type RepairOrderInput,
  type RepairOrderJobInput,
} from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { DealerDataset } from './auditTypes';
import { auditService } from './serviceSection';

/**
 * A small dealer in Shanghai, March–April 2024, audited as of 1 May 2024. Every expected value
 * below is worked out by hand from the repair-order flow (docs/flows.md), the KPI catalog and the
 * manuals' targets (SEED-FIGURES.md), as the comments say.
 */

const MINUTE = 60_000;
const DAY = 24 * 60;
const bj = (local: string) => `${local.replace(' ', 'T')}:00+08:00`;
const after = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * MINUTE).toISOString();
const vin = (body: string) => `${body.slice(0, 8)}${computeVinCheckDigit(body)}${body.slice(9)}`;
const VIN_A = vin('LSVAU2180N2100001');
const VIN_B = vin('LSVAU2180N2100002');
const VIN_C = vin('LSVAU2180N2100003');
const VIN_D = vin('LSVAU2180N2100004');
const VIN_E = vin('LSVAU2180N2100005');

function job(id: string, system: RepairOrderJobInput['system'], soldHours: string): RepairOrderJobInput {
  return {
    id: `${id}-J1`,
    concern: system === 'maintenance' ? '定期保养' : '客户反映异响',
    system,
    authorization: 'approved',
    payType: 'CP',
    laborLines: [
      {
        id: `${id}-L1`,
        opCode: 'OP-101',
        description: '维修',
        soldHours,
        payType: 'CP',
        laborRate: '380.00',
        laborAmount: '380.00',
        technicianId: 'T-1',
      },
    ],
  };
}

/**
 * An RO that follows the flow step by step, opened at `opened`: walk-around +10 min, estimate +20,
 * approval +30, dispatch +40, repair +60 to +180, self, peer and final checks +190/+200/+210 by
 * three people, wash +225, settlement +240, delivery +270 (the same day), follow-up calls 4 and 12
 * days after the opening (+1 h), closed after 16 days.
 */
function ro(
  id: string,
  carVin: string,
  opened: string,
  more: Partial<RepairOrderInput> = {},
): RepairOrderInput {
  const at = (minutes: number) => after(opened, minutes);
  return {
    id,
    roNumber: id,
    dealerId: 'D0571',
    vin: carVin,
    customerId: `C-${id}`,
    advisorId: 'SA-1',
    kind: 'repair',
    currency: 'CNY',
    status: 'closed',
    openedAt: opened,
    receivedAt: opened,
    walkaroundAt: at(10),
    estimatedAt: at(20),
    approvedAt: at(30),
    dispatchedAt: at(40),
    repairStartedAt: at(60),
    repairCompletedAt: at(180),
    qc: {
      selfAt: at(190),
      selfInspectorId: 'T-1',
      peerAt: at(200),
      peerInspectorId: 'T-2',
      finalAt: at(210),
      finalInspectorId: 'QC-1',
    },
    washedAt: at(225),
    settledAt: at(240),
    deliveredAt: at(270),
    followUps: [
      { kind: 'first', doneAt: at(4 * DAY + 60), outcome: 'satisfied' },
      { kind: 'second', doneAt: at(12 * DAY + 60), outcome: 'satisfied' },
    ],
    closedAt: at(16 * DAY),
    odometerInKm: 20_000,
    odometerOutKm: 20_002,
    jobs: [job(id, 'brakes', '1.0')],
    ...more,
  };
}

const ro2Opened = bj('2024-03-06 09:00');
const ro6Opened = bj('2024-03-31 19:00');
const noAdvisor: Partial<RepairOrderInput> = ro('RO-5', VIN_E, bj('2024-03-08 09:00'));
delete noAdvisor.advisorId;

const repairOrders: unknown[] = [
  // Row 0. Clean. VIN A, brakes, delivered 4 March 13:30, driven out at 20,002 km.
  ro('RO-1', VIN_A, bj('2024-03-04 09:00')),
  // Row 1. No final inspection on the record: the self and peer checks passed, then nothing.
  ro('RO-2', VIN_B, ro2Opened, {
    qc: {
      selfAt: after(ro2Opened, 190),
      selfInspectorId: 'T-1',
      peerAt: after(ro2Opened, 200),
      peerInspectorId: 'T-2',
    },
    jobs: [job('RO-2', 'electrical', '2.0')],
  }),
  // Row 2. Maintenance, repair completed 5 March 12:00, settled 9 March: 4 days after.
  ro('RO-3', VIN_C, bj('2024-03-05 09:00'), {
    kind: 'maintenance',
    settledAt: bj('2024-03-09 10:00'),
    deliveredAt: bj('2024-03-09 10:30'),
    followUps: [
      { kind: 'first', doneAt: bj('2024-03-12 10:00'), outcome: 'satisfied' },
      { kind: 'second', doneAt: bj('2024-03-20 10:00'), outcome: 'satisfied' },
    ],
    closedAt: bj('2024-03-25 09:00'),
    jobs: [job('RO-3', 'maintenance', '0.8')],
  }),
  // Row 3. VIN A again, brakes again, opened 15 March at 20,450 km: not flagged by the dealer.
  ro('RO-4', VIN_A, bj('2024-03-15 09:00'), {
    odometerInKm: 20_450,
    odometerOutKm: 20_452,
    jobs: [job('RO-4', 'brakes', '1.2')],
  }),
  // Row 4. Delivered 31 March 23:30, closed at 00:20 on 1 April (16:20Z on 31 March), no call made.
  ro('RO-6', VIN_D, ro6Opened, {
    followUps: [],
    closedAt: bj('2024-04-01 00:20'),
    jobs: [job('RO-6', 'brakes', '3.0')],
  }),
  // Row 5. No advisor: refused by the RO schema.
  noAdvisor,
  // Row 6. A valid RO in US dollars: refused by the KPI engine (the dealer's currency is CNY).
  ro('RO-7', VIN_E, bj('2024-03-10 09:00'), { currency: 'USD' }),
];

const complaint = (id: string, more: Partial<ComplaintInput>): ComplaintInput => ({
  id,
  dealerId: 'D0571',
  customerId: 'C-RO-2',
  receivedAt: bj('2024-03-20 10:00'),
  channel: 'phone',
  category: 'repair_quality',
  description: '电器故障未修好',
  status: 'resolved',
  ...more,
});

const complaints: unknown[] = [
  // Answered at 16:30Z on 20 March: 00:30 on 21 March in Shanghai.
  complaint('CMP-1', {
    roId: 'RO-2',
    answeredAt: '2024-03-20T16:30:00Z',
    resolvedAt: bj('2024-03-22 17:00'),
  }),
  complaint('CMP-2', { receivedAt: bj('2024-05-02 10:00'), status: 'received' }),
  { ...complaint('CMP-3', {}), channel: 'fax' },
];

const dataset: DealerDataset = {
  dealer: { id: 'D0571', name: '杭州华夏汽车 4S 店', timeZone: 'Asia/Shanghai', currency: 'CNY' },
  period: { from: '2024-03-01', to: '2024-04-30' },
  asOf: '2024-05-01',
  repairOrders,
  complaints,
  appointments: [],
  surveys: [],
  warranty: { vehicles: [], repairOrders: [], claims: [], laborTimes: [], partGroups: {}, partPrices: {} },
  parts: { parts: [], movements: [], positions: [] },
  vehicleCases: [],
};

const result = auditService(dataset);
const { section } = result;
const row = (kpi: string) => section.scorecard.rows.find((r) => r.kpi === kpi);
const codesOf = (id: string) =>
  section.repairOrderAudit.findings.filter((f) => f.repairOrderId === id).map((f) => f.code);

describe('auditService', () => {
  describe('inputs and rejections', () => {
    it('counts every record read, used or refused, per input', () => {
      expect(result.inputs).toEqual({
        repairOrders: { read: 7, accepted: 5, rejected: 2 },
        appointments: { read: 0, accepted: 0, rejected: 0 },
        complaints: { read: 3, accepted: 2, rejected: 1 },
        surveys: { read: 0, accepted: 0, rejected: 0 },
      });
    });

    it('names each refused record by its input and 0-based row, with the coded issue', () => {
      const shown = result.rejections.map((r) => [r.input, r.row, r.issues[0]?.code, r.issues[0]?.path]);
      expect(shown).toEqual([
        ['repairOrders', 5, 'input.required', ['advisorId']],
        ['repairOrders', 6, 'kpi.currency_mismatch', ['currency']],
        ['complaints', 2, 'input.invalid_value', ['channel']],
      ]);
    });
  });

  describe('RO audit', () => {
    it('audits the five ROs used, three of them with findings', () => {
      // RO-1 to RO-4 and RO-6 were opened in the period; rows 5 and 6 were refused.
      expect([section.repairOrderAudit.audited, section.repairOrderAudit.withFindings]).toEqual([5, 3]);
      expect(codesOf('RO-1')).toEqual([]);
      expect(codesOf('RO-4')).toEqual([]);
    });

    it('reports an RO without its final inspection once, as the step that cannot follow', () => {
      // After the peer check the RO waits in final_inspection, which accepts only the final
      // inspection, a failed check or the customer record: the wash is refused there, and so is
      // every later step of the record. No follow-up clock starts: the delivery never happened.
      const [finding] = section.repairOrderAudit.findings.filter((f) => f.repairOrderId === 'RO-2');
      expect(codesOf('RO-2')).toEqual(['flow.not-in-state']);
      expect(finding?.cite).toBe('manual:flows.repair-order');
      expect(finding?.message.en).toContain('washedAt');
      expect(finding?.message.en).toContain('settledAt, deliveredAt, followUps[0], followUps[1], closedAt');
      expect(finding?.message.zh).toContain('工单字段');
    });

    it('reports a maintenance RO settled 4 days after completion against the 3-day SLA', () => {
      // Completed 5 March, settled 9 March: 4 calendar days > 3 (manual: ro.settle.maintenance).
      const [finding] = section.repairOrderAudit.findings.filter((f) => f.repairOrderId === 'RO-3');
      expect(codesOf('RO-3')).toEqual(['ro.settle.maintenance.late']);
      expect([finding?.rule, finding?.cite]).toEqual([
        'ro.settle.maintenance',
        'manual:ro.settle.maintenance',
      ]);
    });

    it('reports an RO closed without a follow-up call, and the first call overdue on 1 May', () => {
      // Delivered 31 March: only a follow-up or a reopening may come next, so the close is refused;
      // the first call was due on day 3–7 (3–7 April) and none was made by 1 May.
      expect(codesOf('RO-6')).toEqual(['flow.not-in-state', 'care.followup.first.overdue']);
      expect(section.repairOrderAudit.byCode).toEqual({
        'flow.not-in-state': 2,
        'ro.settle.maintenance.late': 1,
        'care.followup.first.overdue': 1,
      });
    });
  });

  describe('scorecard', () => {
    it('gives the comeback rate 1 of 5 = 20 %, missing the manual’s < 2 %', () => {
      // Closed CP ROs opened in the period: RO-1, 2, 3, 4, 6. RO-4 repeats RO-1 (same car, brakes,
      // 11 days and 448 km after it): a comeback by the 30-day / 1,000 km rule though not flagged.
      expect(row('ro.comeback')).toMatchObject({
        value: '20',
        status: 'missed',
        gap: '-18',
        target: { below: '2', cite: 'manual:ro.comeback' },
      });
    });

    it('counts 5 ROs closed in the period, with no target in the catalog', () => {
      // RO-6 closed at 00:20 on 1 April: still in the period (March–April).
      expect(row('ro.count')).toMatchObject({ value: '5', status: 'no_target' });
    });

    it('scores 1.6 sold hours per RO as met: 0.1 above 1.5, outside the 5 % at-risk margin of 0.075', () => {
      // (1.0 + 2.0 + 0.8 + 1.2 + 3.0) ÷ 5 = 1.6, target 1.5–2.5 h.
      expect(row('ro.hours.avg')).toMatchObject({ value: '1.6', status: 'met', gap: '0.1' });
    });

    it('scores settlement on time 0 of 1 maintenance RO as missed against 100 %', () => {
      expect(row('ro.settle.ontime')).toMatchObject({ value: '0', status: 'missed' });
    });

    it('scores the customer base as of the last month with records: 4 vehicles, far below 1,500', () => {
      // Distinct VINs with a paid visit in the 12 months to 31 March: A, B, C, D (E was refused).
      // Nothing was opened in April, so March is the last month the engine reports.
      expect(row('care.base')).toMatchObject({ value: '4', status: 'missed', period: { label: '2024-03' } });
    });

    it('gives the daily intake 5 ROs over the 61 days of March and April = 0.08', () => {
      // No business calendar: every day counts. 5 ÷ 61 = 0.0819… → 0.08, target ≥ 20 a day.
      expect(row('ro.intake.daily')).toMatchObject({ value: '0.08', status: 'missed' });
    });

    it('leaves out KPIs whose inputs the dataset lacks, rather than scoring them', () => {
      const kpis = section.scorecard.rows.map((r) => r.kpi);
      // No surveys, no appointments, no technician shifts.
      expect(kpis).not.toContain('care.csi');
      expect(kpis).not.toContain('appt.show');
      expect(kpis).not.toContain('tech.productivity');
      // Complaints were exported: their KPIs are on.
      expect(kpis).toContain('care.complaint.rate');
    });
  });

  describe('trends', () => {
    it('puts an RO closed at 00:20 on 1 April (Shanghai) in April', () => {
      // March: RO-1, 2, 3, 4 closed, (1.0 + 2.0 + 0.8 + 1.2) ÷ 4 = 1.25 h; April: RO-6, 3.0 h.
      // The band 1.5–2.5 of a KPI where higher is better is drawn at its lower bound.
      expect(section.trends.find((t) => t.kpi === 'ro.hours.avg')).toMatchObject({
        unit: 'hours',
        target: '1.5',
        months: [
          { month: '2024-03', value: '1.25' },
          { month: '2024-04', value: '3' },
        ],
      });
    });

    it('shows a month with nothing to count as null', () => {
      // Every RO was opened in March: the comeback rate has no April value.
      expect(section.trends.find((t) => t.kpi === 'ro.comeback')?.months).toEqual([
        { month: '2024-03', value: '20' },
        { month: '2024-04', value: null },
      ]);
    });
  });

  describe('drill-downs', () => {
    it('lists RO-4 as the comeback of RO-1, 11 days after its delivery', () => {
      expect(section.comebacks).toEqual([
        {
          id: 'RO-4',
          date: '2024-03-15',
          label: {
            en: 'repeats RO-1 (brakes) 11 days after its delivery',
            zh: '重复 RO-1（brakes），距其交车 11 天',
          },
          facts: {
            vin: VIN_A,
            kind: 'repair',
            previousRoId: 'RO-1',
            systems: 'brakes',
            daysAfterDelivery: 11,
            flagged: false,
            inComebackRate: true,
          },
        },
      ]);
    });

    it('lists the complaint received in the period, dated on the dealer’s clock', () => {
      expect(section.complaints).toEqual([
        {
          id: 'CMP-1',
          date: '2024-03-20',
          label: { en: 'Repair quality complaint by phone', zh: '维修质量投诉（电话）' },
          facts: {
            category: 'repair_quality',
            channel: 'phone',
            status: 'resolved',
            roId: 'RO-2',
            vin: null,
            answeredOn: '2024-03-21',
            resolvedOn: '2024-03-22',
          },
        },
      ]);
    });
  });

  it('counts as findings the 4 RO-audit findings and every KPI that missed its target', () => {
    expect(section.repairOrderAudit.findings).toHaveLength(4);
    expect(section.scorecard.summary.counts.missed).toBeGreaterThanOrEqual(2); // comeback, settlement
    expect(result.findings).toBe(4 + section.scorecard.summary.counts.missed);
  });

  it('throws a coded error for a period that ends before it starts', () => {
    const bad = { ...dataset, period: { from: '2024-04-30', to: '2024-03-01' } };
    expect(() => auditService(bad)).toThrow(expect.objectContaining({ code: 'time.invalid_range' }));
  });
});

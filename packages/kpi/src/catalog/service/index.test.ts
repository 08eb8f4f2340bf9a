import { repairOrderRecords } from '@aftersales/testkit';
import { describe, expect, it } from 'vitest';
import { detectComebacks } from '../../comeback/detectComebacks';
import { computeKpisSync } from '../../engine/computeKpis';
import { createKpiAccumulator } from '../../engine/kpiAccumulator';
import type { KpiCell, KpiReport } from '../../engine/kpiReport';
import { serviceKpis } from './index';
import { SHANGHAI } from './testing';

// 3,000 generated ROs of two dealers: 20 a day each from 2 January 2024, so 75 days (to mid-March).
const repairOrders = [...repairOrderRecords({ seed: 1, count: 3000, dealers: 2 })];
const dealers = ['DLR-001', 'DLR-002'];
const technicians = dealers.flatMap((dealer) =>
  Array.from({ length: 12 }, (_, i) => [dealer, `${dealer}-T${String(i + 1).padStart(2, '0')}`] as const),
);
// Every day an RO is opened: 2 January to 16 March 2024.
const days = Array.from({ length: 75 }, (_, i) =>
  new Date(Date.UTC(2024, 0, 2 + i)).toISOString().slice(0, 10),
);
const technicianShifts = technicians.flatMap(([dealerId, technicianId]) =>
  days.map((shiftDate) => ({
    id: `${technicianId}-${shiftDate}`,
    dealerId,
    technicianId,
    shiftDate,
    attendedHours: '8',
  })),
);
const workshopDays = dealers.flatMap((dealerId) =>
  days.map((date) => ({ id: `${dealerId}-${date}`, dealerId, date, bays: '6', openHours: '9.5' })),
);
const ledgerMonths = dealers.flatMap((dealerId) =>
  ['2024-01-01', '2024-02-01', '2024-03-01'].map((month) => ({
    id: `${dealerId}-${month}`,
    dealerId,
    month,
    currency: 'CNY',
    fixedOpsGrossProfit: '410000',
    overhead: '400000',
  })),
);
// Every RO opened from an appointment had one, arrived, at the time it was opened.
const appointments = repairOrders.flatMap((ro) =>
  ro.appointmentId === undefined
    ? []
    : [
        {
          id: ro.appointmentId,
          dealerId: ro.dealerId,
          customerId: ro.customerId ?? 'CUS-0',
          vin: ro.vin,
          scheduledFor: ro.openedAt,
          createdAt: ro.openedAt,
          status: 'arrived',
          arrivedAt: ro.openedAt,
        },
      ],
);
const records = { repairOrders, technicianShifts, workshopDays, ledgerMonths, appointments };
const comebacks = detectComebacks(repairOrders, { timeZone: SHANGHAI });

/** Cells by KPI, then by group and period. */
function index(report: KpiReport): Map<string, Map<string, KpiCell>> {
  const byKpi = new Map<string, Map<string, KpiCell>>();
  for (const cell of report.cells) {
    const key = `${Object.values(cell.group).join(' ')} ${cell.period?.label ?? ''}`;
    const cells = byKpi.get(cell.kpi) ?? new Map<string, KpiCell>();
    cells.set(key, cell);
    byKpi.set(cell.kpi, cells);
  }
  return byKpi;
}
const dec = (text: string | null | undefined): number => Number(text);

describe('serviceKpis', () => {
  const report = computeKpisSync(records, {
    kpis: serviceKpis,
    groupBy: ['dealer', 'month'],
    timeZone: SHANGHAI,
    comebacks,
  });
  const cells = index(report);
  const cellsOf = (kpi: string) => [...(cells.get(kpi)?.entries() ?? [])];
  const cell = (kpi: string, key: string) => cells.get(kpi)?.get(key);

  it('lists the catalog’s service KPIs in order, each once', () => {
    expect(serviceKpis.map((kpi) => kpi.id)).toEqual([
      'ro.count',
      'ro.intake.daily',
      'ro.revenue.avg',
      'ro.revenue.avg.insurance',
      'ro.hours.avg',
      'labor.elr',
      'tech.efficiency',
      'tech.productivity',
      'tech.proficiency',
      'labor.gp',
      'parts.labor.ratio',
      'ro.comeback',
      'ro.frft',
      'ro.bodyshop.share',
      'ro.settle.ontime',
      'ro.dwell',
      'ro.dwell.p90',
      'ro.promise.kept',
      'appt.rate',
      'appt.show',
      'bay.utilization',
      'fixed.absorption',
    ]);
    expect(serviceKpis.every((kpi) => kpi.area === 'service' && Object.isFrozen(kpi))).toBe(true);
  });

  it('accepts every record and computes every KPI', () => {
    expect(report.rejected).toEqual([]);
    expect(report.inputs.repairOrders).toEqual({ read: 3000, accepted: 3000, rejected: 0 });
    expect(report.inputs.appointments?.rejected).toBe(0);
    expect(report.skipped).toEqual([]);
    for (const kpi of serviceKpis) {
      expect(
        cellsOf(kpi.id).some(([, c]) => c.status === 'value'),
        kpi.id,
      ).toBe(true);
    }
    // Both dealers, January to April 2024 (ROs close 20 days after delivery, so the last in April,
    // a month in which none is opened); opened = generated ROs less the cancelled ones, counted here
    // on Beijing dates.
    const opened = new Map<string, number>();
    for (const ro of repairOrders) {
      if (ro.cancelledAt !== undefined) continue;
      const month = new Date(Date.parse(ro.openedAt) + 8 * 3_600_000).toISOString().slice(0, 7);
      opened.set(`${ro.dealerId} ${month}`, (opened.get(`${ro.dealerId} ${month}`) ?? 0) + 1);
    }
    expect(cellsOf('ro.intake.daily').map(([key, c]) => [key, c.numerator])).toEqual(
      ['DLR-001', 'DLR-002'].flatMap((dealer) =>
        ['2024-01', '2024-02', '2024-03', '2024-04'].map((month) => [
          `${dealer} ${month}`,
          String(opened.get(`${dealer} ${month}`) ?? 0),
        ]),
      ),
    );
    expect(opened.size).toBe(6);
  });

  it('gives ro.frft + ro.comeback = 100 on every cell with data, on the same denominator', () => {
    const comeback = cellsOf('ro.comeback');
    expect(comeback.length).toBeGreaterThan(0);
    for (const [key, c] of comeback) {
      const frft = cell('ro.frft', key);
      expect(frft?.denominator, key).toBe(c.denominator);
      if (c.status !== 'value') continue;
      expect(dec(frft?.value) + dec(c.value), key).toBeCloseTo(100, 10);
    }
    // The detected comebacks are counted: some cell has more than the flagged ones.
    const flaggedOnly = index(
      computeKpisSync(
        { repairOrders },
        {
          kpis: serviceKpis.filter((kpi) => kpi.id === 'ro.comeback'),
          groupBy: ['dealer', 'month'],
          timeZone: SHANGHAI,
        },
      ),
    );
    const more = comeback.filter(
      ([key, c]) => dec(c.numerator) > dec(flaggedOnly.get('ro.comeback')?.get(key)?.numerator),
    );
    expect(more.length).toBeGreaterThan(0);
  });

  it('gives tech.proficiency = efficiency × productivity per technician, within rounding', () => {
    const byTechnician = index(
      computeKpisSync(records, {
        kpis: serviceKpis.filter((kpi) => kpi.id.startsWith('tech.')),
        groupBy: ['dealer', 'technician', 'month'],
        timeZone: SHANGHAI,
      }),
    );
    const efficiency = [...(byTechnician.get('tech.efficiency')?.entries() ?? [])];
    expect(efficiency.length).toBe(24 * 3);
    for (const [key, e] of efficiency) {
      const p = byTechnician.get('tech.productivity')?.get(key);
      const f = byTechnician.get('tech.proficiency')?.get(key);
      // Exact by construction: the same lines and the same shifts.
      expect(f?.numerator, key).toBe(e.numerator);
      expect(p?.numerator, key).toBe(e.denominator);
      expect(f?.denominator, key).toBe(p?.denominator);
      // Each value is rounded to 0.01: |e·p/100 − f| ≤ 0.005·(e + p + 0.005)/100 + 0.005.
      const [ev, pv, fv] = [dec(e.value), dec(p?.value), dec(f?.value)];
      expect(Math.abs((ev * pv) / 100 - fv), key).toBeLessThanOrEqual(
        (0.005 * (ev + pv + 0.005)) / 100 + 0.005 + 1e-9,
      );
    }
  });

  it('agrees across KPIs that share rows', () => {
    for (const [key, count] of cellsOf('ro.count')) {
      const repair = cell('ro.revenue.avg', key);
      const insurance = cell('ro.revenue.avg.insurance', key);
      // Every closed RO is either an insurance RO or not.
      expect(dec(repair?.denominator) + dec(insurance?.denominator), key).toBe(dec(count.value));
      expect(cell('ro.hours.avg', key)?.denominator, key).toBe(count.value);
      // RO sold hours and labor sales are the sums of their sold labor lines.
      expect(cell('ro.hours.avg', key)?.numerator, key).toBe(cell('labor.elr', key)?.denominator);
      expect(cell('parts.labor.ratio', key)?.denominator, key).toBe(cell('labor.elr', key)?.numerator);
      // Revenue = labor + parts of the closed ROs.
      const revenue = dec(repair?.numerator) + dec(insurance?.numerator);
      const ratio = cell('parts.labor.ratio', key);
      expect(revenue, key).toBeCloseTo(dec(ratio?.numerator) + dec(ratio?.denominator), 4);
    }
    for (const [key, intake] of cellsOf('ro.intake.daily')) {
      // ROs opened, and the appointments that became them.
      expect(cell('appt.rate', key)?.denominator, key).toBe(intake.numerator);
      expect(cell('appt.show', key)?.numerator, key).toBe(cell('appt.rate', key)?.numerator);
    }
    for (const [key, bay] of cellsOf('bay.utilization')) {
      expect(cell('tech.productivity', key)?.numerator, key).toBe(bay.numerator);
    }
  });

  it('gives the same report when accumulated in parts and merged', () => {
    const options = {
      kpis: serviceKpis,
      groupBy: ['dealer' as const, 'month' as const],
      timeZone: SHANGHAI,
      comebacks,
    };
    const first = createKpiAccumulator(options);
    const rest = [createKpiAccumulator(options), createKpiAccumulator(options)];
    const parts = [first, ...rest];
    for (const [input, list] of Object.entries(records)) {
      list.forEach((record, row) => {
        parts[row % 3]?.add(input, record, row);
      });
    }
    for (const part of rest) first.merge(part);
    expect(first.result().cells).toEqual(report.cells);
  });
});

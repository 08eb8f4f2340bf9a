import type {
  AppointmentInput,
  LaborLineInput,
  PartLineInput,
  PayType,
  RepairOrderInput,
  RepairOrderJobInput,
} from '@aftersales/core';
import type { KpiReport } from '../../engine/kpiReport';

/**
 * Small builders for the service KPI tests: records in the core shapes with only what a test
 * needs spelled out, and a flat view of a report's cells to compare whole.
 */

export const SHANGHAI = 'Asia/Shanghai';
export const VIN = 'LSVAU218XN2183294';

/** A Beijing-time instant: `bj('2024-03-05 09:00')` is `'2024-03-05T09:00:00+08:00'`. */
export const bj = (local: string): string => `${local.replace(' ', 'T')}:00+08:00`;

/** A closed repair RO of dealer DLR-1 opened 2024-03-05 09:00 Beijing, with no jobs unless given. */
export function repairOrder(id: string, more: Partial<RepairOrderInput> = {}): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-1',
    vin: VIN,
    advisorId: 'SA-1',
    kind: 'repair',
    currency: 'CNY',
    status: 'closed',
    openedAt: bj('2024-03-05 09:00'),
    jobs: [],
    ...more,
  };
}

/** An approved job with the given lines. */
export function job(
  id: string,
  payType: PayType,
  lines: { labor?: LaborLineInput[]; parts?: PartLineInput[] } = {},
  more: Partial<RepairOrderJobInput> = {},
): RepairOrderJobInput {
  return {
    id,
    concern: '客户反映异响',
    authorization: 'approved',
    payType,
    laborLines: lines.labor ?? [],
    partLines: lines.parts ?? [],
    ...more,
  };
}

/** A labor line with its sold hours. */
export function labor(
  id: string,
  soldHours: string,
  payType: PayType,
  more: Partial<LaborLineInput> = {},
): LaborLineInput {
  return { id, opCode: 'OP-1', description: '检修', soldHours, payType, ...more };
}

/** A part line charged `amount` (quantity 1). */
export function part(
  id: string,
  amount: string,
  payType: PayType,
  more: Partial<PartLineInput> = {},
): PartLineInput {
  return {
    id,
    partNumber: '5Q0-123456',
    description: '配件',
    quantity: '1',
    unit: 'PCS',
    unitPrice: amount,
    amount,
    source: 'oem',
    payType,
    ...more,
  };
}

/** An appointment of dealer DLR-1. */
export function appointment(
  id: string,
  scheduledFor: string,
  status: AppointmentInput['status'],
  more: Partial<AppointmentInput> = {},
): AppointmentInput {
  return {
    id,
    dealerId: 'DLR-1',
    customerId: 'CUS-1',
    vin: VIN,
    scheduledFor,
    createdAt: bj('2024-02-20 10:00'),
    status,
    ...more,
  };
}

/** A cell reduced to what a test compares: `key` is the group values then the period label. */
export interface CellSummary {
  readonly key: string;
  readonly status: 'value' | 'no_data';
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
}

/** The cells of one KPI, in report order, as {@link CellSummary}. */
export function cellsOf(report: KpiReport, kpi: string): CellSummary[] {
  return report.cells
    .filter((cell) => cell.kpi === kpi)
    .map((cell) => ({
      key: [
        ...Object.values(cell.group).map((value) => value ?? '∅'),
        ...(cell.period ? [cell.period.label] : []),
      ].join(' '),
      status: cell.status,
      value: cell.value,
      numerator: cell.numerator,
      denominator: cell.denominator,
    }));
}

/** A technician's attendance row (the `technicianShift` source). */
export const shift = (
  technicianId: string,
  shiftDate: string,
  attendedHours: string,
  dealerId = 'DLR-1',
) => ({
  id: `${dealerId}-${technicianId}-${shiftDate}`,
  dealerId,
  technicianId,
  shiftDate,
  attendedHours,
});

/**
 * Labor lines of T1, T2 for the technician KPIs: T1 sold 1.2 + 0.9 = 2.1 h on 1.0 + 0.8 = 1.8 h
 * clocked in March (one line completed 23:30 on 31 March Beijing) and 1.0 h on 0.5 h in April
 * (completed 00:30 on 1 April Beijing, 16:30Z on 31 March); a line with no clocked time and a
 * cancelled RO's line never count. T2 sold 2.0 h on 1.5 h in March.
 */
export const technicianRepairOrders: RepairOrderInput[] = [
  repairOrder('RO-1', {
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '1.2', 'CP', {
            technicianId: 'T1',
            clockedHours: '1.0',
            completedAt: bj('2024-03-05 12:00'),
          }),
          labor('L2', '1.0', 'CP', { technicianId: 'T1', completedAt: bj('2024-03-05 13:00') }),
          labor('L3', '0.9', 'CP', {
            technicianId: 'T1',
            clockedHours: '0.8',
            completedAt: bj('2024-03-31 23:30'),
          }),
          labor('L4', '1.0', 'CP', {
            technicianId: 'T1',
            clockedHours: '0.5',
            completedAt: bj('2024-04-01 00:30'),
          }),
          labor('L5', '2.0', 'CP', {
            technicianId: 'T2',
            clockedHours: '1.5',
            completedAt: bj('2024-03-06 10:00'),
          }),
        ],
      }),
    ],
  }),
  repairOrder('RO-2', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-07 09:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '3.0', 'CP', {
            technicianId: 'T1',
            clockedHours: '1.0',
            completedAt: bj('2024-03-07 08:00'),
          }),
        ],
      }),
    ],
  }),
];

/** Shifts: T1 8 h on 5 and 31 March and 1 April; T3 8 h on 6 March; T2 none. */
export const technicianShifts = [
  shift('T1', '2024-03-05', '8'),
  shift('T1', '2024-03-31', '8'),
  shift('T1', '2024-04-01', '8'),
  shift('T3', '2024-03-06', '8'),
];

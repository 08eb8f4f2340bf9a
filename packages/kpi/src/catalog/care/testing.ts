import type { KpiDefinition } from '../../definition/kpiDefinition';
import { computeKpisSync, type KpiRecordsSync } from '../../engine/computeKpis';
import type { GroupKey, KpiCell, KpiReport } from '../../engine/kpiReport';

/**
 * Test helpers of the customer-care KPIs: minimal repair orders (only what the reader reads) and
 * a lookup of a report's cells by dealer and month. Not exported from the package.
 */

export const TZ = 'Asia/Shanghai';

/** What a test RO varies; everything else is a plain, counted customer-pay RO. */
export interface RoSpec {
  readonly dealerId?: string;
  readonly vin?: string;
  readonly kind?: string;
  readonly status?: string;
  /** The payer of the RO's one labor line (its main payer). */
  readonly payType?: 'CP' | 'W' | 'INS' | 'I';
  readonly openedAt: string;
  readonly closedAt?: string;
  readonly deliveredAt?: string;
  readonly cancelledAt?: string;
  readonly voidedAt?: string;
  readonly followUps?: readonly { kind: string; doneAt?: string; outcome?: string }[];
}

/** A repair order as JSON, with one labor line of `payType`. */
export function ro(id: string, spec: RoSpec): Record<string, unknown> {
  const { payType = 'CP', ...rest } = spec;
  return {
    id,
    dealerId: 'D1',
    kind:
      payType === 'W'
        ? 'warranty'
        : payType === 'INS'
          ? 'insurance'
          : payType === 'I'
            ? 'internal'
            : 'repair',
    status: spec.closedAt === undefined ? 'in_repair' : 'closed',
    ...rest,
    jobs: [
      {
        id: `${id}-J1`,
        payType,
        laborLines: [{ id: `${id}-L1`, soldHours: '1', laborAmount: '100', payType }],
      },
    ],
  };
}

/** Runs KPIs grouped by dealer × month (or `groupBy`) in Shanghai time; throws if a record is rejected. */
export function run(
  records: KpiRecordsSync,
  kpis: readonly KpiDefinition[],
  more: {
    params?: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
    period?: { from: string; to: string };
    groupBy?: readonly GroupKey[];
  } = {},
): KpiReport {
  const report = computeKpisSync(records, { kpis, groupBy: ['dealer', 'month'], timeZone: TZ, ...more });
  if (report.rejected.length > 0) throw new Error(`rejected records: ${JSON.stringify(report.rejected)}`);
  return report;
}

/** The cell of a KPI for a dealer and month label (`2024-03`), or `undefined`. */
export function cellOf(
  report: { readonly cells: readonly KpiCell[] },
  kpi: string,
  dealer: string,
  month: string,
): KpiCell | undefined {
  return report.cells.find(
    (cell) => cell.kpi === kpi && cell.group.dealer === dealer && cell.period?.label === month,
  );
}

/** `[numerator, denominator, value]` of a cell, for compact assertions. */
export function ndv(cell: KpiCell | undefined): [string | null, string | null, string | null] | undefined {
  return cell === undefined ? undefined : [cell.numerator, cell.denominator, cell.value];
}

/** A survey row (`scaleMin` defaults to 0 in the source). */
export function survey(
  id: string,
  dealerId: string,
  kind: 'csi' | 'mystery' | 'phone',
  surveyedAt: string,
  score: string,
  scaleMax: string,
  scaleMin?: string,
): Record<string, unknown> {
  return { id, dealerId, kind, surveyedAt, score, scaleMax, ...(scaleMin === undefined ? {} : { scaleMin }) };
}

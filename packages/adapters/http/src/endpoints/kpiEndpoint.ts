import { calendarDateSchema, periodGrains, type RecordKind, timeZoneSchema } from '@aftersales/core';
import { computeKpis, groupDimensions, type KpiReport, kpiSources } from '@aftersales/kpi';
import { z } from 'zod';
import { type Catalogs, pick } from '../app/catalogs';
import { BusinessCalendarBodySchema, dealerDays } from '../schemas/calendarSchema';
import { idListSchema, LocalizedTextSchema, RowRejectionSchema, rowsOf } from '../schemas/common';
import { defineEndpoint } from './endpoint';

/** The inputs of computeKpis that carry core records; the others are fact rows (see kpiSources). */
const recordInputs: Readonly<Record<string, RecordKind>> = {
  repairOrders: 'repairOrder',
  appointments: 'appointment',
  complaints: 'complaint',
  surveys: 'surveyResponse',
  warrantyClaims: 'warrantyClaim',
  stockMovements: 'stockMovement',
  stockCounts: 'stockCount',
  vehicles: 'vehicle',
};

const inputs = [...new Set(Object.values(kpiSources).map((source) => source.input))];

const RecordsSchema = z.strictObject(
  Object.fromEntries(
    inputs.map((input) => {
      const kind = recordInputs[input];
      const rows = kind === undefined ? z.array(z.unknown()).describe(`${input} fact rows`) : rowsOf(kind);
      return [input, rows.optional()];
    }),
  ),
);

const groupKeys = [...groupDimensions, ...periodGrains] as [string, ...string[]];

/** KPIs by id, the grouping and period, and the records by input. */
export const ComputeKpisBodySchema = z.strictObject({
  kpis: idListSchema.min(1).optional().describe('KPI ids from the registry (default: every registered KPI)'),
  groupBy: z.array(z.enum(groupKeys)).max(8).default([]),
  timeZone: timeZoneSchema.optional(),
  calendar: BusinessCalendarBodySchema.optional(),
  period: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }).optional(),
  currency: z.string().optional(),
  params: z
    .record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])))
    .optional(),
  records: RecordsSchema,
});

const decimal = z.string().nullable();

/** The KPI report: one cell per KPI per group, skipped KPIs, counts per input, rejected rows. */
export const ComputeKpisResponseSchema = z.strictObject({
  groupBy: z.array(z.string()),
  timeZone: z.string(),
  currency: z.string(),
  cells: z.array(
    z.strictObject({
      kpi: z.string(),
      group: z.record(z.string(), z.string().nullable()),
      period: z
        .strictObject({
          grain: z.enum(periodGrains as [string, ...string[]]),
          label: z.string(),
          from: z.string(),
          to: z.string(),
        })
        .optional(),
      status: z.enum(['value', 'no_data']),
      value: decimal,
      numerator: decimal,
      denominator: decimal,
      unit: z.string(),
      currency: z.string().optional(),
      reason: LocalizedTextSchema.optional(),
    }),
  ),
  skipped: z.array(z.strictObject({ kpi: z.string(), reason: LocalizedTextSchema })),
  inputs: z.record(
    z.string(),
    z.strictObject({ read: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  ),
  rejected: z.array(RowRejectionSchema),
});

/**
 * Runs computeKpis for a body of {@link ComputeKpisBodySchema}: the KPIs by id, and working days
 * from the request's calendar (without one, every day is a working day).
 */
export function runKpis(
  body: z.output<typeof ComputeKpisBodySchema>,
  raw: z.input<typeof ComputeKpisBodySchema>,
  catalogs: Catalogs,
): Promise<KpiReport> {
  const kpis = pick(catalogs.kpis, body.kpis, 'KPI', 'kpis');
  const { timeZone, calendar } = dealerDays(body.calendar, body.timeZone, catalogs.registry.timeZone);
  return computeKpis(raw.records as Record<string, unknown[] | undefined>, {
    kpis,
    groupBy: body.groupBy as never,
    timeZone,
    ...(calendar === undefined ? {} : { calendar }),
    ...(body.period === undefined ? {} : { period: body.period }),
    ...(body.currency === undefined ? {} : { currency: body.currency }),
    ...(body.params === undefined ? {} : { params: body.params }),
    // Workers and strict CSPs forbid `new Function`: the closure evaluator runs everywhere, same results.
    compile: 'closures',
  });
}

export const computeKpisEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/kpis/compute',
  operationId: 'computeKpis',
  tag: 'kpis',
  summary: 'Compute KPIs over records',
  description:
    'Runs computeKpis with the KPIs chosen by id from the registry. Numerator, denominator and value are exact ' +
    'decimal strings; every record in is counted or rejected with its row and issues. Working days (ro.intake.daily) ' +
    'come from `calendar`; without one every day of the period is a working day.',
  request: ComputeKpisBodySchema,
  response: ComputeKpisResponseSchema,
  handle: (body, raw, catalogs) => runKpis(body, raw, catalogs),
});

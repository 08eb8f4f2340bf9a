import {
  type AftersalesIssue,
  type BusinessCalendar,
  createIssue,
  type LocalizedText,
  type PeriodGrain,
  periodGrains,
} from '@aftersales/core';
import {
  createKpiAccumulator,
  type GroupDimension,
  type GroupKey,
  type KpiDefinition,
  type KpiUnit,
  type Literal,
  type Measure,
} from '@aftersales/kpi';
import { assembleSql } from './assembleSql';
import { dialectOps, type SqlDialect } from './dialect';
import { formulaSql, valueSql } from './formulaSql';
import { readDialect, requireObject } from './options';
import { dateLiteral, periodEndSql } from './periodSql';
import { Unsupported } from './sqlExpr';
import {
  type MeasureKindCode,
  type PlanContext,
  placementFor,
  planMeasure,
  type SqlMeasure,
} from './sqlPlan';
import { CALENDAR_TABLE, readSchema } from './tableLayout';

/** Options of {@link compileKpis}: those of `computeKpis` that shape the result, and the dialect. */
export interface CompileKpisOptions {
  readonly dialect: SqlDialect;
  /** Dimensions and at most one calendar grain, as for `computeKpis`. */
  readonly groupBy: readonly GroupKey[];
  /** The dealer's IANA time zone: periods and day counts are on its calendar. */
  readonly timeZone: string;
  /** Only rows placed on these dates count (inclusive, dealer calendar), as for `computeKpis`. */
  readonly period?: { readonly from: string; readonly to: string };
  /** The report's currency (default `CNY`): rows in another one are left out, as the engine rejects them. */
  readonly currency?: string;
  /** Per KPI id, parameter values that replace the definition's defaults. */
  readonly params?: Readonly<Record<string, Readonly<Record<string, Literal>>>>;
  /**
   * The dealer calendar: when given, `workingDays` count the working days of the `calendar_day`
   * table (load it with `calendarDayRows`); without it every day is a working day, as in the engine.
   */
  readonly calendar?: BusinessCalendar;
  /** The schema the fact tables are in (a plain identifier). */
  readonly schema?: string;
}

/** A compiled KPI: what `readKpiCells` needs to turn its rows into cells. */
export interface CompiledKpi {
  readonly id: string;
  readonly unit: KpiUnit;
  readonly noData?: LocalizedText;
  /** The measures that can have no value, by name, and their kind (for a cell's reason). */
  readonly nullableMeasures: Readonly<Record<string, MeasureKindCode>>;
}

/** A KPI the compiler refused, with a coded `sql.unsupported` issue saying why. */
export interface UnsupportedKpi {
  readonly kpi: string;
  readonly issue: AftersalesIssue;
}

/**
 * The compiled catalog: one SQL query (or `null` when no KPI compiled) whose rows are
 * `(kpi, <dimensions>, period_start, numerator, denominator, value, missing_measure)`, the KPIs it
 * computes, those it could not compile and those the grouping skips (as `computeKpis` does).
 */
export interface CompiledKpis {
  readonly dialect: SqlDialect;
  readonly sql: string | null;
  readonly kpis: readonly CompiledKpi[];
  readonly unsupported: readonly UnsupportedKpi[];
  readonly skipped: readonly { readonly kpi: string; readonly reason: LocalizedText }[];
  readonly groupBy: readonly GroupKey[];
  readonly dimensions: readonly GroupDimension[];
  readonly grain?: PeriodGrain;
  readonly timeZone: string;
  readonly currency: string;
  /** The fact tables the query reads (and `calendar_day` when a calendar is given). */
  readonly tables: readonly string[];
}

function unsupported(kpi: string, en: string, zh: string): UnsupportedKpi {
  return { kpi, issue: createIssue('sql.unsupported', ['kpis', kpi], { kpi, reason: en, reasonZh: zh }) };
}

/** Why a KPI cannot run in a database at all, or undefined. */
function refusal(kpi: KpiDefinition): UnsupportedKpi | undefined {
  const custom = Object.values(kpi.measures).some((measure) => measure.agg === 'custom');
  if (kpi.inMemoryOnly === true || custom) {
    return unsupported(
      kpi.id,
      'it is in-memory only (a custom measure is JavaScript, not an expression)',
      '该指标仅能在内存中计算（自定义度量是 JavaScript 代码，不是表达式）',
    );
  }
  return undefined;
}

/**
 * Compiles KPI definitions to one SQL query over the fact tables of {@link factTableDdl}, grouped
 * as `computeKpis` groups them (dimensions, a calendar grain in the dealer's time zone, trailing
 * windows for "as of" KPIs) and computing each cell's numerator, denominator and value with the
 * engine's exact decimals and half-even rounding. Run the query with any client, then map its
 * rows with {@link readKpiCells}: the cells equal `computeKpis`' on the same data.
 *
 * A KPI that cannot be compiled faithfully is listed in `unsupported` with a coded
 * `sql.unsupported` issue (custom measures, `inMemoryOnly`), never compiled to a different answer.
 *
 * @param kpis - the KPI definitions (e.g. `kpiCatalog`)
 * @param options - dialect, groupBy, timeZone, and optionally period, currency, params, calendar, schema
 * @returns the query and what it computes
 * @throws AftersalesError as `computeKpis` does for bad options or definitions (`kpi.invalid_definition`,
 *   `time.invalid_zone`, `input.*`); `input.invalid_value` for an unknown dialect
 *
 * @example
 * const compiled = compileKpis(kpiCatalog, { dialect: 'duckdb', groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 * const rows = (await connection.runAndReadAll(compiled.sql ?? '')).getRowObjectsJson();
 * const cells = readKpiCells(rows, compiled);
 */
export function compileKpis(kpis: readonly KpiDefinition[], options: CompileKpisOptions): CompiledKpis {
  const given = requireObject(options, ['options']) as unknown as CompileKpisOptions;
  const dialect = readDialect(given.dialect);
  const schema = readSchema(given.schema);
  if (given.calendar !== undefined) requireObject(given.calendar, ['calendar']);
  // The engine's own checks: every definition, the grouping, the zone, the period, the params.
  const check = createKpiAccumulator({
    kpis,
    groupBy: given.groupBy,
    timeZone: given.timeZone,
    ...(given.period === undefined ? {} : { period: given.period }),
    ...(given.currency === undefined ? {} : { currency: given.currency }),
    ...(given.params === undefined ? {} : { params: given.params }),
  }).result();
  const skipped = check.skipped;
  const dimensions = given.groupBy.filter(
    (key): key is GroupDimension => !periodGrains.includes(key as PeriodGrain),
  );
  const grain = given.groupBy.find((key): key is PeriodGrain => periodGrains.includes(key as PeriodGrain));
  const ops = dialectOps(dialect);
  const period = given.period;
  const plan: PlanContext = {
    ops,
    timeZone: check.timeZone,
    keys: [...dimensions.map((dimension) => `g_${dimension}`), ...(grain === undefined ? [] : ['g_period'])],
    placements: [],
    keyed: [],
    periodDays: periodDays(ops, grain, period),
    calendarTable:
      given.calendar === undefined
        ? undefined
        : schema === undefined
          ? CALENDAR_TABLE
          : `${schema}.${CALENDAR_TABLE}`,
    nextColumn: 0,
  };
  if (plan.keys.length === 0) (plan.keys as string[]).push('g_all');
  const compiled: {
    kpi: CompiledKpi;
    select: {
      n: string;
      d: string | undefined;
      value: string;
      np: number;
      dp: number;
      missing: string;
      precision: number;
    };
  }[] = [];
  const refused: UnsupportedKpi[] = [];
  for (const kpi of kpis) {
    if (skipped.some((skip) => skip.kpi === kpi.id)) continue;
    const refusedKpi = refusal(kpi);
    if (refusedKpi !== undefined) {
      refused.push(refusedKpi);
      placeOnly(plan, kpi);
      continue;
    }
    try {
      compiled.push(compileOne(plan, kpi, { ...(kpi.params ?? {}), ...(given.params?.[kpi.id] ?? {}) }));
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      refused.push(unsupported(kpi.id, error.message, `无法在 SQL 中精确表达：${error.message}`));
      placeOnly(plan, kpi);
    }
  }
  const tables = [...new Set(plan.placements.map((placement) => placement.source.name))];
  return {
    dialect,
    sql:
      compiled.length === 0
        ? null
        : assembleSql({ plan, schema, grain, dimensions, period, currency: check.currency, kpis: compiled }),
    kpis: compiled.map((entry) => entry.kpi),
    unsupported: refused,
    skipped,
    groupBy: [...given.groupBy],
    dimensions,
    ...(grain === undefined ? {} : { grain }),
    timeZone: check.timeZone,
    currency: check.currency,
    tables: plan.calendarTable === undefined ? tables : [...tables, 'calendar_day'],
  };
}

/** The placements of a KPI that is not compiled: its rows still make groups, as in the engine. */
function placeOnly(plan: PlanContext, kpi: KpiDefinition): void {
  for (const measure of Object.values(kpi.measures)) {
    if (measure.agg === 'days' || measure.agg === 'workingDays') continue;
    placementFor(plan, kpi, measure as { source?: string; periodBy?: string });
    for (const set of ['intersect', 'except'] as const) {
      const other = (measure as { intersect?: Measure; except?: Measure })[set];
      if (other !== undefined) placementFor(plan, kpi, other as { source?: string });
    }
  }
}

function compileOne(plan: PlanContext, kpi: KpiDefinition, params: Readonly<Record<string, Literal>>) {
  const measures: Record<string, SqlMeasure> = {};
  for (const [name, measure] of Object.entries(kpi.measures)) {
    measures[name] = planMeasure(plan, kpi, measure as Measure, params);
  }
  const used: string[] = [];
  const numerator = formulaSql(plan.ops, kpi.numerator, measures, used);
  const denominator =
    kpi.denominator === undefined
      ? { sql: '1', places: 0 }
      : formulaSql(plan.ops, kpi.denominator, measures, used);
  const nullable = used.filter((name) => measures[name]?.nullable === true);
  const missing =
    nullable.length === 0
      ? 'NULL'
      : `CASE ${nullable.map((name) => `WHEN ${(measures[name] as SqlMeasure).sql} IS NULL THEN '${name.replaceAll("'", "''")}'`).join(' ')} END`;
  return {
    kpi: {
      id: kpi.id,
      unit: kpi.unit,
      ...(kpi.noData === undefined ? {} : { noData: kpi.noData }),
      nullableMeasures: Object.fromEntries(
        nullable.map((name) => [name, (measures[name] as SqlMeasure).kind]),
      ),
    },
    select: {
      n: numerator.sql,
      d: kpi.denominator === undefined ? undefined : denominator.sql,
      value: valueSql(plan.ops, kpi, numerator, denominator),
      np: numerator.places,
      dp: denominator.places,
      missing,
      precision: kpi.precision ?? 2,
    },
  };
}

/** The first and last days a cell's `days` count, or undefined with neither a grain nor a period. */
function periodDays(
  ops: PlanContext['ops'],
  grain: PeriodGrain | undefined,
  period: { readonly from: string; readonly to: string } | undefined,
): PlanContext['periodDays'] {
  if (grain === undefined && period === undefined) return undefined;
  const from = period === undefined ? undefined : dateLiteral(period.from);
  const to = period === undefined ? undefined : dateLiteral(period.to);
  if (grain === undefined) return { first: from as string, last: to as string };
  const end = periodEndSql(ops, 'c.g_period', grain);
  return {
    first: from === undefined ? 'c.g_period' : `GREATEST(c.g_period, ${from})`,
    last: to === undefined ? end : `LEAST(${end}, ${to})`,
  };
}

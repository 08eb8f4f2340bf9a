/**
 * @aftersales/adapter-sql: the KPI catalog of @aftersales/kpi compiled to SQL (DuckDB, PostgreSQL,
 * and standard SQL for other warehouses) over a documented fact-table layout, so that an OEM runs it
 * inside its warehouse. Pure: no database driver; run the SQL with your own client and map the
 * rows back to the engine's cells with `readKpiCells`.
 *
 * @packageDocumentation
 */

export type { CalendarDayRow } from './calendarDays';
export { calendarDayRows, calendarDaysSql } from './calendarDays';
export type { CompiledKpi, CompiledKpis, CompileKpisOptions, UnsupportedKpi } from './compileKpis';
export { compileKpis } from './compileKpis';
export type { SqlDialect } from './dialect';
export { sqlDialects } from './dialect';
export type { FactRowInput, InsertFactRowsOptions, InsertFactRowsResult } from './factInserts';
export { insertFactRowsSql } from './factInserts';
export { readKpiCells } from './readKpiCells';
export type { MeasureKindCode } from './sqlPlan';
export type { FactTableDdlOptions } from './tableLayout';
export { factTableDdl } from './tableLayout';

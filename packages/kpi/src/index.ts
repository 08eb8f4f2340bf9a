/**
 * @aftersales/kpi: KPI definitions as data (an expression language over fact sources), mergeable
 * accumulators, the after-sales KPI catalog, targets and scorecards, drill-downs, and comeback
 * detection.
 *
 * @packageDocumentation
 */

export { catalogKpi, kpiCatalog, kpiCatalogPlugin, kpisFrom } from './catalog';
export { careKpis } from './catalog/care';
export { networkKpis } from './catalog/network';
export { partsKpis } from './catalog/parts';
export { serviceKpis } from './catalog/service';
export { warrantyKpis } from './catalog/warranty';
export type { ComebackReport, ComebackResult, DetectComebacksOptions } from './comeback/detectComebacks';
export { detectComebacks } from './comeback/detectComebacks';
export type { MeasureOptions, Operand } from './definition/builders';
export {
  abs,
  add,
  and,
  coalesce,
  count,
  countDistinct,
  datePart,
  daysBetween,
  div,
  eq,
  field,
  ge,
  gt,
  hoursBetween,
  isIn,
  isSet,
  le,
  lt,
  money,
  mul,
  ne,
  neg,
  not,
  or,
  param,
  sub,
  sum,
  when,
} from './definition/builders';
export { defineKpi } from './definition/defineKpi';
export type {
  DatePart,
  DistinctSet,
  Expr,
  Literal,
  Measure,
  MeasureFormula,
  MeasureKind,
  MeasureScope,
  TrailingWindow,
  ValueType,
} from './definition/expr';
export type {
  CustomMeasure,
  KpiArea,
  KpiDefinition,
  KpiDirection,
  KpiTarget,
  KpiUnit,
} from './definition/kpiDefinition';
export type { DrillDown, DrillDownOptions, DrillDownRow } from './drilldown/drillDown';
export { drillDown } from './drilldown/drillDown';
export type { KpiRecords, KpiRecordsSync } from './engine/computeKpis';
export { computeKpis, computeKpisSync } from './engine/computeKpis';
export type { ComputeKpisOptions, KpiAccumulator } from './engine/kpiAccumulator';
export { createKpiAccumulator } from './engine/kpiAccumulator';
export type {
  CellPeriod,
  GroupKey,
  KpiCell,
  KpiInputCount,
  KpiRejection,
  KpiReport,
} from './engine/kpiReport';
export type { FactRow, FactRowReaderOptions, FactRowsResult, FactRowValue } from './facts/factRows';
export { createFactRowReader } from './facts/factRows';
export type { FactField, GroupDimension, KpiSource } from './facts/kpiSources';
export { groupDimensions, kpiSources } from './facts/kpiSources';
export { parseTargetProfile } from './targets/parseTargetProfile';
export type {
  ScorecardKpiSummary,
  ScorecardStatusCounts,
  ScorecardSummary,
} from './targets/scorecardSummary';
export { scorecardSummary } from './targets/scorecardSummary';
export type { ScorecardTrend } from './targets/scorecardTrend';
export type {
  Scorecard,
  ScorecardKpi,
  ScorecardRow,
  ScorecardStatus,
  ScoreKpisOptions,
} from './targets/scoreKpis';
export { scoreKpis } from './targets/scoreKpis';
export type { TargetBound, TargetScore, TargetStatus } from './targets/scoreValue';
export { scoreValue } from './targets/scoreValue';
export type { TargetProfile, TargetScope } from './targets/targetProfile';
export {
  DEFAULT_AT_RISK_PERCENT,
  defaultTargetProfile,
  resolveTargets,
  targetProfilesFrom,
} from './targets/targetProfile';

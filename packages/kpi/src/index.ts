/**
 * @aftersales/kpi: KPI definitions as data (an expression language), mergeable accumulators, the after-sales KPI catalog, targets and scorecards.
 *
 * Issue #4 is in progress: so far, comeback detection (`detectComebacks`); the KPI engine and
 * catalog follow.
 *
 * @packageDocumentation
 */
export type { ComebackReport, ComebackResult, DetectComebacksOptions } from './comeback/detectComebacks';
export { detectComebacks } from './comeback/detectComebacks';

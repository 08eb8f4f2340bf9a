/**
 * @aftersales/kpi: KPI definitions as data (an expression language), mergeable accumulators, the after-sales KPI catalog, targets and scorecards.
 *
 * The package is created with the workspace so its build, type and packaging checks run from the
 * start; its rules land with issue #4 and are exported from here.
 *
 * @packageDocumentation
 */
export {};

/**
 * @aftersales/parts: parts stock policy. Demand history from stock movements; ABC, XYZ and
 * movement classes; phase-in and phase-out; safety stock, reorder point, min/max and a suggested
 * order with pack sizes, MOQ, supersession and a budget cap, each line explained by a Decision;
 * a day-by-day backtest to compare two policies; health checks against the target profile with the
 * stocktake gain/loss sheet; warranty old-part return tracking.
 *
 * No I/O, no clock: the time zone, the as-of day and the policy come in as arguments.
 *
 * @packageDocumentation
 */

export type { BacktestInput, BacktestMonth, BacktestReport } from './backtest/backtestPolicy';
export { backtestPolicy } from './backtest/backtestPolicy';
export type { AbcClass, MovementClass, XyzClass } from './classify/classifyItems';
export type { PartClassification, PartsClassification } from './classify/classifyParts';
export { classifyParts } from './classify/classifyParts';
export type { DemandHistory, DemandHistoryOptions, PartDemand } from './demand/demandHistory';
export { demandHistory } from './demand/demandHistory';
export type { MovementCount, MovementRejection } from './demand/demandTable';
export { checkPartsHealth, safeCheckPartsHealth } from './health/checkPartsHealth';
export type {
  PartsHealthCount,
  PartsHealthFinding,
  PartsHealthGroup,
  PartsHealthInput,
  PartsHealthKpi,
  PartsHealthOptions,
  PartsHealthRecords,
  PartsHealthRejection,
  PartsHealthReport,
  PartsHealthSeverity,
} from './health/partsHealthTypes';
export { safeStocktakeSheet, stocktakeSheet } from './health/stocktakeSheet';
export type {
  StocktakeCountSheet,
  StocktakeDecisionDetails,
  StocktakeDifferenceKind,
  StocktakeOutcome,
  StocktakeRejection,
  StocktakeSheet,
  StocktakeSheetLine,
  StocktakeSheetOptions,
  StocktakeTotals,
} from './health/stocktakeSheetTypes';
export { computeOldPartDeadline } from './oldParts/oldPartDeadline';
export type {
  OldPartClockStart,
  OldPartDeadlineRule,
  OldPartPolicy,
  OldPartPolicyInput,
} from './oldParts/oldPartPolicy';
export {
  OldPartPolicySchema,
  oldPartClockStartSchema,
  oldPartDeadlineRuleSchema,
  oldPartPolicyCite,
  parseOldPartPolicy,
} from './oldParts/oldPartPolicy';
export type {
  OldPartDeadlineSource,
  OldPartDecisionDetails,
  OldPartRejection,
  OldPartStatus,
  OldPartTracking,
  OldPartTrackingResult,
} from './oldParts/oldPartTracking';
export { oldPartStatuses } from './oldParts/oldPartTracking';
export type { OverdueOldPart } from './oldParts/overdueOldParts';
export { overdueOldParts } from './oldParts/overdueOldParts';
export type { TrackOldPartsOptions } from './oldParts/trackOldParts';
export { safeTrackOldParts, trackOldParts } from './oldParts/trackOldParts';
export type { AggregateOutcome } from './order/aggregateCheck';
export type { PlanRejection, UnplannedPart } from './order/planInputs';
export type { PlanOptions } from './order/planOptions';
export type { StockingStatus } from './order/stockLevels';
export type { StockPosition, StockPositionInput } from './order/stockPosition';
export { StockPositionSchema } from './order/stockPosition';
export type { OrderLine, OrderOutcome, OrderSuggestion, SuggestOrderOptions } from './order/suggestOrder';
export { suggestOrder } from './order/suggestOrder';
export { safetyFactor } from './policy/serviceLevel';
export type { StockingPolicy, StockingPolicyInput } from './policy/stockingPolicy';
export {
  defaultStockingPolicy,
  parseStockingPolicy,
  StockingPolicySchema,
  stockingPoliciesFrom,
} from './policy/stockingPolicy';

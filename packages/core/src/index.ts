/**
 * The kernel of aftersales: records (zod schemas), values (Money, business time), coded errors,
 * decisions with rule traces, and the plugin registry. No I/O, no clock, no environment: time,
 * time zone and configuration always come in as arguments.
 *
 * @packageDocumentation
 */

export type { Citation, ParsedCitation } from './decision/citation';
export { citation, isCitation, readCitation } from './decision/citation';
export type { Decision, RuleStatus, TraceStep } from './decision/Decision';
export { explainDecision, failedSteps } from './decision/explain';
export type { Rule, RuleInfo } from './decision/rule';
export { createDecision, defineRule } from './decision/rule';
export type { AftersalesIssue, IssuePath } from './errors/AftersalesError';
export { AftersalesError, createIssue, formatPath, isAftersalesError } from './errors/AftersalesError';
export type { ErrorCode, IssueParams } from './errors/codes';
export { describeError, errorCodes, isErrorCode } from './errors/codes';
export { issuesFromZod } from './errors/fromZod';
export type { Result } from './errors/Result';
export { attempt, fail, ok, unwrap } from './errors/Result';
export type { Locale, LocalizedText } from './i18n/LocalizedText';
export type { JsonObject, JsonValue } from './json/JsonValue';
export type { AllocateOptions } from './money/allocate';
export { allocate } from './money/allocate';
export { isMoney, money, safeMoney } from './money/createMoney';
export type { CurrencyCode } from './money/currency';
export { currencyMinorDigits, isCurrencyCode } from './money/currency';
export type { DecimalInput } from './money/decimal';
export type { FormatMoneyOptions } from './money/formatMoney';
export { formatMoney } from './money/formatMoney';
export type { MinorUnitSum } from './money/MinorUnitSum';
export { createMinorUnitSum, sumMinorUnits } from './money/MinorUnitSum';
export type { MoneyJSON } from './money/Money';
export { Money } from './money/Money';
export { maxMoney, minMoney } from './money/minMaxMoney';
export { minorUnitsOf } from './money/minorUnitsOf';
export { moneyFromJSON, safeMoneyFromJSON } from './money/moneyJSON';
export type { RoundingMode } from './money/rounding';
export { isRoundingMode, roundingModes } from './money/rounding';
export { sumMoney } from './money/sumMoney';
export type { Aftersales, CreateAftersalesOptions, PluginRef } from './plugin/createAftersales';
export { createAftersales } from './plugin/createAftersales';
export type { Contribution, ContributionKind, Plugin, PluginDefinition } from './plugin/definePlugin';
export { contributionKinds, definePlugin } from './plugin/definePlugin';
export type { BatchResult, RowResult } from './schemas/parse';
export { parseRecord, parseRecords, safeParseRecord } from './schemas/parse';
export {
  calendarDateSchema,
  currencyCodeSchema,
  decimalStringSchema,
  idSchema,
  instantSchema,
  kilometresSchema,
  nonNegativeDecimalSchema,
  timeZoneSchema,
} from './schemas/primitives';

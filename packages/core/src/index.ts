/**
 * The kernel of aftersales: records (zod schemas), values (Money, business time), coded errors,
 * decisions with rule traces, and the plugin registry. No I/O, no clock, no environment: time,
 * time zone and configuration always come in as arguments.
 *
 * @packageDocumentation
 */

export type { Locale, LocalizedText } from './i18n/LocalizedText';

export { describeError, errorCodes, isErrorCode } from './errors/codes';
export type { ErrorCode, IssueParams } from './errors/codes';
export { AftersalesError, createIssue, formatPath, isAftersalesError } from './errors/AftersalesError';
export type { AftersalesIssue, IssuePath } from './errors/AftersalesError';
export { attempt, fail, ok, unwrap } from './errors/Result';
export type { Result } from './errors/Result';
export { issuesFromZod } from './errors/fromZod';

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
export { parseRecord, parseRecords, safeParseRecord } from './schemas/parse';
export type { BatchResult, RowResult } from './schemas/parse';

export type { JsonObject, JsonValue } from './json/JsonValue';

export { citation, isCitation, readCitation } from './decision/citation';
export type { Citation, ParsedCitation } from './decision/citation';
export type { Decision, RuleStatus, TraceStep } from './decision/Decision';
export { createDecision, defineRule } from './decision/rule';
export type { Rule, RuleInfo } from './decision/rule';
export { explainDecision, failedSteps } from './decision/explain';

export { contributionKinds, definePlugin } from './plugin/definePlugin';
export type { Contribution, ContributionKind, Plugin, PluginDefinition } from './plugin/definePlugin';
export { createAftersales } from './plugin/createAftersales';
export type { Aftersales, CreateAftersalesOptions, PluginRef } from './plugin/createAftersales';

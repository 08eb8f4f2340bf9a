/**
 * The kernel of aftersales: records (zod schemas), values (Money, business time), coded errors,
 * decisions with rule traces, and the plugin registry. No I/O, no clock, no environment: time,
 * time zone and configuration always come in as arguments.
 *
 * @packageDocumentation
 */

export type { CareEvent, CareEventInput, CareEventType } from './care/careEvent';
export { CareEventSchema, careEventTypes } from './care/careEvent';
export type { CareRule, CareRuleId } from './care/careRules';
export { careRules } from './care/careRules';
export type { CareScheduleOptions } from './care/careScheduleOptions';
export type {
  CareIgnoredEvent,
  CareIgnoredReason,
  CareRejectedEvent,
  CareSchedule,
  CareSubject,
  CareTask,
  CareTaskStatus,
} from './care/careTask';
export type { CareWindows, CareWindowsInput, DayWindow } from './care/careWindows';
export { defaultCareWindows, resolveCareWindows } from './care/careWindows';
export { safeScheduleCustomerCare, scheduleCustomerCare } from './care/scheduleCustomerCare';
export type { Citation, ParsedCitation } from './decision/citation';
export { citation, isCitation, readCitation } from './decision/citation';
export type { Decision, RuleStatus, TraceStep } from './decision/Decision';
export { explainDecision, failedSteps } from './decision/explain';
export type { Rule, RuleInfo } from './decision/rule';
export { createDecision, defineRule, trustedRule } from './decision/rule';
export type { AftersalesIssue, IssuePath } from './errors/AftersalesError';
export { AftersalesError, createIssue, formatPath, isAftersalesError } from './errors/AftersalesError';
export type { ErrorCode, IssueParams } from './errors/codes';
export { describeError, errorCodes, isErrorCode } from './errors/codes';
export { issuesFromZod } from './errors/fromZod';
export { typeName } from './errors/guards';
export type { Result } from './errors/Result';
export { attempt, fail, ok, unwrap } from './errors/Result';
export type {
  AuditFinding,
  AuditOptions,
  AuditReport,
  AuditResult,
  FlowHistory,
} from './flow/audit/auditFlowLogs';
export { auditFlowLogs } from './flow/audit/auditFlowLogs';
export type { AuditRepairOrdersOptions } from './flow/audit/auditRepairOrders';
export { auditRepairOrders } from './flow/audit/auditRepairOrders';
export type { ComplaintEscalation, ComplaintFlowData } from './flow/complaint/complaintData';
export { complaintFlow } from './flow/complaint/complaintFlow';
export type { Flow } from './flow/createFlow';
export { createFlow } from './flow/createFlow';
export type { MermaidOptions } from './flow/export/toMermaid';
export { toMermaid } from './flow/export/toMermaid';
export type {
  XStateApplyParams,
  XStateFlowContext,
  XStateGuardParams,
  XStateMachineConfig,
  XStateStateConfig,
  XStateTransitionConfig,
} from './flow/export/toXStateConfig';
export { toXStateConfig, XSTATE_APPLY_TYPE, XSTATE_GUARD_TYPE } from './flow/export/toXStateConfig';
export type {
  XStateFlowAction,
  XStateFlowArgs,
  XStateFlowAssigner,
  XStateImplementationOptions,
  XStateImplementations,
} from './flow/export/xstateImplementations';
export { createXStateImplementations } from './flow/export/xstateImplementations';
export type { FlowExtension } from './flow/extendFlow';
export { extendFlow, flowWithPlugins } from './flow/extendFlow';
export { eventIssues } from './flow/flowEvent';
export type { NextEvent } from './flow/nextEvents';
export { nextEvents } from './flow/nextEvents';
export type {
  CheckRecord,
  LineAnswer,
  LineEligibility,
  RepairOrderFlowData,
  RepairOrderFlowLine,
} from './flow/repairOrder/repairOrderData';
export { repairOrderFlow } from './flow/repairOrder/repairOrderFlow';
export type { ReplayOptions } from './flow/replay';
export { replay, safeReplay } from './flow/replay';
export { can, initialState, transition } from './flow/transition';
export type {
  DataUpdate,
  FlowDefinition,
  FlowEffect,
  FlowEffectDefinition,
  FlowEvent,
  FlowEventDefinition,
  FlowGuardDefinition,
  FlowImplementation,
  FlowPayloadField,
  FlowRejection,
  FlowRejectionReason,
  FlowSla,
  FlowSlaLimit,
  FlowSlaPoint,
  FlowState,
  FlowStateDefinition,
  FlowTransitionDefinition,
  FlowUnblock,
  GuardCheck,
  GuardVerdict,
  TransitionResult,
} from './flow/types';
export type { FlowMigration, FlowVersions } from './flow/versions';
export { createFlowVersions, isFlowVersions, migrateState } from './flow/versions';
export type {
  WarrantyClaimEligibility,
  WarrantyClaimFlowData,
  WarrantyClaimOldPart,
  WarrantyClaimPreauthorization,
} from './flow/warrantyClaim/warrantyClaimData';
export { warrantyClaimFlow } from './flow/warrantyClaim/warrantyClaimFlow';
export type { Locale, LocalizedText } from './i18n/LocalizedText';
export type { JsonObject, JsonValue } from './json/JsonValue';
export type { AllocateOptions } from './money/allocate';
export { allocate } from './money/allocate';
export { isMoney, money, safeMoney } from './money/createMoney';
export type { CurrencyCode } from './money/currency';
export { currencyMinorDigits, isCurrencyCode } from './money/currency';
export type { DecimalInput } from './money/decimal';
export type { ExactDecimal } from './money/exactDecimal';
export {
  absExact,
  addExact,
  compareExact,
  divideExact,
  exactDecimal,
  formatExact,
  isZeroExact,
  multiplyExact,
  parseExact,
  signOfExact,
  subtractExact,
} from './money/exactDecimal';
export { FIXED_UNIT_SCALE, fixedUnitsOf, formatFixedUnits } from './money/fixedUnits';
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
export type {
  BillingStatus,
  PricedLine,
  PriceRepairOrderOptions,
  RepairOrderPrice,
} from './pricing/priceRepairOrder';
export { priceRepairOrder, safePriceRepairOrder } from './pricing/priceRepairOrder';
export type { Appointment, AppointmentInput, AppointmentStatus } from './schemas/appointment';
export { AppointmentSchema, appointmentStatusSchema } from './schemas/appointment';
export type {
  Complaint,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintInput,
  ComplaintStatus,
} from './schemas/complaint';
export {
  ComplaintSchema,
  complaintCategorySchema,
  complaintChannelSchema,
  complaintStatusSchema,
} from './schemas/complaint';
export type { Customer, CustomerInput } from './schemas/customer';
export { CustomerSchema } from './schemas/customer';
export type { Dealer, DealerInput, LaborRates, OpeningHours } from './schemas/dealer';
export { clockTimeSchema, DealerSchema, LaborRatesSchema, OpeningHoursSchema } from './schemas/dealer';
export { recordJsonSchema } from './schemas/jsonSchema';
export type { OdometerReading, OdometerReadingInput, OdometerSource } from './schemas/odometerReading';
export { OdometerReadingSchema, odometerSourceSchema } from './schemas/odometerReading';
export type { BatchResult, RowResult } from './schemas/parse';
export { parseRecord, parseRecords, safeParseRecord } from './schemas/parse';
export type { AbcClass, Part, PartInput, PartSource } from './schemas/part';
export { abcClassSchema, PartSchema, partSourceSchema } from './schemas/part';
export type { PayType, PayTypeDetail } from './schemas/payType';
export { payTypeDetailSchema, payTypeOfDetail, payTypeSchema } from './schemas/payType';
export {
  calendarDateSchema,
  currencyCodeSchema,
  decimalStringSchema,
  extensionsSchema,
  idSchema,
  instantSchema,
  kilometresSchema,
  nonNegativeDecimalSchema,
  positiveDecimalSchema,
  shortTextSchema,
  textSchema,
  timeZoneSchema,
} from './schemas/primitives';
export type { RecordInputOf, RecordKind, RecordOf } from './schemas/records';
export { isRecordKind, recordKinds, recordSchemas } from './schemas/records';
export type {
  Comeback,
  FollowUp,
  QualityChecks,
  RepairOrder,
  RepairOrderEstimate,
  RepairOrderInput,
} from './schemas/repairOrder';
export {
  ComebackSchema,
  FollowUpSchema,
  QualityChecksSchema,
  RepairOrderEstimateSchema,
  RepairOrderSchema,
} from './schemas/repairOrder';
export type {
  JobAuthorization,
  RepairOrderHold,
  RepairOrderKind,
  RepairOrderStatus,
  StarRepairStage,
  StarRepairStatus,
  VehicleSystem,
} from './schemas/repairOrderCodes';
export {
  jobAuthorizationSchema,
  repairOrderHoldSchema,
  repairOrderKindSchema,
  repairOrderStatusSchema,
  starRepairStageSchema,
  starRepairStatusSchema,
  vehicleSystemSchema,
} from './schemas/repairOrderCodes';
export type { Inspection, RepairOrderJob, RepairOrderJobInput } from './schemas/repairOrderJob';
export { InspectionSchema, RepairOrderJobSchema } from './schemas/repairOrderJob';
export type {
  ChargeKind,
  LaborLine,
  LaborLineInput,
  PartLine,
  PartLineInput,
  RepairOrderCharge,
  RepairOrderChargeInput,
  SubletLine,
  SubletLineInput,
} from './schemas/repairOrderLines';
export {
  chargeKindSchema,
  LaborLineSchema,
  PartLineSchema,
  RepairOrderChargeSchema,
  SubletLineSchema,
} from './schemas/repairOrderLines';
export type { StockCount, StockCountInput } from './schemas/stockCount';
export { StockCountSchema } from './schemas/stockCount';
export type { StockMovement, StockMovementInput, StockMovementType } from './schemas/stockMovement';
export { StockMovementSchema, stockMovementTypeSchema } from './schemas/stockMovement';
export type { SurveyAnswer, SurveyResponse, SurveyResponseInput } from './schemas/surveyResponse';
export { SurveyAnswerSchema, SurveyResponseSchema } from './schemas/surveyResponse';
export type { NevKind, PreviousOwner, Vehicle, VehicleInput, VehicleUse } from './schemas/vehicle';
export { nevKindSchema, PreviousOwnerSchema, VehicleSchema, vehicleUseSchema } from './schemas/vehicle';
export type { VinCheckDigitMode, VinOptions } from './schemas/vin';
export {
  computeVinCheckDigit,
  createVinSchema,
  isCheckDigitMandatory,
  isValidVin,
  normalizeVin,
  validateVin,
  vinSchema,
} from './schemas/vin';
export type {
  ClaimAmounts,
  ClaimLaborOp,
  ClaimPart,
  OldPart,
  PreAuthorization,
  WarrantyClaim,
  WarrantyClaimInput,
  WarrantyClaimStatus,
} from './schemas/warrantyClaim';
export {
  ClaimAmountsSchema,
  ClaimLaborOpSchema,
  ClaimPartSchema,
  OldPartSchema,
  PreAuthorizationSchema,
  WarrantyClaimSchema,
  warrantyClaimStatusSchema,
} from './schemas/warrantyClaim';
export type {
  BusinessCalendar,
  BusinessCalendarOptions,
  DayOpeningHours,
  OpeningHoursInput,
  OpeningInterval,
  WeeklyOpeningHours,
} from './time/businessCalendar';
export { createBusinessCalendar, safeCreateBusinessCalendar } from './time/businessCalendar';
export {
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  calendarDaysBetween,
} from './time/calendarArithmetic';
export type { CalendarDate, IsoWeekday } from './time/calendarDate';
export { compareCalendarDates, isCalendarDate, isoWeekday, parseCalendarDate } from './time/calendarDate';
export {
  civilDateOfDayNumber,
  createInstantDayReader,
  createLocalDayReader,
  dateOfDayNumber,
  dayNumberOfDate,
  epochMsOfInstant,
  localDayNumber,
} from './time/dayNumbers';
export type { DealerCalendarOptions } from './time/dealerCalendar';
export { createDealerCalendar } from './time/dealerCalendar';
export type { CivilDate } from './time/epochDay';
export type { Instant } from './time/instant';
export { elapsedDaysCeil, hoursBetween, isInstant, parseInstant } from './time/instant';
export { isOpenAt, openMinutesBetween } from './time/openingHours';
export type { PeriodEvaluation, PeriodReading, WhicheverFirstPeriod } from './time/period';
export { evaluatePeriod, parseWhicheverFirstPeriod, safeEvaluatePeriod } from './time/period';
export type { PeriodBucket, PeriodGrain } from './time/periodBuckets';
export { nextPeriodBucket, periodBucketOf, periodGrains, previousPeriodBucket } from './time/periodBuckets';
export { isTimeZone, parseTimeZone } from './time/timeZone';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './time/workingDays';
export type { TimeOfDay } from './time/zonedTime';
export { startOfCalendarDate, toCalendarDate, zonedDateTime } from './time/zonedTime';

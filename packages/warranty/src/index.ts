/**
 * @aftersales/warranty: warranty coverage policies as data, the legal rule packs (China 三包 2021
 * and 2013, a California lemon-law plugin), warranty decisions with traced citations, the rights
 * a vehicle's repair history gives, and the carmaker's claim audit.
 *
 * @packageDocumentation
 */

export { auditClaims } from './audit/auditClaims';
export type { AuditClaimsOptions, AuditHistory } from './audit/auditOptions';
export { auditRules } from './audit/auditRules';
export type { AuditSettings, AuditSettingsInput, FailureCodeRule } from './audit/auditSettings';
export {
  AuditSettingsSchema,
  FailureCodeRuleSchema,
  LaborRatesByDealerSchema,
  PartGroupsSchema,
  PartPricesSchema,
} from './audit/auditSettings';
export type {
  ClaimAuditReport,
  ClaimAuditResult,
  ClaimAuditSummary,
  ClaimFinding,
  ClaimFindingCode,
  FindingSeverity,
  HistoryInput,
  HistoryRejection,
} from './audit/auditTypes';
export type { RepairOrderHeader } from './audit/historyRows';
export { RepairOrderHeaderSchema } from './audit/historyRows';
export type { LaborTime } from './audit/laborTimes';
export { LaborTimeSchema } from './audit/laborTimes';
export type {
  EvaluateWarrantyOptions,
  WarrantyDecision,
  WarrantyOutcome,
} from './eligibility/evaluateWarranty';
export { evaluateWarranty, safeEvaluateWarranty } from './eligibility/evaluateWarranty';
export type { WarrantyDetails } from './eligibility/warrantyDetails';
export type {
  FirstMaintenance,
  WarrantyRepair,
  WarrantyRequest,
  WarrantyRequestInput,
} from './eligibility/warrantyRequest';
export {
  FirstMaintenanceSchema,
  WarrantyRepairSchema,
  WarrantyRequestSchema,
} from './eligibility/warrantyRequest';
export type {
  Assembly,
  ExcludedTimeReason,
  RepairAttempt,
  RepairAttemptInput,
  Replacement,
  SevereFailure,
} from './history/repairAttempt';
export {
  assemblySchema,
  excludedTimeReasonSchema,
  RepairAttemptSchema,
  ReplacementSchema,
  severeFailureSchema,
} from './history/repairAttempt';
export type { RepairCause } from './history/repairCause';
export { repairCauseSchema } from './history/repairCause';
export type { CaliforniaLemonLawOverrides } from './jurisdiction/california/californiaLemonLaw';
export {
  CaliforniaLemonLawOverridesSchema,
  californiaLemonLaw,
  createCaliforniaLemonLaw,
} from './jurisdiction/california/californiaLemonLaw';
export { californiaLemonLawPlugin } from './jurisdiction/california/californiaLemonLawPlugin';
export { californiaFigures, californiaRules } from './jurisdiction/california/californiaRules';
export type { CaliforniaOutcome } from './jurisdiction/california/presumptionConclusion';
export type { SanbaoJurisdiction } from './jurisdiction/cnSanbao/createSanbaoJurisdiction';
export type { SanbaoOutcome } from './jurisdiction/cnSanbao/outcome';
export type { SanbaoOverrides, SanbaoParameters } from './jurisdiction/cnSanbao/parameters';
export { cnSanbaoPlugin } from './jurisdiction/cnSanbao/plugin';
export {
  cnSanbao2013,
  createSanbaoJurisdiction2013,
  sanbao2013Parameters,
} from './jurisdiction/cnSanbao/sanbao2013';
export {
  cnSanbao2021,
  createSanbaoJurisdiction2021,
  sanbao2021Parameters,
} from './jurisdiction/cnSanbao/sanbao2021';
export { selectSanbaoJurisdiction } from './jurisdiction/cnSanbao/selectSanbaoJurisdiction';
export type { SubstituteCarDue } from './jurisdiction/cnSanbao/substituteCar';
export type {
  Jurisdiction,
  JurisdictionStart,
  RepairFloor,
  RightsContext,
  RightsDecision,
} from './jurisdiction/jurisdiction';
export { jurisdictionsFrom, parseJurisdiction } from './jurisdiction/parseJurisdiction';
export type { CoverageClass } from './policy/coverageClass';
export { coverageClassSchema } from './policy/coverageClass';
export { huaxiaPolicy2022, huaxiaPolicy2024, huaxiaWarrantyPlugin } from './policy/examplePolicy';
export { parseWarrantyPolicy, warrantyPoliciesFrom } from './policy/parseWarrantyPolicy';
export type { PolicyVehicle } from './policy/selectWarrantyPolicy';
export { selectWarrantyPolicy } from './policy/selectWarrantyPolicy';
export type {
  ClaimRules,
  Coverage,
  CoverageScope,
  WarrantyConditions,
  WarrantyPolicy,
  WarrantyPolicyInput,
} from './policy/warrantyPolicy';
export {
  ClaimRulesSchema,
  CoverageSchema,
  CoverageScopeSchema,
  WarrantyConditionsSchema,
  WarrantyPolicySchema,
} from './policy/warrantyPolicy';
export type { EvaluateRightsOptions, MarketRights } from './rights/evaluateRights';
export { evaluateRights, safeEvaluateRights } from './rights/evaluateRights';
export type { RemedyRequest, VehicleCase, VehicleCaseInput } from './rights/vehicleCase';
export { remedyRequestSchema, VehicleCaseSchema } from './rights/vehicleCase';

/**
 * The `aftersales` command line, and the pieces behind it for embedding: the dealer audit
 * (`runAudit`), the demo dealer (`generateDemoDealer`), the HTML report (`renderHtmlReport`) and
 * the JSON Schemas of every input (`inputJsonSchema`).
 *
 * @packageDocumentation
 */

export type {
  AuditRejection,
  AuditReport,
  DealerDataset,
  DealerProfile,
  DrillDownItem,
  InputCount,
  KpiTrend,
  PartsSection,
  ServiceSection,
  WarrantySection,
} from './audit/auditTypes';
export { DealerDatasetSchema, DealerProfileSchema } from './audit/datasetSchema';
export { runAudit } from './audit/runAudit';
export type { CliIo } from './cli/cliIo';
export type { ExitCode } from './cli/exitCodes';
export { exitCodes } from './cli/exitCodes';
export type { Lang } from './cli/messages';
export { runCli } from './cli/runCli';
export type { DemoDealerOptions } from './demo/generateDemoDealer';
export { generateDemoDealer } from './demo/generateDemoDealer';
export type { HtmlReportOptions } from './report/renderHtmlReport';
export { renderHtmlReport } from './report/renderHtmlReport';
export type { InputSchemaName } from './schema/inputSchemas';
export { inputJsonSchema, inputSchemaNames } from './schema/inputSchemas';

/**
 * @aftersales/adapter-http: the aftersales rules as an HTTP service. A Hono app (Node, Bun, Deno,
 * workers) with JSON endpoints for warranty evaluation, 三包 rights, claim audits, KPIs and
 * scorecards (over the dealer's business calendar), the suggested parts order, flow transitions
 * and repair-order audits; request and response bodies
 * are zod schemas, and the OpenAPI 3.1 document at `/openapi.json` is generated from them.
 *
 * Security: optional API keys (constant-time), a body size limit counted on the bytes received,
 * JSON only, a nesting limit, no `__proto__` / `constructor` / `prototype` keys, coded error
 * bodies in English and Chinese, and no stack trace or internal message in any response.
 *
 * @packageDocumentation
 */

export { DEFAULT_TIME_ZONE, defaultPlugins } from './app/catalogs';
export { createApp } from './app/createApp';
export type { HttpLogger, HttpServiceOptions } from './app/options';
export { consoleLogger, DEFAULT_BODY_LIMIT, DEFAULT_MAX_DEPTH } from './app/options';
export type { ServeCommand } from './cli/serveArgs';
export { parseServeArgs, serveUsage } from './cli/serveArgs';
export { AuditClaimsBodySchema, AuditClaimsResponseSchema } from './endpoints/claimAuditEndpoint';
export {
  AuditFlowLogsBodySchema,
  AuditRepairOrdersBodySchema,
  TransitionBodySchema,
  TransitionResponseSchema,
} from './endpoints/flowEndpoints';
export { ComputeKpisBodySchema, ComputeKpisResponseSchema } from './endpoints/kpiEndpoint';
export { SuggestOrderBodySchema, SuggestOrderResponseSchema } from './endpoints/partsEndpoint';
export { ScoreKpisBodySchema, ScoreKpisResponseSchema } from './endpoints/scorecardEndpoint';
export { CatalogResponseSchema, HealthResponseSchema } from './endpoints/serviceEndpoints';
export {
  EvaluateRightsBodySchema,
  EvaluateRightsResponseSchema,
  EvaluateWarrantyBodySchema,
  EvaluateWarrantyResponseSchema,
} from './endpoints/warrantyEndpoints';
export type { BusinessCalendarBody } from './schemas/calendarSchema';
export { BusinessCalendarBodySchema } from './schemas/calendarSchema';
export type { ErrorBody } from './schemas/errorBody';
export { ErrorBodySchema } from './schemas/errorBody';
export { FlowAuditReportSchema } from './schemas/flowSchemas';
export type { RunningServer, StartServerOptions } from './server/startServer';
export { DEFAULT_PORT, startServer } from './server/startServer';

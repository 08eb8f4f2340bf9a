import { auditClaimsEndpoint } from './claimAuditEndpoint';
import type { Endpoint } from './endpoint';
import { auditFlowLogsEndpoint, auditRepairOrdersEndpoint, transitionEndpoint } from './flowEndpoints';
import { computeKpisEndpoint } from './kpiEndpoint';
import { suggestOrderEndpoint } from './partsEndpoint';
import { scoreKpisEndpoint } from './scorecardEndpoint';
import { catalogEndpoint, healthEndpoint } from './serviceEndpoints';
import { evaluateRightsEndpoint, evaluateWarrantyEndpoint } from './warrantyEndpoints';

/** Every endpoint of the service but `/openapi.json`, in the order the document lists them. */
export const endpoints: readonly Endpoint[] = Object.freeze([
  healthEndpoint,
  catalogEndpoint,
  evaluateWarrantyEndpoint,
  evaluateRightsEndpoint,
  auditClaimsEndpoint,
  computeKpisEndpoint,
  scoreKpisEndpoint,
  suggestOrderEndpoint,
  transitionEndpoint,
  auditFlowLogsEndpoint,
  auditRepairOrdersEndpoint,
]);

import type { KpiDefinition } from '../../definition/kpiDefinition';
import { archiveOnTime } from './archiveOnTime';
import { complaintRate } from './complaintRate';
import { complaintResolution } from './complaintResolution';
import { customerBase } from './customerBase';
import { customerChurn } from './customerChurn';
import { customerRetention } from './customerRetention';
import { customerSatisfaction } from './customerSatisfaction';
import { customerSatisfactionTopBox } from './customerSatisfactionTopBox';
import { firstMaintenanceReturn } from './firstMaintenanceReturn';
import { followUpCoverage } from './followUpCoverage';
import { followUpOnTime } from './followUpOnTime';
import { insuranceRenewal } from './insuranceRenewal';
import { mysteryShopperScore } from './mysteryShopperScore';

export {
  archiveOnTime,
  complaintRate,
  complaintResolution,
  customerBase,
  customerChurn,
  customerRetention,
  customerSatisfaction,
  customerSatisfactionTopBox,
  firstMaintenanceReturn,
  followUpCoverage,
  followUpOnTime,
  insuranceRenewal,
  mysteryShopperScore,
};

/**
 * The customer-care KPIs, in catalog order, then `care.mystery` (listed with the network KPIs in
 * the catalog, but a customer-care measure).
 */
export const careKpis: readonly KpiDefinition[] = Object.freeze([
  customerSatisfaction,
  customerSatisfactionTopBox,
  followUpCoverage,
  followUpOnTime,
  archiveOnTime,
  complaintRate,
  complaintResolution,
  customerBase,
  customerRetention,
  customerChurn,
  firstMaintenanceReturn,
  insuranceRenewal,
  mysteryShopperScore,
]);

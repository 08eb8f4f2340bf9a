import type { KpiDefinition } from '../../definition/kpiDefinition';
import { frontDeskTrainingSessions } from './frontDeskTrainingSessions';
import { ownOutletRatio } from './ownOutletRatio';
import { serviceBudgetShare } from './serviceBudgetShare';
import { serviceCoverage } from './serviceCoverage';
import { trainingBudgetShare } from './trainingBudgetShare';
import { workshopTrainingSessions } from './workshopTrainingSessions';

export {
  frontDeskTrainingSessions,
  ownOutletRatio,
  serviceBudgetShare,
  serviceCoverage,
  trainingBudgetShare,
  workshopTrainingSessions,
};

/**
 * The network, budget and training KPIs (the OEM's view of a dealer network), in catalog order.
 * The section's `care.mystery` is a customer-care measure and is in `careKpis`.
 */
export const networkKpis: readonly KpiDefinition[] = Object.freeze([
  serviceCoverage,
  ownOutletRatio,
  trainingBudgetShare,
  serviceBudgetShare,
  frontDeskTrainingSessions,
  workshopTrainingSessions,
]);

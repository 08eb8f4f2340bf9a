import type { KpiDefinition } from '../../definition/kpiDefinition';
import { approvalRate } from './approvalRate';
import { chargebackRate } from './chargebackRate';
import { costPerClaim } from './costPerClaim';
import { daysToSubmit } from './daysToSubmit';
import { firstPassRate } from './firstPassRate';
import { oldPartsOnTime } from './oldPartsOnTime';

/** The warranty KPIs, in catalog order. */
export const warrantyKpis: readonly KpiDefinition[] = Object.freeze([
  firstPassRate,
  approvalRate,
  daysToSubmit,
  costPerClaim,
  oldPartsOnTime,
  chargebackRate,
]);

export { approvalRate, chargebackRate, costPerClaim, daysToSubmit, firstPassRate, oldPartsOnTime };

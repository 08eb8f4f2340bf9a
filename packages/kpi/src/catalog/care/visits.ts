import { and, field, isIn } from '../../definition/builders';
import { counted } from '../filters';

/**
 * The repair-order filters of the "as of" customer KPIs (base, retention, churn). A visit is an
 * RO opened at the dealer (period field `openedAt`) that was neither cancelled nor voided; its
 * payer is the RO's main payer (`payType`).
 */

/** A paid visit (基盘): a counted RO paid by the customer, the carmaker or an insurer (CP, W, INS). */
export const paidVisit = and(counted, isIn(field('payType'), ['CP', 'W', 'INS']));

/** A retention visit (保有): a counted RO paid by the customer or under warranty (CP, W). */
export const retentionVisit = and(counted, isIn(field('payType'), ['CP', 'W']));

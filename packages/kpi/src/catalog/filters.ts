import { and, coalesce, field, isIn, isSet, ne, not } from '../definition/builders';

/**
 * Filters the catalog shares. Voided and cancelled ROs never count (KPI catalog, notes); a line
 * the customer declined or deferred was not sold.
 */

/** The RO (or the line's RO) is neither cancelled nor voided. */
export const counted = field('counted');

/** A counted RO that has been closed. */
export const closedRo = and(counted, isSet(field('closedAt')));

/** A labor line of a counted RO that the customer did not decline or defer. */
export const soldLaborLine = and(
  counted,
  not(isIn(coalesce(field('authorization'), 'approved'), ['declined', 'deferred'])),
);

/** A counted RO paid by a customer, the carmaker or an insurer (internal work excluded). */
export const externallyPaidRo = and(
  counted,
  ne(coalesce(field('payType'), ''), 'I'),
  ne(coalesce(field('kind'), ''), 'internal'),
);

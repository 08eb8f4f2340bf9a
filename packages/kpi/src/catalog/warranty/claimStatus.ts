/**
 * Warranty claim statuses as the KPIs read them (core `warrantyClaimStatusSchema`: draft,
 * submitted, approved, partially_approved, rejected, paid, charged_back). Listed here as data:
 * kpi reads core records only and never imports the warranty package.
 */

/** The carmaker has decided the claim: every status after `submitted` (the claim's current status). */
export const adjudicatedStatuses = [
  'approved',
  'partially_approved',
  'rejected',
  'paid',
  'charged_back',
] as const;

/**
 * The carmaker accepted the claim, in full or in part: approved, partially approved, and the
 * later states of an accepted claim (paid; charged back after payment).
 */
export const approvedStatuses = ['approved', 'partially_approved', 'paid', 'charged_back'] as const;

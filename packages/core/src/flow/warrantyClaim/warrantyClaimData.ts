import type { LineEligibility } from '../repairOrder/repairOrderData';
import type { DataUpdate, FlowEvent } from '../types';

/**
 * What the warranty-claim flow remembers besides its state: the eligibility decision, where the
 * carmaker's pre-authorization stands, what happened to the replaced part, and how often the claim
 * was submitted and returned.
 */

/** The warranty eligibility decision (from @aftersales/warranty's outcome), as on a repair-order line. */
export type WarrantyClaimEligibility = LineEligibility;

/**
 * The carmaker's pre-authorization of a claim above the dealer's authority (超权限申报):
 * `not_needed` (within the authority) · `required` (above it, not asked yet) · `pending` (asked) ·
 * `granted` · `denied`; `null` before the eligibility check.
 */
export type WarrantyClaimPreauthorization = 'not_needed' | 'required' | 'pending' | 'granted' | 'denied';

/**
 * The replaced part (旧件): `retained` (kept for the carmaker) · `none` (nothing replaced: a
 * labour-only claim) · `shipped` (returned to the carmaker); `null` before it is recorded.
 */
export type WarrantyClaimOldPart = 'retained' | 'none' | 'shipped';

/**
 * The warranty-claim flow's data.
 * - `outcome`, `decisionId`: the eligibility decision and its id, `null` before the check;
 * - `preauthorization`, `preauthorizationNumber`: see {@link WarrantyClaimPreauthorization}; the
 *   carmaker's authorization number once granted;
 * - `oldPart`: see {@link WarrantyClaimOldPart};
 * - `submissions`: submissions to the carmaker (first submission, resubmissions, appeals); a paid
 *   claim with `submissions === 1` was paid on first submission (`manual:wty.first.pass`);
 * - `returned`: times the carmaker returned it for correction.
 */
export type WarrantyClaimFlowData = {
  readonly outcome: WarrantyClaimEligibility | null;
  readonly decisionId: string | null;
  readonly preauthorization: WarrantyClaimPreauthorization | null;
  readonly preauthorizationNumber: string | null;
  readonly oldPart: WarrantyClaimOldPart | null;
  readonly submissions: number;
  readonly returned: number;
};

/** Data of a warranty claim before its first event. */
export const initialWarrantyClaimData: WarrantyClaimFlowData = {
  outcome: null,
  decisionId: null,
  preauthorization: null,
  preauthorizationNumber: null,
  oldPart: null,
  submissions: 0,
  returned: 0,
};

type Update = DataUpdate<WarrantyClaimFlowData>;
const payload = (event: FlowEvent) => (event.data ?? {}) as Record<string, string | undefined>;

/** The data updates the warranty-claim definition names. */
export const warrantyClaimUpdates: Record<string, Update> = {
  // A new decision replaces the old one; whether pre-authorization is needed follows from it.
  'wty.set-outcome': (data, event) => {
    const outcome = payload(event).outcome as WarrantyClaimEligibility;
    return {
      ...data,
      outcome,
      decisionId: payload(event).decisionId ?? null,
      preauthorization: outcome === 'needs_preauthorization' ? 'required' : 'not_needed',
    };
  },
  'wty.record-old-part': (data, event) => ({
    ...data,
    oldPart: payload(event).disposition as 'retained' | 'none',
  }),
  'wty.request-preauthorization': (data) => ({ ...data, preauthorization: 'pending' }),
  'wty.grant-preauthorization': (data, event) => ({
    ...data,
    preauthorization: 'granted',
    preauthorizationNumber: payload(event).number ?? null,
  }),
  'wty.deny-preauthorization': (data) => ({ ...data, preauthorization: 'denied' }),
  'wty.count-submission': (data) => ({ ...data, submissions: data.submissions + 1 }),
  'wty.count-return': (data) => ({ ...data, returned: data.returned + 1 }),
  'wty.ship-old-part': (data) => ({ ...data, oldPart: 'shipped' }),
};

import type { ComplaintCategory } from '../../schemas/complaint';
import type { DataUpdate, FlowEvent } from '../types';

/**
 * What the complaint flow remembers besides its state: what the complaint is about, whether and
 * to whom it was reported, how many resolutions were proposed, and what the customer said at the
 * last follow-up.
 */

/** A report of the complaint to a supervisor (上报主管): to whom, when. */
export type ComplaintEscalation = { readonly to: string; readonly at: string };

/**
 * The complaint flow's data.
 * - `category`: what the complaint is about (the Complaint schema's `category`), `null` until known;
 * - `escalated`: the latest report to a supervisor, `null` when never reported;
 * - `proposals`: resolutions proposed so far (more than one: the customer rejected one);
 * - `satisfied`: the customer's answer at the last follow-up call, `null` before it (or after a
 *   rejected resolution sent the complaint back to investigation).
 */
export type ComplaintFlowData = {
  readonly category: ComplaintCategory | null;
  readonly escalated: ComplaintEscalation | null;
  readonly proposals: number;
  readonly satisfied: boolean | null;
};

/** Data of a complaint before its first event. */
export const initialComplaintData: ComplaintFlowData = {
  category: null,
  escalated: null,
  proposals: 0,
  satisfied: null,
};

type Update = DataUpdate<ComplaintFlowData>;
const payload = (event: FlowEvent) => (event.data ?? {}) as Record<string, string | boolean | undefined>;

/** The data updates the complaint definition names. */
export const complaintUpdates: Record<string, Update> = {
  'complaint.set-category': (data, event) => {
    const category = payload(event).category as ComplaintCategory | undefined;
    return category === undefined ? data : { ...data, category };
  },
  // A later report (to a higher level) replaces the earlier one: the supervisor who now owns it.
  'complaint.escalate': (data, event) => ({
    ...data,
    escalated: { to: payload(event).supervisorId as string, at: event.at },
  }),
  'complaint.count-proposal': (data) => ({ ...data, proposals: data.proposals + 1 }),
  'complaint.record-satisfaction': (data, event) => ({
    ...data,
    satisfied: payload(event).satisfied === true,
  }),
  // Back to investigation: the last follow-up's answer no longer describes the complaint.
  'complaint.clear-satisfaction': (data) => ({ ...data, satisfied: null }),
};

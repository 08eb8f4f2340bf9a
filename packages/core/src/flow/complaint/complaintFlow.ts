import { createFlow, type Flow } from '../createFlow';
import { type ComplaintFlowData, complaintUpdates, initialComplaintData } from './complaintData';
import { complaintDefinition } from './complaintDefinition';
import { complaintGuardChecks } from './complaintGuards';

/**
 * The complaint flow (投诉处理), ready to run: receive and record (`record_complaint`) →
 * investigate (`start_investigation`) → resolution found (`propose_resolution`) → customer
 * answered (`answer_customer`) → followed up (`record_follow_up`, payload `satisfied`) → closed
 * (`close`, final). The customer may reject the resolution after the answer or at the follow-up
 * (`reject_resolution`, reason required): back to investigation. The customer may withdraw the
 * complaint (`withdraw`, reason required) in any open state.
 *
 * Escalation (上报主管) is not a state: `escalate` (reason and payload `supervisorId` required) is
 * allowed in every state from `recorded` to `followed_up`, keeps the state, records
 * `data.escalated = { to, at }` and asks the caller to notify the supervisor.
 *
 * States and the Complaint schema `status` (each state's `status:<value>` tag): `new` (being taken,
 * no record yet) and `recorded` → `received`; `investigating` → `investigating`;
 * `resolution_proposed`, `answered`, `followed_up` → `resolved`; `closed` → `closed`; `withdrawn`
 * → `withdrawn`. The schema's `escalated` is not a state here: a complaint in `recorded` or
 * `investigating` with `data.escalated` set is the schema's `escalated`. Schema time fields:
 * `escalatedAt` = the `escalate` event, `resolvedAt` = `propose_resolution`, `answeredAt` =
 * `answer_customer`, `followedUpAt` = `record_follow_up`, `closedAt` = `close`.
 *
 * Guards: no investigation of an uncategorized complaint; a complaint is reported to someone other
 * than the person reporting it; a complaint the customer is still dissatisfied with at the
 * follow-up (`satisfied: false`) is closed only after it was escalated, and only by that
 * supervisor. SLAs (`manual:care.escalate`): `care.complaint.answer` — within 2 days of being
 * recorded, the complaint is answered or reported to the supervisor (whichever comes first stops
 * the clock); `care.answer.same-day` — answered the same day the resolution was found.
 *
 * @example
 * const state = replay(complaintFlow, [
 *   { type: 'record_complaint', at: '2024-03-11T14:00:00+08:00', actor: 'EMP-CC-01', data: { category: 'repair_quality' } },
 *   { type: 'start_investigation', at: '2024-03-11T15:00:00+08:00', actor: 'EMP-CC-01' },
 *   { type: 'escalate', at: '2024-03-12T10:00:00+08:00', actor: 'EMP-CC-01', reason: '需车间主管复查', data: { supervisorId: 'EMP-SM-01' } },
 * ]);
 * state.value; // 'investigating'
 * state.data.escalated; // { to: 'EMP-SM-01', at: '2024-03-12T10:00:00+08:00' }
 */
export const complaintFlow: Flow<ComplaintFlowData> = createFlow(complaintDefinition, {
  initialData: initialComplaintData,
  guards: complaintGuardChecks,
  assign: complaintUpdates,
});

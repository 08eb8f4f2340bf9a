import { createFlow, type Flow } from '../createFlow';
import {
  initialWarrantyClaimData,
  type WarrantyClaimFlowData,
  warrantyClaimUpdates,
} from './warrantyClaimData';
import { warrantyClaimDefinition } from './warrantyClaimDefinition';
import { warrantyClaimGuardChecks } from './warrantyClaimGuards';

/**
 * The warranty-claim flow (索赔), ready to run: draft → eligibility checked (`check_eligibility`,
 * payload `outcome` covered | not_covered | needs_preauthorization) → pre-authorization when the
 * claim is above the dealer's authority (`request_preauthorization` → `grant_preauthorization` |
 * `deny_preauthorization`) → submitted (`submit`) → returned for correction
 * (`return_for_correction` → `resubmit`) | approved (`approve`) | partially approved
 * (`approve_partially`) | rejected (`reject`) → paid (`record_payment`) → old part shipped back
 * (`ship_old_part`) → charged back (`charge_back`, final). The replaced part is recorded before
 * submission (`record_old_part`: retained, or none for a labour-only claim). A claim is withdrawn
 * (`withdraw`, final) only before it reaches the carmaker. Every carmaker decision against the
 * dealer needs a reason.
 *
 * Choices: a `not_covered` outcome does not end the claim: it stays in `eligibility_checked`,
 * where `submit` is refused (`wty.eligible`) until the data is corrected and eligibility checked
 * again, or the claim is withdrawn. Whether pre-authorization is needed follows from the outcome
 * `needs_preauthorization` (the eligibility decision compares the amount with the dealer's
 * authority). A denied pre-authorization is a rejection, but not one to appeal (`wty.claim-submitted`).
 * `rejected` is not final: the dealer may `appeal` (as from `partially_approved`), a new submission
 * to the carmaker. The old part ships after payment, the manual's order (`manual:wty.old.parts`; a
 * carmaker that wants it earlier extends the flow), and only when one was retained; `paid` and
 * `old_part_shipped` are not final because the carmaker may still charge the claim back (after
 * inspecting the part, or an audit). No SLAs: the manuals leave claim deadlines to carmaker policy.
 *
 * States and the WarrantyClaim schema `status` (each state's `status:<value>` tag): `draft`,
 * `eligibility_checked`, `preauthorization_pending`, `preauthorized` → `draft`; `submitted`,
 * `returned` → `submitted`; `approved` → `approved`; `partially_approved` → `partially_approved`;
 * `rejected` → `rejected`; `paid`, `old_part_shipped` → `paid`; `charged_back` → `charged_back`;
 * `withdrawn` → `draft` (never submitted; the schema has no withdrawn status). `data.submissions`
 * is the schema's `submissionCount`.
 *
 * @example
 * const at = (day: number) => `2024-03-${String(day).padStart(2, '0')}T10:00:00+08:00`;
 * const state = replay(warrantyClaimFlow, [
 *   { type: 'check_eligibility', at: at(1), actor: 'EMP-WTY-01', data: { outcome: 'covered' } },
 *   { type: 'record_old_part', at: at(1), actor: 'EMP-WTY-01', data: { disposition: 'retained' } },
 *   { type: 'submit', at: at(2), actor: 'EMP-WTY-01' },
 *   { type: 'approve', at: at(9), actor: 'system:oem' },
 *   { type: 'record_payment', at: at(20), actor: 'EMP-ACC-01' },
 *   { type: 'ship_old_part', at: at(21), actor: 'EMP-WTY-01' },
 * ]);
 * state.value; // 'old_part_shipped'
 * state.data.submissions; // 1: paid on first submission
 */
export const warrantyClaimFlow: Flow<WarrantyClaimFlowData> = createFlow(warrantyClaimDefinition, {
  initialData: initialWarrantyClaimData,
  guards: warrantyClaimGuardChecks,
  assign: warrantyClaimUpdates,
});

import { createFlow, type Flow } from '../createFlow';
import { initialRepairOrderData, type RepairOrderFlowData, repairOrderUpdates } from './repairOrderData';
import { repairOrderDefinition } from './repairOrderDefinition';
import { repairOrderGuardChecks } from './repairOrderGuards';

/**
 * The standard repair-order flow (维修工单流程), ready to run: appointment or walk-in or rescue →
 * reception → walk-around → estimate → per-line customer approval → dispatch → repair (with
 * holds and additional work) → self, peer and final inspection → wash → settle → deliver →
 * follow-up → close; cancel, and reopen for a comeback.
 *
 * Guards from the manuals: no repair on a line the customer has not approved, no settlement with
 * an unpriced line, warranty lines need an eligibility decision, no delivery before the final
 * inspection, the peer check by another technician. SLAs: maintenance ROs settled within 3 days
 * of completion, insurance ROs in the same month, the customer record within 2 days, follow-up
 * calls on day 3–7 and in the week after.
 *
 * @example
 * let state = initialState(repairOrderFlow);
 * const result = transition(repairOrderFlow, state, {
 *   type: 'receive_vehicle', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-SA-01', data: { kind: 'maintenance' },
 * });
 * if (result.ok) state = result.state; // state.value === 'received'
 */
export const repairOrderFlow: Flow<RepairOrderFlowData> = createFlow(repairOrderDefinition, {
  initialData: initialRepairOrderData,
  guards: repairOrderGuardChecks,
  assign: repairOrderUpdates,
});

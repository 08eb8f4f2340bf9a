import { type RepairOrderFlowData, type Result, repairOrderFlow } from '@aftersales/core';
import { createFlowStore, safeCreateFlowStore } from './createFlowStore';
import type { FlowStore, FlowStoreOptions } from './types';

/** A store for one repair order: its snapshot's `state.data` is the flow's {@link RepairOrderFlowData}. */
export type RepairOrderStore = FlowStore<RepairOrderFlowData>;

/**
 * A store for one repair order over the standard repair-order flow (维修工单流程): the current
 * status and STAR stage, the flow's data (lines, hold, the three checks), every action of the
 * current status with the guards that block it, and `dispatch` through the engine. A store over a
 * plugin-extended flow is `createFlowStore(flowWithPlugins(repairOrderFlow, registry), options)`.
 *
 * @param options - a stored event log to replay, a guard context, a reporter for failing listeners
 * @returns the store
 * @throws AftersalesError `input.*` for a bad option, `flow.rejected_event` (path
 *   `options.events[i]`) for a stored log that does not replay
 *
 * @example
 * const store = createRepairOrderStore();
 * store.dispatch({
 *   type: 'receive_vehicle', at: '2024-03-04T08:30:00+08:00', actor: 'EMP-SA-01',
 *   data: { kind: 'maintenance' },
 * });
 * const { state, stage, allowed } = store.getSnapshot();
 * state.value; // 'received'
 * stage; // 'VEHICLE_RECEIVED'
 * allowed.map((action) => action.type); // ['complete_walkaround', 'add_line', …]
 */
export function createRepairOrderStore(options?: FlowStoreOptions): RepairOrderStore {
  return createFlowStore(repairOrderFlow, options);
}

/**
 * {@link createRepairOrderStore} that returns a result instead of throwing.
 *
 * @example
 * const result = safeCreateRepairOrderStore({ events: storedEvents });
 * if (!result.ok) console.log(result.issues[0]?.message.zh); // 第 3 个事件（“settle”）…被拒绝：…
 */
export function safeCreateRepairOrderStore(options?: FlowStoreOptions): Result<RepairOrderStore> {
  return safeCreateFlowStore(repairOrderFlow, options);
}

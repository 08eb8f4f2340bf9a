/**
 * A framework-free store for one repair order (or complaint, or warranty claim) over the flow
 * engine of `@aftersales/core`: `getSnapshot` / `subscribe` for React's `useSyncExternalStore`,
 * Vue (`shallowRef` + `subscribe`) and Svelte (`toSvelteStore`), and `dispatch` that runs each
 * event through the engine. The snapshot holds the state, the event log, and every action of the
 * current state, enabled or blocked with the engine's reasons. No framework dependency, no clock.
 *
 * @packageDocumentation
 */

export { createFlowStore, safeCreateFlowStore } from './createFlowStore';
export type { RepairOrderStore } from './createRepairOrderStore';
export { createRepairOrderStore, safeCreateRepairOrderStore } from './createRepairOrderStore';
export type { SvelteReadable } from './toSvelteStore';
export { toSvelteStore } from './toSvelteStore';
export type {
  BlockedReason,
  FlowAction,
  FlowStore,
  FlowStoreOptions,
  FlowStoreSnapshot,
  ListenerFailure,
} from './types';

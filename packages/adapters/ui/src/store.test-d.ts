import type {
  ComplaintFlowData,
  FlowState,
  RepairOrderFlowData,
  Result,
  TransitionResult,
} from '@aftersales/core';
import { complaintFlow } from '@aftersales/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createFlowStore } from './createFlowStore';
import { createRepairOrderStore, safeCreateRepairOrderStore } from './createRepairOrderStore';
import { type SvelteReadable, toSvelteStore } from './toSvelteStore';
import type { FlowStoreSnapshot } from './types';

/**
 * React's `useSyncExternalStore` and Vue's `shallowRef` are not dependencies; their signatures
 * are written out here so that the store is checked against them.
 */
declare function useSyncExternalStore<T>(
  subscribe: (onStoreChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot?: () => T,
): T;

describe('createRepairOrderStore', () => {
  it('fits useSyncExternalStore and types the repair order’s data', () => {
    const store = createRepairOrderStore();
    const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
    expectTypeOf(snapshot).toEqualTypeOf<FlowStoreSnapshot<RepairOrderFlowData>>();
    expectTypeOf(snapshot.state).toEqualTypeOf<FlowState<RepairOrderFlowData>>();
    expectTypeOf(snapshot.state.data.qc.final).toEqualTypeOf<{
      readonly by: string;
      readonly at: string;
    } | null>();
    expectTypeOf(store.dispatch).returns.toEqualTypeOf<TransitionResult<RepairOrderFlowData>>();
    expectTypeOf(safeCreateRepairOrderStore).returns.toExtend<Result<unknown>>();
  });

  it('gives a Svelte readable of snapshots', () => {
    const readable = toSvelteStore(createRepairOrderStore());
    expectTypeOf(readable).toEqualTypeOf<SvelteReadable<FlowStoreSnapshot<RepairOrderFlowData>>>();
  });
});

describe('createFlowStore', () => {
  it('takes the data type of the flow it runs', () => {
    const store = createFlowStore(complaintFlow);
    expectTypeOf(store.getSnapshot().state.data).toEqualTypeOf<ComplaintFlowData>();
  });
});

import { AftersalesError, type JsonObject } from '@aftersales/core';
import type { FlowStore, FlowStoreSnapshot } from './types';

/** Svelte's readable-store contract: `subscribe(run)` calls `run` at once and on every change. */
export interface SvelteReadable<T> {
  readonly subscribe: (run: (value: T) => void) => () => void;
}

/**
 * Wraps a store in Svelte's store contract, with no dependency on Svelte: `subscribe(run)` calls
 * `run` immediately with the current snapshot, then with each new snapshot (never twice with the
 * same one), and returns the unsubscribe function. `$ro` in a component, or `fromStore` in Svelte 5.
 *
 * @param store - a store from `createFlowStore` or `createRepairOrderStore`
 * @returns a readable Svelte store of snapshots
 *
 * @example
 * const ro = toSvelteStore(createRepairOrderStore({ events }));
 * const stop = ro.subscribe((snapshot) => console.log(snapshot.state.value));
 * stop();
 */
export function toSvelteStore<D extends JsonObject>(
  store: FlowStore<D>,
): SvelteReadable<FlowStoreSnapshot<D>> {
  const shape = store as Partial<FlowStore<D>> | null;
  if (
    shape === null ||
    typeof shape !== 'object' ||
    typeof shape.getSnapshot !== 'function' ||
    typeof shape.subscribe !== 'function'
  ) {
    throw AftersalesError.of('input.invalid_type', ['store'], {
      expected: 'a store from createFlowStore()',
      received: store === null ? 'null' : typeof store,
    });
  }
  return Object.freeze({
    subscribe(run: (value: FlowStoreSnapshot<D>) => void) {
      if (typeof run !== 'function') {
        throw AftersalesError.of('input.invalid_type', ['run'], {
          expected: 'function',
          received: run === null ? 'null' : typeof run,
        });
      }
      let last = store.getSnapshot();
      // Subscribed first, so a change made by `run` itself is not missed.
      const stop = store.subscribe(() => {
        const next = store.getSnapshot();
        if (next === last) return;
        last = next;
        run(next);
      });
      try {
        run(last);
      } catch (error) {
        stop(); // Svelte never got the unsubscribe function: do not leave the subscription behind.
        throw error;
      }
      return stop;
    },
  });
}

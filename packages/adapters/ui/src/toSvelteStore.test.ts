import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { createRepairOrderStore } from './createRepairOrderStore';
import { toSvelteStore } from './toSvelteStore';
import type { FlowStoreSnapshot } from './types';

const received = {
  type: 'receive_vehicle',
  at: '2024-03-04T08:30:00+08:00',
  actor: 'EMP-SA-01',
  data: { kind: 'maintenance' },
};

describe('toSvelteStore', () => {
  it('calls run at once with the current snapshot, then once per change, until unsubscribed', () => {
    const store = createRepairOrderStore();
    const seen: FlowStoreSnapshot[] = [];
    const stop = toSvelteStore(store).subscribe((snapshot) => seen.push(snapshot));
    expect(seen).toEqual([store.getSnapshot()]);
    store.dispatch(received);
    store.dismissRejection(); // no change: run is not called
    expect(seen.map((s) => s.state.value)).toEqual(['new', 'received']);
    expect(seen[1]).toBe(store.getSnapshot());
    stop();
    store.dispatch({ type: 'complete_walkaround', at: '2024-03-04T08:50:00+08:00', actor: 'EMP-SA-01' });
    expect(seen).toHaveLength(2);
  });

  it('does not leave a subscription behind when the first run throws', () => {
    const store = createRepairOrderStore();
    expect(() =>
      toSvelteStore(store).subscribe(() => {
        throw new Error('first render failed');
      }),
    ).toThrow('first render failed');
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch(received);
    // Only the plain subscription above: the failed Svelte one was removed (no ui.listener_failed).
    expect(calls).toBe(1);
  });

  it('refuses a store or run that is not one, with a coded error', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isAftersalesError(error) ? [error.code, error.path] : 'uncoded';
      }
      return 'no error';
    };
    expect(code(() => toSvelteStore({} as never))).toEqual(['input.invalid_type', ['store']]);
    expect(code(() => toSvelteStore(createRepairOrderStore()).subscribe(null as never))).toEqual([
      'input.invalid_type',
      ['run'],
    ]);
  });
});

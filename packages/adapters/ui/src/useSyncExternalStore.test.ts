import { describe, expect, it } from 'vitest';
import { createRepairOrderStore } from './createRepairOrderStore';
import type { FlowStore } from './types';

/**
 * A test-only model of React's `useSyncExternalStore(subscribe, getSnapshot)`, as React 18/19 runs
 * it (and as its shim does): render reads `getSnapshot()` and, in development, reads it again and
 * warns if the two differ (an uncached snapshot loops forever); the commit subscribes, then checks
 * whether the snapshot changed between render and subscribe; a notification re-renders only when
 * `Object.is(previous, getSnapshot())` is false; unmount unsubscribes. React itself is not a
 * dependency of this package, so its contract is tested here instead.
 */
function mountComponent(store: FlowStore, onRender: (component: Component) => void = () => {}) {
  const component: Component = { renders: 0, value: store.getSnapshot(), unmount: () => {} };
  const render = () => {
    const value = store.getSnapshot();
    if (store.getSnapshot() !== value) throw new Error('The result of getSnapshot should be cached');
    component.value = value;
    component.renders++;
    onRender(component);
  };
  render();
  return {
    component,
    render,
    commit() {
      const unsubscribe = store.subscribe(() => {
        if (!Object.is(component.value, store.getSnapshot())) render();
      });
      if (!Object.is(component.value, store.getSnapshot())) render();
      component.unmount = unsubscribe;
      return component;
    },
  };
}
type Component = { renders: number; value: unknown; unmount: () => void };

const at = (minute: number) => `2024-03-04T08:${String(minute).padStart(2, '0')}:00+08:00`;
const send = (store: FlowStore, type: string, minute: number) =>
  store.dispatch({ type, at: at(minute), actor: 'EMP-SA-01' });

describe('the useSyncExternalStore contract', () => {
  it('renders once on mount and once per change, never for a call that changes nothing', () => {
    const store = createRepairOrderStore();
    const view = mountComponent(store).commit();
    expect(view.renders).toBe(1);
    send(store, 'receive_vehicle', 30); // accepted: render 2
    send(store, 'settle', 31); // refused, recorded in the snapshot: render 3
    store.dismissRejection(); // the refusal dismissed: render 4
    store.dismissRejection(); // nothing left to dismiss: no render
    expect(view.renders).toBe(4);
    expect(view.value).toBe(store.getSnapshot());
  });

  it('catches a change made between render and subscribe', () => {
    const store = createRepairOrderStore();
    const mounting = mountComponent(store);
    send(store, 'receive_vehicle', 30); // before the commit subscribes
    const view = mounting.commit();
    expect(view.renders).toBe(2);
    expect(view.value).toBe(store.getSnapshot());
  });

  it('shows two components the same snapshot after each change (no tearing)', () => {
    const store = createRepairOrderStore();
    const header = mountComponent(store).commit();
    const buttons = mountComponent(store).commit();
    for (const [type, minute] of [
      ['receive_vehicle', 30],
      ['complete_walkaround', 40],
      ['submit_estimate', 45], // refused: no lines yet
    ] as const) {
      send(store, type, minute);
      expect(header.value).toBe(buttons.value);
      expect(header.value).toBe(store.getSnapshot());
    }
    expect([header.renders, buttons.renders]).toEqual([4, 4]);
  });

  it('stops rendering after unmount, also when a component unmounts another during a notification', () => {
    const store = createRepairOrderStore();
    let child: Component | undefined;
    // The parent unmounts the child when the RO is received (a conditional render).
    const parent = mountComponent(store, () => {
      if (child && store.getSnapshot().state.value === 'received') child.unmount();
    }).commit();
    child = mountComponent(store).commit();
    send(store, 'receive_vehicle', 30);
    send(store, 'complete_walkaround', 40);
    expect([parent.renders, child.renders]).toEqual([3, 1]);
    parent.unmount();
    send(store, 'archive_customer_record', 50);
    expect(parent.renders).toBe(3);
  });
});

import {
  complaintFlow,
  createFlow,
  createFlowVersions,
  type FlowDefinition,
  type FlowEvent,
  isAftersalesError,
  replay,
  warrantyClaimFlow,
} from '@aftersales/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFlowStore, safeCreateFlowStore } from './createFlowStore';
import { createRepairOrderStore } from './createRepairOrderStore';
import type { ListenerFailure } from './types';

// A door with a lock, the smallest flow that has a guard: `open` needs the door unlocked.
const doorDefinition: FlowDefinition = {
  id: 'door',
  version: 1,
  title: { en: 'Door', zh: '门' },
  initial: 'closed',
  events: {
    open: { title: { en: 'Open', zh: '开门' } },
    close: { title: { en: 'Close', zh: '关门' } },
    lock: { title: { en: 'Lock', zh: '上锁' } },
    unlock: { title: { en: 'Unlock', zh: '开锁' } },
  },
  guards: {
    unlocked: {
      title: { en: 'The door is unlocked', zh: '门未上锁' },
      cite: 'manual:door.lock',
      message: { en: 'the door is locked', zh: '门已上锁' },
      unblock: { message: { en: 'unlock it first', zh: '请先开锁' }, events: ['unlock'] },
      forbidMarks: ['locked'],
    },
  },
  states: {
    closed: {
      title: { en: 'Closed', zh: '关着' },
      on: {
        open: [{ target: 'open', guards: ['unlocked'] }],
        lock: [{ mark: ['locked'] }],
        unlock: [{ unmark: ['locked'] }],
      },
    },
    open: { title: { en: 'Open', zh: '开着' }, on: { close: [{ target: 'closed' }] } },
  },
};
const door = createFlow(doorDefinition, { initialData: {} });
const doorEvent = (type: string, minute: number): FlowEvent => ({
  type,
  at: `2024-03-04T09:${String(minute).padStart(2, '0')}:00+08:00`,
  actor: 'EMP-SA-01',
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createFlowStore: getSnapshot', () => {
  it('returns the same object until something changes', () => {
    const store = createFlowStore(door);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.dispatch(doorEvent('lock', 0));
    const locked = store.getSnapshot();
    expect(locked).not.toBe(first);
    expect(store.getSnapshot()).toBe(locked);
    // The refusal is recorded: a change, a new snapshot with the same state.
    store.dispatch(doorEvent('open', 1));
    const refused = store.getSnapshot();
    expect(refused).not.toBe(locked);
    expect(refused.state).toBe(locked.state);
    expect(refused.lastRejection?.failed.map((f) => f.rule)).toEqual(['unlocked']);
    // Dismissing it is a change; dismissing nothing is not.
    store.dismissRejection();
    const dismissed = store.getSnapshot();
    expect(dismissed).not.toBe(refused);
    expect(dismissed.lastRejection).toBeUndefined();
    store.dismissRejection();
    expect(store.getSnapshot()).toBe(dismissed);
  });

  it('describes a blocked action with the guard from the definition', () => {
    const store = createFlowStore(door, { events: [doorEvent('lock', 0)] });
    expect(store.getSnapshot().allowed).toEqual([
      {
        type: 'open',
        title: { en: 'Open', zh: '开门' },
        enabled: false,
        reasons: [
          {
            rule: 'unlocked',
            message: { en: 'the door is locked', zh: '门已上锁' },
            cite: 'manual:door.lock',
            facts: { marks: ['locked'] },
            unblock: { message: { en: 'unlock it first', zh: '请先开锁' }, events: ['unlock'] },
          },
        ],
        checkedOnSend: [],
        requiresReason: false,
      },
      {
        type: 'lock',
        title: { en: 'Lock', zh: '上锁' },
        enabled: true,
        target: 'closed',
        reasons: [],
        checkedOnSend: [],
        requiresReason: false,
      },
      {
        type: 'unlock',
        title: { en: 'Unlock', zh: '开锁' },
        enabled: true,
        target: 'closed',
        reasons: [],
        checkedOnSend: [],
        requiresReason: false,
      },
    ]);
    // No `star:` tag on the door: no stage.
    expect('stage' in store.getSnapshot()).toBe(false);
  });

  it('is frozen all the way down, and keeps its own copy of each event', () => {
    const store = createRepairOrderStore();
    const sent = {
      type: 'receive_vehicle',
      at: '2024-03-04T08:30:00+08:00',
      actor: 'EMP-SA-01',
      data: { kind: 'repair' },
    };
    store.dispatch(sent);
    sent.data.kind = 'insurance';
    const snapshot = store.getSnapshot();
    expect(snapshot.events[0]?.data).toEqual({ kind: 'repair' });
    expect(snapshot.state.data.kind).toBe('repair');
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.state.data.lines)).toBe(true);
    expect(Object.isFrozen(snapshot.events[0]?.data)).toBe(true);
    expect(Object.isFrozen(snapshot.allowed[0]?.reasons)).toBe(true);
    expect(() => (snapshot.state.data.lines as unknown[]).push('x')).toThrow(TypeError);
  });
});

describe('createFlowStore: subscribe', () => {
  it('calls each subscription once per change, and not after its unsubscribe', () => {
    const store = createFlowStore(door);
    const calls: string[] = [];
    const a = () => calls.push('a');
    const stopA = store.subscribe(a);
    const stopA2 = store.subscribe(a); // the same function twice: two subscriptions
    store.subscribe(() => calls.push('b'));
    store.dispatch(doorEvent('open', 0));
    expect(calls).toEqual(['a', 'a', 'b']);
    stopA();
    stopA(); // twice: harmless, and it does not remove the other subscription of `a`
    store.dispatch(doorEvent('close', 1));
    expect(calls).toEqual(['a', 'a', 'b', 'a', 'b']);
    stopA2();
    store.dismissRejection(); // nothing to dismiss: no change, no call
    expect(calls).toHaveLength(5);
  });

  it('skips a listener unsubscribed by an earlier one in the same round', () => {
    const store = createFlowStore(door);
    const calls: string[] = [];
    let stopC = () => {};
    const stopA = store.subscribe(() => {
      calls.push('a');
      stopA(); // itself
      stopC(); // one later in the round
    });
    store.subscribe(() => calls.push('b'));
    stopC = store.subscribe(() => calls.push('c'));
    store.dispatch(doorEvent('open', 0));
    store.dispatch(doorEvent('close', 1));
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('calls a listener subscribed during a round from the next change on', () => {
    const store = createFlowStore(door);
    const calls: string[] = [];
    store.subscribe(() => {
      calls.push('a');
      if (calls.length === 1) store.subscribe(() => calls.push('late'));
    });
    store.dispatch(doorEvent('open', 0));
    expect(calls).toEqual(['a']);
    store.dispatch(doorEvent('close', 1));
    expect(calls).toEqual(['a', 'a', 'late']);
  });

  it('runs a dispatch from inside a listener as one more round, each seeing the latest snapshot', () => {
    const store = createFlowStore(door);
    const seen: string[] = [];
    store.subscribe(() => {
      const value = store.getSnapshot().state.value;
      seen.push(`a:${value}`);
      // An automation that closes the door as soon as it opens.
      if (value === 'open') store.dispatch(doorEvent('close', 1));
    });
    store.subscribe(() => seen.push(`b:${store.getSnapshot().state.value}`));
    store.dispatch(doorEvent('open', 0));
    // Round 1 (after open): a closes the door, so b already sees closed; round 2 (after close).
    expect(seen).toEqual(['a:open', 'b:closed', 'a:closed', 'b:closed']);
    expect(store.getSnapshot().events.map((e) => e.type)).toEqual(['open', 'close']);
  });

  it('reports a listener that throws and still calls the others', () => {
    const failures: ListenerFailure[] = [];
    const store = createFlowStore(door, { onListenerError: (failure) => failures.push(failure) });
    let called = 0;
    store.subscribe(() => {
      throw new RangeError('render failed');
    });
    store.subscribe(() => called++);
    const result = store.dispatch(doorEvent('open', 0));
    expect(result.ok).toBe(true);
    expect(called).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error).toBeInstanceOf(RangeError);
    expect(failures[0]?.issue).toEqual({
      code: 'ui.listener_failed',
      path: [],
      message: {
        en: 'a store listener threw: RangeError: render failed',
        zh: '状态仓库的监听函数抛出错误：RangeError: render failed',
      },
      params: { detail: 'RangeError: render failed' },
    });
    // The store goes on.
    expect(store.dispatch(doorEvent('close', 1)).ok).toBe(true);
    expect(called).toBe(2);
  });

  it('ignores a reporter that throws itself', () => {
    const store = createFlowStore(door, {
      onListenerError: () => {
        throw new Error('reporter down');
      },
    });
    let called = 0;
    store.subscribe(() => {
      throw 'plain string';
    });
    store.subscribe(() => called++);
    expect(store.dispatch(doorEvent('open', 0)).ok).toBe(true);
    expect(called).toBe(1);
  });

  it('reports through globalThis.reportError where it exists, else console.error', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const failing = () => {
      throw new Error('boom');
    };
    const browserLike = createFlowStore(door);
    browserLike.subscribe(failing);
    browserLike.dispatch(doorEvent('open', 0));
    expect(reportError).toHaveBeenCalledTimes(1);
    expect(reportError).toHaveBeenCalledWith(new Error('boom'));

    vi.stubGlobal('reportError', undefined);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const nodeLike = createFlowStore(door);
    nodeLike.subscribe(failing);
    nodeLike.dispatch(doorEvent('open', 0));
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toBe('a store listener threw: Error: boom');
  });

  it('works with its methods taken off the store, as React passes them', () => {
    const { subscribe, getSnapshot, dispatch } = createFlowStore(door);
    let calls = 0;
    const stop = subscribe(() => calls++);
    dispatch(doorEvent('open', 0));
    expect([getSnapshot().state.value, calls]).toEqual(['open', 1]);
    stop();
  });
});

describe('createFlowStore: options and flows', () => {
  it('refuses a bad flow or option with a coded error naming it', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
        return 'no error';
      } catch (error) {
        return isAftersalesError(error) ? [error.code, error.path] : 'uncoded';
      }
    };
    expect(codeOf(() => createFlowStore(doorDefinition as never))).toEqual(['input.invalid_type', ['flow']]);
    expect(codeOf(() => createFlowStore(door, null as never))).toEqual(['input.invalid_type', ['options']]);
    expect(codeOf(() => createFlowStore(door, { event: [] } as never))).toEqual([
      'input.unrecognized_keys',
      ['options'],
    ]);
    expect(codeOf(() => createFlowStore(door, { events: {} as never }))).toEqual([
      'input.invalid_type',
      ['options', 'events'],
    ]);
    expect(codeOf(() => createFlowStore(door, { onListenerError: 'log' as never }))).toEqual([
      'input.invalid_type',
      ['options', 'onListenerError'],
    ]);
    expect(codeOf(() => createFlowStore(door).subscribe(undefined as never))).toEqual([
      'input.invalid_type',
      ['listener'],
    ]);
    expect(safeCreateFlowStore(door, { events: [doorEvent('close', 0)] }).ok).toBe(false);
  });

  it('runs the complaint flow: investigation blocked until the complaint is categorized', () => {
    const store = createFlowStore(complaintFlow);
    store.dispatch({ type: 'record_complaint', at: '2024-03-04T09:00:00+08:00', actor: 'EMP-CR-01' });
    const snapshot = store.getSnapshot();
    expect(snapshot.tags).toEqual(['status:received']);
    const investigate = snapshot.allowed.find((a) => a.type === 'start_investigation');
    expect(investigate?.reasons.map((r) => [r.rule, r.unblock.events])).toEqual([
      ['complaint.category-known', ['categorize']],
    ]);
    store.dispatch({
      type: 'categorize',
      at: '2024-03-04T09:05:00+08:00',
      actor: 'EMP-CR-01',
      data: { category: 'repair_quality' },
    });
    expect(store.getSnapshot().allowed.find((a) => a.type === 'start_investigation')?.enabled).toBe(true);
  });

  it('runs the warranty-claim flow from its initial state', () => {
    const store = createFlowStore(warrantyClaimFlow);
    expect(store.getSnapshot().state.value).toBe('draft');
    expect(store.getSnapshot().allowed.map((a) => a.type)).toContain('check_eligibility');
  });
});

describe('createFlowStore: flow versions', () => {
  // Version 2 of the door renames the state `open` to `ajar`; a version-1 log moves over by the
  // migration's rename.
  const closedV2 = {
    ...doorDefinition.states.closed,
    title: { en: 'Closed', zh: '关着' },
    on: { ...doorDefinition.states.closed?.on, open: [{ target: 'ajar', guards: ['unlocked'] }] },
  };
  const v2 = createFlow(
    {
      ...doorDefinition,
      version: 2,
      states: {
        closed: closedV2,
        ajar: { title: { en: 'Ajar', zh: '半开' }, on: { close: [{ target: 'closed' }] } },
      },
    },
    { initialData: {} },
  );
  const versions = createFlowVersions([door, v2], [{ from: 1, to: 2, states: { open: 'ajar' } }]);

  it('replays a version-1 log, migrates, and writes new events under version 2', () => {
    // Opened under version 1: the state `open` becomes `ajar` under version 2.
    const store = createFlowStore(versions, { events: [{ ...doorEvent('open', 0), flowVersion: 1 }] });
    expect([store.getSnapshot().state.version, store.getSnapshot().state.value]).toEqual([2, 'ajar']);
    expect(store.getSnapshot().title).toEqual({ en: 'Ajar', zh: '半开' });
    store.dispatch(doorEvent('close', 1));
    expect(store.getSnapshot().events.map((e) => e.flowVersion)).toEqual([1, 2]);
    // The log replays under the versions it names, to the live state.
    expect(replay(versions, store.getSnapshot().events)).toEqual(store.getSnapshot().state);
  });

  it('refuses an event written under another version than the store runs', () => {
    const store = createFlowStore(door);
    const result = store.dispatch({ ...doorEvent('open', 0), flowVersion: 2 });
    expect(!result.ok && [result.rejection.reason, result.rejection.issues?.[0]?.code]).toEqual([
      'invalid_event',
      'flow.unknown_version',
    ]);
    expect(store.getSnapshot().events).toEqual([]);
  });
});

import * as ui from '@aftersales/adapter-ui';
import * as core from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestedArrays, nestedJsonText, nestedObjects, runs } from './adapter-fuzz';

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/adapter-ui: every
 * export is called with arbitrary arguments and near-misses of the shapes it expects; then a store
 * is fuzzed where it matters: arbitrary and near-miss events dispatched (never a throw, and no
 * event lost: each is in the log or is the recorded refusal), stored logs that do not replay
 * (a coded error naming the event, never a half-built store), and arbitrary listeners.
 */

type AnyFunction = (...args: unknown[]) => unknown;

function expectCoded(error: unknown, label: string): void {
  if (!core.isAftersalesError(error)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${label} threw ${shown}`, { cause: error });
  }
  for (const issue of error.issues) expect(core.isErrorCode(issue.code)).toBe(true);
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

// A valid event of the repair-order flow's first step, and values that look almost right.
const base = {
  type: 'receive_vehicle',
  at: '2024-03-04T08:30:00+08:00',
  actor: 'EMP-SA-01',
  data: { kind: 'maintenance' },
};
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    0,
    -0,
    Number.NaN,
    1e21,
    10n,
    true,
    [],
    {},
    Object.create(null),
    new Date('2024-03-04T08:30:00Z'),
    '2024-03-04T08:30:00', // an instant without its offset
    '2024-03-04 08:30',
    '2024-02-30T08:30:00+08:00',
    '2024-03-04T08:30:00+08:00',
    'receive_vehicle',
    'RECEIVE_VEHICLE',
    'settle',
    'cancel',
    '__proto__',
    'constructor',
    'x'.repeat(3000),
    { kind: 'warp' },
    { kind: 'maintenance', extra: 1 },
    { hold: 'parts' },
    { lineId: 'L1', payType: 'CP' },
  ),
  anything,
);
const field = fc.constantFrom(
  'type',
  'at',
  'actor',
  'data',
  'reason',
  'id',
  'flowVersion',
  'extra',
  '__proto__',
);

/** The valid event with one field changed, removed or added. */
const nearMissEvent = fc.oneof(
  fc.record({ name: field, value: oddValue }).map(({ name, value }) => {
    const event: Record<string, unknown> = { ...base };
    Object.defineProperty(event, name, { value, enumerable: true, configurable: true, writable: true });
    return event;
  }),
  field.map((name) => {
    const event: Record<string, unknown> = { ...base };
    delete event[name];
    return event;
  }),
  fc.constant(base),
  anything,
);

const flows = [core.repairOrderFlow, core.complaintFlow, core.warrantyClaimFlow] as unknown[];
const argument = fc.oneof(
  oddValue,
  fc.constantFrom(...flows),
  fc.constant(ui.createRepairOrderStore()),
  fc.record({ events: fc.array(nearMissEvent, { maxLength: 4 }) }),
  fc.record({ onListenerError: oddValue }, { requiredKeys: [] }),
);
const argumentLists = fc.array(argument, { maxLength: 3 });

const functions = Object.entries(ui).filter(([, value]) => typeof value === 'function') as [
  string,
  AnyFunction,
][];

describe('every exported function of @aftersales/adapter-ui', () => {
  it('exports the store factories and the Svelte wrapper', () => {
    expect(functions.map(([name]) => name).sort()).toEqual([
      'createFlowStore',
      'createRepairOrderStore',
      'safeCreateFlowStore',
      'safeCreateRepairOrderStore',
      'toSvelteStore',
    ]);
  });

  it.each(functions)('%s throws nothing but AftersalesError on arbitrary input', (name, fn) => {
    fc.assert(
      fc.property(argumentLists, (args) => {
        try {
          const result = fn(...args);
          if (name.startsWith('safe')) expect((result as core.Result<unknown>).ok).toBeTypeOf('boolean');
        } catch (error) {
          expectCoded(error, name);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it.each(functions.filter(([name]) => name.startsWith('safe')))('%s never throws at all', (_name, fn) => {
    fc.assert(
      fc.property(argumentLists, (args) => {
        const result = fn(...args) as core.Result<unknown>;
        if (!result.ok) for (const issue of result.issues) expect(core.isErrorCode(issue.code)).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('a store under arbitrary and near-miss events', () => {
  it('never throws on dispatch, and loses no event: each is logged or is the recorded refusal', () => {
    fc.assert(
      fc.property(fc.array(nearMissEvent, { maxLength: 8 }), (events) => {
        const store = ui.createRepairOrderStore();
        let notified = 0;
        store.subscribe(() => notified++);
        let accepted = 0;
        for (const event of events) {
          const result = store.dispatch(event as core.FlowEvent);
          const snapshot = store.getSnapshot();
          if (result.ok) {
            accepted++;
            expect(snapshot.lastRejection).toBeUndefined();
          } else {
            expect(snapshot.lastRejection).toEqual(result.rejection);
            for (const issue of result.rejection.issues ?? [])
              expect(core.isErrorCode(issue.code)).toBe(true);
          }
          expect(snapshot.events).toHaveLength(accepted);
        }
        expect(notified).toBe(events.length);
        const snapshot = store.getSnapshot();
        // The snapshot stays frozen plain JSON, and its log replays to its state.
        expect(Object.isFrozen(snapshot.events)).toBe(true);
        expect(JSON.parse(JSON.stringify(snapshot.state))).toEqual(snapshot.state);
        expect(core.replay(core.repairOrderFlow, snapshot.events)).toEqual(snapshot.state);
      }),
      { numRuns: runs(300) },
    );
  });

  it('builds from a stored log or throws a coded error naming the refused event, never half a store', () => {
    fc.assert(
      fc.property(fc.array(nearMissEvent, { maxLength: 5 }), (events) => {
        const result = ui.safeCreateRepairOrderStore({ events: events as core.FlowEvent[] });
        // Live dispatching accepts exactly the logs that replay, and stops at the same event.
        const live = ui.createRepairOrderStore();
        const refusedAt = events.findIndex((event) => !live.dispatch(event as core.FlowEvent).ok);
        if (result.ok) {
          expect(refusedAt).toBe(-1);
          expect(result.value.getSnapshot().events).toHaveLength(events.length);
          expect(result.value.getSnapshot().state).toEqual(live.getSnapshot().state);
          return;
        }
        expect(result.issues[0]?.path[2]).toBe(refusedAt);
        // A refused event, or a flowVersion the flow does not have (NaN, 2, 1.5).
        const first = result.issues[0];
        expect(['flow.rejected_event', 'flow.unknown_version']).toContain(first?.code);
        expect(first?.path.slice(0, 2)).toEqual(['options', 'events']);
        expect(first?.path[2]).toBeLessThan(events.length);
      }),
      { numRuns: runs(300) },
    );
  });

  it('subscribe and the Svelte wrapper refuse anything but a function with a coded error', () => {
    fc.assert(
      fc.property(oddValue, (value) => {
        const store = ui.createRepairOrderStore();
        for (const call of [
          () => store.subscribe(value as never),
          () => ui.toSvelteStore(store).subscribe(value as never),
        ]) {
          try {
            const stop = call();
            expect(typeof value).toBe('function');
            stop();
          } catch (error) {
            expectCoded(error, 'subscribe');
          }
        }
      }),
    );
  });
});

describe('a store under adversarial events (issue #9)', () => {
  // The first event's data, or the event itself, nested 10,000 deep or carrying a __proto__ key
  // (as JSON.parse makes it): the flow's strict event schema refuses each; nothing throws.
  const hostile = fc.constantFrom<unknown>(
    { ...base, data: nestedObjects(10_000, 'kind') },
    { ...base, data: nestedArrays(10_000) },
    { ...base, data: JSON.parse(`{"kind":"maintenance","__proto__":${nestedJsonText(100, '__proto__')}}`) },
    JSON.parse(`{"__proto__":{"type":"cancel"},${JSON.stringify(base).slice(1)}`),
    nestedArrays(10_000),
  );

  it('refuses each with a recorded, coded refusal; the log and Object.prototype stay as they were', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (events) => {
        const store = ui.createRepairOrderStore();
        for (const event of events) {
          const result = store.dispatch(event as core.FlowEvent);
          expect(result.ok).toBe(false);
          if (!result.ok)
            for (const issue of result.rejection.issues ?? [])
              expect(core.isErrorCode(issue.code)).toBe(true);
        }
        expect(store.getSnapshot().events).toEqual([]);
        const built = ui.safeCreateRepairOrderStore({ events: events as core.FlowEvent[] });
        expect(built.ok === false && built.issues[0]?.path.slice(0, 3)).toEqual(['options', 'events', 0]);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: runs(50) },
    );
  });
});

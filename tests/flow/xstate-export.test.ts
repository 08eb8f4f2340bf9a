import {
  createFlow,
  createXStateImplementations,
  type FlowEvent,
  initialState,
  isAftersalesError,
  repairOrderFlow,
  toXStateConfig,
  transition,
} from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { assign, createActor, initialTransition, setup, transition as xTransition } from 'xstate';
import { doorDefinition, doorFlow } from '../../packages/core/src/flow/export/testing';

const guard = (...guards: string[]) => ({ type: 'aftersales.guards', params: { guards } });
const apply = (assign: string[], mark: string[] = [], unmark: string[] = []) => ({
  type: 'aftersales.apply',
  params: { assign, mark, unmark },
});
const text = (en: string, zh: string) => ({ title: { en, zh } });

let minute = 0;
const event = (type: string, extra: Partial<FlowEvent> = {}): FlowEvent => ({
  type,
  at: new Date(Date.UTC(2024, 2, 1, 1, minute++)).toISOString(),
  actor: 'EMP-01',
  ...extra,
});

function codeOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
}

describe('toXStateConfig', () => {
  it('converts the door flow into the XState config written by hand', () => {
    expect(toXStateConfig(doorFlow)).toEqual({
      id: 'door',
      initial: 'closed',
      context: { data: { opened: 0, jammed: false }, marks: [] },
      meta: { version: 1, title: { en: 'Door', zh: '门' } },
      states: {
        closed: {
          tags: ['shut'],
          meta: text('Closed', '关着'),
          on: {
            open: [
              {
                target: 'open',
                guard: guard('door.not-jammed'),
                actions: [apply(['door.count-open'])],
                meta: { effects: ['door.ring'] },
              },
            ],
            lock: [{ target: 'locked', guard: guard('door.has-key') }],
            take_key: [{ actions: [apply([], ['door.key'])] }],
            jam: [{ actions: [apply(['door.jam'])] }],
            kick: [
              { target: 'broken', guard: guard('door.has-key') },
              { target: 'open', actions: [apply(['door.unjam'])] },
            ],
          },
        },
        open: {
          meta: text('Open "wide"', '开着'),
          on: {
            close: [{ target: 'closed' }],
            open: [{ target: 'open', reenter: true, actions: [apply(['door.count-open'])] }],
          },
        },
        locked: {
          tags: ['shut'],
          meta: text('Locked', '锁着'),
          on: {
            unlock: [{ target: 'closed', guard: guard('door.has-key') }],
            drop_key: [{ actions: [apply([], [], ['door.key'])] }],
          },
        },
        broken: { type: 'final', meta: text('Broken', '坏了') },
      },
    });
  });

  it.each([
    ['door', doorFlow],
    ['repair-order', repairOrderFlow],
  ] as const)('gives pure JSON data for the %s flow, a fresh copy each time', (_, flow) => {
    const config = toXStateConfig(flow as typeof doorFlow);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(Object.isFrozen(config.context.data)).toBe(false);
    expect(toXStateConfig(flow as typeof doorFlow)).not.toBe(config);
    expect(toXStateConfig(flow as typeof doorFlow)).toEqual(config);
  });

  it('keeps the repair-order guards, updates, marks and effects', () => {
    const config = toXStateConfig(repairOrderFlow);
    expect(Object.keys(config.states)).toEqual(Object.keys(repairOrderFlow.definition.states));
    expect(config.states.settled?.on?.deliver).toEqual([
      {
        target: 'delivered',
        guard: guard('ro.final-inspection-passed'),
        meta: { effects: ['ro.schedule-follow-up'] },
      },
    ]);
    expect(config.states.final_inspection?.on?.pass_final_inspection).toEqual([
      { target: 'wash', actions: [apply(['ro.pass-final-inspection'], ['qc.final-passed'])] },
    ]);
    expect(config.states.in_repair?.on?.place_hold).toEqual([{ actions: [apply(['ro.place-hold'])] }]);
    expect(config.states.cancelled).toEqual({
      type: 'final',
      tags: ['star:CLOSED'],
      meta: text('Cancelled', '已取消'),
    });
  });

  it('answers a value that is not a flow with a coded error', () => {
    expect(codeOf(() => toXStateConfig(null as never))).toMatchObject({ code: 'input.invalid_type' });
  });
});

describe('createXStateImplementations', () => {
  const machine = setup(createXStateImplementations(doorFlow, { assign })).createMachine(
    toXStateConfig(doorFlow),
  );

  it('runs the door flow like the engine: guards, updates, marks, final state', () => {
    let state = initialState(doorFlow);
    let [snapshot] = initialTransition(machine);
    const events = [
      event('lock'), // refused: no key
      event('take_key'),
      event('jam'),
      event('open'), // refused: jammed
      event('kick', { reason: 'jammed' }), // the first candidate needs the key: it has it → broken
    ];
    const values: string[] = [];
    for (const e of events) {
      const result = transition(doorFlow, state, e);
      if (result.ok) state = result.state;
      [snapshot] = xTransition(machine, snapshot, e);
      expect(snapshot.value).toBe(state.value);
      expect(snapshot.context).toEqual({ data: state.data, marks: state.marks });
      values.push(state.value);
    }
    expect(values).toEqual(['closed', 'closed', 'closed', 'closed', 'broken']);
    expect(state.marks).toEqual(['door.key']);
    expect(snapshot.status).toBe('done');
    // A final state takes no event, in both.
    expect(transition(doorFlow, state, event('open')).ok).toBe(false);
    expect(xTransition(machine, snapshot, event('open'))[0]).toBe(snapshot);
  });

  it('re-enters a state on a transition to itself, never on an internal one', () => {
    const config = toXStateConfig(doorFlow);
    const countEntries = (reenter: boolean) => {
      const entries = { closed: 0, open: 0 };
      const openTransitions = config.states.open?.on?.open ?? [];
      const counted = {
        ...config,
        states: {
          ...config.states,
          closed: { ...config.states.closed, entry: 'enterClosed' as const },
          open: {
            ...config.states.open,
            entry: 'enterOpen' as const,
            on: {
              ...config.states.open?.on,
              open: reenter ? openTransitions : [{ ...openTransitions[0], reenter: undefined }],
            },
          },
        },
      };
      const implementations = createXStateImplementations(doorFlow, { assign });
      const actor = createActor(
        setup({
          ...implementations,
          actions: {
            ...implementations.actions,
            enterClosed: () => void entries.closed++,
            enterOpen: () => void entries.open++,
          },
        }).createMachine(counted as typeof config),
      ).start();
      actor.send(event('open'));
      actor.send(event('open')); // open → open
      actor.send(event('close'));
      actor.send(event('take_key')); // internal in `closed`
      expect(actor.getSnapshot().value).toBe('closed');
      expect(actor.getSnapshot().context).toEqual({
        data: { opened: 2, jammed: false },
        marks: ['door.key'],
      });
      return entries;
    };
    // As exported: `open → open` re-enters (the engine sets a new `enteredAt`); `take_key` does not.
    expect(countEntries(true)).toEqual({ closed: 2, open: 2 });
    // Without `reenter: true`, XState v5 would treat `open → open` as staying put.
    expect(countEntries(false)).toEqual({ closed: 2, open: 1 });
  });

  it('passes the caller context to the guard checks, as the engine does', () => {
    const seen: unknown[] = [];
    const flow = createFlow(doorDefinition, {
      ...doorFlow.implementation,
      guards: {
        'door.not-jammed': (data, _event, context) => {
          seen.push(context);
          return !data.jammed;
        },
      },
    });
    const spy = setup(
      createXStateImplementations(flow, { assign, context: { shop: 'SH-01' } }),
    ).createMachine(toXStateConfig(flow));
    const [next] = xTransition(spy, initialTransition(spy)[0], event('open'));
    expect(next.value).toBe('open');
    transition(flow, initialState(flow), event('open'), { shop: 'SH-01' });
    expect(seen).toEqual([{ shop: 'SH-01' }, { shop: 'SH-01' }]);
  });

  it('answers bad arguments with coded errors', () => {
    expect(codeOf(() => createXStateImplementations(doorFlow, {} as never))).toMatchObject({
      code: 'input.invalid_type',
      path: ['options', 'assign'],
    });
    expect(codeOf(() => createXStateImplementations(doorFlow, undefined as never))).toMatchObject({
      code: 'input.invalid_type',
      path: ['options'],
    });
    expect(codeOf(() => createXStateImplementations({} as never, { assign }))).toMatchObject({
      code: 'input.invalid_type',
      path: ['flow'],
    });
    const { guards } = createXStateImplementations(doorFlow, { assign });
    const context = { data: { opened: 0, jammed: false }, marks: [] };
    expect(
      codeOf(() => guards['aftersales.guards']({ context, event: event('open') }, { guards: ['nope'] })),
    ).toMatchObject({ code: 'input.invalid_value', path: ['params', 'guards', 'nope'] });
  });
});

describe('createXStateImplementations: what an error says', () => {
  function paramsOf(fn: () => unknown): Record<string, unknown> | undefined {
    try {
      fn();
    } catch (error) {
      if (isAftersalesError(error)) return error.issues[0]?.params as Record<string, unknown>;
      throw error;
    }
    return undefined;
  }
  const context = { data: { opened: 0, jammed: false }, marks: [] };

  it('says what it expected of the options and of assign', () => {
    expect(paramsOf(() => createXStateImplementations(doorFlow, {} as never))).toEqual({
      expected: 'function (assign from xstate)',
      received: 'undefined',
    });
    expect(paramsOf(() => createXStateImplementations(doorFlow, 7 as never))).toEqual({
      expected: 'object',
      received: 'number',
    });
  });

  it("lists the flow's guards when the params name an unknown one", () => {
    const { guards } = createXStateImplementations(doorFlow, { assign });
    const params = paramsOf(() =>
      guards['aftersales.guards']({ context, event: event('open') }, { guards: ['nope'] }),
    );
    // The door's guarded transitions use door.not-jammed (open) and door.has-key (lock, kick, unlock).
    expect([...((params?.allowed as string[]) ?? [])].sort()).toEqual(['door.has-key', 'door.not-jammed']);
  });

  it("lists the flow's data updates when the params name an unknown one", () => {
    // An assign that hands back the assigner, so that the action can be called as it is.
    const passThrough = ((assigner: unknown) => assigner) as never;
    const { actions } = createXStateImplementations(doorFlow, { assign: passThrough });
    const apply = actions['aftersales.apply'] as unknown as (args: unknown, params: unknown) => unknown;
    expect(
      paramsOf(() => apply({ context, event: event('open') }, { assign: ['nope'], mark: [], unmark: [] })),
    ).toEqual({ allowed: ['door.count-open', 'door.jam', 'door.unjam'] });
    expect(
      apply(
        { context, event: event('open') },
        { assign: ['door.count-open'], mark: ['door.key'], unmark: [] },
      ),
    ).toEqual({
      data: { opened: 1, jammed: false },
      marks: ['door.key'],
    });
  });

  it('names the unknown data update at params → assign, not at another list', () => {
    const passThrough = ((assigner: unknown) => assigner) as never;
    const { actions } = createXStateImplementations(doorFlow, { assign: passThrough });
    const apply = actions['aftersales.apply'] as unknown as (args: unknown, params: unknown) => unknown;
    expect(
      codeOf(() => apply({ context, event: event('open') }, { assign: ['nope'], mark: [], unmark: [] })),
    ).toEqual({ code: 'input.invalid_value', path: ['params', 'assign', 'nope'] });
  });
});

describe('toXStateConfig: keys left out rather than set to nothing', () => {
  it('gives an internal transition no target key at all, and a state with an empty tag list no tags', () => {
    const title = { en: 'T', zh: 'T' };
    const flow = createFlow(
      {
        id: 'bare',
        version: 1,
        title,
        initial: 'a',
        events: { poke: { title }, go: { title } },
        states: {
          a: { title, tags: [], on: { poke: [{ mark: ['bare.poked'] }], go: [{ target: 'b' }] } },
          b: { title, final: true },
        },
      },
      { initialData: {} },
    );
    const config = toXStateConfig(flow);
    // JSON has no undefined: a key that is there must have a value.
    expect(Object.keys(config.states.a ?? {})).toEqual(['meta', 'on']);
    expect(Object.keys(config.states.a?.on?.poke?.[0] ?? {})).toEqual(['actions']);
    expect(Object.keys(config.states.a?.on?.go?.[0] ?? {})).toEqual(['target']);
  });
});

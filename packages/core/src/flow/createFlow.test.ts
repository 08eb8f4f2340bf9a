import { describe, expect, it } from 'vitest';
import { createIssue } from '../errors/AftersalesError';
import { compiledOf, createFlow } from './createFlow';
import {
  at,
  ev,
  issuesOf,
  type MutableDefinition,
  type TicketData,
  ticketCopy,
  ticketDefinition,
  ticketFlow,
  ticketImplementation,
} from './testing';
import { initialState, transition } from './transition';
import type { FlowDefinition, FlowImplementation } from './types';

/** The code and path of each issue `createFlow` throws for the ticket definition changed by `change`. */
function refused(
  change: (def: MutableDefinition) => void,
  implementation: FlowImplementation<TicketData> = ticketImplementation,
) {
  const def = ticketCopy();
  change(def);
  return issuesOf(() => createFlow(def as FlowDefinition, implementation)).map(({ code, path }) => ({
    code,
    path,
  }));
}

/** The ticket definition with one field replaced by something of the wrong shape. */
function loose(def: MutableDefinition): Record<string, unknown> {
  return def as unknown as Record<string, unknown>;
}

const invalidDefinition = (path: (string | number)[]) => [{ code: 'flow.invalid_definition', path }];

describe('createFlow', () => {
  it('returns a flow with the id and version of the definition when every reference resolves', () => {
    expect([ticketFlow.id, ticketFlow.version]).toEqual(['ticket', 1]);
    expect(ticketFlow.definition).toEqual(ticketDefinition);
  });

  describe('references that do not resolve', () => {
    it('throws flow.invalid_definition at initial when the initial state is not defined', () => {
      expect(
        refused((def) => {
          def.initial = 'draft';
        }),
      ).toEqual(invalidDefinition(['initial']));
    });

    it('throws flow.invalid_definition at the target when a transition leads to an unknown state', () => {
      expect(
        refused((def) => {
          (def.states.open?.on?.assign?.[0] ?? {}).target = 'working';
        }),
      ).toEqual(invalidDefinition(['states', 'open', 'on', 'assign', 0, 'target']));
    });

    it('throws flow.invalid_definition at the guard name when a transition names an undefined guard', () => {
      expect(
        refused((def) => {
          (def.states.in_progress?.on?.resolve?.[1] ?? {}).guards = ['ticket.qc-passed', 'ticket.has-note'];
        }),
      ).toEqual(invalidDefinition(['states', 'in_progress', 'on', 'resolve', 1, 'guards', 1]));
    });

    it('throws flow.invalid_definition at the guard when it has neither marks nor a check', () => {
      const { 'ticket.has-notes': _, ...otherChecks } = ticketImplementation.guards ?? {};
      expect(refused(() => {}, { ...ticketImplementation, guards: otherChecks })).toEqual(
        invalidDefinition(['guards', 'ticket.has-notes']),
      );
    });

    it('throws flow.invalid_definition at the guard when a guard named like an Object method has no check', () => {
      // 'constructor' is a valid rule name; the implementation's guard table inherits a
      // `constructor` function from Object.prototype, which must not count as the check.
      expect(
        refused((def) => {
          Object.assign(def.guards ?? {}, {
            constructor: {
              title: { en: 'Built', zh: '已建' },
              cite: 'manual:ticket.build',
              message: { en: 'not built', zh: '未建' },
              unblock: { message: { en: 'build it', zh: '请建' } },
            },
          });
        }),
      ).toEqual(invalidDefinition(['guards', 'constructor']));
    });

    it('throws flow.invalid_definition at the name when a transition names an unknown data update', () => {
      expect(
        refused((def) => {
          (def.states.in_progress?.on?.note?.[0] ?? {}).assign = ['ticket.add-notes'];
        }),
      ).toEqual(invalidDefinition(['states', 'in_progress', 'on', 'note', 0, 'assign', 0]));
    });

    it('throws flow.invalid_definition at the name when a transition names an unknown effect', () => {
      expect(
        refused((def) => {
          (def.states.resolved?.on?.close?.[0] ?? {}).effects = ['ticket.archive', 'ticket.shred'];
        }),
      ).toEqual(invalidDefinition(['states', 'resolved', 'on', 'close', 0, 'effects', 1]));
    });

    it('throws flow.invalid_definition at the event when a final state has transitions', () => {
      expect(
        refused((def) => {
          (def.states.closed ?? { title: { en: '', zh: '' } }).on = { reopen: [{ target: 'in_progress' }] };
        }),
      ).toEqual(invalidDefinition(['states', 'closed', 'on', 'reopen']));
    });

    it('throws flow.invalid_definition at the event when a state reacts to an event the flow lacks', () => {
      expect(
        refused((def) => {
          const onHold = def.states.on_hold?.on;
          if (onHold) onHold.wake = [{ target: 'in_progress' }];
        }),
      ).toEqual(invalidDefinition(['states', 'on_hold', 'on', 'wake']));
    });

    it('throws flow.invalid_definition at the event when a guard is unblocked by an unknown event', () => {
      expect(
        refused((def) => {
          const unblock = def.guards?.['ticket.qc-passed']?.unblock;
          if (unblock) unblock.events = ['pass_check'];
        }),
      ).toEqual(invalidDefinition(['guards', 'ticket.qc-passed', 'unblock', 'events', 0]));
    });

    it('throws flow.invalid_definition at stop.state when an SLA in a state stops at an unknown state', () => {
      expect(
        refused((def) => {
          const sla = def.states.in_progress?.slas?.[0];
          if (sla) sla.stop = { state: 'done' };
        }),
      ).toEqual(invalidDefinition(['states', 'in_progress', 'slas', 0, 'stop', 'state']));
    });

    it('throws flow.invalid_definition at start.event when a flow SLA starts at an unknown event', () => {
      expect(
        refused((def) => {
          const sla = def.slas?.[0];
          if (sla) sla.start = { event: 'start_work' };
        }),
      ).toEqual(invalidDefinition(['slas', 0, 'start', 'event']));
    });

    it('throws flow.invalid_definition at limit.window when the window starts after it ends', () => {
      expect(
        refused((def) => {
          const sla = def.slas?.[0];
          if (sla) sla.limit = { window: { from: 5, to: 1 } };
        }),
      ).toEqual(invalidDefinition(['slas', 0, 'limit', 'window']));
    });

    it('accepts a window of a single day (from = to)', () => {
      const def = ticketCopy();
      const sla = def.slas?.[0];
      if (sla) sla.limit = { window: { from: 3, to: 3 } };
      expect(createFlow(def as FlowDefinition, ticketImplementation).id).toBe('ticket');
    });

    it('throws flow.invalid_definition at the second id when two SLAs share an id', () => {
      // State SLAs are collected before the flow's own, so the flow SLA is the repeat.
      expect(
        refused((def) => {
          const sla = def.slas?.[0];
          if (sla) sla.id = 'ticket.resolve-in-2-days';
        }),
      ).toEqual(invalidDefinition(['slas', 0, 'id']));
    });

    it('throws flow.invalid_definition at start when a flow SLA has no start', () => {
      expect(
        refused((def) => {
          delete def.slas?.[0]?.start;
        }),
      ).toEqual(invalidDefinition(['slas', 0, 'start']));
    });

    it('throws an error whose message names the reason in English and Chinese', () => {
      const def = ticketCopy();
      def.initial = 'draft';
      expect(issuesOf(() => createFlow(def as FlowDefinition, ticketImplementation))).toMatchInlineSnapshot(`
        [
          {
            "code": "flow.invalid_definition",
            "message": {
              "en": "initial invalid flow definition: initial state 'draft' is not defined",
              "zh": "initial 流程定义无效：初始状态“draft”未定义",
            },
            "params": {
              "reason": "initial state 'draft' is not defined",
              "reasonZh": "初始状态“draft”未定义",
            },
            "path": [
              "initial",
            ],
          },
        ]
      `);
    });
  });

  describe('malformed shapes', () => {
    it('throws input.required at title when the title is missing', () => {
      expect(
        refused((def) => {
          delete loose(def).title;
        }),
      ).toEqual([{ code: 'input.required', path: ['title'] }]);
    });

    it('throws input.required at title.zh when a state title lacks its Chinese text', () => {
      expect(
        refused((def) => {
          delete loose(def.states.open as unknown as MutableDefinition).title;
          loose(def.states.open as unknown as MutableDefinition).title = { en: 'Open' };
        }),
      ).toEqual([{ code: 'input.required', path: ['states', 'open', 'title', 'zh'] }]);
    });

    it('throws input.too_small at version when the version is 0, input.invalid_type when 1.5', () => {
      expect(
        refused((def) => {
          def.version = 0;
        }),
      ).toEqual([{ code: 'input.too_small', path: ['version'] }]);
      expect(
        refused((def) => {
          def.version = 1.5;
        }),
      ).toEqual([{ code: 'input.invalid_type', path: ['version'] }]);
    });

    it('throws input.unrecognized_keys at the transition when it has a field the schema lacks', () => {
      expect(
        refused((def) => {
          loose(def.states.open?.on?.assign?.[0] as unknown as MutableDefinition).when = 'weekday';
        }),
      ).toEqual([{ code: 'input.unrecognized_keys', path: ['states', 'open', 'on', 'assign', 0] }]);
    });

    it('throws input.too_small at the event when a state lists no transition for it', () => {
      expect(
        refused((def) => {
          const on = def.states.open?.on;
          if (on) on.cancel = [];
        }),
      ).toEqual([{ code: 'input.too_small', path: ['states', 'open', 'on', 'cancel'] }]);
    });

    it('throws input.invalid_value at type when a payload field has a type the schema lacks', () => {
      expect(
        refused((def) => {
          loose(def.events.note as unknown as MutableDefinition).payload = { text: { type: 'date' } };
        }),
      ).toEqual([{ code: 'input.invalid_value', path: ['events', 'note', 'payload', 'text', 'type'] }]);
    });

    it('throws input.invalid at the state when a state name is not snake_case', () => {
      expect(
        refused((def) => {
          def.states.Open = def.states.open ?? { title: { en: 'Open', zh: '待分派' } };
        }),
      ).toEqual([{ code: 'input.invalid', path: ['states', 'Open'] }]);
    });

    it('reports every malformed field at once, each with its path', () => {
      expect(
        refused((def) => {
          def.version = 0;
          def.initial = 'Open';
        }),
      ).toEqual([
        { code: 'input.too_small', path: ['version'] },
        { code: 'input.invalid_format', path: ['initial'] },
      ]);
    });

    it('throws decision.invalid_citation at the cite when a guard cites something that is not a citation', () => {
      const def = ticketCopy();
      const guard = def.guards?.['ticket.qc-passed'];
      if (guard) loose(guard as unknown as MutableDefinition).cite = 'the QC manual';
      expect(issuesOf(() => createFlow(def as FlowDefinition, ticketImplementation))).toMatchInlineSnapshot(`
        [
          {
            "code": "decision.invalid_citation",
            "message": {
              "en": "guards.ticket.qc-passed.cite 'the QC manual' is not a citation (regulation:<id>#<article>, manual:<key> or oem:<policy>#<field>)",
              "zh": "guards.ticket.qc-passed.cite “the QC manual”不是有效出处（regulation:<id>#<条款>、manual:<键> 或 oem:<政策>#<字段>）",
            },
            "params": {
              "value": "the QC manual",
            },
            "path": [
              "guards",
              "ticket.qc-passed",
              "cite",
            ],
          },
        ]
      `);
    });

    it('throws decision.invalid_citation at cite when the flow cites something that is not a citation', () => {
      expect(
        refused((def) => {
          loose(def).cite = 'manual';
        }),
      ).toEqual([{ code: 'decision.invalid_citation', path: ['cite'] }]);
    });
  });

  describe('the implementation', () => {
    const create = (implementation: unknown) => () =>
      createFlow(ticketDefinition, implementation as FlowImplementation<TicketData>);

    it('throws input.invalid_type at implementation when it is not an object', () => {
      expect(issuesOf(create(null))).toMatchInlineSnapshot(`
        [
          {
            "code": "input.invalid_type",
            "message": {
              "en": "implementation must be object (received null)",
              "zh": "implementation 应为对象（实际为 null）",
            },
            "params": {
              "expected": "object",
              "received": "null",
            },
            "path": [
              "implementation",
            ],
          },
        ]
      `);
    });

    it('throws input.invalid at initialData when the initial data is not plain JSON', () => {
      for (const initialData of [{ notes: 0, openedAt: new Date(0) }, [], { notes: Number.NaN }, undefined]) {
        const issues = issuesOf(create({ ...ticketImplementation, initialData }));
        expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
          { code: 'input.invalid', path: ['implementation', 'initialData'] },
        ]);
      }
    });

    it('throws input.invalid_type at the name when a guard check is not a function', () => {
      const guards = { ...ticketImplementation.guards, 'ticket.has-notes': true };
      expect(issuesOf(create({ ...ticketImplementation, guards }))[0]).toMatchObject({
        code: 'input.invalid_type',
        path: ['implementation', 'guards', 'ticket.has-notes'],
        params: { expected: 'function', received: 'boolean' },
      });
    });

    it('throws input.invalid_type at assign when the table of data updates is an array', () => {
      expect(issuesOf(create({ ...ticketImplementation, assign: [] }))[0]).toMatchObject({
        code: 'input.invalid_type',
        path: ['implementation', 'assign'],
        params: { expected: 'object', received: 'array' },
      });
    });

    it('throws input.invalid_type at the event when a payload check is not a function', () => {
      expect(issuesOf(create({ ...ticketImplementation, payload: { note: 'non-empty' } }))[0]).toMatchObject({
        code: 'input.invalid_type',
        path: ['implementation', 'payload', 'note'],
      });
    });
  });

  describe('copying and freezing', () => {
    it('returns a deeply frozen copy of the definition', () => {
      const def = ticketCopy();
      const flow = createFlow(def as FlowDefinition, ticketImplementation);
      expect(flow.definition).not.toBe(def);
      expect(flow.definition).toEqual(def);
      expect(Object.isFrozen(flow)).toBe(true);
      expect(Object.isFrozen(flow.definition)).toBe(true);
      expect(Object.isFrozen(flow.definition.states.in_progress?.on?.resolve?.[1]?.guards)).toBe(true);
      expect(Object.isFrozen(flow.definition.guards?.['ticket.qc-passed']?.unblock)).toBe(true);
      expect(Object.isFrozen(flow.implementation.initialData)).toBe(true);
    });

    it('returns a flow that behaves the same when the caller changes the definition afterwards', () => {
      const def = ticketCopy();
      const flow = createFlow(def as FlowDefinition, ticketImplementation);
      def.initial = 'on_hold';
      (def.states.open?.on?.assign?.[0] ?? {}).target = 'cancelled';
      (def.events.cancel ?? { title: { en: '', zh: '' } }).requiresReason = false;
      const start = initialState(flow);
      expect(start.value).toBe('open');
      const assigned = transition(flow, start, ev('assign', at(1, 9)));
      expect(assigned.ok && assigned.state.value).toBe('in_progress');
      const cancelled = transition(flow, start, ev('cancel', at(1, 9)));
      expect(!cancelled.ok && cancelled.rejection.reason).toBe('reason_required');
    });

    it('returns a flow whose payload checks do not change when the caller changes their table afterwards', () => {
      const payload = { ...ticketImplementation.payload };
      const flow = createFlow(ticketDefinition, { ...ticketImplementation, payload });
      payload.set_priority = () => [createIssue('input.invalid', ['data'], { detail: 'changed later' })];
      const assigned = transition(flow, initialState(flow), ev('assign', at(1, 9)));
      if (!assigned.ok) throw new Error('assign was refused');
      const raised = transition(
        flow,
        assigned.state,
        ev('set_priority', at(1, 10), { data: { level: 'high' } }),
      );
      expect(raised.ok).toBe(true);
    });

    it('returns a flow whose initial data does not change when the caller changes theirs afterwards', () => {
      const initialData = { notes: 0, priority: null as string | null };
      const flow = createFlow(ticketDefinition, { ...ticketImplementation, initialData });
      initialData.notes = 5;
      expect(initialState(flow).data).toEqual({ notes: 0, priority: null });
    });
  });
});

describe('createFlow: the reason given for each reference that does not resolve', () => {
  /** The path and the en/zh reason of the one issue createFlow throws for the changed ticket definition. */
  function reason(
    change: (def: MutableDefinition) => void,
    implementation: FlowImplementation<TicketData> = ticketImplementation,
  ) {
    const def = ticketCopy();
    change(def);
    return issuesOf(() => createFlow(def as FlowDefinition, implementation)).map(
      ({ code, path, params }) => ({
        code,
        path,
        params,
      }),
    );
  }
  const invalid = (path: (string | number)[], en: string, zh: string) => [
    { code: 'flow.invalid_definition', path, params: { reason: en, reasonZh: zh } },
  ];

  it('names an unknown guard, data update, effect and target state', () => {
    expect(
      reason((def) => {
        (def.states.open?.on?.assign?.[0] ?? {}).guards = ['ticket.nope'];
      }),
    ).toEqual(
      invalid(
        ['states', 'open', 'on', 'assign', 0, 'guards', 0],
        "unknown guard 'ticket.nope'",
        '未定义的守卫“ticket.nope”',
      ),
    );
    expect(
      reason((def) => {
        (def.states.open?.on?.assign?.[0] ?? {}).assign = ['ticket.nope'];
      }),
    ).toEqual(
      invalid(
        ['states', 'open', 'on', 'assign', 0, 'assign', 0],
        "unknown data update 'ticket.nope'",
        '未定义的数据更新“ticket.nope”',
      ),
    );
    expect(
      reason((def) => {
        (def.states.open?.on?.assign?.[0] ?? {}).effects = ['ticket.notify-assignee', 'ticket.nope'];
      }),
    ).toEqual(
      invalid(
        ['states', 'open', 'on', 'assign', 0, 'effects', 1],
        "unknown effect 'ticket.nope'",
        '未定义的效果“ticket.nope”',
      ),
    );
    expect(
      reason((def) => {
        (def.states.open?.on?.assign?.[0] ?? {}).target = 'working';
      }),
    ).toEqual(
      invalid(
        ['states', 'open', 'on', 'assign', 0, 'target'],
        "unknown state 'working'",
        '未定义的状态“working”',
      ),
    );
  });

  it('names the final state that has transitions and the event the flow lacks', () => {
    expect(
      reason((def) => {
        if (def.states.closed) def.states.closed.on = { reopen: [{ target: 'in_progress' }] };
      }),
    ).toEqual(
      invalid(
        ['states', 'closed', 'on', 'reopen'],
        "final state 'closed' cannot have transitions",
        '终态“closed”不能有转移',
      ),
    );
    expect(
      reason((def) => {
        if (def.states.open?.on) def.states.open.on.ship = [{ target: 'closed' }];
      }),
    ).toEqual(invalid(['states', 'open', 'on', 'ship'], "unknown event 'ship'", '未定义的事件“ship”'));
    expect(
      reason((def) => {
        const guard = def.guards?.['ticket.qc-passed'];
        if (guard) guard.unblock.events = ['pass_qc', 'ship'];
      }),
    ).toEqual(
      invalid(
        ['guards', 'ticket.qc-passed', 'unblock', 'events', 1],
        "unknown event 'ship'",
        '未定义的事件“ship”',
      ),
    );
  });

  it('names the guard that has neither marks nor a check', () => {
    const { 'ticket.low-priority': _, ...otherChecks } = ticketImplementation.guards ?? {};
    expect(reason(() => {}, { ...ticketImplementation, guards: otherChecks })).toEqual(
      invalid(
        ['guards', 'ticket.low-priority'],
        "guard 'ticket.low-priority' has neither marks nor a check in the implementation",
        '守卫“ticket.low-priority”既无标记条件，也无实现',
      ),
    );
  });

  it('names the SLA’s unknown state or event, at start, at stop, and at each stop of a list', () => {
    expect(
      reason((def) => {
        const sla = def.states.in_progress?.slas?.[0];
        if (sla) sla.stop = { state: 'done' };
      }),
    ).toEqual(
      invalid(
        ['states', 'in_progress', 'slas', 0, 'stop', 'state'],
        "unknown state 'done'",
        '未定义的状态“done”',
      ),
    );
    expect(
      reason((def) => {
        const sla = def.slas?.[0];
        if (sla) sla.start = { event: 'ship' };
      }),
    ).toEqual(invalid(['slas', 0, 'start', 'event'], "unknown event 'ship'", '未定义的事件“ship”'));
    // A list of stops: the first is fine, the second names a state the flow lacks.
    expect(
      reason((def) => {
        const sla = def.slas?.[0];
        if (sla) sla.stop = [{ event: 'close' }, { state: 'done' }];
      }),
    ).toEqual(invalid(['slas', 0, 'stop', 1, 'state'], "unknown state 'done'", '未定义的状态“done”'));
  });

  it('names the SLA defined twice, the SLA without a start and the window that starts after it ends', () => {
    expect(
      reason((def) => {
        const sla = def.slas?.[0];
        // The state SLA in in_progress is collected first, so the flow SLA is the second with that id.
        if (sla) sla.id = 'ticket.resolve-in-2-days';
      }),
    ).toEqual(
      invalid(
        ['slas', 0, 'id'],
        "SLA 'ticket.resolve-in-2-days' is defined twice",
        'SLA“ticket.resolve-in-2-days”重复定义',
      ),
    );
    expect(
      reason((def) => {
        delete def.slas?.[0]?.start;
      }),
    ).toEqual(invalid(['slas', 0, 'start'], 'an SLA needs a start', 'SLA 需要起点'));
    expect(
      reason((def) => {
        const sla = def.slas?.[0];
        if (sla) sla.limit = { window: { from: 6, to: 5 } };
      }),
    ).toEqual(
      invalid(['slas', 0, 'limit', 'window'], 'the window starts after it ends', '时间窗口的开始晚于结束'),
    );
  });

  it('explains, in English and Chinese, initial data that is not plain JSON', () => {
    expect(
      issuesOf(() =>
        createFlow(ticketDefinition, { ...ticketImplementation, initialData: [] as unknown as TicketData }),
      )[0]?.params,
    ).toEqual({
      detail: 'the initial data must be a plain JSON object',
      detailZh: '初始数据必须是纯 JSON 对象',
    });
  });
});

describe('compiledOf', () => {
  // Made inside each test: a flow made when the module loads would not see the code under test change.
  const fresh = () => createFlow(ticketDefinition, ticketImplementation);

  it('returns the tables of the ticket flow, worked out from its definition', () => {
    const compiled = compiledOf(fresh());
    // closed and cancelled are the final states; hold, reopen and cancel need a reason.
    expect([...compiled.finals]).toEqual(['closed', 'cancelled']);
    expect([...compiled.requiresReason]).toEqual(['hold', 'reopen', 'cancel']);
    expect([...compiled.events]).toEqual(Object.keys(ticketDefinition.events));
    // The SLA written in in_progress starts on entering it; then the flow's own SLA.
    expect(compiled.slas).toEqual([
      { ...ticketDefinition.states.in_progress?.slas?.[0], start: { state: 'in_progress' } },
      ticketDefinition.slas?.[0],
    ]);
  });

  it('keeps per event whether it needs a reason and its declared payload, and per state in one lookup', () => {
    const compiled = compiledOf(fresh());
    expect(compiled.eventSpecs.get('assign')).toEqual({ requiresReason: false });
    expect(compiled.eventSpecs.get('hold')).toEqual({ requiresReason: true });
    expect(compiled.eventSpecs.get('note')?.payload?.names).toEqual(new Set(['text']));
    const note = compiled.entries.get('in_progress')?.get('note');
    expect([note?.requiresReason, note?.payload]).toEqual([false, compiled.eventSpecs.get('note')?.payload]);
    const hold = compiled.entries.get('in_progress')?.get('hold');
    expect([hold?.requiresReason, hold?.payload]).toEqual([true, undefined]);
    expect(compiled.entries.get('open')?.get('cancel')?.requiresReason).toBe(true);
  });

  it('compiles a transition without effects or marks to none', () => {
    const flow = fresh();
    const working = transition(flow, initialState(flow), ev('assign', at(4, 9)));
    if (!working.ok) throw new Error('assign refused');
    const noted = transition(flow, working.state, ev('note', at(4, 10), { data: { text: '客户来电' } }));
    expect(noted.ok && [noted.effects, noted.state.marks]).toEqual([[], []]);
  });

  it('throws input.invalid_type at flow, or at the path given, for something createFlow did not make', () => {
    const expected = (path: (string | number)[], received: string) => [
      { code: 'input.invalid_type', path, params: { expected: 'a flow made with createFlow()', received } },
    ];
    const of = (fn: () => unknown) => issuesOf(fn).map(({ code, path, params }) => ({ code, path, params }));
    expect(of(() => compiledOf({ ...ticketFlow }))).toEqual(expected(['flow'], 'object'));
    expect(of(() => compiledOf(null, ['flows', 2]))).toEqual(expected(['flows', 2], 'null'));
  });
});

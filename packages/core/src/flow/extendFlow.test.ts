import { describe, expect, it } from 'vitest';
import { createAftersales } from '../plugin/createAftersales';
import { definePlugin } from '../plugin/definePlugin';
import { createFlow, type Flow } from './createFlow';
import { extendFlow, type FlowExtension, flowWithPlugins } from './extendFlow';
import { repairOrderDefinition } from './repairOrder/repairOrderDefinition';
import { repairOrderFlow } from './repairOrder/repairOrderFlow';
import { at, ev, issuesOf, type TicketData, ticketDefinition, ticketFlow } from './testing';
import { initialState, transition } from './transition';
import type { FlowGuardDefinition, FlowState } from './types';

const text = (en: string, zh: string) => ({ en, zh });

/**
 * A review step added to the ticket flow (see testing.ts): a ticket in progress can be sent to a
 * reviewer (a new state and two new events), and it can be held only once the review approved it
 * (a declarative guard added to the existing `hold` transition). Approving counts the reviews (a
 * data update with a new data field), sending notifies the reviewer (an effect), and a review must
 * be answered within 1 day (an SLA).
 */
const review: FlowExtension = {
  id: 'ext.review',
  version: '1.2.0',
  flow: 'ticket',
  states: { in_review: { title: text('In review', '审核中') } },
  events: {
    request_review: { title: text('Request a review', '申请审核') },
    approve_review: { title: text('Approve the review', '审核通过') },
  },
  guards: {
    'ext.reviewed': {
      title: text('The review approved it', '审核已通过'),
      cite: 'manual:ticket.review',
      message: text('the review has not approved it', '审核尚未通过'),
      unblock: { message: text('have it reviewed', '请先审核'), events: ['request_review'] },
      requireMarks: ['ext.reviewed'],
    },
  },
  effects: { 'ext.notify-reviewer': { title: text('Notify the reviewer', '通知审核人') } },
  slas: [
    {
      id: 'ext.review-in-1-day',
      title: text('Reviewed within 1 day', '1日内审核'),
      cite: 'manual:ticket.review',
      start: { event: 'request_review' },
      stop: { event: 'approve_review' },
      limit: { days: 1 },
    },
  ],
  transitions: [
    {
      from: 'in_progress',
      event: 'request_review',
      transition: { target: 'in_review', effects: ['ext.notify-reviewer'] },
    },
    {
      from: 'in_review',
      event: 'approve_review',
      transition: { target: 'in_progress', mark: ['ext.reviewed'], assign: ['ext.count-review'] },
    },
  ],
  addGuards: [{ from: 'in_progress', event: 'hold', guards: ['ext.reviewed'] }],
  implementation: {
    initialData: { reviews: 0 },
    assign: { 'ext.count-review': (data) => ({ ...data, reviews: Number(data.reviews) + 1 }) },
  },
};

/** A declarative guard an OEM adds: a manager's approval, set as a mark. */
const managerGuard: FlowGuardDefinition = {
  title: text('A manager approved the cancellation', '经理已批准取消'),
  cite: 'oem:acme-2024#cancel',
  message: text('a manager must approve the cancellation', '取消需经理批准'),
  unblock: { message: text('ask a manager', '请联系经理') },
  requireMarks: ['acme.manager-approved'],
};

/** The code, path and params of each issue `fn` throws. */
function refusal(fn: () => unknown) {
  return issuesOf(fn).map(({ code, path, params }) => ({ code, path, params }));
}

/** The reason an extension is refused for a name the flow already has (extendFlow's rule). */
function exists(path: (string | number)[], what: string, name: string) {
  return [
    {
      code: 'flow.invalid_definition',
      path,
      params: {
        reason: `${what} '${name}' already exists: an extension adds, it never replaces`,
        reasonZh: `${what}“${name}”已存在：扩展只能新增，不能替换`,
      },
    },
  ];
}

/** The ticket flow extended by the review step, with the extra data field typed. */
function reviewFlow(): Flow<TicketData & { reviews: number }> {
  return extendFlow(ticketFlow, review) as unknown as Flow<TicketData & { reviews: number }>;
}

function step<D extends TicketData>(
  flow: Flow<D>,
  state: FlowState<D>,
  type: string,
  hour: number,
  reason?: string,
) {
  const result = transition(flow, state, ev(type, at(4, hour), reason ? { reason } : {}));
  if (!result.ok) throw new Error(`${type} refused: ${result.rejection.reason}`);
  return result;
}

describe('extendFlow', () => {
  describe('what an extension adds', () => {
    it('adds the states, events, guards, effects and SLAs after the flow’s own', () => {
      const def = reviewFlow().definition;
      expect(Object.keys(def.states)).toEqual([...Object.keys(ticketDefinition.states), 'in_review']);
      expect(Object.keys(def.events)).toEqual([
        ...Object.keys(ticketDefinition.events),
        'request_review',
        'approve_review',
      ]);
      expect(Object.keys(def.guards ?? {})).toEqual([
        ...Object.keys(ticketDefinition.guards ?? {}),
        'ext.reviewed',
      ]);
      expect(def.guards?.['ext.reviewed']).toEqual(review.guards?.['ext.reviewed']);
      expect(def.effects).toEqual({ ...ticketDefinition.effects, ...review.effects });
      // The ticket flow's own SLA (ticket.close-window) first, then the extension's.
      expect(def.slas?.map((sla) => sla.id)).toEqual(['ticket.close-window', 'ext.review-in-1-day']);
      expect(def.slas?.[1]).toEqual(review.slas?.[0]);
      // What the extension does not touch stays as it was, including a state's own SLA.
      expect(def.states.in_progress?.slas).toEqual(ticketDefinition.states.in_progress?.slas);
      expect(def.states.open).toEqual(ticketDefinition.states.open);
      expect([def.id, def.version, def.initial, def.title]).toEqual([
        'ticket',
        1,
        'open',
        ticketDefinition.title,
      ]);
    });

    it('adds each transition to the state it names, including a state the extension adds', () => {
      const def = reviewFlow().definition;
      expect(def.states.in_progress?.on?.request_review).toEqual([
        { target: 'in_review', effects: ['ext.notify-reviewer'] },
      ]);
      expect(def.states.in_review?.on).toEqual({
        approve_review: [{ target: 'in_progress', mark: ['ext.reviewed'], assign: ['ext.count-review'] }],
      });
    });

    it('adds the guards after the existing ones of the transition on the event from the state named', () => {
      // in_progress ─hold─▶ on_hold was guarded by ticket.not-escalated alone.
      expect(reviewFlow().definition.states.in_progress?.on?.hold).toEqual([
        { target: 'on_hold', guards: ['ticket.not-escalated', 'ext.reviewed'] },
      ]);
    });

    it('adds the guards to every candidate transition on the event, one without guards too', () => {
      const flow = extendFlow(ticketFlow, {
        id: 'ext.guards',
        flow: 'ticket',
        addGuards: [
          { from: 'in_progress', event: 'resolve', guards: ['ticket.not-escalated'] },
          { from: 'open', event: 'cancel', guards: ['ticket.qc-passed', 'ticket.not-escalated'] },
        ],
      });
      expect(flow.definition.states.in_progress?.on?.resolve?.map((t) => t.guards)).toEqual([
        ['ticket.has-notes', 'ticket.low-priority', 'ticket.not-escalated'],
        ['ticket.qc-passed', 'ticket.has-notes', 'ticket.not-escalated'],
      ]);
      expect(flow.definition.states.open?.on).toEqual({
        assign: [{ target: 'in_progress', effects: ['ticket.notify-assignee'] }],
        cancel: [{ target: 'cancelled', guards: ['ticket.qc-passed', 'ticket.not-escalated'] }],
      });
    });

    it('adds the guards only from the state named, leaving the same event in other states unguarded', () => {
      const name = 'acme.manager-approved';
      const flow = extendFlow(repairOrderFlow, {
        id: 'acme.cancel-approval',
        flow: 'repair-order',
        guards: { [name]: managerGuard },
        addGuards: [{ from: 'dispatched', event: 'cancel', guards: [name] }],
      });
      const base = repairOrderDefinition.states;
      // The repair order can be cancelled from several states (FLOWS.md): only dispatched changes.
      expect(Object.values(base).filter((s) => s.on?.cancel).length).toBeGreaterThan(1);
      for (const [state, def] of Object.entries(flow.definition.states)) {
        const expected =
          state === 'dispatched'
            ? base.dispatched?.on?.cancel?.map((t) => ({ ...t, guards: [...(t.guards ?? []), name] }))
            : base[state]?.on?.cancel;
        expect([state, def.on?.cancel]).toEqual([state, expected]);
      }
    });

    it('adds the guards from every state when no state is named', () => {
      const name = 'acme.manager-approved';
      const flow = extendFlow(repairOrderFlow, {
        id: 'acme.cancel-approval',
        flow: 'repair-order',
        guards: { [name]: managerGuard },
        addGuards: [{ event: 'cancel', guards: [name] }],
      });
      const base = repairOrderDefinition.states;
      for (const [state, def] of Object.entries(flow.definition.states)) {
        const own = base[state];
        const expected = own?.on?.cancel?.map((t) => ({ ...t, guards: [...(t.guards ?? []), name] }));
        expect([state, def.on?.cancel]).toEqual([state, expected]);
        // Every other event of the state is left as it was.
        const { cancel: _a, ...others } = def.on ?? {};
        const { cancel: _b, ...ownOthers } = own?.on ?? {};
        expect([state, others]).toEqual([state, ownOthers]);
      }
    });

    it('puts an added transition after the existing ones, or before them when its position is first', () => {
      const added = { target: 'resolved', guards: ['ticket.qc-passed'] };
      const [closed, resolved] = ticketDefinition.states.in_progress?.on?.resolve ?? [];
      const withPosition = (position?: 'first' | 'last') =>
        extendFlow(ticketFlow, {
          id: 'ext.resolve',
          flow: 'ticket',
          transitions: [
            { from: 'in_progress', event: 'resolve', transition: added, ...(position ? { position } : {}) },
          ],
        }).definition.states.in_progress?.on?.resolve;
      expect(withPosition()).toEqual([closed, resolved, added]);
      expect(withPosition('last')).toEqual([closed, resolved, added]);
      expect(withPosition('first')).toEqual([added, closed, resolved]);
    });

    it('adds a transition from a state the flow has without any transition', () => {
      const flow = extendFlow(ticketFlow, {
        id: 'ext.parking',
        flow: 'ticket',
        states: { parked: { title: text('Parked', '搁置') } },
        events: { park: { title: text('Park', '搁置') }, unpark: { title: text('Unpark', '取消搁置') } },
        transitions: [
          { from: 'on_hold', event: 'park', transition: { target: 'parked' } },
          { from: 'parked', event: 'unpark', transition: { target: 'on_hold' } },
        ],
      });
      expect(flow.definition.states.parked).toEqual({
        title: text('Parked', '搁置'),
        on: { unpark: [{ target: 'on_hold' }] },
      });
      expect(flow.definition.states.on_hold?.on).toEqual({
        resume: [{ target: 'in_progress' }],
        park: [{ target: 'parked' }],
      });
    });

    it('adds a transition on an event named like an Object method as a new list', () => {
      const flow = extendFlow(ticketFlow, {
        id: 'ext.odd-name',
        flow: 'ticket',
        events: { constructor: { title: text('Build', '构建') } },
        transitions: [{ from: 'open', event: 'constructor', transition: { target: 'in_progress' } }],
      });
      expect(Object.hasOwn(flow.definition.states.open?.on ?? {}, 'constructor')).toBe(true);
      expect(flow.definition.states.open?.on?.constructor).toEqual([{ target: 'in_progress' }]);
    });

    it('adds the extension’s initial data fields after the flow’s own', () => {
      expect(initialState(reviewFlow()).data).toEqual({ notes: 0, priority: null, reviews: 0 });
    });

    it('lists the extensions the definition carries, in order, version 0.0.0 when none is given', () => {
      const once = reviewFlow();
      expect(once.definition.extensions).toEqual([{ id: 'ext.review', version: '1.2.0' }]);
      const twice = extendFlow(once, { id: 'ext.nothing', flow: 'ticket' });
      expect(twice.definition.extensions).toEqual([
        { id: 'ext.review', version: '1.2.0' },
        { id: 'ext.nothing', version: '0.0.0' },
      ]);
      const both = extendFlow(ticketFlow, [review, { id: 'ext.nothing', flow: 'ticket' }]);
      expect(both.definition.extensions).toEqual(twice.definition.extensions);
    });

    it('applies several extensions in order, a later one building on what an earlier one added', () => {
      const flow = extendFlow(ticketFlow, [
        review,
        {
          id: 'ext.review-again',
          flow: 'ticket',
          events: { reject_review: { title: text('Reject the review', '审核驳回') } },
          transitions: [{ from: 'in_review', event: 'reject_review', transition: { target: 'in_progress' } }],
          addGuards: [{ from: 'in_review', event: 'approve_review', guards: ['ticket.has-notes'] }],
        },
      ]);
      expect(flow.definition.states.in_review?.on).toEqual({
        approve_review: [
          {
            target: 'in_progress',
            mark: ['ext.reviewed'],
            assign: ['ext.count-review'],
            guards: ['ticket.has-notes'],
          },
        ],
        reject_review: [{ target: 'in_progress' }],
      });
    });

    it('leaves the base flow unchanged', () => {
      reviewFlow();
      expect(ticketFlow.definition).toEqual(ticketDefinition);
      expect(ticketFlow.definition.extensions).toBeUndefined();
      expect(initialState(ticketFlow).data).toEqual({ notes: 0, priority: null });
    });

    it('extends a flow that has no guards, effects or SLAs of its own', () => {
      const door = createFlow(
        {
          id: 'door',
          version: 1,
          title: text('Door', '门'),
          initial: 'closed',
          events: { open: { title: text('Open', '开') } },
          states: {
            closed: { title: text('Closed', '关着'), on: { open: [{ target: 'open' }] } },
            open: { title: text('Open', '开着'), final: true },
          },
        },
        { initialData: {} },
      );
      const locked = extendFlow(door, {
        id: 'ext.lock',
        flow: 'door',
        guards: {
          'door.unlocked': {
            title: text('Unlocked', '未上锁'),
            cite: 'manual:door.lock',
            message: text('the door is locked', '门已上锁'),
            unblock: { message: text('unlock it', '请开锁') },
            forbidMarks: ['door.locked'],
          },
        },
        effects: { 'door.beep': { title: text('Beep', '蜂鸣') } },
        events: { lock: { title: text('Lock', '上锁') } },
        transitions: [
          { from: 'closed', event: 'lock', transition: { mark: ['door.locked'], effects: ['door.beep'] } },
        ],
        addGuards: [{ event: 'open', guards: ['door.unlocked'] }],
      });
      expect(Object.keys(locked.definition.guards ?? {})).toEqual(['door.unlocked']);
      expect(Object.keys(locked.definition.effects ?? {})).toEqual(['door.beep']);
      expect(locked.definition.slas).toEqual([]);
      const closed = initialState(locked);
      const lockedState = transition(locked, closed, ev('lock', at(1, 9)));
      expect(lockedState.ok && lockedState.effects.map((e) => e.type)).toEqual(['door.beep']);
      if (!lockedState.ok) return;
      const refused = transition(locked, lockedState.state, ev('open', at(1, 10)));
      expect(refused.ok ? 'opened' : refused.rejection.failed.map((f) => f.rule)).toEqual(['door.unlocked']);
    });
  });

  describe('the extended flow runs', () => {
    it('refuses the guarded hold until the review approved it, then holds', () => {
      const flow = reviewFlow();
      const working = step(flow, initialState(flow), 'assign', 9).state;
      const refused = transition(flow, working, ev('hold', at(4, 10), { reason: '等客户回复' }));
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.rejection.reason).toBe('guard_failed');
      expect(refused.rejection.failed.map((f) => [f.rule, f.cite])).toEqual([
        ['ext.reviewed', 'manual:ticket.review'],
      ]);
      expect(refused.rejection.unblock).toEqual([
        { message: text('have it reviewed', '请先审核'), events: ['request_review'] },
      ]);

      const sent = step(flow, working, 'request_review', 11);
      expect([sent.state.value, sent.effects.map((e) => e.type)]).toEqual([
        'in_review',
        ['ext.notify-reviewer'],
      ]);
      const approved = step(flow, sent.state, 'approve_review', 12);
      expect([approved.state.value, approved.state.marks, approved.state.data.reviews]).toEqual([
        'in_progress',
        ['ext.reviewed'],
        1,
      ]);
      expect(step(flow, approved.state, 'hold', 13, '等客户回复').state.value).toBe('on_hold');
    });

    it('runs a guard whose check the extension supplies', () => {
      const flow = extendFlow(ticketFlow, {
        id: 'ext.weekday',
        flow: 'ticket',
        guards: {
          'ext.by-agent': {
            title: text('Assigned by the service agent', '由服务顾问分派'),
            cite: 'manual:ticket.assign',
            message: text('only the service agent assigns', '只有服务顾问可以分派'),
            unblock: { message: text('ask the service agent', '请联系服务顾问') },
          },
        },
        addGuards: [{ from: 'open', event: 'assign', guards: ['ext.by-agent'] }],
        implementation: { guards: { 'ext.by-agent': (_data, event) => event.actor === 'EMP-SA-01' } },
      });
      expect(transition(flow, initialState(flow), ev('assign', at(4, 9))).ok).toBe(true);
      const other = transition(flow, initialState(flow), ev('assign', at(4, 9), { actor: 'EMP-TECH-02' }));
      expect(other.ok ? 'assigned' : other.rejection.failed.map((f) => f.rule)).toEqual(['ext.by-agent']);
    });
  });

  describe('a bad extension', () => {
    it('throws flow.invalid_definition at flow when the extension is for another flow', () => {
      expect(refusal(() => extendFlow(ticketFlow, { ...review, flow: 'repair-order' }))).toEqual([
        {
          code: 'flow.invalid_definition',
          path: ['extensions', 0, 'flow'],
          params: {
            reason: "the extension is for flow 'repair-order', not 'ticket'",
            reasonZh: '该扩展适用于流程“repair-order”，而非“ticket”',
          },
        },
      ]);
    });

    it('throws flow.invalid_definition at the name when it adds a state, event, guard or effect that exists', () => {
      const base = { id: 'ext.clash', flow: 'ticket' };
      const title = text('Again', '再次');
      expect(refusal(() => extendFlow(ticketFlow, { ...base, states: { resolved: { title } } }))).toEqual(
        exists(['extensions', 0, 'states', 'resolved'], 'state', 'resolved'),
      );
      expect(refusal(() => extendFlow(ticketFlow, { ...base, events: { close: { title } } }))).toEqual(
        exists(['extensions', 0, 'events', 'close'], 'event', 'close'),
      );
      expect(
        refusal(() =>
          extendFlow(ticketFlow, {
            ...base,
            guards: { 'ticket.qc-passed': managerGuard },
          }),
        ),
      ).toEqual(exists(['extensions', 0, 'guards', 'ticket.qc-passed'], 'guard', 'ticket.qc-passed'));
      expect(
        refusal(() => extendFlow(ticketFlow, { ...base, effects: { 'ticket.archive': { title } } })),
      ).toEqual(exists(['extensions', 0, 'effects', 'ticket.archive'], 'effect', 'ticket.archive'));
    });

    it('throws flow.invalid_definition at the name when its implementation replaces a data field, check or update', () => {
      const base = { id: 'ext.clash', flow: 'ticket' };
      expect(
        refusal(() => extendFlow(ticketFlow, { ...base, implementation: { initialData: { notes: 5 } } })),
      ).toEqual(exists(['extensions', 0, 'implementation', 'initialData', 'notes'], 'data field', 'notes'));
      expect(
        refusal(() =>
          extendFlow(ticketFlow, { ...base, implementation: { guards: { 'ticket.has-notes': () => true } } }),
        ),
      ).toEqual(
        exists(
          ['extensions', 0, 'implementation', 'guards', 'ticket.has-notes'],
          'guard check',
          'ticket.has-notes',
        ),
      );
      expect(
        refusal(() =>
          extendFlow(ticketFlow, {
            ...base,
            implementation: { assign: { 'ticket.add-note': (data) => data } },
          }),
        ),
      ).toEqual(
        exists(
          ['extensions', 0, 'implementation', 'assign', 'ticket.add-note'],
          'data update',
          'ticket.add-note',
        ),
      );
    });

    it('throws at the second extension when it adds again what the first added', () => {
      expect(
        refusal(() =>
          extendFlow(ticketFlow, [
            review,
            { id: 'ext.again', flow: 'ticket', effects: review.effects ?? {} },
          ]),
        ),
      ).toEqual(exists(['extensions', 1, 'effects', 'ext.notify-reviewer'], 'effect', 'ext.notify-reviewer'));
    });

    it('throws flow.invalid_definition at from when a transition leaves a state the flow lacks', () => {
      const transitions = [
        { from: 'open', event: 'note', transition: { assign: ['ticket.add-note'] } },
        { from: 'draft', event: 'assign', transition: { target: 'open' } },
      ];
      expect(refusal(() => extendFlow(ticketFlow, { id: 'ext.draft', flow: 'ticket', transitions }))).toEqual(
        [
          {
            code: 'flow.invalid_definition',
            path: ['extensions', 0, 'transitions', 1, 'from'],
            params: { reason: "unknown state 'draft'", reasonZh: '未定义的状态“draft”' },
          },
        ],
      );
    });

    it('throws flow.invalid_definition at from when the state is named like an Object method', () => {
      const transitions = [{ from: 'toString', event: 'assign', transition: { target: 'open' } }];
      expect(refusal(() => extendFlow(ticketFlow, { id: 'ext.odd', flow: 'ticket', transitions }))).toEqual([
        {
          code: 'flow.invalid_definition',
          path: ['extensions', 0, 'transitions', 0, 'from'],
          params: { reason: "unknown state 'toString'", reasonZh: '未定义的状态“toString”' },
        },
      ]);
    });

    it('throws flow.invalid_definition at the entry when it adds guards to no transition', () => {
      const addGuards = [
        { from: 'in_progress', event: 'hold', guards: ['ticket.qc-passed'] },
        { from: 'closed', event: 'close', guards: ['ticket.qc-passed'] },
      ];
      expect(refusal(() => extendFlow(ticketFlow, { id: 'ext.late', flow: 'ticket', addGuards }))).toEqual([
        {
          code: 'flow.invalid_definition',
          path: ['extensions', 0, 'addGuards', 1],
          params: {
            reason: "no transition on 'close' from 'closed' to guard",
            reasonZh: '没有可加守卫的“close”转移',
          },
        },
      ]);
      // Without a state: no state at all reacts to the event (the extension declares it only).
      const ping = {
        id: 'ext.ping',
        flow: 'ticket',
        events: { ping: { title: text('Ping', '探测') } },
        addGuards: [{ event: 'ping', guards: ['ticket.qc-passed'] }],
      };
      expect(refusal(() => extendFlow(ticketFlow, ping))).toEqual([
        {
          code: 'flow.invalid_definition',
          path: ['extensions', 0, 'addGuards', 0],
          params: { reason: "no transition on 'ping' to guard", reasonZh: '没有可加守卫的“ping”转移' },
        },
      ]);
      // An event named like an Object method is not a transition the state has.
      const odd = {
        id: 'ext.odd',
        flow: 'ticket',
        addGuards: [{ from: 'open', event: 'constructor', guards: ['x'] }],
      };
      expect(refusal(() => extendFlow(ticketFlow, odd)).map((i) => i.path)).toEqual([
        ['extensions', 0, 'addGuards', 0],
      ]);
    });

    it('throws the createFlow error when the extended flow names a guard nobody defines', () => {
      const addGuards = [{ from: 'open', event: 'assign', guards: ['ext.missing'] }];
      expect(refusal(() => extendFlow(ticketFlow, { id: 'ext.missing', flow: 'ticket', addGuards }))).toEqual(
        [
          {
            code: 'flow.invalid_definition',
            path: ['states', 'open', 'on', 'assign', 0, 'guards', 0],
            params: { reason: "unknown guard 'ext.missing'", reasonZh: '未定义的守卫“ext.missing”' },
          },
        ],
      );
    });

    it('throws input.invalid at initialData when the extension’s initial data is not plain JSON', () => {
      const implementation = {
        initialData: { since: new Date(0) },
      } as unknown as NonNullable<FlowExtension['implementation']>;
      expect(
        refusal(() => extendFlow(ticketFlow, { id: 'ext.date', flow: 'ticket', implementation })),
      ).toEqual([
        {
          code: 'input.invalid',
          path: ['extensions', 0, 'implementation', 'initialData'],
          params: { detail: 'not plain JSON', detailZh: '不是纯 JSON' },
        },
      ]);
    });

    it('throws input.* inside the extension when its shape is wrong', () => {
      const shapeOf = (extension: unknown) =>
        issuesOf(() => extendFlow(ticketFlow, [review, extension as FlowExtension])).map(
          ({ code, path }) => ({
            code,
            path,
          }),
        );
      expect(shapeOf({ id: '', flow: 'ticket' })).toEqual([
        { code: 'input.too_small', path: ['extensions', 1, 'id'] },
      ]);
      // The id must be at least 1 character long (min(1)); the issue carries that minimum.
      expect(issuesOf(() => extendFlow(ticketFlow, { id: '', flow: 'ticket' }))[0]?.params).toEqual({
        minimum: 1,
        inclusive: true,
      });
      expect(shapeOf({ id: 'ext.x', flow: 'ticket', addGuards: [{ event: 'hold', guards: [] }] })).toEqual([
        { code: 'input.too_small', path: ['extensions', 1, 'addGuards', 0, 'guards'] },
      ]);
      expect(
        shapeOf({
          id: 'ext.x',
          flow: 'ticket',
          transitions: [{ from: 'open', event: 'cancel', transition: {}, when: 1 }],
        }),
      ).toEqual([{ code: 'input.unrecognized_keys', path: ['extensions', 1, 'transitions', 0] }]);
    });

    it('throws input.invalid_type at the extension when it is not an object', () => {
      expect(refusal(() => extendFlow(ticketFlow, [review, 42 as unknown as FlowExtension]))).toEqual([
        {
          code: 'input.invalid_type',
          path: ['extensions', 1],
          params: { expected: 'object', received: 'number' },
        },
      ]);
      // Missing altogether: still the type, not a missing field.
      expect(refusal(() => extendFlow(ticketFlow, [review, undefined as unknown as FlowExtension]))).toEqual([
        {
          code: 'input.invalid_type',
          path: ['extensions', 1],
          params: { expected: 'object', received: 'undefined' },
        },
      ]);
    });

    it('throws input.invalid_type at flow when the flow was not made by createFlow', () => {
      expect(refusal(() => extendFlow({ ...ticketFlow }, review)).map((i) => [i.code, i.path])).toEqual([
        ['input.invalid_type', ['flow']],
      ]);
    });
  });
});

describe('flowWithPlugins', () => {
  const registry = (flows: FlowExtension[]) =>
    createAftersales({
      plugins: [definePlugin({ id: '@acme/review', version: '1.0.0', flows })],
      timeZone: 'Asia/Shanghai',
    });

  it('applies the extensions the plugins contribute for this flow, and only those', () => {
    const other: FlowExtension = { id: 'acme.other', flow: 'repair-order' };
    const flow = flowWithPlugins(ticketFlow, registry([other, review]));
    expect(flow.definition.extensions).toEqual([{ id: 'ext.review', version: '1.2.0' }]);
    expect(Object.keys(flow.definition.states)).toContain('in_review');
  });

  it('returns the flow itself when no plugin extends it', () => {
    expect(flowWithPlugins(ticketFlow, registry([{ id: 'acme.other', flow: 'repair-order' }]))).toBe(
      ticketFlow,
    );
  });

  it('throws input.invalid_type at aftersales when it is not a registry', () => {
    const expected = (received: string) => [
      {
        code: 'input.invalid_type',
        path: ['aftersales'],
        params: { expected: 'a registry from createAftersales()', received },
      },
    ];
    expect(refusal(() => flowWithPlugins(ticketFlow, null as never))).toEqual(expected('null'));
    expect(refusal(() => flowWithPlugins(ticketFlow, { list: [] } as never))).toEqual(expected('object'));
  });

  it('throws input.invalid_type at flow when the flow was not made by createFlow', () => {
    expect(refusal(() => flowWithPlugins({ ...ticketFlow }, registry([]))).map((i) => i.path)).toEqual([
      ['flow'],
    ]);
  });
});

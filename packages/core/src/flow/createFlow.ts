import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { issuesFromZod } from '../errors/fromZod';
import { isObjectLike, typeName } from '../errors/guards';
import { frozenCopy } from '../json/frozenCopy';
import { findNonJson, type JsonObject } from '../json/JsonValue';
import { FlowDefinitionSchema } from './definitionSchema';
import { type CompiledPayload, compilePayload } from './payload';
import type {
  DataUpdate,
  FlowDefinition,
  FlowGuardDefinition,
  FlowImplementation,
  FlowSla,
  FlowSlaPoint,
  FlowTransitionDefinition,
  GuardCheck,
} from './types';

/** A guard ready to run: its definition and its check (absent for a declarative guard). */
export interface CompiledGuard {
  readonly name: string;
  readonly definition: FlowGuardDefinition;
  readonly check: GuardCheck | undefined;
  readonly requireMarks: readonly string[];
  readonly forbidMarks: readonly string[];
}

/** A transition ready to run. */
export interface CompiledTransition {
  readonly target: string | undefined;
  readonly guards: readonly CompiledGuard[];
  readonly assign: readonly DataUpdate[];
  readonly effects: readonly string[];
  readonly mark: readonly string[];
  readonly unmark: readonly string[];
}

/** What the fast path needs for one event in one state. */
export interface CompiledEntry {
  readonly transitions: readonly CompiledTransition[];
  readonly requiresReason: boolean;
  readonly payload: CompiledPayload | undefined;
}

/** The lookup tables behind a {@link Flow}, built once by {@link createFlow}. */
export interface CompiledFlow {
  /** state → event → candidate transitions, in definition order. */
  readonly table: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledTransition[]>>;
  readonly finals: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly requiresReason: ReadonlySet<string>;
  /** Per event type: must it give a reason, and its declared payload (absent: any). */
  readonly eventSpecs: ReadonlyMap<
    string,
    { readonly requiresReason: boolean; readonly payload?: CompiledPayload }
  >;
  readonly slas: readonly FlowSla[];
  /** state → event → the transitions and the event's spec in one lookup, for replay's fast path. */
  readonly entries: ReadonlyMap<string, ReadonlyMap<string, CompiledEntry>>;
  /** Shortest event paths, filled lazily: `${from}\u0000${event}` → events to send first. */
  readonly pathCache: Map<string, readonly string[] | null>;
}

/**
 * A checked flow: the definition (frozen JSON) with its implementation. Made by {@link createFlow};
 * every flow function takes one.
 */
export interface Flow<D extends JsonObject = JsonObject> {
  readonly id: string;
  readonly version: number;
  readonly definition: FlowDefinition;
  readonly implementation: FlowImplementation<D>;
}

const compiled = new WeakMap<object, CompiledFlow>();

function invalid(path: IssuePath, reason: string, reasonZh: string): never {
  throw AftersalesError.of('flow.invalid_definition', path, { reason, reasonZh });
}

/** The compiled tables of a flow, or a coded error when `flow` was not made by {@link createFlow}. */
export function compiledOf(flow: unknown, path: IssuePath = ['flow']): CompiledFlow {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap.get answers undefined for a key that is not an object, so skipping the test changes nothing
  const found = typeof flow === 'object' && flow !== null ? compiled.get(flow) : undefined;
  if (found) return found;
  throw AftersalesError.of('input.invalid_type', path, {
    expected: 'a flow made with createFlow()',
    received: typeName(flow),
  });
}

function checkNames(
  names: readonly string[] | undefined,
  known: ReadonlySet<string>,
  path: IssuePath,
  what: string,
  whatZh: string,
): void {
  names?.forEach((name, index) => {
    if (!known.has(name))
      invalid([...path, index], `unknown ${what} '${name}'`, `未定义的${whatZh}“${name}”`);
  });
}

function checkPoint(
  point: FlowSlaPoint,
  states: ReadonlySet<string>,
  events: ReadonlySet<string>,
  path: IssuePath,
) {
  if ('state' in point && !states.has(point.state)) {
    invalid([...path, 'state'], `unknown state '${point.state}'`, `未定义的状态“${point.state}”`);
  }
  if ('event' in point && !events.has(point.event)) {
    invalid([...path, 'event'], `unknown event '${point.event}'`, `未定义的事件“${point.event}”`);
  }
}

function collectSlas(definition: FlowDefinition, states: ReadonlySet<string>, events: ReadonlySet<string>) {
  const slas: FlowSla[] = [];
  const ids = new Set<string>();
  const add = (sla: FlowSla, path: IssuePath) => {
    if (ids.has(sla.id))
      invalid([...path, 'id'], `SLA '${sla.id}' is defined twice`, `SLA“${sla.id}”重复定义`);
    ids.add(sla.id);
    if (sla.start === undefined) invalid([...path, 'start'], 'an SLA needs a start', 'SLA 需要起点');
    checkPoint(sla.start, states, events, [...path, 'start']);
    if (Array.isArray(sla.stop)) {
      sla.stop.forEach((point: FlowSlaPoint, index: number) => {
        checkPoint(point, states, events, [...path, 'stop', index]);
      });
    } else checkPoint(sla.stop as FlowSlaPoint, states, events, [...path, 'stop']);
    if ('window' in sla.limit && sla.limit.window.from > sla.limit.window.to) {
      invalid([...path, 'limit', 'window'], 'the window starts after it ends', '时间窗口的开始晚于结束');
    }
    slas.push(sla);
  };
  for (const [name, state] of Object.entries(definition.states)) {
    state.slas?.forEach((sla, index) => {
      add({ ...sla, start: sla.start ?? { state: name } }, ['states', name, 'slas', index]);
    });
  }
  definition.slas?.forEach((sla, index) => {
    add(sla, ['slas', index]);
  });
  return slas;
}

function checkImplementation(implementation: unknown): FlowImplementation {
  if (!isObjectLike(implementation)) {
    throw AftersalesError.of('input.invalid_type', ['implementation'], {
      expected: 'object',
      received: typeName(implementation),
    });
  }
  const data = implementation.initialData;
  if (!isObjectLike(data) || findNonJson(data) !== undefined) {
    throw AftersalesError.of('input.invalid', ['implementation', 'initialData'], {
      detail: 'the initial data must be a plain JSON object',
      detailZh: '初始数据必须是纯 JSON 对象',
    });
  }
  for (const key of ['guards', 'assign', 'payload'] as const) {
    const table = implementation[key];
    if (table === undefined) continue;
    if (!isObjectLike(table)) {
      throw AftersalesError.of('input.invalid_type', ['implementation', key], {
        expected: 'object',
        received: typeName(table),
      });
    }
    for (const [name, fn] of Object.entries(table)) {
      if (typeof fn !== 'function') {
        throw AftersalesError.of('input.invalid_type', ['implementation', key, name], {
          expected: 'function',
          received: typeName(fn),
        });
      }
    }
  }
  return implementation as unknown as FlowImplementation;
}

function compileTransition(
  transition: FlowTransitionDefinition,
  guards: ReadonlyMap<string, CompiledGuard>,
  implementation: FlowImplementation,
): CompiledTransition {
  return {
    target: transition.target,
    guards: (transition.guards ?? []).map((name) => guards.get(name) as CompiledGuard),
    assign: (transition.assign ?? []).map((name) => implementation.assign?.[name] as DataUpdate),
    effects: transition.effects ?? [],
    mark: transition.mark ?? [],
    // Stryker disable next-line ArrayDeclaration: unmarking ['Stryker was here'] removes nothing, as no flow can set a mark that is not a dotted rule name
    unmark: transition.unmark ?? [],
  };
}

/**
 * Checks a flow definition against its implementation and returns a ready-to-run {@link Flow}.
 * Every reference must resolve: the initial state, each transition's target, each guard (a
 * declarative guard or one with a check), each data update, each event, each SLA's states and
 * events. The definition is copied and frozen.
 *
 * @param definition - the flow as data
 * @param implementation - initial data, guard checks, data updates, payload checks
 * @returns the flow
 * @throws AftersalesError `input.*` for a malformed definition (path inside it),
 *   `flow.invalid_definition` for a reference that does not resolve
 *
 * @example
 * const door = createFlow(
 *   {
 *     id: 'door', version: 1, title: { en: 'Door', zh: '门' }, initial: 'closed',
 *     events: { open: { title: { en: 'Open', zh: '开' } } },
 *     states: {
 *       closed: { title: { en: 'Closed', zh: '关着' }, on: { open: [{ target: 'open' }] } },
 *       open: { title: { en: 'Open', zh: '开着' }, final: true },
 *     },
 *   },
 *   { initialData: {} },
 * );
 */
export function createFlow<D extends JsonObject>(
  definition: FlowDefinition,
  implementation: FlowImplementation<D>,
): Flow<D> {
  const parsed = FlowDefinitionSchema.safeParse(definition);
  if (!parsed.success) throw new AftersalesError(issuesFromZod(parsed.error, definition));
  const impl = checkImplementation(implementation);
  const def = frozenCopy(definition);

  const stateNames = new Set(Object.keys(def.states));
  const eventNames = new Set(Object.keys(def.events));
  if (!stateNames.has(def.initial)) {
    invalid(['initial'], `initial state '${def.initial}' is not defined`, `初始状态“${def.initial}”未定义`);
  }
  const guards = new Map<string, CompiledGuard>();
  for (const [name, guard] of Object.entries(def.guards ?? {})) {
    const declarative = guard.requireMarks !== undefined || guard.forbidMarks !== undefined;
    const check = impl.guards && Object.hasOwn(impl.guards, name) ? impl.guards[name] : undefined;
    if (!declarative && check === undefined) {
      invalid(
        ['guards', name],
        `guard '${name}' has neither marks nor a check in the implementation`,
        `守卫“${name}”既无标记条件，也无实现`,
      );
    }
    guards.set(name, {
      name,
      definition: guard,
      check: check as GuardCheck | undefined,
      requireMarks: guard.requireMarks ?? [],
      forbidMarks: guard.forbidMarks ?? [],
    });
  }
  const effects = new Set(Object.keys(def.effects ?? {}));
  const updates = new Set(Object.keys(impl.assign ?? {}));

  const table = new Map<string, Map<string, CompiledTransition[]>>();
  const finals = new Set<string>();
  for (const [name, state] of Object.entries(def.states)) {
    if (state.final) finals.add(name);
    const byEvent = new Map<string, CompiledTransition[]>();
    for (const [event, transitions] of Object.entries(state.on ?? {})) {
      const path: IssuePath = ['states', name, 'on', event];
      if (state.final)
        invalid(path, `final state '${name}' cannot have transitions`, `终态“${name}”不能有转移`);
      if (!eventNames.has(event)) invalid(path, `unknown event '${event}'`, `未定义的事件“${event}”`);
      transitions.forEach((transition, index) => {
        if (transition.target !== undefined && !stateNames.has(transition.target)) {
          invalid(
            [...path, index, 'target'],
            `unknown state '${transition.target}'`,
            `未定义的状态“${transition.target}”`,
          );
        }
        checkNames(transition.guards, new Set(guards.keys()), [...path, index, 'guards'], 'guard', '守卫');
        checkNames(transition.assign, updates, [...path, index, 'assign'], 'data update', '数据更新');
        checkNames(transition.effects, effects, [...path, index, 'effects'], 'effect', '效果');
      });
      byEvent.set(
        event,
        transitions.map((transition) => compileTransition(transition, guards, impl)),
      );
    }
    table.set(name, byEvent);
  }
  for (const [name, guard] of Object.entries(def.guards ?? {})) {
    checkNames(guard.unblock.events, eventNames, ['guards', name, 'unblock', 'events'], 'event', '事件');
  }

  const flow = Object.freeze({
    id: def.id,
    version: def.version,
    definition: def,
    // The tables are copied: a caller changing theirs afterwards must not change the flow.
    implementation: Object.freeze({
      initialData: frozenCopy(implementation.initialData),
      ...(impl.guards ? { guards: Object.freeze({ ...impl.guards }) } : {}),
      ...(impl.assign ? { assign: Object.freeze({ ...impl.assign }) } : {}),
      ...(impl.payload ? { payload: Object.freeze({ ...impl.payload }) } : {}),
    }) as unknown as FlowImplementation<D>,
  });
  const eventSpecs = new Map(
    Object.entries(def.events).map(([event, spec]) => [
      event,
      {
        requiresReason: spec.requiresReason === true,
        ...(spec.payload ? { payload: compilePayload(spec.payload) } : {}),
      },
    ]),
  );
  const entries = new Map(
    [...table].map(([state, byEvent]) => [
      state,
      new Map(
        [...byEvent].map(([event, transitions]) => {
          const spec = eventSpecs.get(event);
          return [
            event,
            // Stryker disable next-line OptionalChaining: an event of the table was checked to be declared, so it has a spec
            { transitions, requiresReason: spec?.requiresReason === true, payload: spec?.payload },
          ];
        }),
      ),
    ]),
  );
  compiled.set(flow, {
    table,
    finals,
    events: eventNames,
    // Stryker disable next-line OptionalChaining: eventNames are the keys of def.events, so each has a definition
    requiresReason: new Set([...eventNames].filter((event) => def.events[event]?.requiresReason === true)),
    eventSpecs,
    entries,
    slas: collectSlas(def, stateNames, eventNames),
    pathCache: new Map(),
  });
  return flow;
}

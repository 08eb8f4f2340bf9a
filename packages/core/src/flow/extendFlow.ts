import { z } from 'zod';
import { AftersalesError, createIssue, type IssuePath } from '../errors/AftersalesError';
import { issuesFromZod } from '../errors/fromZod';
import { describeValue, isObjectLike, typeName } from '../errors/guards';
import { findNonJson, type JsonObject } from '../json/JsonValue';
import type { Aftersales } from '../plugin/createAftersales';
import { compiledOf, createFlow, type Flow } from './createFlow';
import type {
  DataUpdate,
  FlowDefinition,
  FlowEffectDefinition,
  FlowEventDefinition,
  FlowGuardDefinition,
  FlowSla,
  FlowStateDefinition,
  FlowTransitionDefinition,
  GuardCheck,
} from './types';

/**
 * What a plugin adds to a flow, contributed under `flows` in `definePlugin`: new states,
 * events, guards, effects and SLAs (data), transitions added to states, guards added to existing
 * transitions, and the code behind new guards and data updates. Nothing is replaced: a name that
 * already exists is an error, so an extension can never silently change a rule.
 *
 * @example
 * const hvSafety: FlowExtension = {
 *   id: 'acme.ev-hv-safety', version: '1.0.0', flow: 'repair-order',
 *   events: { confirm_hv_isolation: { title: { en: 'Confirm HV isolation', zh: '确认高压断电' } } },
 *   guards: {
 *     'acme.hv-isolated': {
 *       title: { en: 'High voltage isolated', zh: '已高压断电' }, cite: 'oem:acme-ev-2024#hvSafety',
 *       message: { en: 'isolate the high-voltage system first', zh: '请先进行高压断电' },
 *       unblock: { message: { en: 'confirm the isolation', zh: '请确认高压断电' }, events: ['confirm_hv_isolation'] },
 *       requireMarks: ['acme.hv-isolated'],
 *     },
 *   },
 *   transitions: [{ from: 'dispatched', event: 'confirm_hv_isolation', transition: { mark: ['acme.hv-isolated'] } }],
 *   addGuards: [{ from: 'dispatched', event: 'start_repair', guards: ['acme.hv-isolated'] }],
 * };
 */
export type FlowExtension = {
  readonly id: string;
  readonly version?: string;
  /** The id of the flow it extends, e.g. `repair-order`. */
  readonly flow: string;
  readonly states?: Readonly<Record<string, FlowStateDefinition>>;
  readonly events?: Readonly<Record<string, FlowEventDefinition>>;
  readonly guards?: Readonly<Record<string, FlowGuardDefinition>>;
  readonly effects?: Readonly<Record<string, FlowEffectDefinition>>;
  readonly slas?: readonly FlowSla[];
  /** Transitions added to a state's `on`; `first` puts them before the existing ones. */
  readonly transitions?: readonly {
    readonly from: string;
    readonly event: string;
    readonly transition: FlowTransitionDefinition;
    readonly position?: 'first' | 'last';
  }[];
  /** Guards added to every existing transition on `event` (from `from`, or from every state). */
  readonly addGuards?: readonly {
    readonly from?: string;
    readonly event: string;
    readonly guards: readonly string[];
  }[];
  /** The code behind the extension's own guards and data updates, and its initial data fields. */
  readonly implementation?: {
    readonly initialData?: JsonObject;
    readonly guards?: Readonly<Record<string, GuardCheck>>;
    readonly assign?: Readonly<Record<string, DataUpdate>>;
  };
};

const shape = z.looseObject({
  id: z.string().min(1).max(214),
  version: z.string().min(1).max(64).optional(),
  flow: z.string().min(1).max(120),
  states: z.record(z.string(), z.unknown()).optional(),
  events: z.record(z.string(), z.unknown()).optional(),
  guards: z.record(z.string(), z.unknown()).optional(),
  effects: z.record(z.string(), z.unknown()).optional(),
  slas: z.array(z.unknown()).optional(),
  transitions: z
    .array(
      z.strictObject({
        from: z.string(),
        event: z.string(),
        transition: z.record(z.string(), z.unknown()),
        position: z.enum(['first', 'last']).optional(),
      }),
    )
    .optional(),
  addGuards: z
    .array(
      z.strictObject({ from: z.string().optional(), event: z.string(), guards: z.array(z.string()).min(1) }),
    )
    .optional(),
  implementation: z
    .strictObject({
      initialData: z.record(z.string(), z.unknown()).optional(),
      guards: z.record(z.string(), z.unknown()).optional(),
      assign: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});

function conflict(path: IssuePath, what: string, name: string): never {
  throw AftersalesError.of('flow.invalid_definition', path, {
    reason: `${what} '${name}' already exists: an extension adds, it never replaces`,
    reasonZh: `${what}“${name}”已存在：扩展只能新增，不能替换`,
  });
}

function addNew<T>(
  base: Readonly<Record<string, T>> | undefined,
  added: Readonly<Record<string, T>> | undefined,
  path: IssuePath,
  what: string,
): Record<string, T> {
  const out: Record<string, T> = { ...(base ?? {}) };
  for (const [name, value] of Object.entries(added ?? {})) {
    if (Object.hasOwn(out, name)) conflict([...path, name], what, name);
    out[name] = value;
  }
  return out;
}

function extendOne(flow: Flow, extension: FlowExtension, index: number): Flow {
  const at: IssuePath = ['extensions', index];
  const parsed = shape.safeParse(extension);
  if (!parsed.success) {
    throw new AftersalesError(
      issuesFromZod(parsed.error, extension).map((issue) =>
        createIssue(issue.code, [...at, ...issue.path], issue.params ?? {}),
      ),
    );
  }
  if (extension.flow !== flow.id) {
    throw AftersalesError.of('flow.invalid_definition', [...at, 'flow'], {
      reason: `the extension is for flow '${describeValue(extension.flow)}', not '${flow.id}'`,
      reasonZh: `该扩展适用于流程“${describeValue(extension.flow)}”，而非“${flow.id}”`,
    });
  }
  const base = flow.definition;
  const states: Record<string, FlowStateDefinition> = addNew(
    base.states,
    extension.states,
    [...at, 'states'],
    'state',
  );
  for (const [i, added] of (extension.transitions ?? []).entries()) {
    const state = Object.hasOwn(states, added.from) ? states[added.from] : undefined;
    if (state === undefined) {
      throw AftersalesError.of('flow.invalid_definition', [...at, 'transitions', i, 'from'], {
        reason: `unknown state '${added.from}'`,
        reasonZh: `未定义的状态“${added.from}”`,
      });
    }
    const on = { ...(state.on ?? {}) };
    const existing = (Object.hasOwn(on, added.event) ? on[added.event] : undefined) ?? [];
    on[added.event] =
      added.position === 'first' ? [added.transition, ...existing] : [...existing, added.transition];
    states[added.from] = { ...state, on };
  }
  for (const [i, added] of (extension.addGuards ?? []).entries()) {
    let touched = false;
    for (const [name, state] of Object.entries(states)) {
      if (added.from !== undefined && added.from !== name) continue;
      const list = state.on && Object.hasOwn(state.on, added.event) ? state.on[added.event] : undefined;
      if (!list) continue;
      touched = true;
      states[name] = {
        ...state,
        on: {
          ...state.on,
          [added.event]: list.map((t) => ({ ...t, guards: [...(t.guards ?? []), ...added.guards] })),
        },
      };
    }
    if (!touched) {
      throw AftersalesError.of('flow.invalid_definition', [...at, 'addGuards', i], {
        reason: `no transition on '${added.event}'${added.from ? ` from '${added.from}'` : ''} to guard`,
        reasonZh: `没有可加守卫的“${added.event}”转移`,
      });
    }
  }
  const definition: FlowDefinition = {
    ...base,
    states,
    events: addNew(base.events, extension.events, [...at, 'events'], 'event'),
    guards: addNew(base.guards, extension.guards, [...at, 'guards'], 'guard'),
    effects: addNew(base.effects, extension.effects, [...at, 'effects'], 'effect'),
    slas: [...(base.slas ?? []), ...(extension.slas ?? [])],
    extensions: [...(base.extensions ?? []), { id: extension.id, version: extension.version ?? '0.0.0' }],
  };
  const impl = extension.implementation ?? {};
  const initialData = addNew(
    flow.implementation.initialData,
    impl.initialData,
    [...at, 'implementation', 'initialData'],
    'data field',
  );
  if (findNonJson(initialData) !== undefined) {
    throw AftersalesError.of('input.invalid', [...at, 'implementation', 'initialData'], {
      detail: 'not plain JSON',
      detailZh: '不是纯 JSON',
    });
  }
  return createFlow(definition, {
    ...flow.implementation,
    initialData: initialData as JsonObject,
    guards: addNew(
      flow.implementation.guards,
      impl.guards,
      [...at, 'implementation', 'guards'],
      'guard check',
    ),
    assign: addNew(
      flow.implementation.assign,
      impl.assign,
      [...at, 'implementation', 'assign'],
      'data update',
    ),
  });
}

/**
 * Returns a new flow with the extensions applied in order (the base flow is unchanged). The
 * result is checked like any flow, so an extension that names an unknown state, guard or event
 * is refused with the path inside it. The extended definition lists the extensions it carries.
 *
 * @param flow - the flow to extend, e.g. `repairOrderFlow`
 * @param extensions - one extension or several (as a plugin contributes them)
 * @returns the extended flow
 * @throws AftersalesError `flow.invalid_definition` (path `extensions.<i>…`) for a name that
 *   already exists, a transition from an unknown state, an extension for another flow
 * @example
 * const evFlow = extendFlow(repairOrderFlow, hvSafety);
 */
export function extendFlow<D extends JsonObject>(
  flow: Flow<D>,
  extensions: FlowExtension | readonly FlowExtension[],
): Flow<D> {
  // Only a flow createFlow made: a copy with a field changed would be read as if it were one.
  compiledOf(flow);
  const list = Array.isArray(extensions) ? extensions : [extensions];
  let current = flow as unknown as Flow;
  list.forEach((extension: unknown, index) => {
    if (!isObjectLike(extension)) {
      throw AftersalesError.of('input.invalid_type', ['extensions', index], {
        expected: 'object',
        received: typeName(extension),
      });
    }
    current = extendOne(current, extension as unknown as FlowExtension, index);
  });
  return current as unknown as Flow<D>;
}

/**
 * The flow with every extension the registry's plugins contribute for it (under `flows`, with
 * `flow` set to this flow's id), in plugin order.
 *
 * @example
 * const aftersales = createAftersales({ plugins: [acmeEv], timeZone: 'Asia/Shanghai' });
 * const flow = flowWithPlugins(repairOrderFlow, aftersales);
 */
export function flowWithPlugins<D extends JsonObject>(flow: Flow<D>, aftersales: Aftersales): Flow<D> {
  compiledOf(flow);
  if (!isObjectLike(aftersales) || typeof aftersales.list !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['aftersales'], {
      expected: 'a registry from createAftersales()',
      received: typeName(aftersales),
    });
  }
  const mine = aftersales.list('flows').filter((item) => item.flow === flow.id);
  // Stryker disable next-line ConditionalExpression: extendFlow with no extension returns the flow itself, as this branch does
  return mine.length === 0 ? flow : extendFlow(flow, mine as unknown as FlowExtension[]);
}

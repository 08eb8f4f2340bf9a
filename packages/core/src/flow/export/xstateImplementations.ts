import { AftersalesError } from '../../errors/AftersalesError';
import { isObjectLike, typeName } from '../../errors/guards';
import type { JsonObject } from '../../json/JsonValue';
import { type CompiledGuard, type CompiledTransition, compiledOf, type Flow } from '../createFlow';
import { nextData, nextMarks, runGuard } from '../engine';
import type { DataUpdate, FlowEvent } from '../types';
import {
  XSTATE_APPLY_TYPE,
  XSTATE_GUARD_TYPE,
  type XStateApplyParams,
  type XStateFlowContext,
  type XStateGuardParams,
} from './toXStateConfig';

/** What XState passes to a guard or an assigner: the machine context and the event. */
export type XStateFlowArgs<D extends JsonObject = JsonObject> = {
  readonly context: XStateFlowContext<D>;
  readonly event: FlowEvent;
};

/** The assigner handed to XState's `assign`: the next context from the current one and the params. */
export type XStateFlowAssigner<D extends JsonObject = JsonObject> = (
  args: XStateFlowArgs<D>,
  params: XStateApplyParams,
) => XStateFlowContext<D>;

/**
 * The `aftersales.apply` action as XState's `setup` sees it: XState's `assign(...)` result, typed
 * by its call signature so that core needs no XState types.
 */
export type XStateFlowAction<D extends JsonObject = JsonObject> = (
  args: XStateFlowArgs<D>,
  params: XStateApplyParams,
) => void;

/** Options of {@link createXStateImplementations}. */
export type XStateImplementationOptions<D extends JsonObject> = {
  /** XState's `assign` (`import { assign } from 'xstate'`): core does not depend on XState. */
  readonly assign: (assigner: XStateFlowAssigner<D>) => unknown;
  /** Passed to the flow's guard checks as the engine's `context` argument (default: `undefined`). */
  readonly context?: unknown;
};

/**
 * The guard and action implementations the exported config names, ready for XState's `setup`,
 * with `types` (type-level only, `{}` at run time) so that `setup` knows the context and events.
 */
export type XStateImplementations<D extends JsonObject = JsonObject> = {
  readonly types: { readonly context: XStateFlowContext<D>; readonly events: FlowEvent };
  readonly guards: {
    readonly [XSTATE_GUARD_TYPE]: (args: XStateFlowArgs<D>, params: XStateGuardParams) => boolean;
  };
  readonly actions: { readonly [XSTATE_APPLY_TYPE]: XStateFlowAction<D> };
};

function guardsByName(flow: Flow): Map<string, CompiledGuard> {
  const byName = new Map<string, CompiledGuard>();
  for (const events of compiledOf(flow).table.values()) {
    for (const candidates of events.values()) {
      for (const candidate of candidates) for (const guard of candidate.guards) byName.set(guard.name, guard);
    }
  }
  return byName;
}

function unknownName(path: string, name: unknown, allowed: readonly string[]): never {
  throw AftersalesError.of('input.invalid_value', ['params', path, String(name)], { allowed });
}

/**
 * The guard and action implementations that make an XState machine built from
 * {@link toXStateConfig} behave like the engine's `transition`:
 *
 * - `guards['aftersales.guards']` runs the named guards in order, as the engine does: required
 *   and forbidden marks first, then the flow's guard check with `(context.data, event, context)`;
 *   a verdict object passes only when `passed === true` (the engine's own guard runner).
 * - `actions['aftersales.apply']` is `assign(...)` of the named data updates in order, then the
 *   marks removed, then the marks set (each once, in the order first set), by the engine's own
 *   update functions.
 *
 * Core does not depend on XState: pass its `assign`. An unknown guard or update name in the
 * params (a config edited by hand) throws `input.invalid_value` when the transition runs.
 *
 * @param flow - a flow made with `createFlow`
 * @param options - `assign` from `xstate`; `context`, passed to the guard checks
 * @returns `{ types, guards, actions }` for XState's `setup`
 * @throws AftersalesError `input.invalid_type` when `flow` was not made with `createFlow` or
 *   `options.assign` is not a function
 *
 * @example
 * import { assign, initialTransition, setup, transition } from 'xstate';
 * const machine = setup(createXStateImplementations(repairOrderFlow, { assign })).createMachine(
 *   toXStateConfig(repairOrderFlow),
 * );
 * const [start] = initialTransition(machine);
 * const [next] = transition(machine, start, {
 *   type: 'receive_vehicle', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-SA-01', data: { kind: 'maintenance' },
 * });
 * next.value; // 'received'
 * next.context.data.kind; // 'maintenance'
 */
export function createXStateImplementations<D extends JsonObject>(
  flow: Flow<D>,
  options: XStateImplementationOptions<D>,
): XStateImplementations<D> {
  compiledOf(flow);
  if (!isObjectLike(options) || typeof options.assign !== 'function') {
    throw AftersalesError.of(
      'input.invalid_type',
      isObjectLike(options) ? ['options', 'assign'] : ['options'],
      {
        expected: isObjectLike(options) ? 'function (assign from xstate)' : 'object',
        received: typeName(isObjectLike(options) ? options.assign : options),
      },
    );
  }
  const engineFlow = flow as unknown as Flow;
  const guards = guardsByName(engineFlow);
  const updates: Readonly<Record<string, DataUpdate>> = (engineFlow.implementation.assign ?? {}) as Readonly<
    Record<string, DataUpdate>
  >;
  const guardContext = options.context;

  const passes = (args: XStateFlowArgs<D>, params: XStateGuardParams): boolean => {
    const { data, marks } = args.context;
    for (const name of params.guards) {
      const guard = guards.get(name) ?? unknownName('guards', name, [...guards.keys()]);
      if (runGuard(guard, data, marks, args.event, guardContext, false) === false) return false;
    }
    return true;
  };

  // The engine's own updates: a transition made of the params' data updates and marks.
  const apply: XStateFlowAssigner<D> = ({ context, event }, params) => {
    const transition: CompiledTransition = {
      target: undefined,
      // Stryker disable next-line ArrayDeclaration: nextData and nextMarks read only assign, mark and unmark
      guards: [],
      assign: params.assign.map((name) =>
        Object.hasOwn(updates, name)
          ? (updates[name] as DataUpdate)
          : unknownName('assign', name, Object.keys(updates)),
      ),
      // Stryker disable next-line ArrayDeclaration: nextData and nextMarks read only assign, mark and unmark
      effects: [],
      mark: params.mark,
      unmark: params.unmark,
    };
    return {
      data: nextData(context.data, transition, event) as D,
      marks: nextMarks(context.marks, transition),
    };
  };

  return {
    types: {} as XStateImplementations<D>['types'],
    guards: { [XSTATE_GUARD_TYPE]: passes },
    actions: { [XSTATE_APPLY_TYPE]: options.assign(apply) as XStateFlowAction<D> },
  };
}

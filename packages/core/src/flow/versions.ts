import { AftersalesError } from '../errors/AftersalesError';
import { describeValue, isObjectLike, typeName } from '../errors/guards';
import type { JsonObject } from '../json/JsonValue';
import { compiledOf, type Flow } from './createFlow';
import type { FlowState } from './types';

/**
 * Maps a state written under one definition version to the next. `states` renames states (a
 * state missing from it keeps its name); `migrate` may then rewrite the data or marks. The
 * result must be a state of version `to`.
 */
export interface FlowMigration<D extends JsonObject = JsonObject> {
  readonly from: number;
  readonly to: number;
  readonly states?: Readonly<Record<string, string>>;
  readonly migrate?: (state: FlowState<D>) => FlowState<D>;
}

/** Every version of one flow with the migrations between them. Made by {@link createFlowVersions}. */
export interface FlowVersions<D extends JsonObject = JsonObject> {
  readonly id: string;
  /** Sorted by version. */
  readonly flows: readonly Flow<D>[];
  readonly latest: number;
  readonly migrations: readonly FlowMigration<D>[];
}

const isVersions = new WeakSet<object>();

/** True when `value` was made by {@link createFlowVersions}. */
export function isFlowVersions(value: unknown): value is FlowVersions {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakSet.has answers false for a value that is not an object, so skipping the test changes nothing
  return typeof value === 'object' && value !== null && isVersions.has(value);
}

/**
 * Groups the versions of a flow so that stored logs replay under the version they were written
 * with, and states move forward through migrations. Each version but the first needs a migration
 * from the one before it.
 *
 * @throws AftersalesError `flow.invalid_definition` for mixed ids, a repeated version, a missing
 *   or unordered migration
 * @example
 * const roFlows = createFlowVersions([repairOrderFlowV1, repairOrderFlow], [
 *   { from: 1, to: 2, states: { repaired: 'self_check' } },
 * ]);
 */
export function createFlowVersions<D extends JsonObject>(
  flows: readonly Flow<D>[],
  migrations: readonly FlowMigration<D>[] = [],
): FlowVersions<D> {
  if (!Array.isArray(flows) || flows.length === 0) {
    throw AftersalesError.of('input.invalid_type', ['flows'], {
      expected: 'a non-empty array of flows',
      received: typeName(flows),
    });
  }
  flows.forEach((flow, index) => {
    compiledOf(flow, ['flows', index]);
  });
  // Sorted with each flow's place in the caller's list, so an error names the caller's index.
  const order = flows.map((flow, index) => ({ flow, index })).sort((a, b) => a.flow.version - b.flow.version);
  const sorted = order.map((entry) => entry.flow);
  const id = sorted[0]?.id as string;
  sorted.forEach((flow, position) => {
    const index = order[position]?.index as number;
    const invalid = (reason: string, reasonZh: string) => {
      throw AftersalesError.of('flow.invalid_definition', ['flows', index], { reason, reasonZh });
    };
    if (flow.id !== id)
      invalid(`versions of '${id}' mixed with '${flow.id}'`, `“${id}”的版本中混入了“${flow.id}”`);
    // At position 0 there is no version before: sorted[-1] is undefined.
    if (sorted[position - 1]?.version === flow.version) {
      invalid(`version ${flow.version} appears twice`, `版本 ${flow.version} 重复`);
    }
  });
  if (!Array.isArray(migrations)) {
    throw AftersalesError.of('input.invalid_type', ['migrations'], {
      expected: 'array',
      received: typeName(migrations),
    });
  }
  migrations.forEach((migration, index) => {
    const ok =
      isObjectLike(migration) &&
      // Stryker disable next-line ConditionalExpression: a from that is not a number equals no flow's version (checked next)
      typeof migration.from === 'number' &&
      // Stryker disable next-line ConditionalExpression: a to that is not a number equals no flow's version (checked next)
      typeof migration.to === 'number' &&
      sorted.some((f) => f.version === migration.from) &&
      sorted.some((f) => f.version === migration.to) &&
      migration.from < migration.to &&
      (migration.states === undefined || isObjectLike(migration.states)) &&
      (migration.migrate === undefined || typeof migration.migrate === 'function');
    if (!ok) {
      throw AftersalesError.of('flow.invalid_definition', ['migrations', index], {
        reason: 'a migration needs known versions from < to, a states map and an optional migrate function',
        reasonZh: '迁移需要已知的版本（from < to）、状态映射和可选的迁移函数',
      });
    }
  });
  for (let i = 1; i < sorted.length; i++) {
    const from = (sorted[i - 1] as Flow<D>).version;
    const to = (sorted[i] as Flow<D>).version;
    // Each version is reached from the one before it, so a log can move one version at a time.
    if (!migrations.some((m) => m.from === from && m.to === to)) {
      throw AftersalesError.of('flow.no_migration', ['migrations'], {
        flow: id,
        from,
        to: (sorted[i] as Flow<D>).version,
      });
    }
  }
  const versions = Object.freeze({
    id,
    flows: Object.freeze(sorted),
    latest: (sorted[sorted.length - 1] as Flow<D>).version,
    migrations: Object.freeze([...migrations]),
  });
  isVersions.add(versions);
  return versions;
}

/** The flow of one version, or `flow.unknown_version`. */
export function flowOfVersion<D extends JsonObject>(versions: FlowVersions<D>, version: unknown): Flow<D> {
  const flow = versions.flows.find((f) => f.version === version);
  if (flow) return flow;
  throw AftersalesError.of('flow.unknown_version', ['version'], {
    flow: versions.id,
    // describeValue: String() throws for a symbol or an object whose toString is not a function.
    version: describeValue(version),
    known: versions.flows.map((f) => String(f.version)),
  });
}

/**
 * Moves a state forward to a later version, one migration at a time (the migration from the
 * current version that goes furthest without passing `to`).
 *
 * @throws AftersalesError `flow.unknown_version`, `flow.no_migration`, `flow.invalid_definition`
 *   when a migration produces a state the target version does not have
 * @example
 * const current = migrateState(roFlows, storedState, roFlows.latest);
 */
export function migrateState<D extends JsonObject>(
  versions: FlowVersions<D>,
  state: FlowState<D>,
  to: number,
): FlowState<D> {
  if (!isFlowVersions(versions)) {
    throw AftersalesError.of('input.invalid_type', ['versions'], {
      expected: 'flow versions',
      received: typeName(versions),
    });
  }
  flowOfVersion(versions, to);
  if (!isObjectLike(state as unknown) || typeof state.version !== 'number') {
    throw AftersalesError.of('input.invalid_type', ['state'], {
      expected: 'a flow state',
      received: typeName(state),
    });
  }
  flowOfVersion(versions, state.version);
  let current: FlowState<D> = state;
  while (current.version < to) {
    const from = current.version;
    const step = versions.migrations
      .filter((m) => m.from === from && m.to <= to)
      .sort((a, b) => b.to - a.to)[0];
    if (!step)
      throw AftersalesError.of('flow.no_migration', ['state', 'version'], { flow: versions.id, from, to });
    const renamed = step.states?.[current.value];
    const moved: FlowState<D> = { ...current, version: step.to, value: renamed ?? current.value };
    current = step.migrate ? step.migrate(moved) : moved;
    const target = flowOfVersion(versions, step.to);
    if (current.version !== step.to || !Object.hasOwn(target.definition.states, current.value)) {
      throw AftersalesError.of('flow.invalid_definition', ['migrations'], {
        reason: `the migration ${from} → ${step.to} produced state '${String(current.value)}', which version ${step.to} does not have`,
        reasonZh: `迁移 ${from} → ${step.to} 产生了版本 ${step.to} 中不存在的状态“${String(current.value)}”`,
      });
    }
  }
  if (current.version > to) {
    throw AftersalesError.of('flow.no_migration', ['state', 'version'], {
      flow: versions.id,
      from: current.version,
      to,
    });
  }
  return current;
}

import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { createFlow, type Flow } from './createFlow';
import { replay } from './replay';
import { at, deepFreeze, ev, issuesOf } from './testing';
import type { FlowDefinition, FlowEvent, FlowState, FlowTransitionDefinition } from './types';
import { createFlowVersions, type FlowMigration, isFlowVersions, migrateState } from './versions';

/**
 * Three versions of a door:
 * - v1: closed ⇄ opened, closed ⇄ locked; data { opened };
 * - v2: `opened` is renamed `ajar`, and a door that is ajar can be slammed shut; data { opened, slams };
 * - v3: `locked` is renamed `bolted`.
 */
const text = (en: string, zh: string) => ({ en, zh });
const countOpen = ['door.count-open'];

function door(
  version: number,
  open: string,
  locked: string,
  extra: { slam?: boolean; id?: string } = {},
): Flow<JsonObject> {
  const openOn: Record<string, FlowTransitionDefinition[]> = { close: [{ target: 'closed' }] };
  if (extra.slam) openOn.slam = [{ target: 'closed', assign: ['door.count-slam'] }];
  const definition: FlowDefinition = {
    id: extra.id ?? 'door',
    version,
    title: text('Door', '门'),
    initial: 'closed',
    events: {
      open: { title: text('Open', '开门') },
      close: { title: text('Close', '关门') },
      lock: { title: text('Lock', '上锁') },
      unlock: { title: text('Unlock', '开锁') },
      ...(extra.slam ? { slam: { title: text('Slam', '摔门') } } : {}),
    },
    states: {
      closed: {
        title: text('Closed', '关着'),
        on: { open: [{ target: open, assign: countOpen }], lock: [{ target: locked }] },
      },
      [open]: { title: text('Open', '开着'), on: openOn },
      [locked]: { title: text('Locked', '锁着'), on: { unlock: [{ target: 'closed' }] } },
    },
  };
  return createFlow<JsonObject>(definition, {
    initialData: extra.slam ? { opened: 0, slams: 0 } : { opened: 0 },
    assign: {
      'door.count-open': (data) => ({ ...data, opened: Number(data.opened) + 1 }),
      'door.count-slam': (data) => ({ ...data, slams: Number(data.slams) + 1 }),
    },
  });
}

const v1 = door(1, 'opened', 'locked');
const v2 = door(2, 'ajar', 'locked', { slam: true });
const v3 = door(3, 'ajar', 'bolted', { slam: true });
const m12: FlowMigration<JsonObject> = {
  from: 1,
  to: 2,
  states: { opened: 'ajar' },
  migrate: (state) => ({ ...state, data: { ...state.data, slams: 0 } }),
};
const m23: FlowMigration<JsonObject> = { from: 2, to: 3, states: { locked: 'bolted' } };
const versions = createFlowVersions([v1, v2, v3], [m12, m23]);

const v = (event: FlowEvent, flowVersion: number): FlowEvent => ({ ...event, flowVersion });
const codeAndPath = (fn: () => unknown) => issuesOf(fn).map(({ code, path }) => ({ code, path }));

describe('createFlowVersions', () => {
  it('returns the versions sorted, with the latest, when given in any order', () => {
    const shuffled = createFlowVersions([v3, v1, v2], [m23, m12]);
    expect([shuffled.id, shuffled.flows.map((f) => f.version), shuffled.latest]).toEqual([
      'door',
      [1, 2, 3],
      3,
    ]);
    expect(isFlowVersions(shuffled)).toBe(true);
    expect(isFlowVersions({ ...shuffled })).toBe(false);
  });

  it('returns a single version without any migration', () => {
    expect(createFlowVersions([v2]).latest).toBe(2);
  });

  it('throws flow.invalid_definition at the flow when versions of two flows are mixed', () => {
    const gate = door(2, 'ajar', 'locked', { slam: true, id: 'gate' });
    expect(codeAndPath(() => createFlowVersions([v1, gate], [m12]))).toEqual([
      { code: 'flow.invalid_definition', path: ['flows', 1] },
    ]);
  });

  it('throws flow.invalid_definition at the flow when a version appears twice', () => {
    const again = door(1, 'opened', 'locked');
    expect(issuesOf(() => createFlowVersions([v1, again], [m12]))[0]).toMatchObject({
      code: 'flow.invalid_definition',
      path: ['flows', 1],
      params: { reason: 'version 1 appears twice' },
    });
  });

  it('throws at the index the caller gave when the flows are not in version order', () => {
    // The gate is flows[0] as passed; sorted by version it would be second.
    const gate = door(2, 'ajar', 'locked', { slam: true, id: 'gate' });
    expect(codeAndPath(() => createFlowVersions([gate, v1], [m12]))).toEqual([
      { code: 'flow.invalid_definition', path: ['flows', 0] },
    ]);
    // The repeated version 1 is flows[2] as passed.
    const again = door(1, 'opened', 'locked');
    expect(codeAndPath(() => createFlowVersions([v2, v1, again], [m12]))).toEqual([
      { code: 'flow.invalid_definition', path: ['flows', 2] },
    ]);
  });

  it('throws flow.no_migration at migrations when a version has no migration from the one before', () => {
    expect(issuesOf(() => createFlowVersions([v1, v2]))).toMatchInlineSnapshot(`
      [
        {
          "code": "flow.no_migration",
          "message": {
            "en": "migrations flow 'door' has no migration from version 1 to 2",
            "zh": "migrations 流程“door”缺少从版本 1 到 2 的迁移",
          },
          "params": {
            "flow": "door",
            "from": 1,
            "to": 2,
          },
          "path": [
            "migrations",
          ],
        },
      ]
    `);
    expect(codeAndPath(() => createFlowVersions([v1, v2, v3], [m12]))).toEqual([
      { code: 'flow.no_migration', path: ['migrations'] },
    ]);
  });

  it('throws flow.no_migration when the only migration from version 1 skips version 2', () => {
    // A log written under v1 that moves to v2 could never be replayed: nothing maps 1 → 2.
    const m13: FlowMigration<JsonObject> = { from: 1, to: 3, states: { opened: 'ajar', locked: 'bolted' } };
    expect(codeAndPath(() => createFlowVersions([v1, v2, v3], [m13, m23]))).toEqual([
      { code: 'flow.no_migration', path: ['migrations'] },
    ]);
  });

  it('throws flow.invalid_definition at the migration when it is malformed', () => {
    const bad: unknown[] = [
      null,
      { from: 2, to: 1 },
      { from: 1, to: 1 },
      { from: 1, to: 5 },
      { from: '1', to: 2 },
      { from: 1, to: 2, states: 'opened→ajar' },
      { from: 1, to: 2, migrate: 'upgrade' },
    ];
    for (const migration of bad) {
      expect(
        codeAndPath(() => createFlowVersions([v1, v2], [m12, migration as FlowMigration<JsonObject>])),
      ).toEqual([{ code: 'flow.invalid_definition', path: ['migrations', 1] }]);
    }
  });

  it('throws input.invalid_type when the flows are not a non-empty array of flows', () => {
    expect(codeAndPath(() => createFlowVersions([]))).toEqual([
      { code: 'input.invalid_type', path: ['flows'] },
    ]);
    expect(codeAndPath(() => createFlowVersions([v1, { ...v2 }]))).toEqual([
      { code: 'input.invalid_type', path: ['flows', 1] },
    ]);
    expect(codeAndPath(() => createFlowVersions([v1], {} as unknown as FlowMigration<JsonObject>[]))).toEqual(
      [{ code: 'input.invalid_type', path: ['migrations'] }],
    );
  });
});

describe('replay with versions', () => {
  const open = (time: string) => ev('open', time);
  const close = (time: string) => ev('close', time);

  it('returns a v1 state when every event was written under v1', () => {
    const events = [v(open(at(1, 9)), 1), v(close(at(1, 10)), 1), v(ev('lock', at(1, 11)), 1)];
    expect(replay(versions, events)).toEqual({
      flow: 'door',
      version: 1,
      value: 'locked',
      data: { opened: 1 },
      marks: [],
      at: at(1, 11),
      enteredAt: at(1, 11),
      eventCount: 3,
    });
  });

  it('migrates the state and continues under v2 when the log moves from v1 to v2', () => {
    // After three v1 events the door is 'opened' (opened twice); the migration renames it 'ajar'
    // and adds slams: 0; the v2 slam then closes it.
    const events = [
      v(open(at(1, 9)), 1),
      v(close(at(1, 10)), 1),
      v(open(at(1, 11)), 1),
      v(ev('slam', at(1, 12)), 2),
    ];
    expect(replay(versions, events)).toEqual({
      flow: 'door',
      version: 2,
      value: 'closed',
      data: { opened: 2, slams: 1 },
      marks: [],
      at: at(1, 12),
      enteredAt: at(1, 12),
      eventCount: 4,
    });
  });

  it('migrates twice when the log moves on to v3', () => {
    const events = [v(open(at(1, 9)), 1), v(ev('slam', at(1, 10)), 2), v(ev('lock', at(1, 11)), 3)];
    const state = replay(versions, events);
    expect([state.version, state.value, state.data, state.eventCount]).toEqual([
      3,
      'bolted',
      { opened: 1, slams: 1 },
      3,
    ]);
  });

  it('migrates a v1 snapshot when the events that follow are v2', () => {
    const snapshot = replay(versions, [v(open(at(1, 9)), 1)]);
    expect([snapshot.version, snapshot.value]).toEqual([1, 'opened']);
    const state = replay(versions, [v(ev('slam', at(1, 10)), 2)], { from: snapshot });
    expect([state.version, state.value, state.data]).toEqual([2, 'closed', { opened: 1, slams: 1 }]);
  });

  it('returns a state of the latest version when no event names a version', () => {
    const state = replay(versions, [open(at(1, 9)), ev('slam', at(1, 10))]);
    expect([state.version, state.value, state.data]).toEqual([3, 'closed', { opened: 1, slams: 1 }]);
  });

  it('returns a state of the version in the options when the events name none', () => {
    const state = replay(versions, [open(at(1, 9))], { version: 1 });
    expect([state.version, state.value]).toEqual([1, 'opened']);
  });

  it('throws flow.rejected_event when an event does not exist in the version it names', () => {
    expect(codeAndPath(() => replay(versions, [v(open(at(1, 9)), 1), v(ev('slam', at(1, 10)), 1)]))).toEqual([
      { code: 'flow.rejected_event', path: ['events', 1] },
    ]);
  });

  it('throws flow.unknown_version at the event when it names a version lower than the current one', () => {
    expect(issuesOf(() => replay(versions, [v(open(at(1, 9)), 2), v(close(at(1, 10)), 1)]))).toEqual([
      {
        code: 'flow.unknown_version',
        path: ['events', 1, 'flowVersion'],
        message: {
          en: "events[1].flowVersion flow 'door' has no version 1 (known: 1, 2, 3)",
          zh: 'events[1].flowVersion 流程“door”没有版本 1（已知版本：1, 2, 3）',
        },
        params: { flow: 'door', version: '1', known: ['1', '2', '3'] },
      },
    ]);
  });

  it('throws flow.unknown_version at the event when it names a version that does not exist', () => {
    expect(codeAndPath(() => replay(versions, [v(open(at(1, 9)), 1), v(close(at(1, 10)), 7)]))).toEqual([
      { code: 'flow.unknown_version', path: ['events', 1, 'flowVersion'] },
    ]);
  });
});

describe('migrateState', () => {
  const lockedV1 = deepFreeze(replay(versions, [v(ev('lock', at(1, 9)), 1)]));

  it('returns the state renamed and rewritten by each migration when it moves across two steps', () => {
    expect(migrateState(versions, lockedV1, 3)).toEqual({
      flow: 'door',
      version: 3,
      value: 'bolted',
      data: { opened: 0, slams: 0 },
      marks: [],
      at: at(1, 9),
      enteredAt: at(1, 9),
      eventCount: 1,
    });
  });

  it('returns the state of the next version when it moves one step', () => {
    const opened = replay(versions, [v(ev('open', at(1, 9)), 1)]);
    expect(migrateState(versions, opened, 2)).toMatchObject({
      version: 2,
      value: 'ajar',
      data: { opened: 1, slams: 0 },
    });
  });

  it('returns the state unchanged when it is already of the target version', () => {
    expect(migrateState(versions, lockedV1, 1)).toBe(lockedV1);
  });

  it('takes the migration that goes furthest without passing the target', () => {
    const m13: FlowMigration<JsonObject> = {
      from: 1,
      to: 3,
      states: { locked: 'bolted' },
      migrate: (state) => ({ ...state, data: { ...state.data, slams: 0, direct: true } }),
    };
    const withShortcut = createFlowVersions([v1, v2, v3], [m12, m23, m13]);
    expect(migrateState(withShortcut, lockedV1, 3).data).toEqual({ opened: 0, slams: 0, direct: true });
    expect(migrateState(withShortcut, lockedV1, 2).data).toEqual({ opened: 0, slams: 0 });
  });

  it('throws flow.invalid_definition when a migration produces a state the target version lacks', () => {
    const forgetful = createFlowVersions([v1, v2], [{ from: 1, to: 2 }]);
    const opened = replay(forgetful, [v(ev('open', at(1, 9)), 1)]);
    expect(issuesOf(() => migrateState(forgetful, opened, 2))[0]).toMatchObject({
      code: 'flow.invalid_definition',
      path: ['migrations'],
      params: {
        reason: "the migration 1 → 2 produced state 'opened', which version 2 does not have",
      },
    });
  });

  it('throws flow.invalid_definition when a migrate function returns another version', () => {
    const wrong = createFlowVersions(
      [v1, v2],
      [{ ...m12, migrate: (state: FlowState<JsonObject>) => ({ ...state, version: 1 }) }],
    );
    expect(codeAndPath(() => migrateState(wrong, lockedV1, 2))).toEqual([
      { code: 'flow.invalid_definition', path: ['migrations'] },
    ]);
  });

  it('throws flow.no_migration when the target version is older than the state', () => {
    const lockedV3 = migrateState(versions, lockedV1, 3);
    expect(issuesOf(() => migrateState(versions, lockedV3, 1))[0]).toMatchObject({
      code: 'flow.no_migration',
      path: ['state', 'version'],
      params: { flow: 'door', from: 3, to: 1 },
    });
  });

  it('throws flow.unknown_version at version when the target version does not exist', () => {
    expect(codeAndPath(() => migrateState(versions, lockedV1, 4))).toEqual([
      { code: 'flow.unknown_version', path: ['version'] },
    ]);
  });

  it('throws input.invalid_type when the versions or the state are not what they should be', () => {
    expect(codeAndPath(() => migrateState({ ...versions }, lockedV1, 2))).toEqual([
      { code: 'input.invalid_type', path: ['versions'] },
    ]);
    expect(codeAndPath(() => migrateState(versions, null as unknown as FlowState<JsonObject>, 2))).toEqual([
      { code: 'input.invalid_type', path: ['state'] },
    ]);
  });
});

describe('createFlowVersions and migrateState: what each refusal says', () => {
  const refusal = (fn: () => unknown) =>
    issuesOf(fn).map(({ code, path, params }) => ({ code, path, params }));

  it('names the flows that are mixed, and the version that appears twice, in English and Chinese', () => {
    expect(refusal(() => createFlowVersions([v1, door(2, 'ajar', 'locked', { id: 'gate' })], [m12]))).toEqual(
      [
        {
          code: 'flow.invalid_definition',
          path: ['flows', 1],
          params: { reason: "versions of 'door' mixed with 'gate'", reasonZh: '“door”的版本中混入了“gate”' },
        },
      ],
    );
    expect(refusal(() => createFlowVersions([v1, v2, door(2, 'ajar', 'locked')], [m12]))).toEqual([
      {
        code: 'flow.invalid_definition',
        path: ['flows', 2],
        params: { reason: 'version 2 appears twice', reasonZh: '版本 2 重复' },
      },
    ]);
  });

  it('says what the flows and the migrations should be when they are not arrays', () => {
    expect(refusal(() => createFlowVersions(v1 as unknown as Flow<JsonObject>[]))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['flows'],
        params: { expected: 'a non-empty array of flows', received: 'object' },
      },
    ]);
    expect(refusal(() => createFlowVersions([v1], m12 as unknown as FlowMigration<JsonObject>[]))).toEqual([
      { code: 'input.invalid_type', path: ['migrations'], params: { expected: 'array', received: 'object' } },
    ]);
  });

  it('refuses a migration from a version the flow does not have, even beside a good one', () => {
    // v1 → v2 exists, so the chain is complete; the second migration starts at version 0.
    expect(refusal(() => createFlowVersions([v1, v2], [m12, { from: 0, to: 2 }]))).toEqual([
      {
        code: 'flow.invalid_definition',
        path: ['migrations', 1],
        params: {
          reason: 'a migration needs known versions from < to, a states map and an optional migrate function',
          reasonZh: '迁移需要已知的版本（from < to）、状态映射和可选的迁移函数',
        },
      },
    ]);
  });

  it('throws flow.no_migration from 2 to 3 when the only migration to 3 starts at 1', () => {
    const m13: FlowMigration<JsonObject> = { from: 1, to: 3, states: { locked: 'bolted' } };
    expect(refusal(() => createFlowVersions([v1, v2, v3], [m12, m13]))).toEqual([
      { code: 'flow.no_migration', path: ['migrations'], params: { flow: 'door', from: 2, to: 3 } },
    ]);
  });

  it('names the flow, the version asked for and the known versions when the version does not exist', () => {
    const lockedV1 = replay(versions, [v(ev('lock', at(1, 9)), 1)]);
    expect(refusal(() => migrateState(versions, lockedV1, 7))).toEqual([
      {
        code: 'flow.unknown_version',
        path: ['version'],
        params: { flow: 'door', version: '7', known: ['1', '2', '3'] },
      },
    ]);
  });

  it('says what the versions and the state should be, and refuses a state whose version is not a number', () => {
    const lockedV1 = replay(versions, [v(ev('lock', at(1, 9)), 1)]);
    expect(refusal(() => migrateState([] as unknown as typeof versions, lockedV1, 2))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['versions'],
        params: { expected: 'flow versions', received: 'array' },
      },
    ]);
    const textVersion = { ...lockedV1, version: '1' } as unknown as FlowState<JsonObject>;
    expect(refusal(() => migrateState(versions, textVersion, 2))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['state'],
        params: { expected: 'a flow state', received: 'object' },
      },
    ]);
  });

  it('explains in Chinese too the state a migration produced that the version lacks', () => {
    const forgetful = createFlowVersions([v1, v2], [{ from: 1, to: 2 }]);
    const opened = replay(forgetful, [v(ev('open', at(1, 9)), 1)]);
    expect(refusal(() => migrateState(forgetful, opened, 2))[0]?.params).toEqual({
      reason: "the migration 1 → 2 produced state 'opened', which version 2 does not have",
      reasonZh: '迁移 1 → 2 产生了版本 2 中不存在的状态“opened”',
    });
  });

  it('throws flow.no_migration when a migration was changed after the versions were grouped', () => {
    const mutable = { from: 1, to: 2, states: { opened: 'ajar' } };
    const grouped = createFlowVersions([v1, v2], [mutable]);
    const lockedV1 = replay(grouped, [v(ev('lock', at(1, 9)), 1)]);
    // The caller's migration object is shared, not copied: moving its target past 2 leaves no step.
    mutable.to = 5;
    expect(refusal(() => migrateState(grouped, lockedV1, 2))).toEqual([
      { code: 'flow.no_migration', path: ['state', 'version'], params: { flow: 'door', from: 1, to: 2 } },
    ]);
  });
});

import { createFlow, createFlowVersions, initialState, replay, transition } from '@aftersales/core';
import type { ErrorExample } from './types';

/** A two-state flow, small enough to show whole in each example that needs one. */
function doorFlow(version: number) {
  return createFlow(
    {
      id: 'door',
      version,
      title: { en: 'Door', zh: '门' },
      initial: 'closed',
      events: { open: { title: { en: 'Open', zh: '开门' } } },
      states: {
        closed: { title: { en: 'Closed', zh: '关着' }, on: { open: [{ target: 'open' }] } },
        open: { title: { en: 'Open', zh: '开着' }, final: true },
      },
    },
    { initialData: {} },
  );
}

/** Flows: definitions checked when created, event logs replayed strictly, versions migrated. */
export const flowExamples: readonly ErrorExample[] = [
  {
    code: 'flow.invalid_definition',
    meaning:
      'A flow definition, extension or migration does not check (an unknown initial or target state, a guard without an implementation, a migration to a state the version lacks): fix the definition as the reason says.',
    meaningZh:
      '流程定义、扩展或迁移未通过校验（初始或目标状态不存在、守卫没有实现、迁移到该版本不存在的状态）：请按原因修正定义。',
    outcome: 'throws',
    example: () =>
      createFlow(
        {
          id: 'door',
          version: 1,
          title: { en: 'Door', zh: '门' },
          initial: 'ajar',
          events: {},
          states: { closed: { title: { en: 'Closed', zh: '关着' } } },
        },
        { initialData: {} },
      ),
  },
  {
    code: 'flow.rejected_event',
    meaning:
      'A stored event log contains an event the flow refuses in the state it reached (the event is unknown there, a guard failed, the time went backwards): correct the log, or use `auditFlowLogs` to list every such event.',
    meaningZh:
      '存储的事件日志中有流程在当时状态下拒绝的事件（该状态不接受此事件、守卫未通过、时间倒流）：请更正日志，或用 `auditFlowLogs` 列出所有此类事件。',
    outcome: 'throws',
    example: () =>
      replay(doorFlow(1), [
        { type: 'open', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-SA-03' },
        { type: 'open', at: '2024-03-01T09:05:00+08:00', actor: 'EMP-SA-03' },
      ]),
  },
  {
    code: 'flow.unknown_version',
    meaning:
      "A log, state or option names a flow version that is not among the versions given: pass that version's definition too, or correct the version number.",
    meaningZh: '日志、状态或选项指定的流程版本不在所给版本之中：请一并传入该版本的定义，或更正版本号。',
    outcome: 'throws',
    example: () =>
      replay(createFlowVersions([doorFlow(1)]), [
        { type: 'open', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-SA-03', flowVersion: 2 },
      ]),
  },
  {
    code: 'flow.no_migration',
    meaning:
      'Two versions of a flow have no migration between them, so an old log or state cannot move forward: add a migration `{ from, to, states }`.',
    meaningZh: '流程的两个版本之间没有迁移，旧日志或旧状态无法升级：请添加迁移 `{ from, to, states }`。',
    outcome: 'throws',
    example: () => createFlowVersions([doorFlow(1), doorFlow(2)]),
  },
  {
    code: 'flow.state_mismatch',
    meaning:
      'A state of one flow or version was passed with another (a version-1 state to the version-2 flow): migrate the state first with `migrateState`, or pass the flow it belongs to.',
    meaningZh:
      '把某一流程或版本的状态用在了另一流程或版本上（如版本 1 的状态传给版本 2 的流程）：请先用 `migrateState` 迁移状态，或传入其所属流程。',
    outcome: 'throws',
    example: () =>
      transition(doorFlow(2), initialState(doorFlow(1)), {
        type: 'open',
        at: '2024-03-01T09:00:00+08:00',
        actor: 'EMP-SA-03',
      }),
  },
];

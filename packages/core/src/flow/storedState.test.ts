import { describe, expect, it } from 'vitest';
import { createAftersales } from '../plugin/createAftersales';
import { extendFlow, flowWithPlugins } from './extendFlow';
import { nextEvents } from './nextEvents';
import { repairOrderFlow } from './repairOrder/repairOrderFlow';
import { replay, safeReplay } from './replay';
import { can, transition } from './transition';
import type { FlowEvent } from './types';
import { createFlowVersions, migrateState } from './versions';

/**
 * A state is stored and read back by the caller, who may hand it back edited or damaged. The
 * flow's guards read the data the flow wrote itself, so damaged data made them throw TypeErrors
 * (found by tests/robustness/public-api.test.ts); it is a coded error at the state's data now.
 */

const at = (minute: number) => `2024-03-01T09:${String(minute).padStart(2, '0')}:00+08:00`;
const upToInspection: FlowEvent[] = [
  { type: 'receive_vehicle', at: at(0), actor: 'SA-1', data: { kind: 'repair' } },
  { type: 'complete_walkaround', at: at(10), actor: 'SA-1' },
];
const addLine: FlowEvent = {
  type: 'add_line',
  at: at(15),
  actor: 'SA-1',
  data: { lineId: 'L1', payType: 'CP', priced: true },
};
const inspected = replay(repairOrderFlow, upToInspection);
// JSON.parse: an object whose toString is not a function, as stored JSON can hold.
const hostile = JSON.parse('{"toString":"not a function"}') as unknown;

describe('a stored state handed back damaged', () => {
  it.each([
    ['lines: 5', { ...inspected.data, lines: 5 }],
    ['lines: [null]', { ...inspected.data, lines: [null] }],
    ['data: null', null],
  ])('transition, can and nextEvents refuse %s with input.invalid at state.data', (_label, data) => {
    const damaged = { ...inspected, data } as never;
    const expected = expect.objectContaining({ code: 'input.invalid', path: ['state', 'data'] });
    expect(() => transition(repairOrderFlow, damaged, addLine)).toThrowError(expected);
    expect(() => can(repairOrderFlow, damaged, addLine)).toThrowError(expected);
    expect(() => nextEvents(repairOrderFlow, damaged)).toThrowError(expected);
  });

  it('replay from a damaged snapshot throws at options.from.data, and safeReplay answers with it', () => {
    const from = { ...inspected, data: { ...inspected.data, lines: 5 } } as never;
    expect(() => replay(repairOrderFlow, [addLine], { from })).toThrowError(
      expect.objectContaining({ code: 'input.invalid', path: ['options', 'from', 'data'] }),
    );
    const result = safeReplay(repairOrderFlow, [addLine], { from });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.invalid', ['options', 'from', 'data']],
    ]);
  });

  it('names a state of another flow even when its flow or version cannot be turned into text', () => {
    expect(() => transition(repairOrderFlow, { ...inspected, flow: hostile } as never, addLine)).toThrowError(
      expect.objectContaining({ code: 'flow.state_mismatch', path: ['state'] }),
    );
  });

  it('the undamaged state still takes the event', () => {
    const result = transition(repairOrderFlow, inspected, addLine);
    expect(result.ok && result.state.data.lines.map((line) => line.id)).toEqual(['L1']);
  });
});

describe('flow arguments that are not flows', () => {
  it('migrateState names a version that cannot be turned into text', () => {
    const versions = createFlowVersions([repairOrderFlow]);
    expect(() => migrateState(versions, inspected, hostile as never)).toThrowError(
      expect.objectContaining({ code: 'flow.unknown_version', path: ['version'] }),
    );
  });

  it('flowWithPlugins and extendFlow refuse a flow that was not made with createFlow', () => {
    const registry = createAftersales({ timeZone: 'Asia/Shanghai' });
    const expected = expect.objectContaining({ code: 'input.invalid_type', path: ['flow'] });
    const copy = { ...repairOrderFlow, definition: null };
    expect(() => flowWithPlugins(copy as never, registry)).toThrowError(expected);
    const edited = { ...repairOrderFlow, definition: { ...repairOrderFlow.definition, slas: {} } };
    expect(() => extendFlow(edited as never, [])).toThrowError(expected);
  });
});

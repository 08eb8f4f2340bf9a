import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../../errors/AftersalesError';
import { createFlow } from '../createFlow';
import { repairOrderFlow } from '../repairOrder/repairOrderFlow';
import { doorFlow } from './testing';
import { toMermaid } from './toMermaid';

function codeOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
}

describe('toMermaid', () => {
  it('draws the door flow in definition order, internal transitions left out', () => {
    expect(toMermaid(doorFlow)).toBe(
      [
        'stateDiagram-v2',
        '  state "Closed" as closed',
        '  state "Open #quot;wide#quot;" as open',
        '  state "Locked" as locked',
        '  state "Broken" as broken',
        '  [*] --> closed',
        '  closed --> open : open [door.not-jammed]',
        '  closed --> locked : lock [door.has-key]',
        '  closed --> broken : kick [door.has-key]',
        '  closed --> open : kick',
        '  open --> closed : close',
        '  open --> open : open',
        '  locked --> closed : unlock [door.has-key]',
        '  broken --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('labels the states in Chinese and lists internal transitions in notes when asked', () => {
    expect(toMermaid(doorFlow, { locale: 'zh', internal: true })).toBe(
      [
        'stateDiagram-v2',
        '  state "关着" as closed',
        '  state "开着" as open',
        '  state "锁着" as locked',
        '  state "坏了" as broken',
        '  [*] --> closed',
        '  closed --> open : open [door.not-jammed]',
        '  closed --> locked : lock [door.has-key]',
        '  closed --> broken : kick [door.has-key]',
        '  closed --> open : kick',
        '  note right of closed',
        '    take_key',
        '    jam',
        '  end note',
        '  open --> closed : close',
        '  open --> open : open',
        '  locked --> closed : unlock [door.has-key]',
        '  note right of locked',
        '    drop_key',
        '  end note',
        '  broken --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('draws the repair-order flow with its guards, in Chinese', () => {
    const text = toMermaid(repairOrderFlow, { locale: 'zh' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  state "已接车问诊" as received');
    expect(lines).toContain('  state "未开始" as new');
    expect(lines).toContain('  [*] --> new');
    expect(lines).toContain('  new --> received : receive_vehicle');
    expect(lines).toContain('  inspected --> estimated : submit_estimate [ro.has-lines, ro.estimate-priced]');
    expect(lines).toContain(
      '  in_repair --> self_check : complete_repair [ro.not-on-hold, ro.approved-lines-done]',
    );
    expect(lines).toContain(
      '  peer_check --> final_inspection : pass_peer_check [ro.peer-is-another-person]',
    );
    expect(lines).toContain('  settled --> delivered : deliver [ro.final-inspection-passed]');
    expect(lines).toContain('  approved --> cancelled : cancel [ro.no-work-started]');
    expect(lines).toContain('  closed --> reopened : reopen');
    expect(lines).toContain('  cancelled --> [*]');
    // Internal transitions (add a line, place a hold) are not drawn by default.
    expect(text).not.toMatch(/add_line|place_hold|archive_customer_record/);
    // One state declaration per state, one arrow per transition with a target.
    const states = Object.keys(repairOrderFlow.definition.states);
    expect(lines.filter((line) => line.startsWith('  state '))).toHaveLength(states.length);
    const moves = Object.values(repairOrderFlow.definition.states).flatMap((state) =>
      Object.values(state.on ?? {}).flatMap((candidates) => candidates.filter((c) => c.target !== undefined)),
    );
    expect(lines.filter((line) => / --> (?!\[\*\])/.test(line) && !line.startsWith('  [*]'))).toHaveLength(
      moves.length,
    );
  });

  it('lists the repair-order internal transitions in notes when asked', () => {
    const text = toMermaid(repairOrderFlow, { internal: true });
    expect(text).toContain('  state "Not started" as new');
    expect(text).toMatch(
      / {2}note right of in_repair\n(?: {4}.*\n)* {4}start_line \[ro\.line-exists, ro\.line-approved\]\n/,
    );
    expect(text).toContain('    place_hold\n');
  });

  it('renames the states Mermaid would read as keywords, avoiding the other names', () => {
    const title = { en: 'T', zh: 'T' };
    const flow = createFlow(
      {
        id: 'keywords',
        version: 1,
        title,
        initial: 'default',
        events: { go: { title } },
        states: {
          default: { title: { en: 'Default', zh: '默认' }, on: { go: [{ target: 'default_' }] } },
          default_: { title: { en: 'Next', zh: '下一个' }, on: { go: [{ target: 'note' }] } },
          note: { title: { en: 'Note', zh: '备注' }, final: true },
        },
      },
      { initialData: {} },
    );
    expect(toMermaid(flow)).toBe(
      [
        'stateDiagram-v2',
        '  state "Default" as default__',
        '  state "Next" as default_',
        '  state "Note" as note_',
        '  [*] --> default__',
        '  default__ --> default_ : go',
        '  default_ --> note_ : go',
        '  note_ --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('writes a title with line breaks and quotes on one line, the quotes as #quot;', () => {
    const title = { en: 'T', zh: 'T' };
    const flow = createFlow(
      {
        id: 'labels',
        version: 1,
        title,
        initial: 'waiting',
        events: { go: { title } },
        states: {
          waiting: {
            title: { en: 'Waiting\nfor "parts"', zh: '等待\r\n配件' },
            on: { go: [{ target: 'done' }] },
          },
          done: { title: { en: 'Done', zh: '完成' }, final: true },
        },
      },
      { initialData: {} },
    );
    // Each line break (\n, or \r\n as one) becomes one space; each " becomes #quot;.
    expect(toMermaid(flow).split('\n')[1]).toBe('  state "Waiting for #quot;parts#quot;" as waiting');
    expect(toMermaid(flow, { locale: 'zh' }).split('\n')[1]).toBe('  state "等待 配件" as waiting');
  });

  it('says what it expected of bad options', () => {
    const paramsOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (isAftersalesError(error)) return error.issues[0]?.params;
        throw error;
      }
      return undefined;
    };
    expect(paramsOf(() => toMermaid(doorFlow, 'zh' as never))).toEqual({
      expected: 'object',
      received: 'string',
    });
    expect(paramsOf(() => toMermaid(doorFlow, { locale: 'fr' as never }))).toEqual({ allowed: ['en', 'zh'] });
    expect(paramsOf(() => toMermaid(doorFlow, { internal: 'yes' as never }))).toEqual({
      expected: 'boolean',
      received: 'string',
    });
  });

  it('is deterministic', () => {
    expect(toMermaid(repairOrderFlow, { locale: 'zh' })).toBe(toMermaid(repairOrderFlow, { locale: 'zh' }));
  });

  it('answers bad input with coded errors', () => {
    expect(codeOf(() => toMermaid({} as never))).toMatchObject({
      code: 'input.invalid_type',
      path: ['flow'],
    });
    expect(codeOf(() => toMermaid(doorFlow, { locale: 'fr' as never }))).toEqual({
      code: 'input.invalid_value',
      path: ['options', 'locale'],
    });
    expect(codeOf(() => toMermaid(doorFlow, { internal: 'yes' as never }))).toMatchObject({
      code: 'input.invalid_type',
      path: ['options', 'internal'],
    });
    expect(codeOf(() => toMermaid(doorFlow, 'zh' as never))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
    });
  });
});

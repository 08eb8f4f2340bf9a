import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { createFlow } from './createFlow';
import { nextEvents } from './nextEvents';
import { replay } from './replay';
import { at, ev, type TicketData, ticketDefinition, ticketImplementation } from './testing';
import { initialState, transition } from './transition';
import type { FlowImplementation } from './types';

/**
 * Edge cases of the flow engine that plain data can reach (the ticket flow of ./testing). Each
 * flow is built inside its test, so that nothing is shared or cached between tests.
 */

describe('transition: marks left alone', () => {
  it('keeps the very same marks array for a transition that neither marks nor unmarks', () => {
    const flow = createFlow(ticketDefinition, ticketImplementation);
    const marked = replay(flow, [ev('assign', at(1, 9)), ev('pass_qc', at(1, 10))]);
    expect(marked.marks).toEqual(['ticket.qc-passed']);
    // note only updates data: the state's marks are carried over as they are, not rebuilt.
    const result = transition(flow, marked, ev('note', at(1, 11), { data: { text: 'called back' } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.data).toEqual({ notes: 1, priority: null });
    expect(result.state.marks).toBe(marked.marks);
  });
});

describe('replay: an optional payload field given as undefined', () => {
  it('accepts `hours: undefined` as an absent optional field, as transition does', () => {
    const flow = createFlow(ticketDefinition, ticketImplementation);
    const setLow = ev('set_priority', at(1, 10), {
      // Outside JsonObject's static type, but what `{ level, hours: form.hours }` gives in plain
      // JavaScript; the payload check reads an undefined field as an absent one.
      data: { level: 'low', hours: undefined } as unknown as JsonObject,
    });
    const assigned = replay(flow, [ev('assign', at(1, 9))]);
    const one = transition(flow, assigned, setLow);
    expect(one.ok && one.state.data).toEqual({ notes: 0, priority: 'low' });
    const state = replay(flow, [ev('assign', at(1, 9)), setLow]);
    expect([state.value, state.data, state.eventCount]).toEqual([
      'in_progress',
      { notes: 0, priority: 'low' },
      2,
    ]);
  });
});

describe('nextEvents: guards that read the event but not its payload', () => {
  it('allows an event whose guard needs a well-formed actor, as transition would', () => {
    // Every well-formed event has a non-empty actor, so this check passes for every event that
    // transition accepts; nextEvents must agree and report resolve as allowed.
    const implementation: FlowImplementation<TicketData> = {
      ...ticketImplementation,
      guards: {
        ...ticketImplementation.guards,
        'ticket.has-notes': (data, event) => ({
          passed: data.notes >= 1 && event.actor !== '',
          facts: { notes: data.notes },
        }),
      },
    };
    const flow = createFlow(ticketDefinition, implementation);
    const state = replay(flow, [
      ev('assign', at(1, 9)),
      ev('note', at(1, 10), { data: { text: 'called back' } }),
      ev('set_priority', at(1, 11), { data: { level: 'low' } }),
    ]);
    const resolve = nextEvents(flow, state).find((next) => next.type === 'resolve');
    expect([resolve?.allowed, resolve?.target, resolve?.failed]).toEqual([true, 'closed', []]);
    const sent = transition(flow, state, ev('resolve', at(1, 12)));
    expect(sent.ok && sent.state.value).toBe('closed');
  });
});

describe('transition: the missing steps of a not_in_state rejection', () => {
  it('hands out the cached path frozen, so that a caller cannot change later rejections', () => {
    const flow = createFlow(ticketDefinition, ticketImplementation);
    const state = initialState(flow);
    // close from open: open -assign→ in_progress -resolve→ resolved, where close is possible.
    const first = transition(flow, state, ev('close', at(1, 9)));
    expect(first.ok).toBe(false);
    if (first.ok) return;
    const events = first.rejection.unblock[0]?.events as string[];
    expect(events).toEqual(['assign', 'resolve']);
    expect(Object.isFrozen(events)).toBe(true);
    expect(() => events.push('cancel')).toThrow(TypeError);
    const second = transition(flow, state, ev('close', at(1, 10)));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.rejection.unblock[0]?.events).toEqual(['assign', 'resolve']);
    // The path is computed once per flow, state and event ("cached per flow"): the same array.
    expect(second.rejection.unblock[0]?.events).toBe(events);
  });
});

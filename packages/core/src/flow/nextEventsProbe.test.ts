import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { createFlow } from './createFlow';
import { nextEvents } from './nextEvents';
import { at, ev, ticketFlow } from './testing';
import { initialState, transition } from './transition';

describe('nextEvents', () => {
  it('gives a blocked event no target key at all', () => {
    const assigned = transition(ticketFlow, initialState(ticketFlow), ev('assign', at(1, 9)));
    if (!assigned.ok) throw new Error('assign was refused');
    const resolve = nextEvents(ticketFlow, assigned.state).find((next) => next.type === 'resolve');
    // No note yet: both candidates of resolve fail (has-notes), so it is blocked.
    expect(resolve?.allowed).toBe(false);
    expect(resolve !== undefined && Object.hasOwn(resolve, 'target')).toBe(false);
  });

  it("checks a guard that reads the event's time at the state's time, or at the epoch before any event", () => {
    // A workshop open 08:00–18:00 Beijing time, i.e. 00:00–10:00 UTC: the guard reads the event's hour.
    const title = { en: 'T', zh: 'T' };
    const shop = createFlow<JsonObject>(
      {
        id: 'shop',
        version: 1,
        title,
        initial: 'idle',
        events: { work: { title } },
        guards: {
          'shop.open-hours': {
            title: { en: 'The workshop is open', zh: '车间营业中' },
            cite: 'manual:flows.repair-order',
            message: { en: 'the workshop is closed', zh: '车间已下班' },
            unblock: { message: { en: 'wait for the morning', zh: '请等到早上' } },
          },
        },
        states: { idle: { title, on: { work: [{ guards: ['shop.open-hours'] }] } } },
      },
      {
        initialData: {},
        guards: { 'shop.open-hours': (_data, event) => new Date(event.at).getUTCHours() < 10 },
      },
    );
    const allowedAt = (time: string | null) =>
      nextEvents(shop, { ...initialState(shop), at: time, enteredAt: time }).map((next) => next.allowed);
    // Before any event: 1970-01-01T00:00:00Z, hour 0 UTC: open.
    expect(allowedAt(null)).toEqual([true]);
    // 09:00 Beijing = 01:00 UTC: open; 20:00 Beijing = 12:00 UTC: closed.
    expect(allowedAt(at(1, 9))).toEqual([true]);
    expect(allowedAt(at(1, 20))).toEqual([false]);
  });
});

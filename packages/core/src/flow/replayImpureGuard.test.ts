import { describe, expect, it } from 'vitest';
import { createFlow } from './createFlow';
import { safeReplay } from './replay';

describe('replay with a guard that is not pure', () => {
  // The fold checks an event on a fast path and, when it is refused, once more with the full
  // trace. A guard that answers differently the second time must not let the event through
  // silently: the replay reports it against that state.
  let calls = 0;
  const flickering = createFlow(
    {
      id: 'flicker',
      version: 1,
      title: { en: 'Flicker', zh: '闪烁' },
      initial: 'off',
      events: { toggle: { title: { en: 'Toggle', zh: '切换' } } },
      guards: {
        'flicker.odd-call': {
          title: { en: 'Odd call', zh: '奇数次调用' },
          cite: 'manual:flows.repair-order',
          message: { en: 'even call', zh: '偶数次调用' },
          unblock: { message: { en: 'call again', zh: '再调用一次' } },
        },
      },
      states: {
        off: {
          title: { en: 'Off', zh: '关' },
          on: { toggle: [{ target: 'on', guards: ['flicker.odd-call'] }] },
        },
        on: { title: { en: 'On', zh: '开' }, final: true },
      },
    },
    { initialData: {}, guards: { 'flicker.odd-call': () => ++calls % 2 === 0 } },
  );

  it('refuses the event, naming the state, when the full check disagrees with the fast one', () => {
    calls = 0;
    const result = safeReplay(flickering, [
      { type: 'toggle', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-1' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('flow.rejected_event');
    expect(result.issues[0]?.params).toMatchObject({ index: 0, event: 'toggle', state: 'off' });
    expect(result.issues[0]?.message.en).toContain('guards must be pure');
  });
});

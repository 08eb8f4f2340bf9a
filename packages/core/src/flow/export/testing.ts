import { createFlow, type Flow } from '../createFlow';
import type { FlowDefinition } from '../types';

/**
 * Internal: a small hand-written flow for the export tests. It has every kind of transition the
 * exports must handle: plain, guarded (a declarative mark guard and a coded guard), two guarded
 * candidates on one event, internal (data update, mark), a self-transition that re-enters, an
 * unmark, effects, and a final state.
 */

/** The door flow's data. */
export type DoorData = { readonly opened: number; readonly jammed: boolean };

const text = (en: string, zh: string) => ({ en, zh });

/** The door flow as data. */
export const doorDefinition: FlowDefinition = {
  id: 'door',
  version: 1,
  title: text('Door', '门'),
  initial: 'closed',
  events: {
    open: { title: text('Open', '开门') },
    close: { title: text('Close', '关门') },
    lock: { title: text('Lock', '上锁') },
    unlock: { title: text('Unlock', '开锁') },
    take_key: { title: text('Take the key', '拿钥匙') },
    drop_key: { title: text('Drop the key', '丢钥匙') },
    jam: { title: text('Jam', '卡住') },
    kick: { title: text('Kick', '踢门'), requiresReason: true },
  },
  guards: {
    'door.has-key': {
      title: text('The key is at hand', '有钥匙'),
      cite: 'manual:door.key',
      message: text('no key', '没有钥匙'),
      unblock: { message: text('take the key', '请拿钥匙'), events: ['take_key'] },
      requireMarks: ['door.key'],
    },
    'door.not-jammed': {
      title: text('The door is not jammed', '门没卡住'),
      cite: 'manual:door.jam',
      message: text('the door is jammed', '门卡住了'),
      unblock: { message: text('kick it', '踢一脚') },
    },
  },
  effects: { 'door.ring': { title: text('Ring the bell', '按门铃') } },
  states: {
    closed: {
      title: text('Closed', '关着'),
      tags: ['shut'],
      on: {
        open: [
          {
            target: 'open',
            guards: ['door.not-jammed'],
            assign: ['door.count-open'],
            effects: ['door.ring'],
          },
        ],
        lock: [{ target: 'locked', guards: ['door.has-key'] }],
        take_key: [{ mark: ['door.key'] }],
        jam: [{ assign: ['door.jam'] }],
        kick: [
          { target: 'broken', guards: ['door.has-key'] },
          { target: 'open', assign: ['door.unjam'] },
        ],
      },
    },
    open: {
      title: text('Open "wide"', '开着'),
      on: {
        close: [{ target: 'closed' }],
        open: [{ target: 'open', assign: ['door.count-open'] }],
      },
    },
    locked: {
      title: text('Locked', '锁着'),
      tags: ['shut'],
      on: {
        unlock: [{ target: 'closed', guards: ['door.has-key'] }],
        drop_key: [{ unmark: ['door.key'] }],
      },
    },
    broken: { title: text('Broken', '坏了'), final: true },
  },
};

/** The door flow, ready to run. */
export const doorFlow: Flow<DoorData> = createFlow<DoorData>(doorDefinition, {
  initialData: { opened: 0, jammed: false },
  guards: { 'door.not-jammed': (data) => !data.jammed },
  assign: {
    'door.count-open': (data) => ({ ...data, opened: data.opened + 1 }),
    'door.jam': (data) => ({ ...data, jammed: true }),
    'door.unjam': (data) => ({ ...data, jammed: false }),
  },
});

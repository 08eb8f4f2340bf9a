import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventIssues, isWellFormedEnvelope, isWellFormedEvent } from './flowEvent';
import { issuesOf } from './testing';

const valid = {
  type: 'place_hold',
  at: '2024-03-01T10:00:00+08:00',
  actor: 'EMP-SA-01',
  reason: '等待左前制动卡钳到货',
  data: { hold: 'parts', lines: [1, 2], note: null, nested: { ok: true } },
  id: 'EV-0001',
  flowVersion: 2,
};

/** The code and path of each issue of `event`. */
const found = (event: unknown, at?: (string | number)[]) =>
  eventIssues(event, at).map(({ code, path }) => [code, path]);

describe('eventIssues', () => {
  it('returns no issue when the event is well formed, with or without its optional fields', () => {
    expect(eventIssues(valid)).toEqual([]);
    expect(eventIssues({ type: 'settle', at: '2024-03-01T08:00:00Z', actor: 'system:cashier' })).toEqual([]);
    expect(eventIssues({ ...valid, reason: '   ' })).toEqual([]); // an optional reason may be blank here
  });

  it('returns input.invalid_type at the given path when the event is not an object', () => {
    expect(found(null)).toEqual([['input.invalid_type', []]]);
    expect(found([valid], ['events', 3])).toEqual([['input.invalid_type', ['events', 3]]]);
    expect(eventIssues('settle')[0]?.params).toEqual({ expected: 'object', received: 'string' });
  });

  it('returns input.required at each required field when it is missing', () => {
    expect(found({})).toEqual([
      ['input.required', ['type']],
      ['input.required', ['at']],
      ['input.required', ['actor']],
    ]);
  });

  it('returns time.invalid_instant at at when the time has no offset', () => {
    expect(eventIssues({ ...valid, at: '2024-03-01 10:00' })).toEqual([
      {
        code: 'time.invalid_instant',
        path: ['at'],
        message: {
          en: "at '2024-03-01 10:00' is not an instant (ISO 8601 with a UTC offset, e.g. 2024-03-01T09:30:00+08:00)",
          zh: 'at “2024-03-01 10:00”不是有效时刻（需带时区偏移的 ISO 8601，如 2024-03-01T09:30:00+08:00）',
        },
        params: { value: '2024-03-01 10:00' },
      },
    ]);
    expect(found({ ...valid, at: Date.UTC(2024, 2, 1) })).toEqual([['time.invalid_instant', ['at']]]);
  });

  it('returns input.too_small when a required text is blank and input.too_big when it is too long', () => {
    expect(found({ ...valid, type: ' ', actor: '' })).toEqual([
      ['input.too_small', ['type']],
      ['input.too_small', ['actor']],
    ]);
    // Limits: type 64, actor 120, reason 2000, id 120 characters.
    expect(
      found({
        ...valid,
        type: 'x'.repeat(64),
        actor: 'a'.repeat(120),
        reason: 'r'.repeat(2000),
        id: 'i'.repeat(120),
      }),
    ).toEqual([]);
    expect(
      found({
        ...valid,
        type: 'x'.repeat(65),
        actor: 'a'.repeat(121),
        reason: 'r'.repeat(2001),
        id: 'i'.repeat(121),
      }),
    ).toEqual([
      ['input.too_big', ['type']],
      ['input.too_big', ['actor']],
      ['input.too_big', ['reason']],
      ['input.too_big', ['id']],
    ]);
  });

  it('returns input.invalid_type at the field when a text field is not text', () => {
    expect(found({ ...valid, type: 7, reason: false, id: 12 })).toEqual([
      ['input.invalid_type', ['type']],
      ['input.invalid_type', ['reason']],
      ['input.invalid_type', ['id']],
    ]);
  });

  it('returns an issue at data or inside it when the data is not a plain JSON object', () => {
    expect(found({ ...valid, data: 'parts' })).toEqual([['input.invalid_type', ['data']]]);
    expect(found({ ...valid, data: ['parts'] })).toEqual([['input.invalid_type', ['data']]]);
    expect(found({ ...valid, data: new Map() })).toEqual([['input.invalid', ['data']]]);
    expect(found({ ...valid, data: { lines: [1, Number.POSITIVE_INFINITY] } })).toEqual([
      ['input.invalid', ['data', 'lines', 1]],
    ]);
    expect(found({ ...valid, data: { part: { due: new Date(0) } } })).toEqual([
      ['input.invalid', ['data', 'part', 'due']],
    ]);
  });

  it('returns input.invalid_type at flowVersion when it is not an integer of at least 1', () => {
    for (const flowVersion of [0, -1, 1.5, '2', Number.NaN, 2 ** 53]) {
      expect(found({ ...valid, flowVersion })).toEqual([['input.invalid_type', ['flowVersion']]]);
    }
  });

  it('returns input.unrecognized_keys at the event when it has fields the envelope lacks', () => {
    expect(eventIssues({ ...valid, payload: {}, when: 'now' })).toEqual([
      {
        code: 'input.unrecognized_keys',
        path: [],
        message: { en: 'has unknown field(s): payload, when', zh: '含有未知字段：payload, when' },
        params: { keys: ['payload', 'when'] },
      },
    ]);
  });

  it('returns the issues under the given path when one is given', () => {
    expect(found({ type: 'settle', at: '2024-03-01 16:00', actor: 'EMP-CASH-01' }, ['events', 3])).toEqual([
      ['time.invalid_instant', ['events', 3, 'at']],
    ]);
  });

  it('throws input.invalid_type at path when the path is not a list of keys', () => {
    expect(issuesOf(() => eventIssues(valid, 'events.3' as unknown as string[]))[0]).toMatchObject({
      code: 'input.invalid_type',
      path: ['path'],
    });
  });

  it('agrees with isWellFormedEvent on an event whose prototype has an enumerable field', () => {
    // An event built on a prototype inherits a field the envelope does not know. Only the
    // event's own fields are its content (JSON.stringify keeps only those), so both accept it;
    // what matters is that they agree, or transition would refuse it with no issue to show.
    const event = Object.assign(Object.create({ source: 'import' }), {
      type: 'settle',
      at: '2024-03-01T08:00:00Z',
      actor: 'EMP-CASH-01',
    }) as unknown;
    expect([isWellFormedEvent(event), eventIssues(event)]).toEqual([true, []]);
  });
});

describe('isWellFormedEvent', () => {
  it('returns true when eventIssues finds nothing and false when it finds something, for any near-event', () => {
    const text = fc.oneof(
      fc.constantFrom('settle', 'EMP-SA-01', '', '  ', 'x'.repeat(130)),
      fc.string({ maxLength: 5 }),
    );
    const instant = fc.constantFrom(
      '2024-03-01T08:00:00Z',
      '2024-03-01T08:00:00+08:00',
      '2024-03-01T08:00:00',
      'now',
    );
    const json = fc.oneof(
      fc.constant({ hold: 'parts' }),
      fc.constant({}),
      fc.constant({ bad: Number.NaN }),
      fc.constant({ at: new Date(0) }),
      fc.constant([1]),
      fc.constant('data'),
    );
    const anything = fc.oneof(
      text,
      instant,
      json,
      fc.integer({ min: -1, max: 3 }),
      fc.constant(1.5),
      fc.constant(null),
    );
    const event = fc.record(
      {
        type: fc.oneof(text, anything),
        at: fc.oneof(instant, anything),
        actor: fc.oneof(text, anything),
        reason: fc.oneof(text, anything),
        data: fc.oneof(json, anything),
        id: fc.oneof(text, anything),
        flowVersion: fc.oneof(fc.integer({ min: -1, max: 3 }), anything),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(event, (candidate) => {
        expect(isWellFormedEvent(candidate)).toBe(eventIssues(candidate).length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns false when the value is not an object', () => {
    expect([null, undefined, 'settle', 3, []].map(isWellFormedEvent)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('isWellFormedEnvelope', () => {
  it('returns true without looking at the data when asked not to check it', () => {
    // The engine skips the data check for an event with a declared payload: the payload check
    // reads every field itself.
    const event = {
      type: 'settle',
      at: '2024-03-01T08:00:00Z',
      actor: 'EMP-CASH-01',
      data: { due: new Date(0) },
    };
    expect([isWellFormedEnvelope(event), isWellFormedEnvelope(event, false)]).toEqual([false, true]);
  });
});

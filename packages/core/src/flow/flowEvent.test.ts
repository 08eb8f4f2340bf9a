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

describe('isWellFormedEnvelope: each field', () => {
  const base = { type: 'settle', at: '2024-03-01T08:00:00Z', actor: 'EMP-CASH-01' };
  const ok = (fields: Record<string, unknown>) => isWellFormedEnvelope({ ...base, ...fields });

  it('accepts every known field, flowVersion and data included', () => {
    expect(isWellFormedEnvelope(valid)).toBe(true);
    expect([ok({ flowVersion: 1 }), ok({ flowVersion: 2 }), ok({ id: 'EV-1', reason: '' })]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('takes text up to its limit and refuses one character more (type 64, actor 120, reason 2000, id 120)', () => {
    expect([
      ok({ type: 'x'.repeat(64) }),
      ok({ actor: 'a'.repeat(120) }),
      ok({ reason: 'r'.repeat(2000) }),
      ok({ id: 'i'.repeat(120) }),
    ]).toEqual([true, true, true, true]);
    expect([
      ok({ type: 'x'.repeat(65) }),
      ok({ actor: 'a'.repeat(121) }),
      ok({ reason: 'r'.repeat(2001) }),
      ok({ id: 'i'.repeat(121) }),
    ]).toEqual([false, false, false, false]);
  });

  it('refuses a reason or id that is not text', () => {
    expect([ok({ reason: 5 }), ok({ id: 12 }), ok({ reason: null })]).toEqual([false, false, false]);
  });

  it('tells a blank required text from one that starts with a non-ASCII or spaced character', () => {
    // Blank: spaces, a tab, a no-break space (U+00A0), an ideographic space (U+3000).
    expect([' ', '  ', '\t', '\u00a0', '\u3000'].map((type) => ok({ type }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    // Text: Chinese, a leading space before a letter, a DEL character (not white space).
    expect(['结算', ' settle', '\u007f'].map((type) => ok({ type }))).toEqual([true, true, true]);
  });

  it('refuses a time that is not text, without parsing one that is', () => {
    expect([ok({ at: Date.UTC(2024, 2, 1) }), ok({ at: 'whenever' })]).toEqual([false, true]);
  });

  it('refuses a flowVersion that is not an integer of at least 1', () => {
    expect([0, 1.5, '2', Number.NaN].map((flowVersion) => ok({ flowVersion }))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('checks the data: a plain JSON object, scalars or nested, on Object.prototype or none', () => {
    const bare = Object.assign(Object.create(null) as object, { lines: 2 });
    expect([
      ok({ data: {} }),
      ok({ data: { hold: 'parts', urgent: false, note: null, lines: 2 } }),
      ok({ data: { lines: [1, 2], part: { no: 'A1' } } }),
      ok({ data: bare }),
    ]).toEqual([true, true, true, true]);
    expect([
      ok({ data: 'parts' }),
      ok({ data: { hours: Number.NaN } }),
      ok({ data: { hours: Number.POSITIVE_INFINITY } }),
      ok({ data: { due: new Date(0) } }),
      ok({ data: new Date(0) }),
    ]).toEqual([false, false, false, false, false]);
  });
});

describe('isWellFormedEvent: the time', () => {
  it('returns false when the time is text but not an instant', () => {
    expect(isWellFormedEvent({ type: 'settle', at: 'now', actor: 'EMP-CASH-01' })).toBe(false);
  });
});

describe('eventIssues: the parameters of each issue, beside an issue elsewhere', () => {
  // A bad time makes eventIssues look at every field; the other fields here are valid or at a limit.
  const badTime = { type: 'settle', at: '2024-03-01 08:00', actor: 'EMP-CASH-01' };
  const params = (fields: Record<string, unknown>) =>
    eventIssues({ ...badTime, ...fields })
      .filter((issue) => issue.code !== 'time.invalid_instant')
      .map(({ code, path, params: p }) => [code, path, p]);

  it('finds nothing else when each text is at its limit, flowVersion is 1, data plain', () => {
    expect(
      params({ type: 'x'.repeat(64), actor: 'a'.repeat(120), id: 'i'.repeat(120), flowVersion: 1, data: {} }),
    ).toEqual([]);
    expect(eventIssues(badTime).map((issue) => issue.path)).toEqual([['at']]);
  });

  it('gives the expected type, the minimum and the maximum', () => {
    expect(params({ type: 7, actor: ' ', id: 'i'.repeat(121) })).toEqual([
      ['input.invalid_type', ['type'], { expected: 'string', received: 'number' }],
      ['input.too_small', ['actor'], { minimum: 1, inclusive: true }],
      ['input.too_big', ['id'], { maximum: 120, inclusive: true }],
    ]);
  });

  it('gives the data’s expected type, what is not plain JSON, and the flowVersion expected', () => {
    expect(params({ data: 'parts', flowVersion: 0 })).toEqual([
      ['input.invalid_type', ['data'], { expected: 'object', received: 'string' }],
      ['input.invalid_type', ['flowVersion'], { expected: 'an integer ≥ 1', received: '0' }],
    ]);
    expect(params({ data: { hours: Number.NaN } })).toEqual([
      ['input.invalid', ['data', 'hours'], { detail: 'not plain JSON', detailZh: '不是纯 JSON' }],
    ]);
  });

  it('puts the issue at the root when no path is given', () => {
    expect(eventIssues(badTime)[0]?.path).toEqual(['at']);
    expect(eventIssues(null)[0]?.path).toEqual([]);
  });
});

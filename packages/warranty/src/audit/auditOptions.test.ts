import { describe, expect, it } from 'vitest';
import { auditClaims } from './auditClaims';
import { auditOptions, claim, floorPack, settings, thrown } from './testing';

/** The code, path and params of the first issue `auditClaims` throws for these options. */
function issueOf(options: unknown, claims: unknown = [claim()]) {
  const error = thrown(() => auditClaims(claims as never, options as never));
  const issue = error.issues[0];
  return { code: error.code, path: error.path, params: issue?.params };
}

describe('auditClaims options', () => {
  it('rejects claims that are not an array, naming claims and what was received', () => {
    expect(issueOf(auditOptions(), null)).toEqual({
      code: 'input.invalid_type',
      path: ['claims'],
      params: { expected: 'array', received: 'null' },
    });
    expect(issueOf(auditOptions(), 'CLM-1')).toEqual({
      code: 'input.invalid_type',
      path: ['claims'],
      params: { expected: 'array', received: 'string' },
    });
  });

  it('rejects options that are not an object, at the root, saying what was received', () => {
    expect(issueOf(null)).toEqual({
      code: 'input.invalid_type',
      path: [],
      params: { expected: 'object', received: 'null' },
    });
    expect(issueOf([auditOptions()])).toEqual({
      code: 'input.invalid_type',
      path: [],
      params: { expected: 'object', received: 'array' },
    });
  });

  it('requires the policies, and rejects policies that are not a list', () => {
    const { policies: _, ...rest } = auditOptions();
    expect(issueOf(rest)).toEqual({ code: 'input.required', path: ['policies'], params: undefined });
    expect(issueOf({ ...auditOptions(), policies: null })).toEqual({
      code: 'input.invalid_type',
      path: ['policies'],
      params: { expected: 'array', received: 'null' },
    });
    expect(issueOf({ ...auditOptions(), jurisdictions: {} })).toEqual({
      code: 'input.invalid_type',
      path: ['jurisdictions'],
      params: { expected: 'array', received: 'object' },
    });
  });

  it('rejects a history that is null or a list, naming history', () => {
    expect(issueOf({ ...auditOptions(), history: null })).toEqual({
      code: 'input.invalid_type',
      path: ['history'],
      params: { expected: 'object', received: 'null' },
    });
    expect(issueOf({ ...auditOptions(), history: [] })).toEqual({
      code: 'input.invalid_type',
      path: ['history'],
      params: { expected: 'object', received: 'array' },
    });
  });

  it('rejects an as-of moment whose local date has no four-digit year', () => {
    // 9999-12-31T20:00Z is 10000-01-01T04:00 in Shanghai (UTC+8): past the last dated day.
    const late = '9999-12-31T20:00:00Z';
    expect(issueOf(auditOptions({}, { asOf: late }))).toEqual({
      code: 'time.invalid_instant',
      path: ['options', 'asOf'],
      params: { value: late },
    });
    // 0000-01-01T02:00+08:00 is still -0001-12-31 in UTC, but the audit reads the Shanghai date.
    const early = '0000-01-01T02:00:00+08:00';
    expect(() => auditClaims([], auditOptions({}, { asOf: early }))).not.toThrow();
  });

  it('rejects labor times that are not a list, saying what was received', () => {
    expect(issueOf({ ...auditOptions(), laborTimes: null })).toEqual({
      code: 'input.invalid_type',
      path: ['laborTimes'],
      params: { expected: 'array', received: 'null' },
    });
    expect(issueOf({ ...auditOptions(), laborTimes: '21-0100' })).toEqual({
      code: 'input.invalid_type',
      path: ['laborTimes'],
      params: { expected: 'array', received: 'string' },
    });
  });

  it('rejects a failure code listed twice, naming the second row and the first', () => {
    const failureCodes = [
      { code: 'P07', partGroups: ['transmission-valve-body'] },
      { code: 'P08', opCodes: ['21-0100'] },
      { code: 'P07', opCodes: ['21-0100'] },
    ];
    expect(issueOf(auditOptions({}, { failureCodes }))).toEqual({
      code: 'warranty.duplicate',
      path: ['options', 'failureCodes', 2, 'code'],
      params: { what: 'failure code', whatZh: '故障代码', id: 'P07', firstRow: 0 },
    });
  });

  it('rejects options that are a string, at the root, saying a string was received', () => {
    expect(issueOf('Asia/Shanghai')).toEqual({
      code: 'input.invalid_type',
      path: [],
      params: { expected: 'object', received: 'string' },
    });
  });

  it('rejects an empty list of policies, saying at least one is needed', () => {
    expect(issueOf({ ...auditOptions(), policies: [] })).toEqual({
      code: 'input.too_small',
      path: ['policies'],
      params: { minimum: 1, inclusive: true },
    });
  });

  it('names the jurisdiction and its field when a jurisdiction is malformed', () => {
    const error = thrown(() =>
      auditClaims([claim()], {
        ...auditOptions(),
        jurisdictions: [floorPack, { ...floorPack, id: 'CN 3包' }],
      }),
    );
    expect([error.code, error.path]).toEqual(['warranty.invalid_jurisdiction', ['jurisdictions', 1, 'id']]);
  });

  it('lets an error that is not a coded one pass through unchanged', () => {
    const failure = new Error('jurisdiction pack not loaded');
    const unloaded = Object.defineProperty({ ...floorPack }, 'id', {
      enumerable: true,
      get: () => {
        throw failure;
      },
    });
    let caught: unknown;
    try {
      auditClaims([claim()], { ...auditOptions(), jurisdictions: [unloaded] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(failure);
  });

  it('requires the history vehicles', () => {
    expect(issueOf({ ...auditOptions(), history: {} })).toEqual({
      code: 'input.required',
      path: ['history', 'vehicles'],
      params: undefined,
    });
  });

  it('rejects optional history lists that are not lists, naming each', () => {
    for (const input of ['repairOrders', 'claims', 'odometerReadings']) {
      expect(issueOf(auditOptions({ [input]: 'RO-100' }))).toEqual({
        code: 'input.invalid_type',
        path: ['history', input],
        params: { expected: 'array', received: 'string' },
      });
    }
  });

  it('rejects an as-of moment whose local date is before year 0000, and takes one on 9999-12-31', () => {
    // 0000-01-01T00:00+14:00 is -0001-12-31T10:00Z, still -0001-12-31 in Shanghai (UTC+8:05:43 then).
    const early = '0000-01-01T00:00:00+14:00';
    expect(issueOf(auditOptions({}, { asOf: early }))).toEqual({
      code: 'time.invalid_instant',
      path: ['options', 'asOf'],
      params: { value: early },
    });
    // 9999-12-31T12:00+08:00 is on the last dated day.
    const report = auditClaims([claim()], auditOptions({}, { asOf: '9999-12-31T12:00:00+08:00' }));
    expect(report.summary.read).toBe(1);
  });

  it('accepts the default settings unchanged', () => {
    expect(auditClaims([claim()], { ...auditOptions(), options: settings() }).summary.approved).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { AftersalesError, createIssue, formatPath, isAftersalesError } from './AftersalesError';
import { describeError, errorCodes } from './codes';
import { attempt, unwrap } from './Result';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['jobs', 0, 'laborLines', 12, 'soldHours'])).toBe('jobs[0].laborLines[12].soldHours');
    expect(formatPath([3, 'vin'])).toBe('[3].vin');
    expect(formatPath([])).toBe('');
  });
});

describe('createIssue', () => {
  it('names the field in both languages', () => {
    const issue = createIssue('input.required', ['vehicle', 'vin']);
    expect(issue).toEqual({
      code: 'input.required',
      path: ['vehicle', 'vin'],
      message: { en: 'vehicle.vin is required', zh: 'vehicle.vin 为必填项' },
    });
  });
});

describe('AftersalesError', () => {
  it('carries the first issue as code and path, and all issues', () => {
    const error = new AftersalesError([
      createIssue('money.currency_mismatch', ['total'], { left: 'CNY', right: 'USD' }),
      createIssue('input.required', ['dealerId']),
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('money.currency_mismatch');
    expect(error.path).toEqual(['total']);
    expect(error.message).toBe('[money.currency_mismatch] total cannot combine CNY with USD (+1 more)');
    expect(error.messages.zh).toBe('total 不能将 CNY 与 USD 混合计算');
    expect(error.issues).toHaveLength(2);
    expect(isAftersalesError(error)).toBe(true);
    expect(isAftersalesError(new TypeError('x'))).toBe(false);
  });

  it('serializes to plain JSON with its fields', () => {
    const json = JSON.parse(JSON.stringify(AftersalesError.of('input.required', ['vin'])));
    expect(json).toMatchInlineSnapshot(`
      {
        "code": "input.required",
        "issues": [
          {
            "code": "input.required",
            "message": {
              "en": "vin is required",
              "zh": "vin 为必填项",
            },
            "path": [
              "vin",
            ],
          },
        ],
        "message": {
          "en": "vin is required",
          "zh": "vin 为必填项",
        },
        "name": "AftersalesError",
        "path": [
          "vin",
        ],
      }
    `);
  });
});

describe('attempt / unwrap', () => {
  it('turns a coded error into a failed result and back', () => {
    const result = attempt(() => {
      throw AftersalesError.of('time.invalid_zone', ['timeZone'], { value: 'Mars/Base' });
    });
    expect(result.ok).toBe(false);
    expect(() => unwrap(result)).toThrowError(/time\.invalid_zone/);
  });

  it('recognises a coded error thrown by another copy of the package', () => {
    const foreign = Object.assign(new Error('[input.required] vin is required'), {
      name: 'AftersalesError',
      issues: [createIssue('input.required', ['vin'])],
    });
    const result = attempt(() => {
      throw foreign;
    });
    expect(result).toEqual({ ok: false, issues: [createIssue('input.required', ['vin'])] });
  });

  it('re-throws anything that is not coded: that is a bug, not bad input', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('error catalogue', () => {
  it('has a non-empty English and Chinese message for every code', () => {
    for (const code of errorCodes) {
      const text = describeError(code, {});
      expect(text.en.length, code).toBeGreaterThan(0);
      expect(text.zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('guards on the error helpers themselves', () => {
  it('answers a wrong argument with a coded error naming it', () => {
    expect(() => formatPath(42 as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['path'] }),
    );
    expect(() => createIssue('no.such_code' as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid', path: ['code'] }),
    );
    expect(() => attempt('not a function' as never)).toThrowError(expect.objectContaining({ path: ['fn'] }));
    expect(() => unwrap({ ok: 'yes' } as never)).toThrowError(expect.objectContaining({ path: ['result'] }));
  });

  it('never lets a symbol in a message parameter break the message', () => {
    const issue = createIssue('input.invalid_value', ['payType'], { allowed: [Symbol('x') as never, 'CP'] });
    expect(issue.message.en).toBe('payType must be one of: a symbol, CP');
  });
});

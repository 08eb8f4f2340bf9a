import type { LocalizedText } from '../i18n/LocalizedText';
import { describeError, type ErrorCode, type IssueParams, isErrorCode } from './codes';
import { zhTerm } from './zhTerms';

/** True for a list of object keys and array indexes. */
function isIssuePath(path: unknown): path is IssuePath {
  return Array.isArray(path) && path.every((key) => typeof key === 'string' || typeof key === 'number');
}

/** Where in the input an issue sits: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/**
 * One thing wrong with an input: a stable code, the field it concerns, and a message in en/zh.
 *
 * Plain JSON: an issue can be logged, stored or returned over HTTP as it is.
 *
 * @example
 * const issue: AftersalesIssue = {
 *   code: 'input.required',
 *   path: ['jobs', 0, 'laborLines', 1, 'soldHours'],
 *   message: { en: 'jobs[0].laborLines[1].soldHours is required', zh: 'jobs[0].laborLines[1].soldHours 为必填项' },
 * };
 */
export interface AftersalesIssue {
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly message: LocalizedText;
  readonly params?: IssueParams;
}

/**
 * Renders a path the way a developer reads it: `jobs[0].laborLines[1].soldHours`.
 *
 * @example
 * formatPath(['jobs', 0, 'soldHours']); // 'jobs[0].soldHours'
 */
export function formatPath(path: IssuePath): string {
  if (!isIssuePath(path)) {
    throw new AftersalesError([
      createIssue('input.invalid_type', ['path'], {
        expected: 'array of keys and indexes',
        received: typeof path,
      }),
    ]);
  }
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Builds an issue whose message names the field it concerns.
 *
 * @example
 * createIssue('money.currency_mismatch', ['total'], { left: 'CNY', right: 'USD' });
 */
export function createIssue(
  code: ErrorCode,
  path: IssuePath = [],
  params: IssueParams = {},
): AftersalesIssue {
  if (!isErrorCode(code)) {
    const received: unknown = code;
    const shown = typeof received === 'string' ? `'${received.slice(0, 60)}'` : typeof received;
    const shownZh =
      typeof received === 'string'
        ? `“${received.slice(0, 60)}”`
        : (zhTerm(typeof received) ?? typeof received);
    throw new AftersalesError([
      createIssue('input.invalid', ['code'], {
        detail: `${shown} is not an error code`,
        detailZh: `${shownZh}不是错误代码`,
      }),
    ]);
  }
  if (!isIssuePath(path)) {
    throw new AftersalesError([
      createIssue('input.invalid_type', ['path'], {
        expected: 'array of keys and indexes',
        received: typeof path,
      }),
    ]);
  }
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new AftersalesError([
      createIssue('input.invalid_type', ['params'], { expected: 'object', received: typeof params }),
    ]);
  }
  const text = describeError(code, params);
  const where = formatPath(path);
  const message = where === '' ? text : { en: `${where} ${text.en}`, zh: `${where} ${text.zh}` };
  const hasParams = Object.keys(params).length > 0;
  return hasParams ? { code, path: [...path], message, params } : { code, path: [...path], message };
}

/**
 * The one error class of the library. `code` and `path` are those of the first issue; `issues`
 * lists them all. `message` is the English text (so stack traces read well); `messages` has both
 * languages.
 *
 * @example
 * try {
 *   money('12.3.4');
 * } catch (error) {
 *   if (isAftersalesError(error)) console.log(error.code, error.messages.zh);
 * }
 */
export class AftersalesError extends Error {
  override readonly name = 'AftersalesError';
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly messages: LocalizedText;
  readonly issues: readonly AftersalesIssue[];

  constructor(issues: readonly AftersalesIssue[]) {
    const first =
      issues[0] ??
      createIssue('input.invalid', [], {
        detail: 'no issue was given',
        detailZh: '未给出任何问题',
      });
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`[${first.code}] ${first.message.en}${more}`);
    this.code = first.code;
    this.path = first.path;
    this.messages = first.message;
    this.issues = issues.length > 0 ? issues : [first];
  }

  /** Raises one issue as an error. */
  static of(code: ErrorCode, path: IssuePath = [], params: IssueParams = {}): AftersalesError {
    return new AftersalesError([createIssue(code, path, params)]);
  }

  /** A plain JSON form (`JSON.stringify` of an Error loses its fields otherwise). */
  toJSON(): {
    name: string;
    code: ErrorCode;
    path: IssuePath;
    message: LocalizedText;
    issues: readonly AftersalesIssue[];
  } {
    return { name: this.name, code: this.code, path: this.path, message: this.messages, issues: this.issues };
  }
}

/** True when `error` is an {@link AftersalesError} (also across package copies, by shape). */
export function isAftersalesError(error: unknown): error is AftersalesError {
  return (
    error instanceof AftersalesError ||
    (error instanceof Error &&
      error.name === 'AftersalesError' &&
      Array.isArray((error as { issues?: unknown }).issues))
  );
}

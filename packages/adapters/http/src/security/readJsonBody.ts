import { type AftersalesIssue, createIssue } from '@aftersales/core';
import { findForbiddenKey, nestingDepth } from './jsonSafety';

/** How a JSON body is read: the most bytes and the deepest nesting accepted. */
export interface BodyLimits {
  readonly bodyLimit: number;
  readonly maxDepth: number;
}

/** A body read and checked, or why not with the status to answer. */
export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly issue: AftersalesIssue };

const refuse = (status: 400 | 413 | 415, issue: AftersalesIssue): BodyResult => ({
  ok: false,
  status,
  issue,
});

/** True for `application/json`, with at most a `charset=utf-8` parameter. */
export function isJsonMediaType(header: string | null): boolean {
  if (header === null) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => param === '' || /^charset="?utf-8"?$/.test(param));
}

/**
 * Reads the body stream, counting bytes: never more than `limit` bytes are kept. A stream that
 * fails (the client closed the connection mid-body) is `'cut_off'`: the client's doing, not a
 * failure of the service to log.
 */
async function readBytes(request: Request, limit: number): Promise<Uint8Array | 'too_large' | 'cut_off'> {
  // A declared length above the limit is refused before anything is read; a smaller or absent
  // one is not trusted: the bytes themselves are counted.
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) return 'too_large';
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: Awaited<ReturnType<typeof reader.read>>;
    try {
      read = await reader.read();
    } catch {
      return 'cut_off';
    }
    const { done, value } = read;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a request body as JSON with every check the service makes before a rule sees it: media
 * type (415), size counted on the bytes received (413), UTF-8 and JSON syntax (400
 * `http.invalid_json`), nesting depth (400 `http.too_deep`) and keys that reach a prototype (400
 * `http.forbidden_key` with the key's path).
 */
export async function readJsonBody(request: Request, limits: BodyLimits): Promise<BodyResult> {
  const type = request.headers.get('content-type');
  if (!isJsonMediaType(type)) {
    return refuse(
      415,
      createIssue('http.unsupported_media_type', [], { received: type ?? 'no Content-Type' }),
    );
  }
  const bytes = await readBytes(request, limits.bodyLimit);
  if (bytes === 'too_large') {
    return refuse(413, createIssue('http.payload_too_large', [], { limit: limits.bodyLimit }));
  }
  if (bytes === 'cut_off') {
    return refuse(
      400,
      createIssue('http.invalid_json', [], {
        reason: 'the body was cut off before its end',
        reasonZh: '请求体未完整传送',
      }),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      400,
      createIssue('http.invalid_json', [], {
        reason: 'the body is not UTF-8 text',
        reasonZh: '请求体不是 UTF-8 文本',
      }),
    );
  }
  if (text.trim() === '')
    return refuse(
      400,
      createIssue('http.invalid_json', [], { reason: 'the body is empty', reasonZh: '请求体为空' }),
    );
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return refuse(400, createIssue('http.too_deep', [], { limit: limits.maxDepth }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own message says where (position); it names nothing of the service.
    const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'syntax error';
    const reasonZh = error instanceof SyntaxError ? `语法错误（${reason}）` : '语法错误';
    return refuse(400, createIssue('http.invalid_json', [], { reason, reasonZh }));
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== undefined) {
    return refuse(400, createIssue('http.forbidden_key', forbidden, { key: String(forbidden.at(-1)) }));
  }
  return { ok: true, value };
}

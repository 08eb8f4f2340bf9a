import { connect } from 'node:net';
import { createAftersales } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { defaultPlugins } from '../app/catalogs';
import { ErrorBodySchema } from '../schemas/errorBody';
import { answerOf, get, memoryLogger, post, useServer } from '../testing';

const LIMIT = 2_048;
const server = useServer({ bodyLimit: LIMIT, maxDepth: 16 });
const evaluate = () => `${server.url()}/v1/warranty/evaluate`;

/** The server still answers: health, and a real request after the bad one. */
async function stillUp(): Promise<void> {
  expect((await get(`${server.url()}/health`)).body).toEqual({ status: 'ok' });
  expect((await get(`${server.url()}/v1/catalog`)).status).toBe(200);
}

/** A refusal: the status, a well-formed error body, and its code. */
function refused(answer: { status: number; body: unknown }, status: number, code: string): void {
  expect(answer.status).toBe(status);
  const body = ErrorBodySchema.parse(answer.body);
  expect(body.error.code).toBe(code);
  expect(body.error.message.en.length).toBeGreaterThan(0);
  expect(body.error.message.zh.length).toBeGreaterThan(0);
}

/** Sends raw bytes over a socket and returns the status line and body of the answer. */
function rawRequest(url: string, payload: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('end', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('error', (error) => (received === '' ? reject(error) : resolve(received)));
    socket.write(payload);
  });
}

describe('body size limit', () => {
  it('refuses a declared Content-Length above the limit with 413, before reading it', async () => {
    refused(
      await post(evaluate(), JSON.stringify({ pad: 'x'.repeat(LIMIT) })),
      413,
      'http.payload_too_large',
    );
    await stillUp();
  });

  it('counts the bytes of a streamed body that declares no length (chunked)', async () => {
    const chunk = new TextEncoder().encode(`"${'y'.repeat(1_000)}",`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('['));
        // 3 × 1,003 bytes > 2,048 on the third chunk.
        for (let index = 0; index < 3; index++) controller.enqueue(chunk);
        controller.enqueue(new TextEncoder().encode('1]'));
        controller.close();
      },
    });
    const response = await fetch(evaluate(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const answer = await answerOf(response);
    refused(answer, 413, 'http.payload_too_large');
    expect(answer.body.error.message.en).toContain('2048 bytes');
    await stillUp();
  });

  it('counts the bytes, not a Content-Length that claims less: chunks past it end as 413', async () => {
    const body = `{"pad":"${'z'.repeat(3_000)}"}`;
    const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const reply = await rawRequest(
      server.url(),
      `POST /v1/warranty/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunked}`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain('http.payload_too_large');
    await stillUp();
  });

  it('accepts a body just under the limit (and answers it on its merits)', async () => {
    const answer = await post(evaluate(), { request: {}, timeZone: 'Asia/Shanghai' });
    refused(answer, 400, 'input.required');
  });
});

describe('JSON only', () => {
  it('refuses a body without Content-Type, or of another type, with 415', async () => {
    const plain = await fetch(evaluate(), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    refused(await answerOf(plain), 415, 'http.unsupported_media_type');
    const form = await fetch(evaluate(), {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const answer = await answerOf(form);
    refused(answer, 415, 'http.unsupported_media_type');
    expect(answer.body.error.message.en).toContain('application/x-www-form-urlencoded');
    await stillUp();
  });

  it('accepts application/json; charset=utf-8 and refuses another charset', async () => {
    const utf8 = await post(evaluate(), '{}', { 'content-type': 'application/json; charset=UTF-8' });
    refused(utf8, 400, 'input.required');
    const latin = await post(evaluate(), '{}', { 'content-type': 'application/json; charset=latin1' });
    refused(latin, 415, 'http.unsupported_media_type');
  });

  it('refuses invalid JSON, an empty body and bytes that are not UTF-8 with 400 http.invalid_json', async () => {
    refused(await post(evaluate(), '{"request": '), 400, 'http.invalid_json');
    refused(await post(evaluate(), ''), 400, 'http.invalid_json');
    const bytes = await fetch(evaluate(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    refused(await answerOf(bytes), 400, 'http.invalid_json');
    await stillUp();
  });
});

describe('forbidden keys', () => {
  it('refuses __proto__, constructor and prototype anywhere, naming the path', async () => {
    const cases: [string, (string | number)[]][] = [
      ['{"__proto__": {"admin": true}}', ['__proto__']],
      ['{"request": {"vehicle": {"constructor": {"prototype": 1}}}}', ['request', 'vehicle', 'constructor']],
      ['{"policies": [{"a": 1}, {"prototype": 2}]}', ['policies', 1, 'prototype']],
    ];
    for (const [body, path] of cases) {
      const answer = await post(evaluate(), body);
      refused(answer, 400, 'http.forbidden_key');
      expect(answer.body.error.issues[0].path).toEqual(path);
    }
    // Nothing leaked onto Object.prototype.
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    await stillUp();
  });
});

describe('nesting depth', () => {
  it('refuses a body nested deeper than the limit with 400 http.too_deep, without crashing', async () => {
    // 17 levels > 16; then 300 levels of objects (1,801 bytes, under the size limit).
    refused(await post(evaluate(), `${'['.repeat(17)}${']'.repeat(17)}`), 400, 'http.too_deep');
    refused(await post(evaluate(), `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`), 400, 'http.too_deep');
    // Brackets inside strings do not count: 16 levels of arrays around a string of 100 '['.
    const inString = `${'['.repeat(16)}"${'['.repeat(100)}"${']'.repeat(16)}`;
    refused(await post(evaluate(), inString), 400, 'input.invalid_type');
    await stillUp();
  });
});

describe('routes', () => {
  it('answers 404 http.not_found for an unknown path or method, naming them', async () => {
    const unknown = await get(`${server.url()}/v1/nothing`);
    refused(unknown, 404, 'http.not_found');
    expect(unknown.body.error.message.en).toContain('GET /v1/nothing');
    refused(await get(evaluate()), 404, 'http.not_found');
  });
});

describe('API keys', () => {
  const secured = useServer({ apiKeys: ['key-one', 'key-two'] });

  it('keeps /health open and asks every other endpoint for a key (401 http.unauthorized)', async () => {
    expect((await get(`${secured.url()}/health`)).status).toBe(200);
    const none = await get(`${secured.url()}/v1/catalog`);
    refused(none, 401, 'http.unauthorized');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    refused(await get(`${secured.url()}/openapi.json`), 401, 'http.unauthorized');
    refused(await post(`${secured.url()}/v1/warranty/evaluate`, '{}'), 401, 'http.unauthorized');
    refused(await get(`${secured.url()}/v1/catalog`, { 'x-api-key': 'key-three' }), 401, 'http.unauthorized');
    refused(await get(`${secured.url()}/v1/catalog`, { 'x-api-key': 'key-on' }), 401, 'http.unauthorized');
    refused(
      await get(`${secured.url()}/v1/catalog`, { authorization: 'Basic a2V5LW9uZQ==' }),
      401,
      'http.unauthorized',
    );
  });

  it('accepts any configured key, in x-api-key or as a Bearer token', async () => {
    expect((await get(`${secured.url()}/v1/catalog`, { 'x-api-key': 'key-two' })).status).toBe(200);
    expect((await get(`${secured.url()}/v1/catalog`, { authorization: 'Bearer key-one' })).status).toBe(200);
    const body = await post(`${secured.url()}/v1/warranty/evaluate`, '{}', {
      authorization: 'bearer key-one',
    });
    refused(body, 400, 'input.required');
  });

  it('checks the key before reading the body: an unauthorized oversized body is a 401', async () => {
    const big = await post(`${secured.url()}/v1/warranty/evaluate`, 'x'.repeat(2 * 1_048_576));
    refused(big, 401, 'http.unauthorized');
    expect((await get(`${secured.url()}/health`)).status).toBe(200);
  });
});

describe('unexpected failures', () => {
  const logger = memoryLogger();
  let explode = false;
  const registry = createAftersales({ plugins: defaultPlugins, timeZone: 'Asia/Shanghai' });
  // A registry that fails once the service runs: a stand-in for a bug in a plugin.
  const failing = {
    ...registry,
    get timeZone(): string {
      if (explode) throw new Error('secret detail: /srv/aftersales/config.json');
      return registry.timeZone;
    },
  };
  const broken = useServer({ registry: failing, logger });

  it('answers 500 http.internal with a reference, logs the error, and leaks neither message nor stack', async () => {
    explode = true;
    const response = await fetch(`${broken.url()}/v1/catalog`);
    const text = await response.text();
    explode = false;
    expect(response.status).toBe(500);
    const body = ErrorBodySchema.parse(JSON.parse(text));
    expect(body.error.code).toBe('http.internal');
    expect(text).not.toContain('secret');
    expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+/);
    const entry = logger.entries.at(-1);
    expect(entry?.reference).toBe(body.error.reference);
    expect(body.error.message.en).toContain(entry?.reference ?? 'missing');
    expect(entry?.error).toBeInstanceOf(Error);
    expect(String((entry?.error as Error | undefined)?.message)).toContain('secret detail');
    expect((await get(`${broken.url()}/v1/catalog`)).status).toBe(200);
  });
});

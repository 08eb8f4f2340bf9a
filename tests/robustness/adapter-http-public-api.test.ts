import {
  CatalogResponseSchema,
  createApp,
  ErrorBodySchema,
  HealthResponseSchema,
  type HttpLogger,
  parseServeArgs,
  type RunningServer,
  startServer,
} from '@aftersales/adapter-http';
import { isAftersalesError } from '@aftersales/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runs } from './adapter-fuzz';
import { samples } from './adapter-http-samples';

/**
 * "No request makes the service fail", for @aftersales/adapter-http: every endpoint is sent
 * arbitrary JSON, near-misses of a valid body (one field changed, removed or added anywhere) and
 * arbitrary bytes under arbitrary content types, over HTTP to a real server on 127.0.0.1. Every
 * answer is JSON with a code (an error body that checks against ErrorBodySchema) or a 200 whose
 * body checks against the endpoint's response schema; never a 500; nothing is logged as a failure;
 * and the server answers /health after all of it. The public functions are fed arbitrary options:
 * a coded error or a result, never an uncoded throw.
 */

const logged: unknown[] = [];
const logger: HttpLogger = { error: (_message, details) => logged.push(details.error) };
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, hostname: '127.0.0.1', logger });
});
afterAll(async () => {
  await server.close();
});

const paths = Object.keys(samples);

const oddValue = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -0,
  '',
  ' ',
  '0',
  '-12.5',
  '1e5',
  'NaN',
  '2024-02-30',
  '2024-03-01T09:30:00',
  '2024-03-01T09:30:00+08:00',
  'Asia/Shanghai',
  'Nowhere/Zone',
  'CNY',
  'cny',
  'repair-order',
  'ro.count',
  'huaxia-2024',
  'x'.repeat(300),
  [],
  {},
  [null],
  { length: {} },
  { length: 5 },
  { type: 'x' },
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '😀',
);
const value = fc.oneof(
  { weight: 3, arbitrary: oddValue },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Every path of objects and arrays in a JSON value, root first. */
function pathsIn(json: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(json)) {
    json.forEach((item, index) => {
      out.push(...pathsIn(item, [...prefix, index]));
    });
  } else if (json !== null && typeof json === 'object') {
    for (const [key, item] of Object.entries(json)) out.push(...pathsIn(item, [...prefix, key]));
  }
  return out;
}

/** A copy of `json` with the value at `path` set (or removed with `undefined`), or a key added there. */
function mutate(
  json: unknown,
  path: (string | number)[],
  change: { set?: unknown; add?: string; remove?: boolean },
): unknown {
  const copy = JSON.parse(JSON.stringify(json)) as unknown;
  if (path.length === 0) return change.set ?? copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (change.remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (
    change.add !== undefined &&
    parent[last] !== null &&
    typeof parent[last] === 'object' &&
    !Array.isArray(parent[last])
  ) {
    (parent[last] as Record<string, unknown>)[change.add] = change.set;
  } else parent[last] = change.set;
  return copy;
}

const nearMiss = fc
  .record({
    path: fc.constantFrom(...paths),
    pick: fc.nat(),
    set: value,
    kind: fc.constantFrom('set', 'remove', 'add'),
    key: fc.constantFrom('extra', 'id', 'data', 'length', '0', 'timeZone'),
  })
  .map(({ path, pick, set, kind, key }) => {
    const sample = samples[path]?.body;
    const all = pathsIn(sample);
    const target = all[pick % all.length] ?? [];
    const body =
      kind === 'remove'
        ? mutate(sample, target, { remove: true })
        : kind === 'add'
          ? mutate(sample, target, { add: key, set })
          : mutate(sample, target, { set });
    return { path, body: JSON.stringify(body) ?? 'null' };
  });

const arbitraryBody = fc.record({
  path: fc.constantFrom(...paths),
  body: fc.jsonValue({ maxDepth: 4 }).map((json) => JSON.stringify(json)),
});

/** Sends a body and checks the answer: a response that checks, or a coded error; never a 500. */
async function check(
  path: string,
  body: string | Uint8Array,
  contentType = 'application/json',
): Promise<number> {
  const response = await fetch(`${server.url}${path.replace(/#.*$/, '')}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as unknown;
  expect(response.headers.get('content-type')).toContain('application/json');
  if (response.status === 200) samples[path]?.response.parse(json);
  else {
    expect([400, 413, 415, 422]).toContain(response.status);
    const error = ErrorBodySchema.parse(json);
    expect(error.error.code.length).toBeGreaterThan(0);
  }
  return response.status;
}

describe('@aftersales/adapter-http over HTTP', () => {
  it('answers every valid sample with 200 and a body that checks', async () => {
    for (const path of paths)
      expect([path, await check(path, JSON.stringify(samples[path]?.body))]).toEqual([path, 200]);
  });

  it('answers near-misses of a valid body with a checked 200 or a coded 400/422, never a 500', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(nearMiss, async ({ path, body }) => {
        seen.add(await check(path, body));
      }),
      { numRuns: runs(300) },
    );
    // The mutations reach past the schemas (200 with rejected rows, 422 from the rules), not only 400s.
    expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 422]));
  });

  it('answers arbitrary JSON with a coded error or a checked 200', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBody, async ({ path, body }) => {
        await check(path, body);
      }),
      { numRuns: runs(150) },
    );
  });

  it('answers arbitrary bytes under arbitrary content types with 400, 413 or 415', async () => {
    const types = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/json; charset=utf-16',
      'multipart/form-data',
      '',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.uint8Array({ maxLength: 200 }),
        types,
        async (path, bytes, type) => {
          const status = await check(path, bytes, type);
          expect([200, 400, 413, 415, 422]).toContain(status);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('survives a body nested 500,000 deep and one just over 1 MiB', async () => {
    expect(await check('/v1/flows/transition', '['.repeat(500_000))).toBe(400);
    expect(await check('/v1/kpis/compute', `"${'a'.repeat(1_048_576)}"`)).toBe(413);
  });

  it('logged no failure, and still answers /health', async () => {
    expect(logged).toEqual([]);
    const health = await fetch(`${server.url}/health`);
    HealthResponseSchema.parse(await health.json());
    const catalog = await fetch(`${server.url}/v1/catalog`);
    CatalogResponseSchema.parse(await catalog.json());
  });
});

describe('@aftersales/adapter-http functions', () => {
  /** A result or a coded error, never another throw. */
  function codedOrValue(run: () => unknown): void {
    try {
      run();
    } catch (error) {
      expect(isAftersalesError(error)).toBe(true);
    }
  }

  it('createApp takes any options: an app or a coded error', () => {
    const option = fc.oneof(
      fc.anything(),
      fc.record(
        {
          apiKeys: fc.oneof(fc.anything(), fc.array(fc.string())),
          bodyLimit: fc.oneof(fc.anything(), fc.integer()),
          maxDepth: fc.oneof(fc.anything(), fc.integer()),
          logger: fc.anything(),
          plugins: fc.anything(),
          registry: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(option, (options) => codedOrValue(() => createApp(options as never))),
      { numRuns: runs(200) },
    );
  });

  it('parseServeArgs takes any argv and environment: options or a coded error', () => {
    const arg = fc.oneof(
      fc.string(),
      fc.constantFrom('--port', '--host', '--api-key', '--body-limit', '--port=1', '--help', '-h', '='),
    );
    const env = fc.dictionary(
      fc.constantFrom('AFTERSALES_PORT', 'AFTERSALES_HOST', 'AFTERSALES_API_KEYS', 'AFTERSALES_BODY_LIMIT'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), env, (argv, vars) =>
        codedOrValue(() => parseServeArgs(argv, vars)),
      ),
      {
        numRuns: runs(300),
      },
    );
  });

  it('startServer refuses a bad port or host with a coded error', async () => {
    for (const options of [
      { port: -1 },
      { port: 70_000 },
      { port: 1.5 },
      { port: '80' },
      { hostname: '' },
      { hostname: 5 },
    ]) {
      await expect(startServer(options as never)).rejects.toSatisfy(isAftersalesError);
    }
  });
});

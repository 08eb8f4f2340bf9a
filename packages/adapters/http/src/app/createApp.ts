import { createIssue, isAftersalesError, issuesFromZod } from '@aftersales/core';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import packageJson from '../../package.json' with { type: 'json' };
import type { Endpoint } from '../endpoints/endpoint';
import { endpoints } from '../endpoints/endpoints';
import { openApiDocument } from '../openapi/openApiDocument';
import { errorBody, errorBodyOf } from '../schemas/errorBody';
import { createKeyCheck, presentedKey } from '../security/apiKey';
import { readJsonBody } from '../security/readJsonBody';
import { readCatalogs } from './catalogs';
import { checkServiceOptions } from './checkOptions';
import { consoleLogger, DEFAULT_BODY_LIMIT, DEFAULT_MAX_DEPTH, type HttpServiceOptions } from './options';

/** The package version the document announces: package.json's, inlined by the build (tsup/esbuild). */
const VERSION: string = packageJson.version;

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

const send = (c: Context, status: ContentfulStatusCode, body: unknown): Response =>
  c.json(body, status, HEADERS);

/** A reference for a logged failure, given to the client instead of its cause. */
const newReference = (): string => crypto.randomUUID();

/**
 * The HTTP service as a Hono app: the aftersales rules behind JSON endpoints, with the OpenAPI
 * 3.1 document at `/openapi.json`. A Hono app runs on Node (see {@link startServer}), Bun, Deno
 * and workers (`export default app`).
 *
 * Every POST body goes through the same checks before a rule reads it: JSON only (415), size
 * counted on the bytes received (413), valid UTF-8 JSON (400), nesting depth (400), no
 * `__proto__` / `constructor` / `prototype` key (400), then the endpoint's zod schema (400 with
 * the issues). A rule that cannot answer is a 422 with its coded issues; an unexpected failure a
 * 500 with a reference, logged, never its message or stack.
 *
 * @throws AftersalesError for bad options (`input.*`) or a registry whose plugins do not check
 * @example
 * const app = createApp({ apiKeys: ['s3cret'] });
 * const response = await app.request('/health'); // 200 { status: 'ok' }
 */
export function createApp(options: HttpServiceOptions = {}): Hono {
  checkServiceOptions(options);
  const catalogs = readCatalogs(options.registry, options.plugins);
  const limits = {
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
  const logger = options.logger ?? consoleLogger;
  const keys = options.apiKeys ?? [];
  const keyCheck = keys.length === 0 ? undefined : createKeyCheck(keys);
  const document = openApiDocument(endpoints, {
    title: '@aftersales/adapter-http',
    version: VERSION,
    secured: keyCheck !== undefined,
  });

  const failed = (c: Context, error: unknown): Response => {
    // By shape, not instanceof: an error of another copy of core (ESM beside CJS) is still coded.
    if (isAftersalesError(error)) return send(c, 422, errorBodyOf(error.issues));
    const reference = newReference();
    try {
      logger.error(`${c.req.method} ${c.req.path} failed`, { reference, error });
    } catch {
      // A logger that fails must not turn a 500 into a dropped connection.
    }
    return send(c, 500, errorBodyOf([createIssue('http.internal', [], { reference })], reference));
  };

  const app = new Hono();
  app.onError((error, c) => failed(c, error));
  app.notFound((c) =>
    send(c, 404, errorBody('http.not_found', [], { method: c.req.method, path: c.req.path.slice(0, 200) })),
  );

  const guard = async (c: Context, open: boolean): Promise<Response | undefined> => {
    if (open || keyCheck === undefined) return undefined;
    if (await keyCheck(presentedKey(c.req.raw.headers))) return undefined;
    return c.json(errorBody('http.unauthorized'), 401, { ...HEADERS, 'www-authenticate': 'Bearer' });
  };

  const route = (endpoint: Endpoint) => async (c: Context) => {
    const refused = await guard(c, endpoint.open === true);
    if (refused) return refused;
    if (endpoint.request === undefined)
      return send(c, 200, await endpoint.handle(undefined, undefined, catalogs));
    const body = await readJsonBody(c.req.raw, limits);
    if (!body.ok) return send(c, body.status, errorBodyOf([body.issue]));
    try {
      const parsed = endpoint.request.safeParse(body.value);
      if (!parsed.success) return send(c, 400, errorBodyOf(issuesFromZod(parsed.error, body.value)));
      return send(c, 200, await endpoint.handle(parsed.data, body.value, catalogs));
    } catch (error) {
      return failed(c, error);
    }
  };

  for (const endpoint of endpoints) app.on(endpoint.method.toUpperCase(), endpoint.path, route(endpoint));
  app.get('/openapi.json', async (c) => (await guard(c, false)) ?? send(c, 200, document));
  return app;
}

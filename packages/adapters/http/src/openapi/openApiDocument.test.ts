import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { endpoints } from '../endpoints/endpoints';
import { get, useServer } from '../testing';

const server = useServer();

type Operation = {
  operationId: string;
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security: unknown[];
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  jsonSchemaDialect: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

/** Every `$ref` string in a JSON value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') out.push(item);
      else refsIn(item, out);
    }
  }
  return out;
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document in the JSON Schema 2020-12 dialect', async () => {
    const answer = await get(`${server.url()}/openapi.json`);
    expect(answer.status).toBe(200);
    const document = answer.body as Document;
    expect(document.openapi).toBe('3.1.0');
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it("announces the package's version, read from its package.json", async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    expect(document.info).toEqual({ title: '@aftersales/adapter-http', version: packageJson.version });
  });

  it('documents the calendar of a KPI request and the target profile of a scorecard', async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas.ComputeKpisRequest?.properties ?? {})).toContain('calendar');
    expect(Object.keys(schemas.ScoreKpisRequest?.properties ?? {})).toEqual(
      expect.arrayContaining(['calendar', 'targets', 'scope', 'records']),
    );
    // The profile is checked by parseTargetProfile, and documented by its shape.
    expect(Object.keys(schemas.TargetProfile?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'targets', 'atRisk', 'scope']),
    );
    expect(Object.keys(schemas['Row.dealer']?.properties ?? {})).toContain('openingHours');
    expect(Object.keys(document.paths['/v1/kpis/scorecard']?.post?.responses ?? {})).toContain('422');
  });

  it('lists every route the service answers, and nothing else', async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = [...endpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`), 'GET /openapi.json'];
    expect(documented.sort()).toEqual(routes.sort());
  });

  it('has every documented route answer (not 404), a POST with an empty object refused by its schema', async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item)) {
        const response = await fetch(`${server.url()}${path}`, {
          method: method.toUpperCase(),
          ...(method === 'post' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
        });
        const body = (await response.json()) as { error?: { code: string } };
        if (method === 'get') expect([path, response.status]).toEqual([path, 200]);
        // Every POST needs at least one field, so {} is a 400 with an input.* code.
        else
          expect([path, response.status, body.error?.code.startsWith('input.')]).toEqual([path, 400, true]);
      }
    }
  });

  it('resolves every $ref inside the document (row schemas are components, not root $defs)', async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      expect(ref.startsWith('#/components/schemas/')).toBe(true);
      expect(Object.hasOwn(document.components.schemas, ref.slice('#/components/schemas/'.length))).toBe(
        true,
      );
    }
  });

  it('documents a claim row with the core WarrantyClaim schema and the error body on each POST', async () => {
    const document = (await get(`${server.url()}/openapi.json`)).body as Document;
    const claim = document.components.schemas['Row.warrantyClaim'] as { required: string[] };
    expect(claim.required).toEqual(expect.arrayContaining(['id', 'vin', 'repairDate']));
    const audit = document.paths['/v1/warranty/claims/audit']?.post;
    expect(Object.keys(audit?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '404',
      '413',
      '415',
      '422',
      '500',
    ]);
    // No key configured: no operation asks for one.
    expect(audit?.security).toEqual([]);
  });
});

describe('the document of a secured service', () => {
  const secured = useServer({ apiKeys: ['k'] });

  it('asks for a key on every operation but /health', async () => {
    const document = (await get(`${secured.url()}/openapi.json`, { 'x-api-key': 'k' })).body as Document;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const operation of Object.values(item)) {
        expect([path, operation.security.length > 0]).toEqual([path, path !== '/health']);
      }
    }
  });
});

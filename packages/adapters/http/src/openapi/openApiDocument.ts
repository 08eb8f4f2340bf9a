import { z } from 'zod';
import type { Endpoint } from '../endpoints/endpoint';
import { rowJsonSchema, rowKinds } from '../schemas/common';
import { ErrorBodySchema } from '../schemas/errorBody';

type JsonSchema = Record<string, unknown>;

/** What the document says about the service besides its endpoints. */
export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  /** True when the service requires an API key: the operations then list the security schemes. */
  readonly secured: boolean;
}

/** Replaces every `#/$defs/x` reference inside `value` by `#/components/schemas/<prefix>.x`. */
function rewriteRefs(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, prefix));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonSchema = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof item === 'string' && item.startsWith('#/$defs/')
        ? `#/components/schemas/${prefix}.${item.slice('#/$defs/'.length)}`
        : rewriteRefs(item, prefix);
  }
  return out;
}

/**
 * Registers a generated JSON Schema as a component: its `$defs` become components of their own
 * (a `#/$defs/…` reference inside an OpenAPI document would point at the document's root).
 */
function addComponent(components: JsonSchema, name: string, generated: JsonSchema): { $ref: string } {
  const { $schema: _dialect, $defs, ...schema } = generated;
  for (const [key, def] of Object.entries(($defs ?? {}) as JsonSchema)) {
    components[`${name}.${key}`] = rewriteRefs(def, name);
  }
  components[name] = rewriteRefs(schema, name);
  return { $ref: `#/components/schemas/${name}` };
}

/** The JSON Schema of a zod schema as the service reads it (`input`) or writes it (`output`). */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output', components: JsonSchema): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (context) => {
      const row = rowKinds.get(context.zodSchema as unknown as z.ZodType);
      if (row === undefined) return;
      const { kind } = row;
      // A row list's items (or a value the domain checks whole, like a target profile) are checked by
      // the domain: show the schema it checks them against.
      const name = row.component ?? `Row.${row.name.replace(/\s+/g, '-')}`;
      if (!(name in components)) {
        const schema =
          typeof kind === 'string' ? rowJsonSchema(kind) : jsonSchemaOf(kind, 'input', components);
        addComponent(components, name, schema);
      }
      // The schema it is checked against replaces the permissive one the request parses it with.
      for (const key of Object.keys(context.jsonSchema))
        if (key !== 'description') delete context.jsonSchema[key];
      context.jsonSchema.$ref = `#/components/schemas/${name}`;
    },
  }) as JsonSchema;
}

const errorStatuses: Readonly<Record<string, string>> = {
  '400': 'Invalid JSON, a forbidden key, nesting too deep, or a body that does not match the schema',
  '401': 'No valid API key',
  '404': 'No such endpoint',
  '413': 'Body above the size limit',
  '415': 'Body not application/json',
  '422': 'Well-formed, but the rules cannot answer (unknown id, no policy in force, a refused log)',
  '500': 'The service failed; the body has a reference to the log entry, never the cause',
};

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/**
 * The OpenAPI 3.1 document of the service, generated from the zod schemas of the endpoints
 * (zod's `toJSONSchema`, JSON Schema 2020-12, OpenAPI 3.1's dialect): nothing is written by hand.
 *
 * @example
 * const document = openApiDocument(endpoints, { title: 'aftersales', version: '0.0.0', secured: false });
 * Object.keys(document.paths); // ['/health', '/v1/catalog', …]
 */
export function openApiDocument(endpoints: readonly Endpoint[], info: OpenApiInfo): JsonSchema {
  const components: JsonSchema = {};
  const errorRef = addComponent(components, 'ErrorBody', jsonSchemaOf(ErrorBodySchema, 'output', components));
  const paths: Record<string, JsonSchema> = {};
  const operations = [...endpoints.map((endpoint) => ({ endpoint, name: endpoint.operationId }))];
  for (const { endpoint, name } of operations) {
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    const responses: JsonSchema = {
      '200': {
        description: 'OK',
        ...json(
          addComponent(components, `${title}Response`, jsonSchemaOf(endpoint.response, 'output', components)),
        ),
      },
    };
    const codes = endpoint.request === undefined ? ['404', '500'] : Object.keys(errorStatuses);
    for (const code of codes) {
      if (code === '401' && (!info.secured || endpoint.open)) continue;
      responses[code] = { description: errorStatuses[code], ...json(errorRef) };
    }
    if (info.secured && !endpoint.open && !codes.includes('401')) {
      responses['401'] = { description: errorStatuses['401'], ...json(errorRef) };
    }
    const operation: JsonSchema = {
      operationId: endpoint.operationId,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      description: endpoint.description,
      ...(endpoint.request === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              ...json(
                addComponent(
                  components,
                  `${title}Request`,
                  jsonSchemaOf(endpoint.request, 'input', components),
                ),
              ),
            },
          }),
      responses,
      security: info.secured && !endpoint.open ? [{ apiKey: [] }, { bearer: [] }] : [],
    };
    paths[endpoint.path] = { ...(paths[endpoint.path] ?? {}), [endpoint.method]: operation };
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'openApiDocument',
      tags: ['service'],
      summary: 'This document',
      responses: { '200': { description: 'The OpenAPI 3.1 document', ...json({ type: 'object' }) } },
      security: info.secured ? [{ apiKey: [] }, { bearer: [] }] : [],
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: info.title, version: info.version },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

import { z } from 'zod';
import { defineEndpoint } from './endpoint';

/** The health answer: the service is up. */
export const HealthResponseSchema = z.strictObject({ status: z.literal('ok') });

export const healthEndpoint = defineEndpoint({
  method: 'get',
  path: '/health',
  operationId: 'health',
  tag: 'service',
  summary: 'Liveness',
  description: 'Answers 200 while the service runs. Open: no API key is needed, and nothing is disclosed.',
  response: HealthResponseSchema,
  open: true,
  handle: () => ({ status: 'ok' }),
});

const ids = z.array(z.string());

/** What a request may name: the ids of every policy, pack, KPI, stocking policy and flow. */
export const CatalogResponseSchema = z.strictObject({
  timeZone: z.string(),
  plugins: z.array(z.strictObject({ id: z.string(), version: z.string() })),
  policies: ids,
  jurisdictions: ids,
  kpis: ids,
  stockingPolicies: ids,
  flows: ids,
  targetProfiles: z
    .array(
      z.strictObject({
        id: z.string(),
        scope: z
          .strictObject({
            oem: z.string().optional(),
            brand: z.string().optional(),
            dealer: z.string().optional(),
          })
          .optional(),
      }),
    )
    .describe('The target profiles a scorecard resolves by `scope`: the defaults first'),
});

export const catalogEndpoint = defineEndpoint({
  method: 'get',
  path: '/v1/catalog',
  operationId: 'catalog',
  tag: 'service',
  summary: 'The ids a request may name',
  description:
    'The registry behind the service: its default time zone, its plugins, and the ids of the warranty ' +
    'policies, jurisdictions, KPIs, stocking policies, flows and target profiles that requests choose from.',
  response: CatalogResponseSchema,
  handle: (_body, _raw, catalogs) => ({
    timeZone: catalogs.registry.timeZone,
    plugins: catalogs.registry.plugins.map(({ id, version }) => ({ id, version })),
    policies: [...catalogs.policies.keys()],
    jurisdictions: [...catalogs.jurisdictions.keys()],
    kpis: [...catalogs.kpis.keys()],
    stockingPolicies: [...catalogs.stockingPolicies.keys()],
    flows: [...catalogs.flows.keys()],
    targetProfiles: catalogs.targetProfiles.map(({ id, scope }) =>
      scope === undefined ? { id } : { id, scope },
    ),
  }),
});

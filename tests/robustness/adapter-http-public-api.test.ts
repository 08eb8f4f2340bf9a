import {
  AuditClaimsResponseSchema,
  CatalogResponseSchema,
  ComputeKpisResponseSchema,
  createApp,
  ErrorBodySchema,
  EvaluateRightsResponseSchema,
  EvaluateWarrantyResponseSchema,
  FlowAuditReportSchema,
  HealthResponseSchema,
  type HttpLogger,
  parseServeArgs,
  type RunningServer,
  ScoreKpisResponseSchema,
  SuggestOrderResponseSchema,
  startServer,
  TransitionResponseSchema,
} from '@aftersales/adapter-http';
import { isAftersalesError } from '@aftersales/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * "No request makes the service fail", for @aftersales/adapter-http: every endpoint is sent
 * arbitrary JSON, near-misses of a valid body (one field changed, removed or added anywhere) and
 * arbitrary bytes under arbitrary content types, over HTTP to a real server on 127.0.0.1. Every
 * answer is JSON with a code (an error body that checks against ErrorBodySchema) or a 200 whose
 * body checks against the endpoint's response schema; never a 500; nothing is logged as a failure;
 * and the server answers /health after all of it. The public functions are fed arbitrary options:
 * a coded error or a result, never an uncoded throw.
 */

/** What a response schema offers here (the package's zod schemas; zod is not a root dependency). */
interface Schema {
  parse(value: unknown): unknown;
}

const logged: unknown[] = [];
const logger: HttpLogger = { error: (_message, details) => logged.push(details.error) };
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, hostname: '127.0.0.1', logger });
});
afterAll(async () => {
  await server.close();
});

const VIN = 'LSVAU2187N2123456';
const at = (minute: number) => `2024-03-04T08:${String(minute).padStart(2, '0')}:00+08:00`;
const vehicle = {
  vin: VIN,
  brand: 'Huaxia',
  model: 'HX5',
  modelYear: 2024,
  use: 'private',
  invoiceDate: '2024-03-01',
};
const repairOrder = {
  id: 'R1',
  roNumber: 'R1',
  dealerId: 'D',
  vin: VIN,
  advisorId: 'A',
  kind: 'repair',
  status: 'closed',
  openedAt: at(1),
  closedAt: at(9),
};
const events = [
  { type: 'receive_vehicle', at: at(30), actor: 'SA', data: { kind: 'repair' } },
  { type: 'add_line', at: at(35), actor: 'SA', data: { lineId: 'L1', payType: 'CP', priced: true } },
];

/** A valid body per endpoint (a key may add `#name` for a second sample), and the schema of a 200. */
const samples: Record<string, { body: unknown; response: Schema }> = {
  '/v1/warranty/evaluate': {
    body: {
      request: {
        vehicle,
        repair: { date: '2025-05-02', odometerKm: 41_200, system: 'transmission', amount: '8600.00' },
      },
    },
    response: EvaluateWarrantyResponseSchema,
  },
  '/v1/warranty/rights': {
    body: {
      case: {
        vehicle,
        repairs: [
          {
            roId: 'RO-1',
            vin: VIN,
            agreedAt: at(1),
            finishedAt: at(59),
            odometerKm: 900,
            problem: 'P',
            system: 'engine',
          },
        ],
      },
    },
    response: EvaluateRightsResponseSchema,
  },
  '/v1/warranty/claims/audit': {
    body: {
      claims: [
        {
          id: 'C1',
          dealerId: 'D1',
          vin: VIN,
          roId: 'RO-1',
          repairDate: '2024-09-10',
          odometerKm: 100,
          amounts: { labor: '1', parts: '0', total: '1' },
        },
      ],
      history: { vehicles: [vehicle] },
      settings: { asOf: '2024-10-08T09:00:00+08:00' },
    },
    response: AuditClaimsResponseSchema,
  },
  '/v1/kpis/compute': {
    body: { kpis: ['ro.count', 'labor.elr'], groupBy: ['month'], records: { repairOrders: [repairOrder] } },
    response: ComputeKpisResponseSchema,
  },
  // With a calendar (National Day 2024: holidays and a 调休 make-up Saturday) for the working days.
  '/v1/kpis/compute#calendar': {
    body: {
      kpis: ['ro.intake.daily'],
      groupBy: ['month'],
      calendar: { timeZone: 'Asia/Shanghai', holidays: ['2024-03-08'], workingWeekends: ['2024-03-09'] },
      records: { repairOrders: [repairOrder] },
    },
    response: ComputeKpisResponseSchema,
  },
  // A calendar from a dealer record, opening hours by weekday.
  '/v1/kpis/compute#dealer': {
    body: {
      kpis: ['ro.intake.daily'],
      groupBy: ['week'],
      calendar: {
        dealer: {
          id: 'D',
          name: 'D',
          brands: ['Huaxia'],
          timeZone: 'Asia/Shanghai',
          bays: 4,
          openingHours: [{ weekday: 1, open: '08:30', close: '18:00' }],
        },
        holidays: ['2024-03-04'],
      },
      records: { repairOrders: [repairOrder] },
    },
    response: ComputeKpisResponseSchema,
  },
  '/v1/kpis/scorecard': {
    body: {
      kpis: ['ro.intake.daily', 'ro.count'],
      groupBy: ['dealer', 'month'],
      calendar: {
        holidays: ['2024-03-08'],
        openingHours: [
          { open: '08:30', close: '12:00' },
          { open: '13:00', close: '18:00' },
        ],
      },
      scope: { brand: 'Huaxia' },
      records: { repairOrders: [repairOrder] },
    },
    response: ScoreKpisResponseSchema,
  },
  '/v1/kpis/scorecard#targets': {
    body: {
      kpis: ['ro.intake.daily'],
      period: { from: '2024-03-01', to: '2024-03-31' },
      targets: {
        id: 'dlr.targets',
        scope: { dealer: 'D' },
        targets: { 'ro.intake.daily': { atLeast: '20', atRisk: '1', cite: 'oem:acme-2024#intake' } },
        atRisk: { 'ro.intake.daily': '2' },
      },
      records: { repairOrders: [repairOrder] },
    },
    response: ScoreKpisResponseSchema,
  },
  '/v1/parts/suggested-order': {
    body: {
      movements: [
        {
          id: 'M1',
          partNumber: 'P1',
          type: 'issue_ro',
          quantity: '-2',
          unitCost: '10',
          occurredAt: at(5),
          roId: 'R1',
        },
      ],
      history: { from: '2024-01', to: '2024-03' },
      parts: [
        { partNumber: 'P1', description: 'Filter', unit: '个', price: '20', cost: '10', source: 'oem' },
      ],
      positions: [{ partNumber: 'P1', onHand: '1', reserved: '3' }],
    },
    response: SuggestOrderResponseSchema,
  },
  '/v1/flows/transition': {
    body: { flow: 'repair-order', events, event: { type: 'complete_walkaround', at: at(40), actor: 'SA' } },
    response: TransitionResponseSchema,
  },
  // A stored state the client sends back: its data is the client's word (the server must not fail on it).
  '/v1/flows/transition#state': {
    body: {
      flow: 'repair-order',
      state: {
        flow: 'repair-order',
        version: 1,
        value: 'estimated',
        data: {
          kind: 'repair',
          rescue: false,
          hold: null,
          lines: [{ id: 'L1', payType: 'CP', priced: true, answer: 'declined', work: 'not_started' }],
          qc: { self: null, peer: null, final: null },
          followUps: 0,
          reopened: 0,
        },
        marks: [],
        at: at(45),
        enteredAt: at(45),
        eventCount: 4,
      },
      event: { type: 'confirm_approval', at: at(50), actor: 'SA' },
    },
    response: TransitionResponseSchema,
  },
  '/v1/flows/audit': {
    body: { flow: 'complaint', histories: [{ id: 'C', events: [] }] },
    response: FlowAuditReportSchema,
  },
  '/v1/repair-orders/audit': {
    body: { histories: [{ id: 'R', events }], asOf: at(59) },
    response: FlowAuditReportSchema,
  },
  '/v1/repair-orders/audit#calendar': {
    body: {
      histories: [{ id: 'R', events }],
      timeZone: 'Asia/Shanghai',
      calendar: { workingWeekdays: [1, 2, 3, 4, 5, 6], holidays: ['2024-03-05'] },
      asOf: at(59),
    },
    response: FlowAuditReportSchema,
  },
};
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
      { numRuns: 300 },
    );
    // The mutations reach past the schemas (200 with rejected rows, 422 from the rules), not only 400s.
    expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 422]));
  });

  it('answers arbitrary JSON with a coded error or a checked 200', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBody, async ({ path, body }) => {
        await check(path, body);
      }),
      { numRuns: 150 },
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
      { numRuns: 100 },
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
      { numRuns: 200 },
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
        numRuns: 300,
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

import { readFileSync } from 'node:fs';
import * as star from '@aftersales/adapter-star';
import * as core from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from './adapter-fuzz';

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/adapter-star: every
 * exported reader and writer is fed arbitrary values and near-misses of STAR's examples (a leaf
 * replaced by an odd value, a key dropped, a list emptied). Each answers with a result: a value
 * (validated by core's schema) with coded notes, or coded issues. And no line is lost: every
 * labor operation of an accepted document comes out as at least one labor line.
 */

type Json = unknown;
const EXAMPLES = new URL('../../packages/adapters/star/fixtures/examples/', import.meta.url);
const example = (name: string): Json => JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES), 'utf8'));
const VIN = '1FTFW1E51NFA00001';
const OPTIONS = {
  timeZone: 'America/New_York',
  vin: VIN,
  dealerId: 'D-1',
  advisorId: 'SA-1',
  openedAt: '2026-02-23T09:00:00-05:00',
  currency: 'USD',
};

const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0,
    1.5,
    1e21,
    2 ** 70,
    '',
    ' ',
    '-12.5',
    '1e5',
    '2026-13-01',
    '2026-01-01T10:00:00',
    'CUSTOMER',
    'OEM',
    'INSURANCE_PROVIDER',
    'APPROVED',
    'PENDING_APPROVAL',
    'MILES',
    'KM',
    'HOURS',
    'FORTNIGHTS',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
    [],
    {},
    [{}],
    { amount: 1 },
    { value: '1' },
    true,
    false,
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
);

type Path = (string | number)[];
function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  }
  return [path];
}

function replaced(value: unknown, path: Path, by: unknown, remove: boolean): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaced(copy[Number(head)], rest, by, remove);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = replaced(copy[head], rest, by, remove);
  return copy;
}

const NAMES = [
  'declined_labor_operation',
  'declined_repair_order',
  'odometer',
  'repair_effort',
  'repair_financial_summary',
  'repair_line_item_split',
  'repair_order_line_items',
  'spec_detailed_repair_cost',
  'spec_repair_order_declined',
  'vehicle_identifier',
];
const nearMiss = fc.constantFrom(...NAMES).chain((name) => {
  const doc = example(name);
  const paths = leaves(doc);
  return fc.record({
    name: fc.constant(name),
    doc: fc
      .tuple(fc.constantFrom(...paths), oddValue, fc.boolean())
      .map(([path, by, remove]) => replaced(doc, path, by, remove)),
  });
});

function expectResult(result: unknown, label: string): void {
  const shaped = result as { ok?: unknown; issues?: unknown; notes?: unknown };
  expect(typeof shaped.ok, label).toBe('boolean');
  expect(Array.isArray(shaped.notes), label).toBe(true);
  for (const note of shaped.notes as core.AftersalesIssue[])
    expect(core.isErrorCode(note.code), label).toBe(true);
  if (shaped.ok === false) {
    const issues = shaped.issues as core.AftersalesIssue[];
    expect(issues.length, label).toBeGreaterThan(0);
    for (const issue of issues) expect(core.isErrorCode(issue.code), `${label} ${issue.code}`).toBe(true);
  }
}

function call(fn: () => unknown, label: string): unknown {
  try {
    return fn();
  } catch (error) {
    if (!core.isAftersalesError(error)) {
      const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`${label} threw ${shown}`, { cause: error });
    }
    return undefined;
  }
}

const READERS = [
  star.fromStarRepairOrder,
  star.fromStarLaborOperation,
  star.fromStarLineItems,
  star.fromStarOdometer,
  star.fromStarRepairOrderStatus,
  star.fromStarVehicleIdentifier,
  star.fromStarRepairEffort,
  star.fromStarFinancialSummary,
] as const;

describe('every exported function of @aftersales/adapter-star', () => {
  it('exports the readers, the writer and readStarFragment', () => {
    const functions = Object.entries(star)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(functions).toEqual(
      expect.arrayContaining(['fromStarRepairOrder', 'toStarRepairOrder', 'readStarFragment']),
    );
    expect(READERS.every((reader) => typeof reader === 'function')).toBe(true);
  });

  it('answers arbitrary documents and options with a coded result, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.anything(), fc.constant(OPTIONS)), (doc, options) => {
        for (const reader of READERS)
          expectResult(
            call(() => reader(doc, options as never), reader.name),
            reader.name,
          );
        expectResult(
          call(() => star.toStarRepairOrder(doc), 'toStarRepairOrder'),
          'toStarRepairOrder',
        );
        for (const kind of [...star.starFragmentKinds, 'nope', undefined]) {
          expectResult(
            call(() => star.readStarFragment(kind as never, doc, options as never), `${kind}`),
            `${kind}`,
          );
        }
      }),
      { numRuns: runs(150) },
    );
  }, 60_000);

  it('lets every exported STAR schema judge anything without throwing', () => {
    const schemas = Object.values(star).filter(
      (value) => typeof (value as { safeParse?: unknown }).safeParse === 'function',
    );
    expect(schemas.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const schema of schemas) (schema as { safeParse: (v: unknown) => unknown }).safeParse(value);
      }),
      { numRuns: runs(100) },
    );
  }, 60_000);
});

describe('near misses of STAR’s own examples', () => {
  it('each fragment kind reads its near-missed example into a coded result', () => {
    const KIND: Record<string, star.StarFragmentKind> = {
      declined_labor_operation: 'labor_operation',
      declined_repair_order: 'repair_order_status',
      odometer: 'odometer',
      repair_effort: 'repair_effort',
      repair_financial_summary: 'financial_summary',
      repair_line_item_split: 'repair_order',
      repair_order_line_items: 'line_items',
      spec_detailed_repair_cost: 'repair_order',
      spec_repair_order_declined: 'repair_order',
      vehicle_identifier: 'vehicle_identifier',
    };
    fc.assert(
      fc.property(nearMiss, ({ name, doc }) => {
        const kind = KIND[name] as star.StarFragmentKind;
        const result = call(
          () => star.readStarFragment(kind, doc, { ...OPTIONS, vinCheckDigit: 'never' }),
          name,
        );
        expectResult(result, name);
      }),
      { numRuns: runs(400) },
    );
  }, 60_000);

  it('a whole RO is accepted (valid for core, no labor operation lost) or rejected with coded issues', () => {
    const ros = fc.constantFrom(
      'repair_line_item_split',
      'spec_detailed_repair_cost',
      'spec_repair_order_declined',
    );
    const docs = ros.chain((name) => {
      const doc = example(name);
      return fc
        .tuple(fc.constantFrom(...leaves(doc)), oddValue, fc.boolean())
        .map(([p, by, rm]) => replaced(doc, p, by, rm));
    });
    fc.assert(
      fc.property(docs, (doc) => {
        const result = call(
          () => star.fromStarRepairOrder(doc, OPTIONS),
          'fromStarRepairOrder',
        ) as star.StarResult<core.RepairOrder>;
        expectResult(result, 'fromStarRepairOrder');
        if (!result.ok) return;
        expect(core.RepairOrderSchema.safeParse(result.value).success).toBe(true);
        const d = doc as {
          labor_operations?: unknown[];
          repair_order_line_items?: {
            service_job?: { labor_operations?: unknown[] };
            service_jobs?: { labor_operations?: unknown[] }[];
          }[];
        };
        const ops =
          (d.labor_operations?.length ?? 0) +
          (d.repair_order_line_items ?? []).reduce(
            (n, item) =>
              n +
              (item.service_job?.labor_operations?.length ?? 0) +
              (item.service_jobs ?? []).reduce((m, j) => m + (j.labor_operations?.length ?? 0), 0),
            0,
          );
        const lines = result.value.jobs.reduce((n, job) => n + job.laborLines.length, 0);
        expect(lines).toBeGreaterThanOrEqual(ops);
        const back = star.toStarRepairOrder(result.value);
        expectResult(back, 'toStarRepairOrder');
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);
});

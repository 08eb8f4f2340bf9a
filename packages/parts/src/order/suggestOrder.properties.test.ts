import { Money, money } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demandHistory, type OrderSuggestion, suggestOrder } from '../index';
import { ZONE } from '../testing';

// Small worlds: six part numbers in the master's pool plus one the master never knows, movements
// from October 2023 to mid-July 2024 read into a January–June 2024 history (so some fall before
// and after it), random stock positions, stocking policies and budgets.

const POOL = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5'];
const STRANGER = 'X9';
const WINDOW = { timeZone: ZONE, from: '2024-01', to: '2024-06' } as const;
const FIRST_DAY = Date.UTC(2023, 9, 1);
const DAYS = 283; // 2023-10-01 to 2024-07-09

/** An integer count of 10^-places as a decimal string: (−125, 2) → '-1.25'. */
function decimalOf(units: number, places: number): string {
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}

const decimal = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((units) => decimalOf(units, places));

/** A decimal string as an exact count of ten-thousandths. */
function units(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!match) throw new Error(`not a quantity: ${text}`);
  const value = BigInt(`${match[2]}${(match[3] ?? '').padEnd(4, '0')}`);
  return match[1] === '-' ? -value : value;
}

const masterRow = fc.record({
  fractional: fc.boolean(),
  wholePack: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  wholeMoq: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
  litrePack: fc.option(fc.constantFrom('0.5', '0.25', '4', '1.5'), { nil: undefined }),
  litreMoq: fc.option(fc.constantFrom('0.5', '2.5', '1', '6'), { nil: undefined }),
  cost: fc.option(decimal(0, 300, 2), { freq: 6, nil: undefined }),
  supersededBy: fc.option(fc.constantFrom(...POOL, STRANGER), { freq: 3, nil: undefined }),
});

const positionRow = fc.record({
  onHand: fc.oneof(decimal(-3, 8, 0), decimal(0, 60, 1)),
  onOrder: fc.option(decimal(0, 30, 0), { nil: undefined }),
  reserved: fc.option(decimal(0, 12, 1), { nil: undefined }),
  unitCost: fc.option(decimal(0, 200, 2), { freq: 3, nil: undefined }),
  stocked: fc.option(fc.boolean(), { nil: undefined }),
  leadTimeDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

const TYPES = [
  'issue_ro',
  'issue_ro',
  'issue_ro',
  'issue_ro',
  'issue_ro',
  'counter_sale',
  'counter_sale',
  'return_from_ro',
  'return_from_customer',
  'receipt',
  'return_to_supplier',
  'transfer_in',
  'transfer_out',
  'adjustment',
  'stocktake_adjustment',
] as const;
const OUT = new Set(['issue_ro', 'counter_sale', 'return_to_supplier', 'transfer_out']);

const movementRow = fc.record({
  partNumber: fc.constantFrom(...POOL, STRANGER),
  type: fc.constantFrom(...TYPES),
  magnitude: decimal(0.1, 40, 1),
  negative: fc.boolean(),
  day: fc.integer({ min: 0, max: DAYS }),
  hour: fc.integer({ min: 0, max: 23 }),
  cost: decimal(0, 300, 2),
});

const policyRow = fc.record({
  historyMonths: fc.integer({ min: 1, max: 12 }),
  levels: fc.constantFrom(
    ['0.98', '0.95', '0.9'],
    ['0.99', '0.99', '0.5'],
    ['0.5', '0.5', '0.5'],
    ['0.9999', '0.8', '0.7'],
  ),
  abc: fc.constantFrom(['0.8', '0.15'], ['0.5', '0.5'], ['1', '0'], ['0.2', '0.3']),
  leadTimeDays: fc.integer({ min: 0, max: 45 }),
  reviewDays: fc.integer({ min: 0, max: 31 }),
  phaseIn: fc.record({ orders: fc.integer({ min: 1, max: 4 }), months: fc.integer({ min: 1, max: 6 }) }),
  phaseOutMonths: fc.integer({ min: 1, max: 12 }),
  slowMonths: fc.integer({ min: 1, max: 6 }),
  newPartMonths: fc.integer({ min: 0, max: 8 }),
});

/** A record per key for most of `keys` (each left out with probability 1 / freq). */
function someOf<T>(
  keys: readonly string[],
  row: fc.Arbitrary<T>,
  freq: number,
): fc.Arbitrary<Record<string, T>> {
  return fc.tuple(...keys.map(() => fc.option(row, { freq, nil: undefined }))).map((rows) => {
    const out: Record<string, T> = {};
    rows.forEach((value, index) => {
      if (value !== undefined) out[keys[index] as string] = value;
    });
    return out;
  });
}

const world = fc
  .record({
    // Most pool parts are in the master and have a position; some are not, or have none.
    master: someOf(POOL, masterRow, 6),
    positions: someOf([...POOL, STRANGER], positionRow, 3),
    movements: fc.array(movementRow, { maxLength: 120, size: 'max' }),
    policy: policyRow,
    budget: fc.option(decimal(0, 3000, 2), { nil: undefined }),
    asOf: fc.constantFrom(undefined, '2024-06-30', '2024-05-15', '2024-07-20'),
  })
  .chain((input) =>
    fc
      .shuffledSubarray(input.movements, {
        minLength: input.movements.length,
        maxLength: input.movements.length,
      })
      .map((shuffled) => ({ ...input, shuffled })),
  );

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function masterOf(input: World): Record<string, unknown>[] {
  return Object.entries(input.master).map(([partNumber, row]) => ({
    partNumber,
    description: `Part ${partNumber}`,
    unit: row.fractional ? 'L' : '个',
    allowsFractionalQuantity: row.fractional,
    price: '1',
    source: 'oem',
    ...(row.cost === undefined ? {} : { cost: row.cost }),
    ...(row.supersededBy === undefined || row.supersededBy === partNumber
      ? {}
      : { supersededBy: row.supersededBy }),
    ...(row.fractional
      ? {
          ...(row.litrePack === undefined ? {} : { packSize: row.litrePack }),
          ...(row.litreMoq === undefined ? {} : { moq: row.litreMoq }),
        }
      : {
          ...(row.wholePack === undefined ? {} : { packSize: String(row.wholePack) }),
          ...(row.wholeMoq === undefined ? {} : { moq: String(row.wholeMoq) }),
        }),
  }));
}

function positionsOf(input: World): Record<string, unknown>[] {
  return Object.entries(input.positions).map(([partNumber, row]) => {
    const record: Record<string, unknown> = { partNumber, ...row };
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record;
  });
}

function movementsOf(rows: World['movements']): Record<string, unknown>[] {
  return rows.map((row, index) => {
    const date = new Date(FIRST_DAY + row.day * 86_400_000).toISOString().slice(0, 10);
    const sign =
      row.type === 'adjustment' || row.type === 'stocktake_adjustment'
        ? row.negative
          ? '-'
          : ''
        : OUT.has(row.type)
          ? '-'
          : '';
    return {
      id: `MV-${index}`,
      partNumber: row.partNumber,
      type: row.type,
      quantity: `${sign}${row.magnitude}`,
      unitCost: row.cost,
      occurredAt: `${date}T${String(row.hour).padStart(2, '0')}:30:00+08:00`,
      ...(row.type === 'issue_ro' || row.type === 'return_from_ro' ? { roId: `RO-${index % 7}` } : {}),
    };
  });
}

function policyOf(input: World) {
  const p = input.policy;
  const [A, B, C] = p.levels as [string, string, string];
  return {
    id: 'random-policy',
    historyMonths: p.historyMonths,
    abc: { a: p.abc[0] as string, b: p.abc[1] as string },
    serviceLevel: { A, B, C },
    leadTimeDays: p.leadTimeDays,
    reviewDays: p.reviewDays,
    phaseIn: p.phaseIn,
    phaseOut: { months: p.phaseOutMonths },
    movement: { slowMonths: p.slowMonths, obsoleteMonths: p.slowMonths + 6, newPartMonths: p.newPartMonths },
  };
}

function plan(input: World, rows: World['movements']): OrderSuggestion {
  const history = demandHistory(movementsOf(rows), WINDOW);
  expect(history.movements.read).toBe(history.movements.accepted + history.movements.rejected);
  expect(history.movements.rejected).toBe(0);
  return suggestOrder(history, {
    parts: masterOf(input),
    positions: positionsOf(input),
    policy: policyOf(input),
    ...(input.budget === undefined ? {} : { budget: input.budget }),
    ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
  });
}

// How often the generated worlds reach the cases the properties are about.
const seen = { ordered: 0, budgetBound: 0, coveredAtMax: 0, replaced: 0, unplanned: 0 };

describe('suggestOrder properties', () => {
  it('holds for random masters, positions, movements, policies and budgets', () => {
    fc.assert(
      fc.property(world, (input) => {
        const order = plan(input, input.movements);
        const master = new Map(masterOf(input).map((row) => [row.partNumber as string, row]));
        expect(order.rejections).toEqual([]);

        for (const line of order.lines) {
          const quantity = units(line.quantity);
          if (quantity !== 0n) {
            seen.ordered += 1;
            // Ordered: a master part, whole packs, at least the MOQ.
            const row = master.get(line.partNumber);
            expect(row).toBeDefined();
            const fractional = row?.allowsFractionalQuantity === true;
            const pack = typeof row?.packSize === 'string' ? units(row.packSize) : fractional ? 1n : 10_000n;
            const moq = typeof row?.moq === 'string' ? units(row.moq) : 0n;
            expect(quantity % pack).toBe(0n);
            expect(quantity >= moq).toBe(true);
            expect(['order', 'reduced']).toContain(line.outcome);
          }
          // Stock that covers max, counting what is reserved, orders nothing.
          const covered = units(line.inventoryPosition) >= units(line.max);
          if (covered) {
            seen.coveredAtMax += 1;
            expect(line.quantity).toBe('0');
          }
          // A stocked part whose on hand + on order covers max, with nothing reserved, orders nothing.
          if (
            (line.stocking === 'stocked' || line.stocking === 'phase_in') &&
            units(line.reserved) === 0n &&
            units(line.onHand) + units(line.onOrder) >= units(line.max)
          ) {
            expect(line.quantity).toBe('0');
          }
          if (line.replaces.length > 0) seen.replaced += 1;
        }

        // The total is the sum of the line values, exactly (decimal.js through core's Money).
        const sum = order.lines.reduce(
          (total, line) => total.add(money(line.value, 'CNY')),
          Money.zero('CNY'),
        );
        expect(sum.toDecimal().equals(money(order.total, 'CNY').toDecimal())).toBe(true);

        // Never above the budget.
        if (input.budget !== undefined) {
          expect(money(order.total, 'CNY').lessThanOrEqual(money(input.budget, 'CNY'))).toBe(true);
          const unbounded = plan({ ...input, budget: undefined }, input.movements);
          if (unbounded.total !== order.total) seen.budgetBound += 1;
        }

        // Every part number of the master comes out exactly once: a line, a line's `replaces`, or unplanned.
        const appearances = [
          ...order.lines.map((line) => line.partNumber),
          ...order.lines.flatMap((line) => line.replaces),
          ...order.unplanned.map((entry) => entry.partNumber),
        ];
        for (const partNumber of master.keys()) {
          expect(appearances.filter((seenAs) => seenAs === partNumber)).toHaveLength(1);
        }
        if (order.unplanned.length > 0) seen.unplanned += 1;

        // The order of the movements does not matter.
        expect(plan(input, input.shuffled)).toEqual(order);
      }),
      { numRuns: 300 },
    );
    // The runs reached what the properties are about (not a vacuous pass).
    expect(seen.ordered).toBeGreaterThan(50);
    expect(seen.budgetBound).toBeGreaterThan(10);
    expect(seen.coveredAtMax).toBeGreaterThan(50);
    expect(seen.replaced).toBeGreaterThan(10);
    expect(seen.unplanned).toBeGreaterThan(2);
  });
});

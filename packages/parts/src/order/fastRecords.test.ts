import { idSchema, PartSchema } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIdText } from '../demand/movementChecks';
import { fastPart, fastPosition } from './fastRecords';
import { StockPositionSchema } from './stockPosition';

// Values near each field's edges: the fast check must never accept what the schema refuses, and
// must give what the schema gives when it accepts.
const decimals = fc.constantFrom(
  '0',
  '00',
  '1',
  '-1',
  '0.0',
  '2.50',
  '1.5',
  '-0',
  ' 1',
  '1e3',
  '',
  '0.00',
  'x',
  '12',
);
const texts = fc.constantFrom('', ' ', 'a', ' a', 'a ', '机油', 'x'.repeat(65), 'x'.repeat(201));
const anyField = fc.oneof(
  decimals,
  texts,
  fc.boolean(),
  fc.integer({ min: -2, max: 4000 }),
  fc.constant(null),
  fc.constant(undefined),
);

const partLike = fc.record(
  {
    partNumber: fc.oneof(texts, fc.constant('P1')),
    description: fc.oneof(texts, fc.constant('滤清器')),
    unit: fc.oneof(texts, fc.constant('个')),
    allowsFractionalQuantity: fc.oneof(fc.boolean(), anyField),
    price: fc.oneof(decimals, anyField),
    cost: decimals,
    currency: fc.constantFrom('CNY', 'USD', 'cny', 'XXX1'),
    source: fc.constantFrom('oem', 'outsourced', 'customer_supplied', 'other'),
    supersededBy: fc.constantFrom('P1', 'P2', ' P2'),
    packSize: decimals,
    moq: decimals,
    abcClass: fc.constantFrom('A', 'B', 'D'),
    bin: texts,
    isAccessory: anyField,
    dealerId: texts,
    other: anyField,
  },
  { requiredKeys: [] },
);

const positionLike = fc.record(
  {
    partNumber: fc.oneof(texts, fc.constant('P1')),
    onHand: decimals,
    onOrder: decimals,
    reserved: decimals,
    unitCost: decimals,
    currency: fc.constantFrom('CNY', 'USD', 'cny'),
    leadTimeDays: fc.oneof(fc.integer({ min: -1, max: 4000 }), fc.double(), anyField),
    stocked: anyField,
    lastIssuedOn: fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '2024-1-1'),
    firstReceivedOn: fc.constantFrom('2024-01-31', '2024-04-31'),
    warehouse: texts,
    dealerId: texts,
    other: anyField,
  },
  { requiredKeys: [] },
);

// A valid row with up to two fields replaced by edge values, so both answers are exercised.
function patched<T extends object>(valid: T, fuzz: fc.Arbitrary<Partial<Record<string, unknown>>>) {
  return fuzz.map((patch) => {
    const keys = Object.keys(patch).slice(0, 2);
    const row = { ...valid } as Record<string, unknown>;
    for (const key of keys) {
      if (patch[key] === undefined) delete row[key];
      else row[key] = patch[key];
    }
    return row;
  });
}

const validPart = {
  partNumber: 'P1',
  description: '滤清器',
  unit: '个',
  price: '12.50',
  cost: '8',
  source: 'oem',
  packSize: '10',
  moq: '20',
};
const validPosition = {
  partNumber: 'P1',
  onHand: '3',
  onOrder: '1',
  reserved: '0',
  unitCost: '8',
  leadTimeDays: 5,
  stocked: true,
};

describe('isIdText', () => {
  it('takes exactly the identifiers idSchema takes', () => {
    const chars = fc.constantFrom(
      'a',
      'Z',
      '9',
      '-',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u3000',
      '\u2028',
      '\u00a0',
      '号',
      '\u007f',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 70 }).map((list) => list.join('')),
        (text) => {
          expect(isIdText(text)).toBe(idSchema.safeParse(text).success);
        },
      ),
      { numRuns: 5000 },
    );
    expect(isIdText('RO\n1')).toBe(false); // a line break inside: the pattern's '.' does not cross it
    expect(isIdText('MV-2024-031501')).toBe(true);
  });
});

describe('fast record checks', () => {
  it('accept a part only as the schema would, with the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(patched(validPart, partLike), (row) => {
        const fast = fastPart(row);
        if (fast === undefined) return;
        accepted += 1;
        expect(fast).toEqual(PartSchema.parse(row));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('accept a stock position only as the schema would, with the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(patched(validPosition, positionLike), (row) => {
        const fast = fastPosition(row);
        if (fast === undefined) return;
        accepted += 1;
        expect(fast).toEqual(StockPositionSchema.parse(row));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('take the common rows (so the fast path is the one used)', () => {
    expect(
      fastPart({
        partNumber: 'P1',
        description: '滤清器',
        unit: '个',
        price: '12.50',
        cost: '8',
        source: 'oem',
        packSize: '10',
      }),
    ).toEqual({
      partNumber: 'P1',
      description: '滤清器',
      unit: '个',
      price: '12.50',
      cost: '8',
      source: 'oem',
      packSize: '10',
      allowsFractionalQuantity: false,
      currency: 'CNY',
      isAccessory: false,
    });
    expect(fastPosition({ partNumber: 'P1', onHand: '-2', unitCost: '8', leadTimeDays: 5 })).toEqual({
      partNumber: 'P1',
      onHand: '-2',
      onOrder: '0',
      reserved: '0',
      unitCost: '8',
      currency: 'CNY',
      leadTimeDays: 5,
    });
    // A fractional pack on a whole-unit part, padding, a number: left to the schema.
    expect(
      fastPart({
        partNumber: 'P1',
        description: 'x',
        unit: '个',
        price: '1',
        source: 'oem',
        packSize: '0.5',
      }),
    ).toBeUndefined();
    expect(fastPosition({ partNumber: 'P1', onHand: ' 2' })).toBeUndefined();
    expect(fastPosition({ partNumber: 'P1', onHand: 2 })).toBeUndefined();
  });
});

// Each field's edges, one at a time: the fast check must take what is already canonical (else a
// plan of 50,000 rows pays the schema's cost for nothing) and refuse what the schema would refuse.
describe('fast record checks at each edge', () => {
  const part = (patch: Record<string, unknown>) => fastPart({ ...validPart, ...patch });
  const position = (patch: Record<string, unknown>) => fastPosition({ ...validPosition, ...patch });

  it('take a text of 200 characters and refuse one of 201 (shortTextSchema.max(200))', () => {
    expect(part({ description: 'x'.repeat(200) })?.description).toBe('x'.repeat(200));
    expect(part({ description: 'x'.repeat(201) })).toBeUndefined();
    expect(part({ description: '   ' })).toBeUndefined();
    // Not a string, though its text would pass.
    expect(part({ description: ['x'] })).toBeUndefined();
  });

  it('take a pack or MOQ of 1 and refuse 0 (they must be positive)', () => {
    expect(part({ packSize: '1', moq: '1' })).toMatchObject({ packSize: '1', moq: '1' });
    expect(part({ packSize: '0' })).toBeUndefined();
    expect(part({ moq: '0' })).toBeUndefined();
    expect(part({ moq: '0.00' })).toBeUndefined();
    // A half MOQ only on a part sold in fractions.
    expect(part({ moq: '2.5' })).toBeUndefined();
    expect(part({ moq: '2.5', allowsFractionalQuantity: true })?.moq).toBe('2.5');
    expect(part({ moq: '3.00' })?.moq).toBe('3.00');
  });

  it('take an ABC class A, B or C and nothing else', () => {
    expect(part({ abcClass: 'A' })?.abcClass).toBe('A');
    expect(part({ abcClass: 'C' })?.abcClass).toBe('C');
    expect(part({ abcClass: 'D' })).toBeUndefined();
    expect(part({ abcClass: 1 })).toBeUndefined();
  });

  it('refuse a part superseded by itself', () => {
    expect(part({ supersededBy: 'P1' })).toBeUndefined();
    expect(part({ supersededBy: 'P2' })?.supersededBy).toBe('P2');
  });

  it('refuse what is not a plain object with only known keys', () => {
    for (const value of [null, undefined, 'P1', 7, [], [validPart]]) {
      expect(fastPart(value)).toBeUndefined();
      expect(fastPosition(value)).toBeUndefined();
    }
    expect(part({ other: 1 })).toBeUndefined();
    expect(position({ other: 1 })).toBeUndefined();
    // Known keys, but not a plain object: left to the schema.
    const bare = Object.assign(Object.create(null), validPart);
    expect(fastPart(bare)).toBeUndefined();
    expect(fastPosition(Object.assign(Object.create(null), validPosition))).toBeUndefined();
  });

  it('give no key for an optional field the row leaves out, as the schema does', () => {
    const minimal = { partNumber: 'P1', description: 'x', unit: '个', price: '1', source: 'oem' };
    expect(Object.keys(fastPart(minimal) ?? {}).sort()).toEqual([
      'allowsFractionalQuantity',
      'currency',
      'description',
      'isAccessory',
      'partNumber',
      'price',
      'source',
      'unit',
    ]);
    expect(Object.keys(fastPosition({ partNumber: 'P1', onHand: '0' }) ?? {}).sort()).toEqual([
      'currency',
      'onHand',
      'onOrder',
      'partNumber',
      'reserved',
    ]);
  });

  it('take a lead time of 0 to 3650 whole days only', () => {
    expect(position({ leadTimeDays: 0 })?.leadTimeDays).toBe(0);
    expect(position({ leadTimeDays: 3650 })?.leadTimeDays).toBe(3650);
    expect(position({ leadTimeDays: 3651 })).toBeUndefined();
    expect(position({ leadTimeDays: -1 })).toBeUndefined();
    expect(position({ leadTimeDays: 1.5 })).toBeUndefined();
    expect(position({ leadTimeDays: '5' })).toBeUndefined();
  });

  it('take a real calendar date written YYYY-MM-DD, and no other', () => {
    // 2024 is a leap year (divisible by 4, not by 100); 2023 is not.
    for (const day of ['2024-01-01', '2024-12-31', '2024-02-29', '2024-01-31', '2024-04-30', '1999-11-09']) {
      expect(position({ lastIssuedOn: day })?.lastIssuedOn).toBe(day);
      expect(position({ firstReceivedOn: day })?.firstReceivedOn).toBe(day);
    }
    for (const day of [
      '2023-02-29',
      '2024-04-31',
      '2024-02-30',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024-01-1',
      '24-01-01',
      'x2024-01-01',
      '2024-01-01x',
      '12024-01-01',
      '2024-01-011',
      ['2024-01-01'],
      '2024-01-01T00:00',
      'abcd-01-01',
      '2024-ab-01',
      '2024-01-ab',
      '',
      20240101,
    ]) {
      expect(position({ lastIssuedOn: day }), String(day)).toBeUndefined();
      expect(position({ firstReceivedOn: day }), String(day)).toBeUndefined();
    }
  });
});

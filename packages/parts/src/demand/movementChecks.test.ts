import { describe, expect, it } from 'vitest';
import { demandHistory } from '../index';
import { movement, ZONE } from '../testing';
import { checkSlowly, isIdText, otherFieldsValid } from './movementChecks';

const Q1 = { timeZone: ZONE, from: '2024-01', to: '2024-03' } as const;

/** A receipt: the six fields every movement has and no optional one. */
const receipt = (): Record<string, unknown> => movement('P1', 'receipt', '2', '2024-01-10');

/** A receipt with every optional field the fast path reads, each valid. */
const full = (): Record<string, unknown> => ({
  ...receipt(),
  currency: 'CNY',
  roId: 'RO-1',
  reference: 'GRN-7',
  unitPrice: '12.50',
  warehouse: '主库 A',
  counterparty: 'FAW-VW',
});

describe('isIdText', () => {
  it('takes what core’s idSchema takes: 1 to 64 characters, no space at either end, no line break', () => {
    expect(['RO-1', 'R', 'x'.repeat(64), '配件 12', 'A B'].map(isIdText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['', 'x'.repeat(65), ' RO', 'RO ', '\tRO', 'RO\u3000'].map(isIdText)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    // A line break inside: the schema's `.` does not cross \n, \r, U+2028 or U+2029.
    expect(['A\nB', 'A\rB', 'A\u2028B', 'A\u2029B'].map(isIdText)).toEqual([false, false, false, false]);
    expect([7, null, undefined, ['RO-1']].map(isIdText)).toEqual([false, false, false, false]);
  });
});

describe('otherFieldsValid', () => {
  it('passes a plain row whose optional fields are each absent or valid', () => {
    expect(otherFieldsValid(receipt())).toBe(true);
    expect(otherFieldsValid(full())).toBe(true);
    // Each optional field alone.
    const { currency, roId, reference, unitPrice, warehouse, counterparty } = full();
    for (const extra of [
      { currency },
      { roId },
      { reference },
      { unitPrice },
      { warehouse },
      { counterparty },
    ]) {
      expect(otherFieldsValid({ ...receipt(), ...extra })).toBe(true);
    }
    // Short text is 200 characters at most; a price any decimal without sign.
    expect(otherFieldsValid({ ...receipt(), warehouse: 'W'.repeat(200), unitPrice: '0' })).toBe(true);
    expect(otherFieldsValid({ ...receipt(), counterparty: ' 供应商 ', unitPrice: '1.2345' })).toBe(true);
  });

  it('sends a row to the schema for a malformed optional field', () => {
    const bad: Record<string, unknown>[] = [
      { roId: ' RO-1' },
      { roId: 7 },
      { reference: 'GRN 7 ' },
      { reference: '' },
      { unitPrice: '-1' },
      { unitPrice: '1x' },
      { unitPrice: 'abc' },
      { unitPrice: '1.x' },
      { unitPrice: '1.' },
      { unitPrice: [5] },
      { warehouse: 'W'.repeat(201) },
      { warehouse: '   ' },
      { warehouse: ['A'] },
      { counterparty: 'C'.repeat(201) },
      { counterparty: '' },
      { counterparty: 5 },
      // extensions always go to the schema, valid or not
      { extensions: { colour: 'red' } },
      { extensions: 'x' },
    ];
    expect(bad.map((fields) => otherFieldsValid({ ...receipt(), ...fields }))).toEqual(bad.map(() => false));
  });

  it('sends a row to the schema for an unknown key, a key set to undefined or an inherited key', () => {
    expect(otherFieldsValid({ ...receipt(), note: 'x' })).toBe(false);
    expect(otherFieldsValid({ ...full(), note: 'x' })).toBe(false);
    expect(otherFieldsValid({ ...receipt(), currency: undefined })).toBe(false);
    expect(otherFieldsValid(Object.assign(Object.create({ extra: 1 }), receipt()))).toBe(false);
  });
});

describe('checkSlowly', () => {
  it('reads a row the schema accepts in fixed units (× 10⁴)', () => {
    const row = {
      ...movement('P1', 'issue_ro', '2.5', '2024-01-10'),
      quantity: ' -2.50 ',
      unitCost: '0.125',
    };
    expect({ ...(checkSlowly(row, 'CNY') as object) }).toEqual({
      partNumber: 'P1',
      type: 'issue_ro',
      quantity: -25_000,
      unitCost: 1_250,
      occurredAt: '2024-01-10T10:00:00+08:00',
    });
  });

  it('refuses five places and a foreign currency, which the schema allows, naming each field', () => {
    const row = { ...receipt(), quantity: '1.23456', unitCost: '0.00001', currency: 'USD' };
    const format = 'decimal with at most four places (and at most 879,609,302 units)';
    expect(checkSlowly(row, 'CNY')).toEqual([
      {
        code: 'input.invalid_format',
        path: ['quantity'],
        message: {
          en: `quantity is not a valid ${format}`,
          zh: 'quantity 不是有效的最多四位小数的十进制数（且不超过 879,609,302 个单位）',
        },
        params: { format },
      },
      {
        code: 'input.invalid_format',
        path: ['unitCost'],
        message: {
          en: `unitCost is not a valid ${format}`,
          zh: 'unitCost 不是有效的最多四位小数的十进制数（且不超过 879,609,302 个单位）',
        },
        params: { format },
      },
      {
        code: 'parts.currency_mismatch',
        path: ['currency'],
        message: {
          en: 'currency is in USD, but this plan is in CNY (pass currency to plan in another)',
          zh: 'currency 币种为 USD，但本计划按 CNY 计算（可通过 currency 选项指定）',
        },
        params: { currency: 'USD', expected: 'CNY' },
      },
    ]);
  });

  it('gives the schema’s issues for a row it refuses', () => {
    expect(checkSlowly({ ...receipt(), quantity: 'two' }, 'CNY')).toMatchObject([
      { code: 'money.invalid_amount', path: ['quantity'] },
    ]);
  });
});

describe('demandHistory on rows the fast path must not take', () => {
  it('rejects each with the schema’s reason and keeps the valid ones', () => {
    const good = movement('R1', 'issue_ro', '1', '2024-01-10');
    const rows: unknown[] = [
      full(),
      { ...good, note: 'x' },
      { ...good, roId: ' RO-1' },
      { ...receipt(), roId: 7 },
      { ...good, reference: 'GRN 7 ' },
      { ...good, unitPrice: '-1' },
      { ...good, unitPrice: '1x' },
      { ...good, unitPrice: 'abc' },
      { ...good, unitPrice: '1.x' },
      { ...good, unitPrice: [5] },
      { ...good, warehouse: 'W'.repeat(201) },
      { ...good, warehouse: '   ' },
      { ...good, warehouse: ['A'] },
      { ...good, counterparty: 'C'.repeat(201) },
      { ...good, extensions: 'x' },
      { ...good, id: 'A\u2029B' },
      { ...good, unitCost: '1.23456' },
      Object.assign(Object.create({ extra: 1 }), good),
      { ...good, id: 'MV-OK', extensions: { colour: 'red' } },
    ];
    const history = demandHistory(rows, Q1);
    expect(history.rejections.map((rejection) => [rejection.row, rejection.issues[0]?.path])).toEqual([
      [1, []],
      [2, ['roId']],
      [3, ['roId']],
      [4, ['reference']],
      [5, ['unitPrice']],
      [6, ['unitPrice']],
      [7, ['unitPrice']],
      [8, ['unitPrice']],
      [9, ['unitPrice']],
      [10, ['warehouse']],
      [11, ['warehouse']],
      [12, ['warehouse']],
      [13, ['counterparty']],
      [14, ['extensions']],
      [15, ['id']],
      [16, ['unitCost']],
      [17, []],
    ]);
    expect(history.movements).toMatchObject({ read: 19, accepted: 2, rejected: 17 });
    // The valid receipt and the RO issue with extensions: 2 in, 1 out.
    expect(history.parts.map((entry) => [entry.partNumber, entry.netChange, entry.quantity[0]])).toEqual([
      ['P1', '2', '0'],
      ['R1', '-1', '1'],
    ]);
  });
});

describe('a row with extensions and a hidden field', () => {
  // Extensions are always the schema's. Counting keys alone would not see these ones: a
  // non-enumerable currency is counted as a known field but is not an own enumerable key, so
  // `extensions` would make the counts agree (7 and 7).
  const hidden = (): Record<string, unknown> => {
    const row: Record<string, unknown> = { ...receipt(), extensions: 5 };
    Object.defineProperty(row, 'currency', { value: 'CNY', enumerable: false });
    return row;
  };

  it('sends it to the schema', () => {
    expect(otherFieldsValid(hidden())).toBe(false);
  });

  it('is rejected at extensions, which must be an object', () => {
    const history = demandHistory([hidden()], Q1);
    expect(
      history.rejections.map((rejection) => [
        rejection.row,
        rejection.issues[0]?.code,
        rejection.issues[0]?.path,
      ]),
    ).toEqual([[0, 'input.invalid_type', ['extensions']]]);
    expect(history.movements).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
  });
});

import { AftersalesError, dayNumberOfDate, isCurrencyCode } from '@aftersales/core';
import type { DemandHistory } from './demandHistory';
import { tableOfHistory } from './demandHistory';
import { addValue, createDemandTable, type DemandTable, partRow } from './demandTable';
import { demandWindow } from './demandWindow';

const VALUE = /^(-?)(\d{1,20})(?:\.(\d{1,8}))?$/;
const QUANTITY = /^(-?)(\d{1,16})(?:\.(\d{1,4}))?$/;

/**
 * The units (× 10⁴) of a quantity figure the table wrote: any safe integer, as the table holds
 * sums in doubles. Not core's fixedUnitsOf, which stops at one row's range (2⁴³ units): two
 * receipts of 879,609,302 make a stock change past it, and the history must read back.
 */
function quantityUnits(value: unknown): number | undefined {
  const match = typeof value === 'string' ? QUANTITY.exec(value) : null;
  if (!match) return undefined;
  const units = Number(`${match[2]}${(match[3] ?? '').padEnd(4, '0')}`);
  if (!Number.isSafeInteger(units)) return undefined;
  return match[1] === '-' ? -units : units;
}

function fail(path: (string | number)[], format: string): never {
  throw AftersalesError.of('input.invalid_format', ['history', ...path], { format });
}

/**
 * The numeric table of a demand history: the one kept when this package made it, else read back
 * from its JSON (a history stored and loaded again), checking every figure.
 *
 * @throws AftersalesError `input.*` naming the field of the history that does not read
 */
export function tableFromHistory(history: DemandHistory): DemandTable {
  if (history === null || typeof history !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['history'], {
      expected: 'a demand history (from demandHistory)',
      received: history === null ? 'null' : typeof history,
    });
  }
  const kept = tableOfHistory(history);
  if (kept) return kept;
  const months = history.months;
  if (!Array.isArray(months) || months.length === 0) fail(['months'], 'non-empty list of months YYYY-MM');
  const window = demandWindow({ timeZone: history.timeZone, from: months[0], to: months[months.length - 1] });
  if (
    window.months.length !== months.length ||
    window.months.some((month, index) => month !== months[index])
  ) {
    fail(['months'], 'consecutive months YYYY-MM');
  }
  if (!isCurrencyCode(history.currency)) fail(['currency'], 'ISO 4217 currency code');
  if (!Array.isArray(history.parts)) fail(['parts'], 'list of part demands');
  // Stryker disable next-line MethodExpression: the table's starting size; it grows when full, so any size reads the same
  const table = createDemandTable(window, history.currency, Math.max(16, history.parts.length));
  const width = months.length;
  history.parts.forEach((part, index) => {
    const path = ['parts', index];
    if (
      part === null ||
      typeof part !== 'object' ||
      typeof part.partNumber !== 'string' ||
      part.partNumber === ''
    ) {
      fail([...path, 'partNumber'], 'part number');
    }
    if (table.index.has(part.partNumber)) fail([...path, 'partNumber'], 'each part once');
    const row = partRow(table, part.partNumber);
    for (const key of ['quantity', 'value', 'hits'] as const) {
      if (!Array.isArray(part[key]) || part[key].length !== width) {
        throw AftersalesError.of('input.invalid_format', ['history', ...path, key], {
          format: `list of ${width} monthly figures`,
          formatZh: `${width} 个月度数值的列表`,
        });
      }
    }
    for (let month = 0; month < width; month += 1) {
      const cell = row * width + month;
      const quantity = quantityUnits(part.quantity[month]);
      if (quantity === undefined) {
        fail([...path, 'quantity', month], 'decimal string, at most four places');
      }
      table.quantity[cell] = quantity;
      const match = typeof part.value[month] === 'string' ? VALUE.exec(part.value[month]) : null;
      if (!match) fail([...path, 'value', month], 'decimal string, at most eight places');
      const units = BigInt(`${match[2]}${(match[3] ?? '').padEnd(8, '0')}`);
      const signed = match[1] === '-' ? -units : units;
      const small = Number(signed);
      addValue(table, cell, Number.isSafeInteger(small) ? small : signed);
      const hits = part.hits[month];
      if (!Number.isSafeInteger(hits) || (hits as number) < 0)
        fail([...path, 'hits', month], 'whole number ≥ 0');
      table.hits[cell] = hits as number;
    }
    for (const key of ['lastIssueOn', 'firstReceiptOn'] as const) {
      const value = part[key];
      if (value === undefined) continue;
      const day = dayNumberOfDate(value);
      if (day === undefined) fail([...path, key], 'date YYYY-MM-DD');
      table[key === 'lastIssueOn' ? 'lastIssueDay' : 'firstReceiptDay'][row] = day;
    }
    const change = quantityUnits(part.netChange);
    if (change === undefined) fail([...path, 'netChange'], 'decimal string, at most four places');
    table.netChange[row] = change;
  });
  return table;
}

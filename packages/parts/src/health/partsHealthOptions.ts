import {
  AftersalesError,
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  compareCalendarDates,
  isCurrencyCode,
  type LocalizedText,
  parseCalendarDate,
  parseTimeZone,
} from '@aftersales/core';
import {
  type GroupDimension,
  groupDimensions,
  type KpiDefinition,
  parseTargetProfile,
  partsKpis,
  type TargetProfile,
  type TargetScope,
} from '@aftersales/kpi';
import type { PartsHealthInput, PartsHealthOptions } from './partsHealthTypes';

/** The inputs a health check reads, in a stable order. */
export const partsHealthInputs: readonly PartsHealthInput[] = Object.freeze([
  'stockMovements',
  'stockCounts',
  'partRequests',
  'inventorySnapshots',
  'stockPositions',
  'purchaseLines',
]);

/** The options, checked: what the engine and the scoring are given. */
export interface HealthSettings {
  readonly timeZone: string;
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly kpis: readonly KpiDefinition[];
  readonly skipped: readonly { readonly kpi: string; readonly reason: LocalizedText }[];
  readonly profiles: readonly TargetProfile[];
  readonly scope: TargetScope;
  readonly currency: string | undefined;
  readonly groupBy: readonly GroupDimension[];
  readonly params: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function objectAt(value: unknown, path: (string | number)[], expected: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', path, { expected, received: typeOf(value) });
  }
  return value as Record<string, unknown>;
}

const SAFETY_STOCK = 'parts.safety.stock';
const NOT_A_MONTH: LocalizedText = {
  en: "safety stock compares the stock with one month's outbound value: give a period of one calendar month",
  zh: '安全库存按当月出库金额计算：请给定一个完整的自然月期间',
};

// The manual's safety stock is 1.5 × *the month's* outbound: over a quarter the ratio would be a third.
function isOneCalendarMonth(from: CalendarDate, to: CalendarDate): boolean {
  return from.endsWith('-01') && addCalendarDays(addCalendarMonths(from, 1), -1) === to;
}

function readGroupBy(value: unknown): readonly GroupDimension[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', ['groupBy'], {
      expected: 'array of dimensions',
      received: typeOf(value),
    });
  }
  value.forEach((key: unknown, index) => {
    if (!groupDimensions.includes(key as GroupDimension)) {
      throw AftersalesError.of('input.invalid_value', ['groupBy', index], { allowed: [...groupDimensions] });
    }
    if (value.indexOf(key) !== index) {
      throw AftersalesError.of('input.invalid', ['groupBy', index], {
        detail: `'${key}' is given twice`,
        detailZh: `“${key}”重复给出`,
      });
    }
  });
  return [...value] as GroupDimension[];
}

function readProfiles(value: unknown): readonly TargetProfile[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((profile: unknown, index) =>
    parseTargetProfile(profile, Array.isArray(value) ? ['targets', index] : ['targets']),
  );
}

function readScope(value: unknown): TargetScope {
  if (value === undefined) return {};
  const bag = objectAt(value, ['scope'], '{ oem?, brand?, dealer? }');
  const scope: Record<string, string> = {};
  for (const [key, item] of Object.entries(bag)) {
    if (key !== 'oem' && key !== 'brand' && key !== 'dealer') {
      throw AftersalesError.of('input.unrecognized_keys', ['scope'], { keys: [key] });
    }
    if (typeof item !== 'string' || item.trim() === '') {
      throw AftersalesError.of('input.invalid_type', ['scope', key], {
        expected: 'non-empty string',
        received: typeOf(item),
      });
    }
    scope[key] = item;
  }
  return scope;
}

// Parameters are checked here, against each definition's defaults, so a typo names its field.
function readParams(value: unknown, kpis: readonly KpiDefinition[]): HealthSettings['params'] {
  if (value === undefined) return {};
  const bag = objectAt(value, ['params'], 'object of parameters by KPI id');
  const out: Record<string, Record<string, number | string | boolean>> = {};
  for (const [id, given] of Object.entries(bag)) {
    const definition = partsKpis.find((kpi) => kpi.id === id && kpi.params !== undefined);
    if (definition === undefined) {
      const allowed = partsKpis.filter((kpi) => kpi.params !== undefined).map((kpi) => kpi.id);
      throw AftersalesError.of('input.invalid_value', ['params', id], { allowed });
    }
    const defaults = definition.params ?? {};
    const names = objectAt(given, ['params', id], 'object of parameter values');
    for (const [name, item] of Object.entries(names)) {
      if (!Object.hasOwn(defaults, name)) {
        throw AftersalesError.of('input.invalid_value', ['params', id, name], {
          allowed: Object.keys(defaults),
        });
      }
      const expected = typeof defaults[name];
      const badNumber = typeof item === 'number' && !(Number.isFinite(item) && item > 0);
      if (typeof item !== expected || badNumber) {
        throw AftersalesError.of('input.invalid_type', ['params', id, name], {
          expected: expected === 'number' ? 'a positive number' : expected,
          received: typeof item === 'number' ? String(item) : typeOf(item),
        });
      }
    }
    // A KPI left out of this run (safety stock outside a one-month period) has no use for its own.
    if (kpis.includes(definition)) out[id] = names as Record<string, number | string | boolean>;
  }
  return out;
}

/**
 * Checks the options of `checkPartsHealth`, throwing an `AftersalesError` whose path names the
 * option: `options`, `timeZone`, `period.from` / `period.to`, `targets[…]`, `scope`, `groupBy[i]`,
 * `params.<kpi>.<name>`, and `currency` (`money.invalid_currency`).
 */
export function readHealthOptions(options: PartsHealthOptions): HealthSettings {
  const bag = objectAt(options, ['options'], '{ timeZone, period, … }');
  const timeZone = parseTimeZone(bag.timeZone, ['timeZone']);
  const period = objectAt(bag.period, ['period'], '{ from, to } (calendar dates)');
  const from = parseCalendarDate(period.from, ['period', 'from']);
  const to = parseCalendarDate(period.to, ['period', 'to']);
  if (compareCalendarDates(from, to) > 0) {
    throw AftersalesError.of('time.invalid_range', ['period', 'to'], { start: from, end: to });
  }
  const monthly = isOneCalendarMonth(from, to);
  const kpis = partsKpis.filter((kpi) => monthly || kpi.id !== SAFETY_STOCK);
  const currency = bag.currency;
  if (currency !== undefined && !isCurrencyCode(currency)) {
    throw AftersalesError.of('money.invalid_currency', ['currency'], {
      currency: typeOf(currency) === 'string' ? String(currency) : typeOf(currency),
    });
  }
  return {
    timeZone,
    period: { from, to },
    kpis,
    skipped: monthly ? [] : [{ kpi: SAFETY_STOCK, reason: NOT_A_MONTH }],
    profiles: readProfiles(bag.targets),
    scope: readScope(bag.scope),
    currency,
    groupBy: readGroupBy(bag.groupBy),
    params: readParams(bag.params, kpis),
  };
}

/**
 * The record lists by input, each an array (absent inputs left out).
 *
 * @throws AftersalesError `input.invalid_type` at `records` or `records.<input>`,
 *   `input.unrecognized_keys` at `records` for an input a health check does not read
 */
export function readHealthRecords(records: unknown): Record<string, readonly unknown[]> {
  const bag = objectAt(records, ['records'], '{ stockMovements?, stockCounts?, partRequests?, … }');
  const unknown = Object.keys(bag).filter((key) => !partsHealthInputs.includes(key as PartsHealthInput));
  if (unknown.length > 0) throw AftersalesError.of('input.unrecognized_keys', ['records'], { keys: unknown });
  const lists: Record<string, readonly unknown[]> = {};
  for (const input of partsHealthInputs) {
    const list = bag[input];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      throw AftersalesError.of('input.invalid_type', ['records', input], {
        expected: 'array',
        received: typeOf(list),
      });
    }
    lists[input] = list;
  }
  return lists;
}

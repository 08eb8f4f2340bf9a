import { AftersalesError } from '@aftersales/core';
import type { AuditSettings, FailureCodeRule } from './auditSettings';

/** The audit's reference tables, indexed once. */
export interface ReferenceData {
  /** Part number → part group; `undefined` when no table was given. */
  readonly partGroups: ReadonlyMap<string, string> | undefined;
  /** The rule of the longest listed prefix of a failure code; `undefined` when none. */
  readonly failureRule: ((failureCode: string) => FailureCodeRule | undefined) | undefined;
  /** Part number → dealer net price; `undefined` when no table was given. */
  readonly partPrices: ReadonlyMap<string, string> | undefined;
  /** Dealer id → agreed labor rate. */
  readonly laborRates: ReadonlyMap<string, string>;
}

function duplicate(
  path: (string | number)[],
  what: string,
  whatZh: string,
  id: string,
  firstRow: number,
): never {
  throw AftersalesError.of('warranty.duplicate', path, { what, whatZh, id, firstRow });
}

/** A record (own keys) or a list of pairs, as a map; a key listed twice in a list is an error. */
function mapOf(
  value: Readonly<Record<string, string>> | readonly Readonly<Record<string, string>>[] | undefined,
  key: string,
  field: string,
  path: string,
  what: [string, string],
): Map<string, string> | undefined {
  if (value === undefined) return undefined;
  const map = new Map<string, string>();
  if (!Array.isArray(value)) {
    for (const [name, entry] of Object.entries(value)) map.set(name, entry);
    return map;
  }
  const rows = new Map<string, number>();
  (value as readonly Readonly<Record<string, string>>[]).forEach((row, index) => {
    const id = row[key] as string;
    const first = rows.get(id);
    if (first !== undefined) duplicate(['options', path, index, key], what[0], what[1], id, first);
    rows.set(id, index);
    map.set(id, row[field] as string);
  });
  return map;
}

function failureRules(list: readonly FailureCodeRule[]): (code: string) => FailureCodeRule | undefined {
  const byCode = new Map<string, FailureCodeRule>();
  const lengths = new Set<number>();
  const rows = new Map<string, number>();
  list.forEach((rule, index) => {
    const first = rows.get(rule.code);
    if (first !== undefined) {
      duplicate(['options', 'failureCodes', index, 'code'], 'failure code', '故障代码', rule.code, first);
    }
    rows.set(rule.code, index);
    byCode.set(rule.code, rule);
    lengths.add(rule.code.length);
  });
  const longestFirst = [...lengths].sort((a, b) => b - a);
  // Claims repeat a few thousand failure codes: each is looked up once.
  const known = new Map<string, FailureCodeRule | null>();
  return (code) => {
    const seen = known.get(code);
    if (seen !== undefined) return seen ?? undefined;
    let found: FailureCodeRule | null = null;
    for (const length of longestFirst) {
      if (length > code.length) continue;
      const rule = byCode.get(code.slice(0, length));
      if (rule !== undefined) {
        found = rule;
        break;
      }
    }
    known.set(code, found);
    return found ?? undefined;
  };
}

/**
 * Indexes the reference tables of validated settings.
 *
 * @throws AftersalesError `warranty.duplicate` for a part, failure code or dealer listed twice
 */
export function indexReferenceData(settings: AuditSettings): ReferenceData {
  return {
    partGroups: mapOf(settings.partGroups, 'partNumber', 'partGroup', 'partGroups', ['part', '配件']),
    failureRule: settings.failureCodes === undefined ? undefined : failureRules(settings.failureCodes),
    partPrices: mapOf(settings.partPrices, 'partNumber', 'dealerNet', 'partPrices', [
      'part price',
      '配件价格',
    ]),
    laborRates:
      mapOf(settings.laborRates, 'dealerId', 'rate', 'laborRates', ['dealer labor rate', '经销商工时单价']) ??
      new Map(),
  };
}

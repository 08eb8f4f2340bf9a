import {
  AftersalesError,
  type AftersalesIssue,
  compareExact,
  createIssue,
  type ExactDecimal,
  isCalendarDate,
  parseExact,
} from '@aftersales/core';
import type { SanbaoOverrides, SanbaoParameters } from './parameters';

type Issues = AftersalesIssue[];
type Path = readonly (string | number)[];

/**
 * The most a figure may be: a century of months or days and the odometer's own ceiling, as in a
 * policy's periods (beyond these a figure is a typo, and its periods would run past the calendar).
 */
const MAX = { months: 1_200, days: 36_500, km: 5_000_000 } as const;
const maxOf = (field: string): number => (field === 'months' || field === 'km' ? MAX[field] : MAX.days);

function issue(issues: Issues, path: Path, reason: string, reasonZh: string): void {
  issues.push(createIssue('warranty.invalid_jurisdiction', ['overrides', ...path], { reason, reasonZh }));
}

/** A figure where more is better for the customer (a period, a window): not below the law. */
function atLeast(issues: Issues, path: Path, value: unknown, legal: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    issue(
      issues,
      path,
      `${path.join('.')} must be an integer from 0 to ${max}`,
      `${path.join('.')} 应为 0 至 ${max} 之间的整数`,
    );
    return legal;
  }
  if (value < legal) {
    issue(
      issues,
      path,
      `${path.join('.')} ${value} is below the legal minimum ${legal}; a carmaker may only promise more`,
      `${path.join('.')} 为 ${value}，低于法定最低标准 ${legal}；生产者只能作出更有利于消费者的承诺`,
    );
  }
  // -0 (JSON.parse('-0')) as 0: the figure is quoted in trace facts, which must write back the same.
  return value + 0;
}

/** A figure where less is better for the customer (a count, a "more than", a deadline). */
function atMost(issues: Issues, path: Path, value: unknown, legal: number, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    issue(
      issues,
      path,
      `${path.join('.')} must be an integer ≥ ${min}`,
      `${path.join('.')} 应为不小于 ${min} 的整数`,
    );
    return legal;
  }
  if (value > legal) {
    issue(
      issues,
      path,
      `${path.join('.')} ${value} is above the legal ${legal}: it would give the customer less than the law`,
      `${path.join('.')} 为 ${value}，高于法定的 ${legal}，对消费者不利于法定标准`,
    );
  }
  return value + 0; // -0 as 0, as in atLeast
}

function rate(issues: Issues, value: unknown, legal: string): string {
  const parsed: ExactDecimal | undefined =
    typeof value === 'string' && /^\d+(?:\.\d{1,8})?$/.test(value) ? parseExact(value) : undefined;
  const max = parseExact(legal) as ExactDecimal;
  if (parsed === undefined) {
    issue(
      issues,
      ['maxUseCompensationRate'],
      'maxUseCompensationRate must be a decimal string such as "0.004"',
      'maxUseCompensationRate 应为十进制字符串，如 "0.004"',
    );
    return legal;
  }
  if (compareExact(parsed, max) > 0) {
    issue(
      issues,
      ['maxUseCompensationRate'],
      `maxUseCompensationRate ${value} is above the legal maximum ${legal}`,
      `maxUseCompensationRate ${value} 高于法定上限 ${legal}`,
    );
  }
  return value as string;
}

function period<P extends Record<string, number>>(issues: Issues, key: string, value: unknown, legal: P): P {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issue(issues, [key], `${key} must be an object`, `${key} 应为对象`);
    return legal;
  }
  const out: Record<string, number> = { ...legal };
  for (const [field, limit] of Object.entries(value)) {
    // Own keys only: `legal.toString` is Object.prototype's, and `{ toString: 1 }` is no limit.
    const legalLimit = Object.hasOwn(legal, field) ? legal[field] : undefined;
    if (legalLimit === undefined) {
      const known = Object.keys(legal).join(', ');
      issue(issues, [key, field], `unknown field (known: ${known})`, `未知字段（可用：${known}）`);
    } else out[field] = atLeast(issues, [key, field], limit, legalLimit, maxOf(field));
  }
  return out as P;
}

function governs(issues: Issues, value: unknown): { from: string; until?: string } | undefined {
  const range = value as { from?: unknown; until?: unknown } | null;
  const from = range?.from;
  const until = range?.until;
  if (!isCalendarDate(from) || (until !== undefined && !isCalendarDate(until))) {
    issue(
      issues,
      ['governs'],
      'governs needs calendar dates { from, until? }',
      'governs 应为日期 { from, until? }',
    );
    return undefined;
  }
  if (until !== undefined && until < from) {
    issue(
      issues,
      ['governs', 'until'],
      `until ${until} is before from ${from}`,
      `until ${until} 早于 from ${from}`,
    );
  }
  return until === undefined ? { from } : { from, until };
}

/**
 * The figures of a pack after a carmaker's overrides, each checked: a figure may only be more
 * favourable to the customer than the law (see {@link SanbaoOverrides}).
 *
 * @param legal - the legal minimum of the version
 * @param overrides - what the carmaker promises (absent: the law)
 * @returns the figures in force, and the `governs` override if any
 * @throws AftersalesError `warranty.invalid_jurisdiction` naming each bad field (`overrides.<field>`)
 * @example
 * resolveSanbaoParameters(sanbao2021Parameters, { substituteCarDays: 3 }).parameters.substituteCarDays; // 3
 */
export function resolveSanbaoParameters(
  legal: SanbaoParameters,
  overrides: SanbaoOverrides | undefined,
): { parameters: SanbaoParameters; governs?: { from: string; until?: string } } {
  if (overrides === undefined) return { parameters: legal };
  const issues: Issues = [];
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    issue(issues, [], 'overrides must be an object', 'overrides 应为对象');
    throw new AftersalesError(issues);
  }
  const out: { -readonly [K in keyof SanbaoParameters]: SanbaoParameters[K] } = { ...legal };
  let range: { from: string; until?: string } | undefined;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    switch (key) {
      case 'repairPeriod':
      case 'sanbaoPeriod':
      case 'sixtyDays':
        (out as Record<string, unknown>)[key] = period(issues, key, value, legal[key]);
        break;
      case 'sevenDays':
        if (legal.sevenDays === null) {
          issue(
            issues,
            [key],
            'the 2013 rules have no 7-day right: promise it in the carmaker policy',
            '2013 年规定没有 7 日退换车条款：请在生产者保修政策中承诺',
          );
        } else out.sevenDays = atLeast(issues, [key], value, legal.sevenDays, MAX.days);
        break;
      case 'seriousSafetyRepairs':
      case 'assemblyReplacements':
      case 'mainPartReplacements':
      case 'answerWorkingDays':
      case 'completeWorkingDays':
        out[key] = atMost(issues, [key], value, legal[key], 1);
        break;
      case 'cumulativeRepairDays':
      case 'sameProblemRepairs':
      case 'substituteCarDays':
        out[key] = atMost(issues, [key], value, legal[key], 0);
        break;
      case 'countAssemblyWithMainPart':
        if (typeof value === 'boolean') out.countAssemblyWithMainPart = value;
        else issue(issues, [key], `${key} must be true or false`, `${key} 应为 true 或 false`);
        break;
      case 'maxUseCompensationRate':
        out.maxUseCompensationRate = rate(issues, value, legal.maxUseCompensationRate);
        break;
      case 'governs':
        range = governs(issues, value);
        break;
      default:
        issue(
          issues,
          [key],
          `'${key}' is not a figure a carmaker can change`,
          `“${key}”不是生产者可以调整的数值`,
        );
    }
  }
  if (issues.length > 0) throw new AftersalesError(issues);
  return range === undefined ? { parameters: out } : { parameters: out, governs: range };
}

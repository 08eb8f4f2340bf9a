import { AftersalesError, dayNumberOfDate } from '@aftersales/core';
import type { DemandHistory } from '../demand/demandHistory';
import type { DemandTable } from '../demand/demandTable';
import { tableFromHistory } from '../demand/historyTable';
import {
  defaultStockingPolicy,
  parseStockingPolicy,
  type StockingPolicy,
  type StockingPolicyInput,
} from '../policy/stockingPolicy';
import { type PlanInputs, readPlanInputs } from './planInputs';

/** What classification and ordering read besides the demand history. */
export interface PlanOptions {
  /** The parts master (core `Part` records): pack size, MOQ, supersession, cost. */
  readonly parts?: readonly unknown[];
  /** Stock positions (see `StockPositionSchema`), one per part. */
  readonly positions?: readonly unknown[];
  /** The stocking policy (default {@link defaultStockingPolicy}); a plain object is validated. */
  readonly policy?: StockingPolicy | StockingPolicyInput;
  /** The day the plan is made, `YYYY-MM-DD` (default: the history's last day). */
  readonly asOf?: string;
}

/** The checked options and inputs of a plan. */
export interface PlanContext {
  readonly table: DemandTable;
  readonly policy: StockingPolicy;
  readonly asOfDay: number;
  /**
   * The statistics read the months before this month index: those that have ended by `asOf`
   * (at least the first), so a plan made as of a past day does not read the months after it.
   */
  readonly endMonth: number;
  readonly inputs: PlanInputs;
}

const policies = new WeakSet<object>([defaultStockingPolicy]);

/** A policy as given, validated once per object. */
export function policyOf(value: unknown): StockingPolicy {
  if (value === undefined) return defaultStockingPolicy;
  // WeakSet.has answers false for null and any primitive (it does not throw): no type test needed.
  if (policies.has(value as object)) return value as StockingPolicy;
  try {
    const policy = parseStockingPolicy(value);
    policies.add(policy);
    return policy;
  } catch (error) {
    throw error instanceof AftersalesError
      ? new AftersalesError(error.issues.map((issue) => ({ ...issue, path: ['policy', ...issue.path] })))
      : error;
  }
}

/**
 * Checks the options of a plan and reads the history, master and positions.
 *
 * @throws AftersalesError naming the option at fault
 */
export function planContext(history: DemandHistory, options: PlanOptions | undefined): PlanContext {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: options === null ? 'null' : typeof options,
    });
  }
  const table = tableFromHistory(history);
  const policy = policyOf(options?.policy);
  const lastDay = (table.window.monthStarts[table.window.months.length] as number) - 1;
  let asOfDay = lastDay;
  if (options?.asOf !== undefined) {
    const day = dayNumberOfDate(options.asOf);
    if (day === undefined) {
      const asOf: unknown = options.asOf;
      // Named by its type when not a string: String() throws on an object without a prototype.
      throw AftersalesError.of('time.invalid_date', ['asOf'], {
        value: typeof asOf === 'string' ? asOf : asOf === null ? 'null' : typeof asOf,
      });
    }
    if (day < (table.window.monthStarts[0] as number)) {
      throw AftersalesError.of('time.invalid_range', ['asOf'], {
        start: table.window.months[0] as string,
        end: options.asOf,
      });
    }
    asOfDay = day;
  }
  const starts = table.window.monthStarts;
  let endMonth = table.window.months.length;
  while (endMonth > 1 && (starts[endMonth] as number) - 1 > asOfDay) endMonth -= 1;
  const inputs = readPlanInputs(table, options?.parts, options?.positions);
  return { table, policy, asOfDay, endMonth, inputs };
}

import type { LocalizedText } from '../i18n/LocalizedText';
import type { JsonObject } from '../json/JsonValue';
import type { Citation } from './citation';

/** How a rule came out for this case. */
export type RuleStatus = 'passed' | 'failed' | 'not_applicable';

/**
 * One rule evaluated on the way to a decision: which rule, how it came out, the facts it read,
 * what it means for a person (en/zh), and where the rule comes from.
 *
 * @example
 * const step: TraceStep = {
 *   rule: 'cn-sanbao-2021.seven-days',
 *   status: 'passed',
 *   facts: { startDate: '2024-03-01', repairDate: '2024-03-06', daysSinceStart: 5 },
 *   message: { en: 'Within 7 days of the start (day 5)', zh: '在三包起算之日起7日内（第5日）' },
 *   cite: 'regulation:cn-sanbao-2021#22',
 * };
 */
export interface TraceStep {
  readonly rule: string;
  readonly status: RuleStatus;
  readonly facts: JsonObject;
  readonly message: LocalizedText;
  readonly cite: Citation;
}

/**
 * The answer of every rule package: an outcome and the trace of the rules that led to it, in the
 * order they were evaluated. Plain JSON: it can be stored, diffed and shown as it is.
 *
 * @typeParam O - the outcomes this kind of decision can have, e.g. `'covered' | 'not_covered'`
 * @typeParam D - details specific to the decision (time left, amounts), also plain JSON
 */
export interface Decision<O extends string = string, D extends JsonObject = JsonObject> {
  readonly outcome: O;
  readonly trace: readonly TraceStep[];
  readonly details?: D;
}

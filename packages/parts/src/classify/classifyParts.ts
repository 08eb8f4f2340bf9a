import { createDecision, type Decision, dateOfDayNumber } from '@aftersales/core';
import type { DemandHistory } from '../demand/demandHistory';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import type { PlanRejection, UnplannedPart } from '../order/planInputs';
import { type PlanOptions, planContext } from '../order/planOptions';
import { partsRules } from '../policy/partsRules';
import type { StockingPolicy } from '../policy/stockingPolicy';
import {
  type AbcClass,
  classificationSteps,
  classifyItems,
  type ItemClassification,
  type MovementClass,
  supersessionSteps,
  type XyzClass,
} from './classifyItems';

/** One part's classes and the figures behind them. */
export interface PartClassification {
  readonly partNumber: string;
  /** The parts it supersedes, whose demand is counted as its own. */
  readonly replaces: readonly string[];
  readonly abc: AbcClass;
  readonly xyz: XyzClass;
  readonly movement: MovementClass;
  /** First received within the policy's new-part months: never called slow. */
  readonly isNew: boolean;
  /** Issue value over the statistics months, and the cumulative share it brings ABC to. */
  readonly issueValue: string;
  readonly cumulativeShare: string;
  readonly meanMonthlyDemand: string;
  readonly variation: number | null;
  readonly monthsSinceLastIssue: number | null;
  /** `classified`: the trace holds the ABC, XYZ and movement steps (written when first read, like `OrderLine.decision`). */
  readonly decision: Decision<'classified'>;
}

/** The result of {@link classifyParts}. */
export interface PartsClassification {
  readonly policy: string;
  readonly asOf: string;
  readonly parts: readonly PartClassification[];
  readonly unplanned: readonly UnplannedPart[];
  readonly rejections: readonly PlanRejection[];
}

/** The plain-JSON classification of one classified item, its decision written when read. */
function partClassification(
  entry: ItemClassification,
  policy: StockingPolicy,
  rules: ReturnType<typeof partsRules>,
): PartClassification {
  // Written when first read, like OrderLine.decision.
  let decision: Decision<'classified'> | undefined;
  return {
    partNumber: entry.item.partNumber,
    replaces: entry.item.replaces,
    abc: entry.abc,
    xyz: entry.xyz,
    movement: entry.movement,
    isNew: entry.isNew,
    issueValue: formatScaled(entry.statistics.value, VALUE_DIGITS),
    cumulativeShare: entry.cumulativeShare,
    meanMonthlyDemand: formatScaled(Math.round(entry.statistics.mean * 10_000), QUANTITY_DIGITS),
    variation: entry.variation === null ? null : Number(entry.variation.toFixed(4)),
    monthsSinceLastIssue: entry.monthsSinceLastIssue,
    get decision() {
      decision ??= createDecision('classified', [
        ...supersessionSteps(entry.item, rules),
        ...classificationSteps(entry, policy, rules),
      ]);
      return decision;
    },
  };
}

/**
 * ABC, XYZ and movement class of every part (ABC/XYZ 分类, 快流 / 正常 / 滞销 / 不动 / 呆滞), as of a day.
 *
 * - **ABC** by issue value over the policy's statistics months: A the parts making up the first
 *   80 % of it (the top part always), B the next 15 %, C the rest and every part without issues.
 * - **XYZ** by the coefficient of variation of monthly demand (population σ ÷ mean): X ≤ 0.5,
 *   Y ≤ 1, Z above, or no demand.
 * - **Movement** by whole months since the last issue at `asOf`: obsolete ≥ 12, slow ≥ 6, else fast
 *   (≥ 4 issue lines a month) or normal; a part never issued is non-moving, obsolete once in stock
 *   12 months. A part first received within 6 months is new and never slow.
 *
 * Superseded parts are folded into the part that replaces them. Parts the master does not know
 * are classified too (from their movements). Thresholds come from the policy.
 *
 * @throws AftersalesError for bad options (policy, asOf, a history that does not read)
 * @example
 * const history = demandHistory(movements, { timeZone: 'Asia/Shanghai', from: '2024-01', to: '2024-12' });
 * const { parts } = classifyParts(history, { parts: master, positions });
 * parts[0]?.abc; // 'A'
 */
export function classifyParts(history: DemandHistory, options?: PlanOptions): PartsClassification {
  const { table, policy, asOfDay, endMonth, inputs } = planContext(history, options);
  const rules = partsRules(policy);
  const classified = classifyItems(table, inputs.items, policy, asOfDay, endMonth);
  return {
    policy: policy.id,
    asOf: dateOfDayNumber(asOfDay) as string,
    parts: classified.map((entry) => partClassification(entry, policy, rules)),
    unplanned: inputs.unplanned,
    rejections: inputs.rejections,
  };
}

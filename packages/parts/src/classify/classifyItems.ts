import { dateOfDayNumber, fixedUnitsOf, type TraceStep } from '@aftersales/core';
import type { DemandTable } from '../demand/demandTable';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import type { PlanItem } from '../order/planInputs';
import type { PartsRules } from '../policy/partsRules';
import type { StockingPolicy } from '../policy/stockingPolicy';
import { type DemandStatistics, demandStatistics } from './demandStatistics';
import { fullMonthsBetween } from './fullMonths';

/** ABC class: A the parts making up most of the issue value. */
export type AbcClass = 'A' | 'B' | 'C';
/** XYZ class: X steady demand, Y varying, Z erratic or none. */
export type XyzClass = 'X' | 'Y' | 'Z';
/** Movement class by months since the last issue (and demand frequency for fast movers). */
export type MovementClass = 'fast' | 'normal' | 'slow' | 'non_moving' | 'obsolete';

/** One item's classes and the figures behind them (its trace: {@link classificationSteps}). */
export interface ItemClassification {
  readonly item: PlanItem;
  readonly statistics: DemandStatistics;
  abc: AbcClass;
  readonly xyz: XyzClass;
  readonly movement: MovementClass;
  readonly isNew: boolean;
  readonly monthsSinceLastIssue: number | null;
  /** Whole months since the first receipt (or the history's start when none was seen). */
  readonly monthsInStock: number;
  /** Coefficient of variation of monthly demand; null when there was no demand. */
  readonly variation: number | null;
  /** Cumulative share of issue value up to and including this part (for ABC), a decimal string. */
  cumulativeShare: string;
}

// Four places, rounded down: a share shown, not compared (comparisons are exact). Only ranked
// parts are shown a share, and their total value is positive.
const ratio = (numerator: bigint, denominator: bigint): string =>
  formatScaled((numerator * 10_000n) / denominator, QUANTITY_DIGITS);

function movementOf(
  item: PlanItem,
  statistics: DemandStatistics,
  policy: StockingPolicy,
  asOfDay: number,
  historyStartDay: number,
): { movement: MovementClass; isNew: boolean; since: number | null; age: number } {
  const { slowMonths, obsoleteMonths, fastHitsPerMonth, newPartMonths } = policy.movement;
  const age = fullMonthsBetween(
    Number.isNaN(item.firstReceiptDay) ? historyStartDay : Math.min(item.firstReceiptDay, asOfDay),
    asOfDay,
  );
  const isNew = !Number.isNaN(item.firstReceiptDay) && age < newPartMonths;
  const since = Number.isNaN(item.lastIssueDay)
    ? null
    : fullMonthsBetween(Math.min(item.lastIssueDay, asOfDay), asOfDay);
  let movement: MovementClass;
  if (since === null) movement = age >= obsoleteMonths ? 'obsolete' : 'non_moving';
  else if (since >= obsoleteMonths) movement = 'obsolete';
  else if (since >= slowMonths) movement = 'slow';
  else movement = statistics.hits >= fastHitsPerMonth * statistics.months ? 'fast' : 'normal';
  if (isNew && movement !== 'fast') movement = 'normal';
  return { movement, isNew, since, age };
}

/**
 * XYZ by the coefficient of variation of monthly demand (population σ ÷ mean). Near a limit it
 * is compared exactly: CV ≤ x ⇔ n·Σq² − (Σq)² ≤ x²·(Σq)² (quantities in fixed units), so CV exactly
 * 0.5 is X whatever the floats say.
 */
function xyzOf(
  statistics: DemandStatistics,
  policy: StockingPolicy,
): { xyz: XyzClass; variation: number | null } {
  const { sum, sumOfSquares, months } = statistics;
  if (sum <= 0n) return { xyz: 'Z', variation: null };
  const variation = statistics.deviation / statistics.mean;
  // Floats decide unless the variation is within a hair of a limit; then the exact comparison.
  const within = (limit: string): boolean => {
    const x = Number(limit);
    // Stryker disable next-line EqualityOperator,MethodExpression: v = x cannot hold past the tolerance, and a tolerance of 1e-9 × min(1, x) still dwarfs the floats' error (about 1e-16): both comparisons give the same class
    if (Math.abs(variation - x) > 1e-9 * Math.max(1, x)) return variation < x;
    const units = BigInt(fixedUnitsOf(limit) as number);
    return (BigInt(months) * sumOfSquares - sum * sum) * 100_000_000n <= units * units * sum * sum;
  };
  return { xyz: within(policy.xyz.x) ? 'X' : within(policy.xyz.y) ? 'Y' : 'Z', variation };
}

/**
 * Classifies every item: XYZ and movement one by one, then ABC across all of them by issue value
 * over the statistics months (largest first, ties by part number). The statistics months are the
 * policy's history months before month index `end` (default: through the table's last month).
 */
export function classifyItems(
  table: DemandTable,
  items: readonly PlanItem[],
  policy: StockingPolicy,
  asOfDay: number,
  end = table.window.months.length,
): ItemClassification[] {
  const width = end;
  const historyMonths = Math.min(policy.historyMonths, width);
  const firstStatsDay = table.window.monthStarts[width - historyMonths] as number;
  const historyStartDay = table.window.monthStarts[0] as number;
  const classified: ItemClassification[] = items.map((item) => {
    // A part first received within the statistics months is read from its first month on, so
    // a new part's demand is not spread over months it was not there.
    let months = historyMonths;
    if (!Number.isNaN(item.firstReceiptDay) && item.firstReceiptDay > firstStatsDay) {
      const index = table.window.monthOfDay[item.firstReceiptDay - historyStartDay];
      if (index !== undefined) months = Math.max(1, width - index);
    }
    const statistics = demandStatistics(table, item.rows, months, policy.phaseIn.months, end);
    const { xyz, variation } = xyzOf(statistics, policy);
    const { movement, isNew, since, age } = movementOf(item, statistics, policy, asOfDay, historyStartDay);
    return {
      item,
      statistics,
      abc: 'C' as AbcClass,
      xyz,
      movement,
      isNew,
      monthsSinceLastIssue: since,
      monthsInStock: age,
      variation,
      cumulativeShare: '0',
    };
  });
  assignAbc(classified, policy);
  return classified;
}

function assignAbc(classified: ItemClassification[], policy: StockingPolicy): void {
  const ranked = classified
    .filter((entry) => entry.statistics.value > 0n)
    .sort((left, right) => {
      const a = left.statistics.value;
      const b = right.statistics.value;
      // Stryker disable next-line EqualityOperator: a and b differ here, so > and >= agree
      if (a !== b) return a > b ? -1 : 1;
      return left.item.partNumber < right.item.partNumber
        ? -1
        : left.item.partNumber > right.item.partNumber
          ? 1
          : 0;
    });
  let total = 0n;
  for (const entry of ranked) total += entry.statistics.value;
  const a = BigInt(fixedUnitsOf(policy.abc.a) as number);
  const ab = a + BigInt(fixedUnitsOf(policy.abc.b) as number);
  let cumulative = 0n;
  ranked.forEach((entry, rank) => {
    cumulative += entry.statistics.value;
    // A: within the first a of the value (the top part always); B: within a + b; C: the rest.
    const scaled = cumulative * 10_000n;
    entry.abc = rank === 0 || scaled <= a * total ? 'A' : scaled <= ab * total ? 'B' : 'C';
    entry.cumulativeShare = ratio(cumulative, total);
  });
}

/**
 * The trace of one classification: ABC, XYZ, movement class and, for a new part, why it is not
 * slow, with the figures and the policy fields they used. Built when a decision is read.
 */
export function classificationSteps(
  entry: ItemClassification,
  policy: StockingPolicy,
  rules: PartsRules,
): TraceStep[] {
  const { item, statistics, xyz, variation, movement, isNew } = entry;
  const since = entry.monthsSinceLastIssue;
  const age = entry.monthsInStock;
  const steps: TraceStep[] = [];

  const value = formatScaled(entry.statistics.value, VALUE_DIGITS);
  steps.push(
    rules.abc.passed(
      {
        issueValue: value,
        cumulativeShare: entry.cumulativeShare,
        a: policy.abc.a,
        b: policy.abc.b,
        months: entry.statistics.months,
        abc: entry.abc,
      },
      entry.statistics.value > 0n
        ? {
            en: `${entry.abc}: issue value ${value} brings the cumulative share to ${entry.cumulativeShare} (A ≤ ${policy.abc.a}, B ≤ ${policy.abc.a} + ${policy.abc.b})`,
            zh: `${entry.abc}：出库金额 ${value}，累计占比 ${entry.cumulativeShare}（A ≤ ${policy.abc.a}，B ≤ ${policy.abc.a} + ${policy.abc.b}）`,
          }
        : { en: 'C: no issue value', zh: 'C：无出库金额' },
    ),
  );
  const mean = statistics.mean;
  steps.push(
    rules.xyz.passed(
      {
        months: statistics.months,
        meanMonthlyDemand: Number(mean.toFixed(4)),
        deviation: Number(statistics.deviation.toFixed(4)),
        variation: variation === null ? null : Number(variation.toFixed(4)),
        x: policy.xyz.x,
        y: policy.xyz.y,
        xyz,
      },
      variation === null
        ? {
            en: `${xyz}: no demand in ${statistics.months} months`,
            zh: `${xyz}：${statistics.months} 个月内无需求`,
          }
        : {
            en: `${xyz}: coefficient of variation ${variation.toFixed(2)} over ${statistics.months} months (X ≤ ${policy.xyz.x}, Y ≤ ${policy.xyz.y})`,
            zh: `${xyz}：${statistics.months} 个月需求变异系数 ${variation.toFixed(2)}（X ≤ ${policy.xyz.x}，Y ≤ ${policy.xyz.y}）`,
          },
    ),
  );
  const lastIssueOn = Number.isNaN(item.lastIssueDay) ? null : (dateOfDayNumber(item.lastIssueDay) ?? null);
  const facts = {
    lastIssueOn,
    monthsSinceLastIssue: since,
    monthsInStock: age,
    hitsPerMonth: Number((statistics.hits / statistics.months).toFixed(4)),
    slowMonths: policy.movement.slowMonths,
    obsoleteMonths: policy.movement.obsoleteMonths,
    fastHitsPerMonth: policy.movement.fastHitsPerMonth,
    movement,
  };
  steps.push(
    rules.movement.passed(
      facts,
      since === null
        ? {
            en: `${movement}: never issued, ${age} months since it came into stock`,
            zh: `${movement}：从未出库，入库已 ${age} 个月`,
          }
        : {
            en: `${movement}: last issued ${since} months ago, ${facts.hitsPerMonth} issue lines a month`,
            zh: `${movement}：最近出库在 ${since} 个月前，月均出库 ${facts.hitsPerMonth} 行`,
          },
    ),
  );
  if (isNew) {
    steps.push(
      rules.newPart.passed(
        {
          firstReceiptOn: dateOfDayNumber(item.firstReceiptDay) ?? null,
          monthsInStock: age,
          newPartMonths: policy.movement.newPartMonths,
        },
        {
          en: `New part: first received ${age} months ago (< ${policy.movement.newPartMonths}), not called slow`,
          zh: `新件：首次入库于 ${age} 个月前（< ${policy.movement.newPartMonths}），不计为滞销`,
        },
      ),
    );
  }
  return steps;
}

/** Steps saying a part takes over the demand of the parts it supersedes. */
export function supersessionSteps(item: PlanItem, rules: PartsRules): TraceStep[] {
  if (item.replaces.length === 0) return [];
  return [
    rules.supersession.passed(
      { partNumber: item.partNumber, replaces: item.replaces },
      {
        en: `Supersedes ${item.replaces.join(', ')}: their demand and stock count as ${item.partNumber}'s`,
        zh: `替代 ${item.replaces.join('、')}：其需求与库存计入 ${item.partNumber}`,
      },
    ),
  ];
}

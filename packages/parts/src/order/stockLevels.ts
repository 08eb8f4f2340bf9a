import type { TraceStep } from '@aftersales/core';
import type { ItemClassification } from '../classify/classifyItems';
import { formatScaled, QUANTITY_DIGITS } from '../demand/scaled';
import type { PartsRules } from '../policy/partsRules';
import { safetyFactor } from '../policy/serviceLevel';
import type { StockingPolicy } from '../policy/stockingPolicy';

/** Whether a part is kept in stock: the phase-in and phase-out rules. */
export type StockingStatus = 'stocked' | 'phase_in' | 'phase_out' | 'not_stocked';

/** A part's stock levels, in fixed units (× 10⁴); their trace: {@link levelSteps}. */
export interface StockLevels {
  readonly stocking: StockingStatus;
  readonly leadTimeDays: number;
  readonly serviceLevel: string;
  /** The safety factor of the service level (0 when not stocked). */
  readonly z: number;
  readonly safetyStock: number;
  readonly reorderPoint: number;
  readonly min: number;
  readonly max: number;
}

const UNIT = 10_000;
const show = (units: number): string => formatScaled(units, QUANTITY_DIGITS);
// A level is rounded up to what can be held: whole parts, or ten-thousandths of a litre. The
// 1e-9 keeps float noise (2.0000000000000004) from adding a whole part.
const roundUp = (parts: number, whole: boolean): number =>
  whole ? Math.ceil(parts - 1e-9) * UNIT : Math.ceil(parts * UNIT - 1e-6);

function stockingOf(entry: ItemClassification, policy: StockingPolicy): StockingStatus {
  const { item, statistics, monthsSinceLastIssue, isNew } = entry;
  // Months without an issue: since the last one, or, never issued, since it came into stock.
  const quiet = (monthsSinceLastIssue ?? entry.monthsInStock) >= policy.phaseOut.months;
  if (quiet && !isNew) return 'phase_out';
  if (item.stocked === true) return 'stocked';
  if (statistics.recentHits >= policy.phaseIn.orders) return item.stocked === false ? 'phase_in' : 'stocked';
  return 'not_stocked';
}

function phaseStep(
  entry: ItemClassification,
  stocking: StockingStatus,
  policy: StockingPolicy,
  rules: PartsRules,
): TraceStep {
  const { item, statistics } = entry;
  const phaseFacts = {
    stocked: item.stocked ?? null,
    issueLinesInPhaseInMonths: statistics.recentHits,
    phaseInOrders: policy.phaseIn.orders,
    phaseInMonths: policy.phaseIn.months,
    monthsSinceLastIssue: entry.monthsSinceLastIssue,
    phaseOutMonths: policy.phaseOut.months,
    stocking,
  };
  const phaseText = {
    stocked: { en: 'Stocked part', zh: '常备件' },
    phase_in: {
      en: `Phase in: ${statistics.recentHits} issue lines in ${policy.phaseIn.months} months (≥ ${policy.phaseIn.orders})`,
      zh: `纳入常备：${policy.phaseIn.months} 个月内出库 ${statistics.recentHits} 行（≥ ${policy.phaseIn.orders}）`,
    },
    phase_out: {
      en: `Phase out: no issue for ${policy.phaseOut.months} months or more`,
      zh: `退出常备：${policy.phaseOut.months} 个月及以上无出库`,
    },
    not_stocked: {
      en: `Not stocked: ${statistics.recentHits} issue lines in ${policy.phaseIn.months} months (< ${policy.phaseIn.orders}); ordered for open ROs only`,
      zh: `非常备件：${policy.phaseIn.months} 个月内出库 ${statistics.recentHits} 行（< ${policy.phaseIn.orders}），仅为在修工单订货`,
    },
  }[stocking];
  return stocking === 'phase_out' || stocking === 'not_stocked'
    ? rules.stocking.failed(phaseFacts, phaseText)
    : rules.stocking.passed(phaseFacts, phaseText);
}

/**
 * Safety stock, reorder point and min/max of one classified part.
 *
 * - safety stock = z(service level of its ABC class) × σ of monthly demand × √(lead time ÷ days per month)
 * - reorder point = mean monthly demand × lead time in months + safety stock
 * - min = reorder point; max = min + mean monthly demand × review days ÷ days per month
 *
 * each rounded up to whole parts (or to 0.0001 for a part sold by the litre). A part not stocked
 * or phased out has min = max = 0: it is ordered only for open ROs waiting for it.
 */
export function stockLevels(entry: ItemClassification, policy: StockingPolicy): StockLevels {
  const { item, statistics } = entry;
  const whole = item.part?.allowsFractionalQuantity !== true;
  const stocking = stockingOf(entry, policy);
  const leadTimeDays = item.leadTimeDays ?? policy.leadTimeDays;
  const serviceLevel = policy.serviceLevel[entry.abc];
  if (stocking === 'phase_out' || stocking === 'not_stocked') {
    return { stocking, leadTimeDays, serviceLevel, z: 0, safetyStock: 0, reorderPoint: 0, min: 0, max: 0 };
  }
  const z = safetyFactor(Number(serviceLevel));
  const leadMonths = leadTimeDays / policy.daysPerMonth;
  const safety = z * statistics.deviation * Math.sqrt(leadMonths);
  const reorder = statistics.mean * leadMonths + safety;
  const safetyStock = roundUp(safety, whole);
  const reorderPoint = roundUp(reorder, whole);
  const max = Math.max(
    reorderPoint,
    roundUp(reorder + (statistics.mean * policy.reviewDays) / policy.daysPerMonth, whole),
  );
  return { stocking, leadTimeDays, serviceLevel, z, safetyStock, reorderPoint, min: reorderPoint, max };
}

/** The trace of a part's stock levels: stocked or not, then safety stock, reorder point, min/max. */
export function levelSteps(
  entry: ItemClassification,
  levels: StockLevels,
  policy: StockingPolicy,
  rules: PartsRules,
): TraceStep[] {
  const { stocking, leadTimeDays, serviceLevel, z, safetyStock, reorderPoint, max } = levels;
  const steps = [phaseStep(entry, stocking, policy, rules)];
  if (stocking === 'phase_out' || stocking === 'not_stocked') return steps;
  const mean = entry.statistics.mean.toFixed(4);
  const sigma = entry.statistics.deviation.toFixed(4);
  steps.push(
    rules.safetyStock.passed(
      {
        serviceLevel,
        z: Number(z.toFixed(4)),
        deviation: Number(sigma),
        leadTimeDays,
        daysPerMonth: policy.daysPerMonth,
        safetyStock: show(safetyStock),
      },
      {
        en: `Safety stock ${show(safetyStock)} = ${z.toFixed(3)} (service level ${serviceLevel}) × σ ${sigma} × √(${leadTimeDays}/${policy.daysPerMonth})`,
        zh: `安全库存 ${show(safetyStock)} = ${z.toFixed(3)}（服务水平 ${serviceLevel}）× σ ${sigma} × √(${leadTimeDays}/${policy.daysPerMonth})`,
      },
    ),
    rules.reorderPoint.passed(
      { meanMonthlyDemand: Number(mean), leadTimeDays, reorderPoint: show(reorderPoint) },
      {
        en: `Reorder point ${show(reorderPoint)} = ${mean} a month × ${leadTimeDays}/${policy.daysPerMonth} + safety stock`,
        zh: `订货点 ${show(reorderPoint)} = 月均 ${mean} × ${leadTimeDays}/${policy.daysPerMonth} + 安全库存`,
      },
    ),
    rules.minMax.passed(
      { min: show(reorderPoint), max: show(max), reviewDays: policy.reviewDays },
      {
        en: `Min ${show(reorderPoint)}, max ${show(max)} (min + ${mean} a month × ${policy.reviewDays}/${policy.daysPerMonth})`,
        zh: `最低 ${show(reorderPoint)}，最高 ${show(max)}（最低 + 月均 ${mean} × ${policy.reviewDays}/${policy.daysPerMonth}）`,
      },
    ),
  );
  return steps;
}

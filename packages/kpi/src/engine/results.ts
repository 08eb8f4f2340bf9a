import {
  addExact,
  type BusinessCalendar,
  countWorkingDays,
  dateOfDayNumber,
  divideExact,
  type ExactDecimal,
  exactDecimal,
  formatExact,
  isZeroExact,
  type LocalizedText,
  multiplyExact,
  parseExact,
  subtractExact,
} from '@aftersales/core';
import type { MeasureFormula } from '../definition/expr';
import type { FactValue } from '../facts/readField';
import type { GroupState } from './groupState';
import type { CellPeriod, GroupKey, KpiCell, KpiRejection, KpiReport } from './kpiReport';
import type { MeasureSlot, Plan, PlannedKpi } from './plan';

interface FinishInput {
  readonly plan: Plan;
  readonly groups: ReadonlyMap<string, GroupState>;
  readonly counts: ReadonlyMap<string, { read: number; accepted: number; rejected: number }>;
  readonly rejected: readonly KpiRejection[];
  readonly range: { readonly last: number };
  readonly timeZone: string;
  readonly currency: string;
  readonly groupBy: readonly GroupKey[];
  readonly calendar: BusinessCalendar | undefined;
  readonly period: { readonly from: number; readonly to: number } | undefined;
}

const NO_DENOMINATOR: LocalizedText = {
  en: 'nothing to divide by: the denominator is 0',
  zh: '分母为 0，无数据',
};
const NO_PERIOD: LocalizedText = {
  en: 'counting days needs a calendar grain or a period',
  zh: '计算天数需要按日历周期分组或给定期间',
};

/** Compares groups by their dimension values, then by period, so the cell order never depends on row order. */
function compareGroups(a: GroupState, b: GroupState): number {
  for (let i = 0; i < a.dimensions.length; i += 1) {
    const x = a.dimensions[i] ?? '';
    const y = b.dimensions[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return (a.period?.firstDay ?? 0) - (b.period?.firstDay ?? 0);
}

/** Turns accumulated states into a report: one cell per KPI per group, in a stable order. */
export function finishReport(input: FinishInput): KpiReport {
  const { plan, range } = input;
  const groups = [...input.groups.values()]
    .filter((state) => state.seen || (state.period?.firstDay ?? 0) <= range.last)
    .sort(compareGroups);
  const cells: KpiCell[] = [];
  const skipped: { kpi: string; reason: LocalizedText }[] = [];
  for (const kpi of plan.kpis) {
    if (kpi.skipped !== undefined) {
      skipped.push({ kpi: kpi.definition.id, reason: kpi.skipped });
      continue;
    }
    for (const state of groups) cells.push(cellOf(kpi, state, input));
  }
  return {
    groupBy: [...input.groupBy],
    timeZone: input.timeZone,
    currency: input.currency,
    cells,
    skipped,
    inputs: Object.fromEntries(input.counts),
    rejected: [...input.rejected],
  };
}

function cellOf(kpi: PlannedKpi, state: GroupState, input: FinishInput): KpiCell {
  const definition = kpi.definition;
  const group: Record<string, string | null> = {};
  input.plan.dimensions.forEach((dimension, index) => {
    group[dimension] = state.dimensions[index] ?? null;
  });
  const period: CellPeriod | undefined =
    state.period === undefined
      ? undefined
      : {
          grain: state.period.grain,
          label: state.period.label,
          from: state.period.from,
          to: state.period.to,
        };
  const base = {
    kpi: definition.id,
    group,
    ...(period === undefined ? {} : { period }),
    unit: definition.unit,
    ...(definition.unit === 'money' || definition.unit === 'money/hour' ? { currency: input.currency } : {}),
  };
  let missing: LocalizedText | undefined;
  const measureValue = (name: string): ExactDecimal | undefined => {
    const value = evaluateMeasure(kpi.measures[name] as MeasureSlot, state, input);
    if (typeof value === 'object' && 'en' in value) {
      missing ??= value;
      return undefined;
    }
    return value;
  };
  const numerator = evaluateFormula(definition.numerator, measureValue);
  const denominator =
    definition.denominator === undefined
      ? exactDecimal(1n, 0)
      : evaluateFormula(definition.denominator, measureValue);
  const shownDenominator =
    definition.denominator === undefined || denominator === undefined ? null : formatExact(denominator);
  const shownNumerator = numerator === undefined ? null : formatExact(numerator);
  if (numerator === undefined || denominator === undefined || isZeroExact(denominator)) {
    return {
      ...base,
      status: 'no_data',
      value: null,
      numerator: shownNumerator,
      denominator: shownDenominator,
      reason: missing ?? definition.noData ?? NO_DENOMINATOR,
    };
  }
  const scaled = multiplyExact(numerator, parseExact(definition.scale ?? 1) ?? exactDecimal(1n, 0));
  return {
    ...base,
    status: 'value',
    value: formatExact(divideExact(scaled, denominator, definition.precision ?? 2)),
    numerator: shownNumerator,
    denominator: shownDenominator,
  };
}

function evaluateFormula(
  formula: MeasureFormula,
  measure: (name: string) => ExactDecimal | undefined,
): ExactDecimal | undefined {
  if (typeof formula === 'string') return measure(formula);
  if ('const' in formula) return parseExact(formula.const);
  const left = evaluateFormula(formula.args[0], measure);
  const right = evaluateFormula(formula.args[1], measure);
  if (left === undefined || right === undefined) return undefined;
  switch (formula.op) {
    case 'add':
      return addExact(left, right);
    case 'sub':
      return subtractExact(left, right);
    case 'mul':
      return multiplyExact(left, right);
  }
}

function evaluateMeasure(
  measure: MeasureSlot,
  state: GroupState,
  input: FinishInput,
): ExactDecimal | LocalizedText {
  switch (measure.kind) {
    case 'count':
    case 'sum':
      return exactDecimal(
        BigInt(state.sums[measure.slot] as number) + (state.spills[measure.slot] as bigint),
        measure.places,
      );
    case 'distinct': {
      const set = state.sets[measure.slot] as Set<FactValue>;
      const intersect = measure.intersect === undefined ? undefined : state.sets[measure.intersect];
      const except = measure.except === undefined ? undefined : state.sets[measure.except];
      let n = 0;
      for (const value of set) {
        if (intersect !== undefined && !intersect.has(value)) continue;
        if (except?.has(value) === true) continue;
        n += 1;
      }
      return exactDecimal(BigInt(n), 0);
    }
    case 'quantile':
      return quantileOf(state.histograms[measure.slot] as Map<number, number>, measure.q, measure.binWidth);
    case 'last': {
      const value = state.lastValue[measure.slot];
      return typeof value === 'number'
        ? exactDecimal(BigInt(value), 4)
        : { en: 'no row to read a level from in this period', zh: '本期间没有可读取的记录' };
    }
    case 'workingDays':
    case 'days':
      return daysOf(measure.kind, state, input);
    case 'custom': {
      const parsed = parseExact(measure.custom.result(state.custom[measure.slot]));
      return parsed ?? { en: 'the custom measure gave no number', zh: '自定义度量未返回数值' };
    }
  }
}

// Nearest rank: the smallest bin holding at least q × n of the values, shown by its lower edge.
function quantileOf(
  histogram: Map<number, number>,
  q: number,
  binWidth: number,
): ExactDecimal | LocalizedText {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return { en: 'no values to take a percentile of', zh: '无可计算分位数的数据' };
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (const bin of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bin) as number;
    if (seen >= rank) return exactDecimal(BigInt(bin) * BigInt(binWidth), 4);
  }
  return { en: 'no values to take a percentile of', zh: '无可计算分位数的数据' };
}

function daysOf(
  kind: 'workingDays' | 'days',
  state: GroupState,
  input: FinishInput,
): ExactDecimal | LocalizedText {
  const first = Math.max(
    state.period?.firstDay ?? Number.NEGATIVE_INFINITY,
    input.period?.from ?? Number.NEGATIVE_INFINITY,
  );
  const last = Math.min(
    state.period?.lastDay ?? Number.POSITIVE_INFINITY,
    input.period?.to ?? Number.POSITIVE_INFINITY,
  );
  if (!Number.isFinite(first) || !Number.isFinite(last)) return NO_PERIOD;
  if (kind === 'days' || input.calendar === undefined) return exactDecimal(BigInt(last - first + 1), 0);
  const from = dateOfDayNumber(first - 1) as string;
  const to = dateOfDayNumber(last) as string;
  return exactDecimal(BigInt(countWorkingDays(input.calendar, from, to)), 0);
}

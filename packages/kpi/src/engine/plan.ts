import {
  AftersalesError,
  createLocalDayReader,
  dateOfDayNumber,
  type PeriodGrain,
  parseExact,
  periodGrains,
  typeName,
} from '@aftersales/core';
import type { DistinctSet, Expr, Literal, Measure, TrailingWindow } from '../definition/expr';
import type { CustomMeasure, KpiDefinition } from '../definition/kpiDefinition';
import { fieldIndexes } from '../facts/factReader';
import { formatUnits } from '../facts/fixedPoint';
import {
  type FactField,
  type GroupDimension,
  groupDimensions,
  isFieldOf,
  type KpiSource,
  sourceNamed,
} from '../facts/kpiSources';
import { describeValue, type FactValue } from '../facts/readField';
import {
  type CompileContext,
  type CompiledExpr,
  compileExpr,
  DefinitionProblem,
  MAX_DEPTH,
  typeZh,
} from './compileExpr';
import { generateApply } from './generateApply';
import type { GroupState } from './groupState';
import type { GroupKey } from './kpiReport';

type Row = readonly FactValue[];

/** Where a measure's rows land: one source, one period field, an optional trailing window. */
export interface Placement {
  readonly source: KpiSource;
  readonly periodIndex: number;
  readonly periodIsDate: boolean;
  readonly window: TrailingWindow | undefined;
  readonly dimensionIndexes: readonly number[];
  readonly updates: RowUpdate[];
  /** Constants the updates' generated code reads (`k[i]`). */
  readonly constants: unknown[];
  /** Applies a row to every update; set once the plan is complete (see generateApply). */
  apply: (row: Row, state: GroupState, at: number) => void;
  /** The local day of an instant of this placement's period field (its own, so its cache stays warm). */
  localDay: (epochMs: number) => number;
}

/** One accumulator slot fed by the rows of a placement. */
export interface RowUpdate {
  /** The KPI and measure (or set, e.g. `vins.except`) this update feeds, for drill-downs. */
  readonly kpi: string;
  readonly measure: string;
  readonly kind: 'count' | 'sum' | 'set' | 'histogram' | 'last' | 'custom';
  readonly slot: number;
  readonly where: ((row: Row) => FactValue) | undefined;
  readonly of: ((row: Row) => FactValue) | undefined;
  readonly whereCode: string | undefined;
  readonly ofCode: string | undefined;
  /** Histogram bin width in fixed-point units. */
  readonly binWidth: number;
  readonly custom: CustomMeasure | undefined;
  readonly read: ((row: Row) => (field: string) => string | boolean | undefined) | undefined;
}

/** A KPI measure as the result stage reads it. */
export type MeasureSlot =
  | { readonly kind: 'count' | 'sum'; readonly slot: number; readonly places: number }
  | {
      readonly kind: 'distinct';
      readonly slot: number;
      readonly intersect?: number;
      readonly except?: number;
    }
  | { readonly kind: 'quantile'; readonly slot: number; readonly q: number; readonly binWidth: number }
  | { readonly kind: 'last'; readonly slot: number }
  | { readonly kind: 'workingDays' | 'days' }
  | { readonly kind: 'custom'; readonly slot: number; readonly custom: CustomMeasure };

/** A KPI ready to evaluate, or the reason it cannot be computed for this grouping. */
export interface PlannedKpi {
  readonly definition: KpiDefinition;
  readonly measures: Readonly<Record<string, MeasureSlot>>;
  readonly skipped?: { readonly en: string; readonly zh: string };
}

/** Everything compiled for one report: placements per source, slots per kind, KPIs. */
export interface Plan {
  readonly grain: PeriodGrain | undefined;
  readonly dimensions: readonly GroupDimension[];
  readonly placements: ReadonlyMap<string, readonly Placement[]>;
  readonly kpis: readonly PlannedKpi[];
  readonly slots: { count: number; set: number; histogram: number; last: number; custom: number };
  /** Per source, the fields the KPIs read (expressions, period fields, dimensions, currency). */
  readonly fields: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Options the plan depends on. */
export interface PlanOptions {
  readonly kpis: readonly KpiDefinition[];
  readonly groupBy: readonly GroupKey[];
  readonly timeZone: string;
  readonly params?: Readonly<Record<string, Readonly<Record<string, Literal>>>>;
  /** `generated` (default) compiles each source's updates to one function; `closures` never uses `new Function`. */
  readonly compile?: 'generated' | 'closures';
}

function invalid(kpi: string, reason: string, reasonZh: string, path: (string | number)[] = []): never {
  throw AftersalesError.of('kpi.invalid_definition', ['kpis', kpi, ...path], { kpi, reason, reasonZh });
}

/** Splits `groupBy` into dimensions and the one calendar grain, checking each key. */
export function readGroupBy(groupBy: readonly GroupKey[]): {
  dimensions: GroupDimension[];
  grain: PeriodGrain | undefined;
} {
  if (!Array.isArray(groupBy)) {
    throw AftersalesError.of('input.invalid_type', ['groupBy'], {
      expected: 'an array',
      received: typeName(groupBy),
    });
  }
  const dimensions: GroupDimension[] = [];
  let grain: PeriodGrain | undefined;
  groupBy.forEach((key, index) => {
    if ((groupDimensions as readonly string[]).includes(key)) {
      if (dimensions.includes(key as GroupDimension)) {
        throw AftersalesError.of('input.invalid', ['groupBy', index], {
          detail: `'${key}' is given twice`,
          detailZh: `“${key}”重复给出`,
        });
      }
      dimensions.push(key as GroupDimension);
    } else if ((periodGrains as readonly string[]).includes(key)) {
      if (grain !== undefined) {
        throw AftersalesError.of('input.invalid', ['groupBy', index], {
          detail: 'only one calendar grain',
          detailZh: '只能给出一个日历粒度',
        });
      }
      grain = key as PeriodGrain;
    } else {
      throw AftersalesError.of('input.invalid_value', ['groupBy', index], {
        allowed: [...groupDimensions, ...periodGrains],
      });
    }
  });
  return { dimensions, grain };
}

/** Compiles KPI definitions for one grouping: checks every name, field and type. */
export function createPlan(options: PlanOptions): Plan {
  const { dimensions, grain } = readGroupBy(options.groupBy);
  const placements = new Map<string, Placement[]>();
  const slots = { count: 0, set: 0, histogram: 0, last: 0, custom: 0 };
  const seen = new Set<string>();
  const used = new Map<string, Set<string>>();
  const usedBy = (source: KpiSource): Set<string> => {
    let set = used.get(source.name);
    if (set === undefined) {
      set = new Set();
      used.set(source.name, set);
    }
    return set;
  };
  const kpis = options.kpis.map((definition, index): PlannedKpi => {
    if (definition === null || typeof definition !== 'object' || typeof definition.id !== 'string') {
      throw AftersalesError.of('kpi.invalid_definition', ['kpis', index], {
        kpi: String(index),
        reason: 'not a KPI definition',
        reasonZh: '不是指标定义',
      });
    }
    if (seen.has(definition.id)) invalid(definition.id, 'the id is given twice', 'id 重复给出');
    seen.add(definition.id);
    return planKpi(definition);
  });
  for (const list of placements.values()) {
    for (const placement of list)
      placement.apply = generateApply(placement, options.timeZone, options.compile);
  }
  return { grain, dimensions, placements, kpis, slots, fields: used };

  function planKpi(definition: KpiDefinition): PlannedKpi {
    const id = definition.id;
    const { precision, scale } = definition;
    if (precision !== undefined && !(Number.isInteger(precision) && precision >= 0 && precision <= 12)) {
      invalid(id, 'precision is 0–12 decimal places', 'precision 为 0–12 位小数', ['precision']);
    }
    if (scale !== undefined && !(Number.isSafeInteger(scale) && scale > 0)) {
      invalid(
        id,
        'scale is a positive whole number (100 for a percentage)',
        'scale 为正整数（百分比为 100）',
        ['scale'],
      );
    }
    const params = { ...(definition.params ?? {}), ...(options.params?.[id] ?? {}) };
    const entries = Object.entries(definition.measures ?? {});
    if (entries.length === 0) invalid(id, 'it has no measures', '没有任何度量', ['measures']);
    // First pass: can every measure's source group by the requested dimensions and grain?
    for (const [name, measure] of entries) {
      if (measure === null || typeof measure !== 'object')
        invalid(id, 'not a measure', '不是度量', ['measures', name]);
      if (measure.agg === 'workingDays' || measure.agg === 'days') continue;
      const source = sourceOf(definition, measure as { source?: string }, name);
      const missing = dimensions.filter((dimension) => source.dimensions[dimension] === undefined);
      if (missing.length > 0) {
        return {
          definition,
          measures: {},
          skipped: {
            en: `${source.title.en} cannot be grouped by ${missing.join(', ')}`,
            zh: `${source.title.zh}无法按 ${missing.join('、')} 分组`,
          },
        };
      }
      if (grain === undefined && hasWindow(measure)) {
        return {
          definition,
          measures: {},
          skipped: { en: 'an "as of" KPI needs a calendar grain', zh: '时点类指标需要按日历周期分组' },
        };
      }
    }
    if (definition.inMemoryOnly !== true && entries.some(([, m]) => m.agg === 'custom')) {
      invalid(id, 'a custom measure needs inMemoryOnly: true', '自定义度量需要 inMemoryOnly: true', [
        'inMemoryOnly',
      ]);
    }
    const measures: Record<string, MeasureSlot> = {};
    try {
      for (const [name, measure] of entries) measures[name] = planMeasure(definition, name, measure, params);
      checkFormula(definition, measures);
    } catch (error) {
      if (error instanceof DefinitionProblem)
        invalid(id, `${error.at}: ${error.message}`, `${error.at}：${error.zh}`, ['measures']);
      throw error;
    }
    return { definition, measures };
  }

  function sourceOf(definition: KpiDefinition, measure: { source?: string }, name: string): KpiSource {
    const sourceName = measure.source ?? definition.source;
    const source = sourceNamed(sourceName);
    if (source === undefined)
      invalid(
        definition.id,
        `unknown source '${describeValue(sourceName)}'`,
        `未知数据源“${describeValue(sourceName)}”`,
        ['measures', name],
      );
    return source;
  }

  function placementFor(
    definition: KpiDefinition,
    measure: { source?: string; periodBy?: string; window?: TrailingWindow },
    name: string,
  ): Placement {
    const source = sourceOf(definition, measure, name);
    const periodBy =
      measure.periodBy ?? (source.name === definition.source ? definition.periodBy : undefined);
    const fields = fieldIndexes(source);
    if (!isFieldOf(source, periodBy)) {
      invalid(
        definition.id,
        `periodBy '${describeValue(periodBy)}' is not a field of ${source.name}`,
        `periodBy“${describeValue(periodBy)}”不是 ${source.name} 的字段`,
        ['measures', name],
      );
    }
    const periodIndex = fields[periodBy] as number;
    const reads = usedBy(source);
    reads.add(periodBy);
    for (const dimension of dimensions) {
      const name = source.dimensions[dimension];
      if (name !== undefined) reads.add(name);
    }
    if (source.currency !== undefined) reads.add(source.currency);
    const periodField = source.fields[periodBy] as FactField;
    if (periodField.type !== 'instant' && periodField.type !== 'date') {
      invalid(
        definition.id,
        `periodBy '${periodBy}' is not an instant or a date`,
        `periodBy“${periodBy}”不是时刻或日期`,
        ['measures', name],
      );
    }
    const missing = dimensions.filter((dimension) => source.dimensions[dimension] === undefined);
    if (missing.length > 0)
      throw new DefinitionProblem(
        `${source.name} has no ${missing.join(', ')}`,
        `${source.name} 没有 ${missing.join('、')}`,
        name,
      );
    const window = checkWindow(definition.id, measure.window, name);
    const key = `${source.name}|${periodBy}|${window?.months ?? ''}|${window?.offsetMonths ?? ''}`;
    const list = placements.get(source.name) ?? [];
    placements.set(source.name, list);
    const existing = list.find((placement) => placementKey(placement) === key);
    if (existing !== undefined) return existing;
    const placement: Placement = {
      source,
      periodIndex,
      periodIsDate: periodField.type === 'date',
      window,
      dimensionIndexes: dimensions.map(
        (dimension) => fields[source.dimensions[dimension] as string] as number,
      ),
      updates: [],
      constants: [],
      apply: () => undefined,
      localDay: createLocalDayReader(options.timeZone),
    };
    keys.set(placement, key);
    list.push(placement);
    return placement;
  }

  function planMeasure(
    definition: KpiDefinition,
    name: string,
    measure: Measure | CustomMeasure,
    params: Readonly<Record<string, Literal>>,
  ): MeasureSlot {
    if (measure === null || typeof measure !== 'object')
      throw new DefinitionProblem('not a measure', '不是度量', name);
    switch (measure.agg) {
      case 'workingDays':
      case 'days':
        return { kind: measure.agg };
      case 'count':
      case 'sum': {
        const { placement, where, context } = prepare(definition, name, measure, params);
        const of = measure.agg === 'sum' ? compileExpr(measure.of, context, `${name}.of`) : undefined;
        if (of !== undefined && of.type !== 'number' && of.type !== 'money') {
          throw new DefinitionProblem(`sums a ${of.type}`, `对${typeZh(of.type)}求和`, `${name}.of`);
        }
        const slot = slots.count++;
        placement.updates.push(update(definition.id, name, measure.agg, slot, where, of));
        return { kind: measure.agg, slot, places: measure.agg === 'sum' ? 4 : 0 };
      }
      case 'countDistinct': {
        const slot = addSet(definition, name, measure, params);
        const intersect =
          measure.intersect === undefined
            ? undefined
            : addSet(definition, `${name}.intersect`, measure.intersect, params);
        const except =
          measure.except === undefined
            ? undefined
            : addSet(definition, `${name}.except`, measure.except, params);
        return {
          kind: 'distinct',
          slot,
          ...(intersect === undefined ? {} : { intersect }),
          ...(except === undefined ? {} : { except }),
        };
      }
      case 'quantile': {
        const { placement, where, context } = prepare(definition, name, measure, params);
        const of = compileExpr(measure.of, context, `${name}.of`);
        const resolution: unknown = measure.resolution;
        const binWidth = compileExpr(
          {
            const:
              typeof resolution === 'string' || typeof resolution === 'number'
                ? Number(resolution)
                : Number.NaN,
          },
          context,
          `${name}.resolution`,
        ).evaluate([]) as number;
        if (!(binWidth > 0))
          throw new DefinitionProblem(
            'resolution must be above 0',
            'resolution 必须大于 0',
            `${name}.resolution`,
          );
        if (typeof measure.q !== 'number' || !(measure.q > 0 && measure.q <= 1))
          throw new DefinitionProblem('q must be in (0, 1]', 'q 必须在 (0, 1] 之内', `${name}.q`);
        const slot = slots.histogram++;
        placement.updates.push({ ...update(definition.id, name, 'histogram', slot, where, of), binWidth });
        return { kind: 'quantile', slot, q: measure.q, binWidth };
      }
      case 'last': {
        const { placement, where, context } = prepare(definition, name, measure, params);
        const of = compileExpr(measure.of, context, `${name}.of`);
        const slot = slots.last++;
        placement.updates.push(update(definition.id, name, 'last', slot, where, of));
        return { kind: 'last', slot };
      }
      case 'custom': {
        if (!CUSTOM_METHODS.every((method) => typeof measure[method] === 'function')) {
          throw new DefinitionProblem(
            'a custom measure needs init, add, merge and result functions',
            '自定义度量需要 init、add、merge 和 result 函数',
            name,
          );
        }
        const { placement, where } = prepare(definition, name, measure, params);
        // `read` may ask for any field: the reader must skip none of this source's.
        const reads = usedBy(placement.source);
        for (const field of Object.keys(placement.source.fields)) reads.add(field);
        const slot = slots.custom++;
        placement.updates.push({
          ...update(definition.id, name, 'custom', slot, where, undefined),
          custom: measure,
          read: rowReader(placement.source),
        });
        return { kind: 'custom', slot, custom: measure };
      }
      default:
        throw new DefinitionProblem(
          `unknown aggregate '${describeValue((measure as { agg?: unknown }).agg)}'`,
          `未知聚合方式“${describeValue((measure as { agg?: unknown }).agg)}”`,
          name,
        );
    }
  }

  function addSet(
    definition: KpiDefinition,
    name: string,
    set: DistinctSet,
    params: Readonly<Record<string, Literal>>,
  ): number {
    if (set === null || typeof set !== 'object')
      throw new DefinitionProblem('not a set of rows', '不是行集合', name);
    const { placement, where, context } = prepare(definition, name, set, params);
    const of = compileExpr(set.of, context, `${name}.of`);
    // KPIs that count the same set (the customer base, retention and churn all collect visiting
    // VINs) share one: a set is the costliest accumulator to fill and to spread over windows.
    const same = placement.updates.find(
      (other) => other.kind === 'set' && other.whereCode === where?.code && other.ofCode === of.code,
    );
    if (same !== undefined) return same.slot;
    const slot = slots.set++;
    placement.updates.push(update(definition.id, name, 'set', slot, where, of));
    return slot;
  }

  function prepare(
    definition: KpiDefinition,
    name: string,
    measure: { source?: string; periodBy?: string; window?: TrailingWindow; where?: Expr },
    params: Readonly<Record<string, Literal>>,
  ) {
    const placement = placementFor(definition, measure, name);
    const context: CompileContext = {
      source: placement.source,
      fields: fieldIndexes(placement.source),
      params,
      timeZone: options.timeZone,
      constants: placement.constants,
      used: usedBy(placement.source),
    };
    const filters = [
      ...(placement.source.name === definition.source && definition.where !== undefined
        ? [definition.where]
        : []),
      ...(measure.where !== undefined ? [measure.where] : []),
    ];
    const where =
      filters.length === 0
        ? undefined
        : compileExpr(
            filters.length === 1 ? (filters[0] as Expr) : { op: 'and', args: filters },
            context,
            `${name}.where`,
          );
    if (where !== undefined && where.type !== 'boolean')
      throw new DefinitionProblem('where is not a boolean', 'where 不是布尔值', name);
    return { placement, where, context };
  }
}

const CUSTOM_METHODS = ['init', 'add', 'merge', 'result'] as const;
const keys = new WeakMap<Placement, string>();
const placementKey = (placement: Placement): string => keys.get(placement) ?? '';

function update(
  kpi: string,
  measure: string,
  kind: RowUpdate['kind'],
  slot: number,
  where: CompiledExpr | undefined,
  of: CompiledExpr | undefined,
): RowUpdate {
  return {
    kpi,
    measure,
    kind,
    slot,
    where: where?.evaluate,
    of: of?.evaluate,
    whereCode: where?.code,
    ofCode: of?.code,
    binWidth: 0,
    custom: undefined,
    read: undefined,
  };
}

function hasWindow(measure: Measure | CustomMeasure): boolean {
  if (!('window' in measure) && !('intersect' in measure) && !('except' in measure)) return false;
  const m = measure as { window?: unknown; intersect?: { window?: unknown }; except?: { window?: unknown } };
  return m.window !== undefined || m.intersect?.window !== undefined || m.except?.window !== undefined;
}

function checkWindow(
  kpi: string,
  window: TrailingWindow | undefined,
  name: string,
): TrailingWindow | undefined {
  if (window === undefined) return undefined;
  const ok = (value: unknown) =>
    Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 600;
  if (
    window === null ||
    !ok(window.months) ||
    window.months < 1 ||
    (window.offsetMonths !== undefined && !ok(window.offsetMonths))
  ) {
    invalid(
      kpi,
      'a window is whole months (1–600) and an optional offset (0–600)',
      '窗口为整月数（1–600），可选偏移月数（0–600）',
      ['measures', name, 'window'],
    );
  }
  return window;
}

function checkFormula(definition: KpiDefinition, measures: Readonly<Record<string, MeasureSlot>>): void {
  const visit = (formula: unknown, at: string, depth: number): void => {
    if (typeof formula === 'string') {
      if (!Object.hasOwn(measures, formula))
        throw new DefinitionProblem(`no measure '${formula}'`, `没有度量“${formula}”`, at);
      return;
    }
    if (formula === null || typeof formula !== 'object')
      throw new DefinitionProblem('not a formula', '不是公式', at);
    if (depth > MAX_DEPTH)
      throw new DefinitionProblem(`nested more than ${MAX_DEPTH} deep`, `嵌套超过 ${MAX_DEPTH} 层`, at);
    if ('const' in formula) {
      const value = formula.const;
      if ((typeof value !== 'string' && typeof value !== 'number') || parseExact(value) === undefined) {
        throw new DefinitionProblem(
          'a constant is a decimal string or a safe integer',
          '常量应为十进制数字字符串或安全整数',
          at,
        );
      }
      return;
    }
    const node = formula as { op?: unknown; args?: unknown };
    if (
      typeof node.op !== 'string' ||
      !['add', 'sub', 'mul'].includes(node.op) ||
      !Array.isArray(node.args) ||
      node.args.length !== 2
    ) {
      throw new DefinitionProblem(
        'a formula is a measure, a constant, or add/sub/mul of two',
        '公式应为度量、常量，或两项的 add/sub/mul',
        at,
      );
    }
    for (const [index, arg] of node.args.entries()) visit(arg, `${at}.args[${index}]`, depth + 1);
  };
  visit(definition.numerator, 'numerator', 0);
  if (definition.denominator !== undefined) visit(definition.denominator, 'denominator', 0);
}

/** A custom measure's view of a row: numbers as decimal strings, instants and dates as ISO text. */
function rowReader(source: KpiSource): (row: Row) => (field: string) => string | boolean | undefined {
  const fields = fieldIndexes(source);
  return (row) => (name) => {
    const index = fields[name];
    const field = source.fields[name];
    if (index === undefined || field === undefined) return undefined;
    const value = row[index];
    if (value === undefined || typeof value === 'boolean' || typeof value === 'string') return value;
    switch (field.type) {
      case 'instant':
        return new Date(value).toISOString();
      case 'date':
        return dateOfDayNumber(value);
      default:
        return formatUnits(value);
    }
  };
}

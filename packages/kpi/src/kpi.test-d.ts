import { describe, expectTypeOf, it } from 'vitest';
import {
  type ComputeKpisOptions,
  computeKpis,
  computeKpisSync,
  count,
  defineKpi,
  type Expr,
  field,
  type KpiCell,
  type KpiDefinition,
  type KpiReport,
  kpiCatalog,
  type Measure,
} from './index';

describe('@aftersales/kpi public types', () => {
  it('types a report and its cells', () => {
    expectTypeOf(computeKpis).returns.toEqualTypeOf<Promise<KpiReport>>();
    expectTypeOf(computeKpisSync).returns.toEqualTypeOf<KpiReport>();
    expectTypeOf<KpiCell['status']>().toEqualTypeOf<'value' | 'no_data'>();
    expectTypeOf<KpiCell['value']>().toEqualTypeOf<string | null>();
    expectTypeOf(kpiCatalog).toEqualTypeOf<readonly KpiDefinition[]>();
  });

  it('builds expressions and measures as plain data', () => {
    expectTypeOf(field('soldHours')).toEqualTypeOf<Expr>();
    expectTypeOf(count()).toEqualTypeOf<Measure>();
    expectTypeOf(defineKpi).parameter(0).toEqualTypeOf<KpiDefinition>();
  });

  it('accepts only known groupings and compile modes', () => {
    expectTypeOf<ComputeKpisOptions['groupBy'][number]>().toEqualTypeOf<
      | 'dealer'
      | 'advisor'
      | 'technician'
      | 'payType'
      | 'channel'
      | 'team'
      | 'day'
      | 'week'
      | 'month'
      | 'quarter'
      | 'year'
    >();
    // @ts-expect-error a grain that does not exist
    const wrong: ComputeKpisOptions['groupBy'] = ['fortnight'];
    expectTypeOf(wrong).not.toBeAny();
  });
});

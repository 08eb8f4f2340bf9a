import { compileKpis } from '@aftersales/adapter-sql';
import { type CustomMeasure, defineKpi } from '@aftersales/kpi';
import type { ErrorExample } from './types';

/** SQL (adapter-sql): a KPI that cannot be compiled is listed, never compiled to another answer. */
export const sqlExamples: readonly ErrorExample[] = [
  {
    code: 'sql.unsupported',
    meaning:
      'A KPI cannot be compiled to SQL faithfully (a custom JavaScript measure, an in-memory-only KPI); it is listed in `unsupported` and the others compile: compute it in memory with `computeKpis`.',
    meaningZh:
      '某指标无法如实编译为 SQL（自定义 JavaScript 度量、仅限内存计算的指标）；该指标列入 `unsupported`，其余照常编译：请用 `computeKpis` 在内存中计算它。',
    outcome: 'returns',
    example: () => {
      // The longest labor line: an aggregate the expression language has no word for.
      const longest: CustomMeasure<string> = {
        agg: 'custom',
        init: () => '0',
        add: (state, read) => {
          const hours = read('soldHours');
          return typeof hours === 'string' && Number(hours) > Number(state) ? hours : state;
        },
        merge: (a, b) => (Number(a) >= Number(b) ? a : b),
        result: (state) => state,
      };
      const kpi = defineKpi({
        id: 'acme.line.longest',
        area: 'service',
        name: { en: 'Longest labor line', zh: '最长工时行' },
        formula: { en: 'largest sold hours of one line', zh: '单行最大结算工时' },
        source: 'laborLine',
        periodBy: 'roClosedAt',
        measures: { longest: longest as CustomMeasure },
        numerator: 'longest',
        unit: 'hours',
        direction: 'none',
        cite: 'manual:catalog.acme.line.longest',
        inMemoryOnly: true,
      });
      return compileKpis([kpi], {
        dialect: 'postgres',
        groupBy: ['dealer', 'month'],
        timeZone: 'Asia/Shanghai',
      });
    },
  },
];

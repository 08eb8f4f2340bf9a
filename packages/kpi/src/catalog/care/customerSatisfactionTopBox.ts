import { count, eq, field, ge, sub } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 客户满意度（前两档占比） — CSI top-2-box share: `responses with score ≥ scaleMax − 1 ÷ responses × 100`
 * over the `csi` surveys, i.e. the share of answers in the two highest points of an integer-step
 * scale (9–10 on 0–10, 4–5 on 1–5). The catalog's "or top-2-box share" variant of `care.csi`, as
 * its own id; on a 0–100 scale it is the share of 99 and 100, so use it for point scales only.
 * Period: surveyed at. Target ≥ 93 (manual: care.csi, the same figure as the mean).
 *
 * @example
 * // scores 10, 9 and 8 on 0–10: 2 of 3 in the top two boxes = 66.67 %
 * computeKpisSync({ surveys }, { kpis: [customerSatisfactionTopBox], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const customerSatisfactionTopBox = defineKpi({
  id: 'care.csi.top2',
  area: 'care',
  name: { en: 'CSI top-2-box share', zh: '客户满意度（前两档占比）' },
  formula: {
    en: 'CSI responses scoring in the top two points of their scale (score ≥ scale max − 1) ÷ CSI responses',
    zh: '得分位于量表最高两档（得分 ≥ 满分 − 1）的满意度答卷 ÷ 满意度答卷',
  },
  source: 'survey',
  periodBy: 'surveyedAt',
  where: eq(field('kind'), 'csi'),
  measures: {
    topTwo: count({ where: ge(field('score'), sub(field('scaleMax'), 1)) }),
    responses: count(),
  },
  numerator: 'topTwo',
  denominator: 'responses',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.csi',
  target: { atLeast: '93', cite: 'manual:care.csi' },
  noData: { en: 'no CSI survey responses', zh: '无满意度调查答卷' },
});

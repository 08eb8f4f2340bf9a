import { count, div, eq, field, mul, sub, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 客户满意度 — customer satisfaction index (CSI): the mean of the `csi` survey scores, each scaled to
 * 0–100 with its own scale: `Σ ((score − scaleMin) × 100 ÷ (scaleMax − scaleMin)) ÷ responses`
 * (each scaled score rounded half-even to 4 places), so surveys on 5-, 10- and 100-point scales
 * average together. Mystery-shopper and phone surveys are `care.mystery`. The catalog's other
 * statistic, the top-2-box share, is the separate KPI `care.csi.top2`. Period: surveyed at.
 * Target ≥ 93 (manual: care.csi).
 *
 * @example
 * // a 9 on 0–10 (90) and a 4 on 1–5 (75): (90 + 75) ÷ 2 = 82.5
 * computeKpisSync({ surveys }, { kpis: [customerSatisfaction], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const customerSatisfaction = defineKpi({
  id: 'care.csi',
  area: 'care',
  name: { en: 'Customer satisfaction index (CSI)', zh: '客户满意度' },
  formula: {
    en: 'mean CSI survey score scaled to 0–100: Σ (score − scale min) × 100 ÷ (scale max − scale min) ÷ responses',
    zh: '满意度调查平均分（折算为百分制）：Σ (得分 − 最低分) × 100 ÷ (满分 − 最低分) ÷ 答卷数',
  },
  source: 'survey',
  periodBy: 'surveyedAt',
  where: eq(field('kind'), 'csi'),
  measures: {
    scaledScores: sum(
      div(mul(sub(field('score'), field('scaleMin')), 100), sub(field('scaleMax'), field('scaleMin'))),
    ),
    responses: count(),
  },
  numerator: 'scaledScores',
  denominator: 'responses',
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.csi',
  target: { atLeast: '93', cite: 'manual:care.csi' },
  noData: { en: 'no CSI survey responses', zh: '无满意度调查答卷' },
});

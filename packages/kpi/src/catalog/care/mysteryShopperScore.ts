import { count, div, field, isIn, mul, sub, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 神秘客得分 — mystery-shopper score: the mean of the `mystery` and `phone` survey scores, each
 * scaled to 1,000 points with its own scale:
 * `Σ ((score − scaleMin) × 1000 ÷ (scaleMax − scaleMin)) ÷ surveys` (each scaled score rounded
 * half-even to 4 places). Listed with the network KPIs in the catalog, but a customer-care measure
 * (area `care`). Period: surveyed (visit) at. Target ≥ 950 (manual: care.mystery).
 *
 * @example
 * // a mystery visit of 96 / 100 (960) and a phone survey of 9 / 10 (900): (960 + 900) ÷ 2 = 930
 * computeKpisSync({ surveys }, { kpis: [mysteryShopperScore], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const mysteryShopperScore = defineKpi({
  id: 'care.mystery',
  area: 'care',
  name: { en: 'Mystery-shopper score', zh: '神秘客得分' },
  formula: {
    en: 'mean mystery-shopper and phone-survey score on a 1,000-point scale: Σ (score − scale min) × 1000 ÷ (scale max − scale min) ÷ surveys',
    zh: '神秘客及电话调查平均分（折算为千分制）：Σ (得分 − 最低分) × 1000 ÷ (满分 − 最低分) ÷ 调查次数',
  },
  source: 'survey',
  periodBy: 'surveyedAt',
  where: isIn(field('kind'), ['mystery', 'phone']),
  measures: {
    scaledScores: sum(
      div(mul(sub(field('score'), field('scaleMin')), 1000), sub(field('scaleMax'), field('scaleMin'))),
    ),
    surveys: count(),
  },
  numerator: 'scaledScores',
  denominator: 'surveys',
  unit: 'points',
  direction: 'higher',
  cite: 'manual:care.mystery',
  target: { atLeast: '950', cite: 'manual:care.mystery' },
  noData: { en: 'no mystery-shopper or phone surveys', zh: '无神秘客或电话调查' },
});

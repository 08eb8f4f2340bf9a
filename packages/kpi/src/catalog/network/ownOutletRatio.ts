import { count, eq, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 自建网点比例 — own-to-contracted outlet ratio: `own outlets ÷ contracted outlets` (a ratio, not a
 * share of all outlets: the manual's "自建网点与委托网点之间的比例"), over `outlet` rows (one per
 * outlet per as-of date) with `ownership` `own` (自建) or `contracted` (委托); other codes count in
 * neither. Period: as-of date; give one snapshot per outlet per period. Target ≥ 0.3 (the manual's
 * ≥ 30 %, as a ratio; manual: net.own.ratio).
 *
 * @example
 * // 3 own and 9 contracted outlets: 3 ÷ 9 = 0.33
 * computeKpisSync({ outlets }, { kpis: [ownOutletRatio], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const ownOutletRatio = defineKpi({
  id: 'net.own.ratio',
  area: 'network',
  name: { en: 'Own-to-contracted outlet ratio', zh: '自建网点比例' },
  formula: { en: 'own outlets ÷ contracted outlets', zh: '自建网点数 ÷ 委托网点数' },
  source: 'outlet',
  periodBy: 'asOf',
  measures: {
    own: count({ where: eq(field('ownership'), 'own') }),
    contracted: count({ where: eq(field('ownership'), 'contracted') }),
  },
  numerator: 'own',
  denominator: 'contracted',
  unit: 'ratio',
  direction: 'higher',
  cite: 'manual:net.own.ratio',
  target: {
    atLeast: '0.3',
    cite: 'manual:net.own.ratio',
    note: { en: 'the manual’s ≥ 30 %, as a ratio', zh: '手册要求 ≥ 30 %，以比值表示' },
  },
  noData: { en: 'no contracted outlets', zh: '无委托网点' },
});

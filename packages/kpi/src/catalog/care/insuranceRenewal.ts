import { count, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 续保率 — insurance renewal rate: `policies expiring in the period that were renewed through the
 * dealer ÷ policies expiring in the period × 100`, over `insurancePolicy` rows. Period: expiry
 * date. No default target (catalog: —).
 *
 * @example
 * computeKpisSync({ insurancePolicies }, { kpis: [insuranceRenewal], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const insuranceRenewal = defineKpi({
  id: 'care.insurance.renewal',
  area: 'care',
  name: { en: 'Insurance renewal rate', zh: '续保率' },
  formula: {
    en: 'policies renewed through the dealer ÷ policies expiring',
    zh: '经本店续保的保单 ÷ 到期保单',
  },
  source: 'insurancePolicy',
  periodBy: 'expiresOn',
  measures: { renewed: count({ where: field('renewedThroughDealer') }), expiring: count() },
  numerator: 'renewed',
  denominator: 'expiring',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.care.insurance.renewal',
  noData: { en: 'no policies expiring in the period', zh: '本期无到期保单' },
});

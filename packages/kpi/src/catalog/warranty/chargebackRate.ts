import { field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 索赔扣款率 — warranty chargeback rate: `Σ chargedBackAmount ÷ Σ paidAmount × 100`, the
 * numerator placed by the debit date (`chargedBackAt`), the denominator by the payment date
 * (`paidAt`): the debits booked in a period against the payments received in it (a debit usually
 * falls in a later period than the payment it reverses). Any status counts; a claim adds to each
 * side the amounts it carries. Period: debit date. No default target (KPI catalog: —).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [chargebackRate], groupBy: ['dealer', 'quarter'], timeZone: 'Asia/Shanghai' });
 */
export const chargebackRate = defineKpi({
  id: 'wty.chargeback',
  area: 'warranty',
  name: { en: 'Warranty chargeback rate', zh: '索赔扣款率' },
  formula: {
    en: 'charged-back amount (by debit date) ÷ paid amount (by payment date)',
    zh: '扣款金额（按扣款日期）÷ 结算金额（按结算日期）',
  },
  source: 'warrantyClaim',
  periodBy: 'chargedBackAt',
  measures: {
    chargedBack: sum(field('chargedBackAmount')),
    paid: sum(field('paidAmount'), { periodBy: 'paidAt' }),
  },
  numerator: 'chargedBack',
  denominator: 'paid',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:catalog.wty.chargeback',
  noData: { en: 'no claims paid in the period', zh: '本期间无索赔结算' },
});

import { field, ne, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 外采件占比 — outsourced purchase share: `Σ value of purchase lines whose channel is not 'oem' ÷
 * Σ value of all purchase lines × 100` (value-weighted). `channel` is where the part was bought:
 * `oem` (纯正件, through the carmaker's parts channel) or anything else (`outsourced` 外采件, …), as
 * the core part source. Period: receipt date (`receivedAt`; lines not yet received do not count).
 * No default target: the manual only asks that it be tracked (manual: parts.outsourced).
 *
 * @example
 * computeKpisSync({ purchaseLines }, { kpis: [outsourcedShare], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const outsourcedShare = defineKpi({
  id: 'parts.outsourced.share',
  area: 'parts',
  name: { en: 'Outsourced parts share', zh: '外采件占比' },
  formula: {
    en: 'purchases outside the OEM channel ÷ all purchases (value)',
    zh: '非主机厂渠道采购金额 ÷ 全部采购金额',
  },
  source: 'purchaseLine',
  periodBy: 'receivedAt',
  measures: {
    outsourced: sum(field('value'), { where: ne(field('channel'), 'oem') }),
    all: sum(field('value')),
  },
  numerator: 'outsourced',
  denominator: 'all',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:parts.outsourced',
  noData: { en: 'no purchases received', zh: '无采购入库' },
});

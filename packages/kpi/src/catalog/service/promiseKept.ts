import { and, count, field, isSet, le } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

/**
 * 按时交车率 — promise kept: `ROs delivered at or before the promised time ÷ ROs delivered with a
 * promised time × 100` (instants compared exactly, not by date; cancelled and voided ROs never
 * count). Period: delivered at. Target ≥ 95 % (KPI catalog).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [promiseKept], groupBy: ['dealer', 'advisor', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const promiseKept = defineKpi({
  id: 'ro.promise.kept',
  area: 'service',
  name: { en: 'Delivered as promised', zh: '按时交车率' },
  formula: {
    en: 'ROs delivered by the promised time ÷ ROs with a promised time',
    zh: '在承诺时间前交车的工单 ÷ 有承诺交车时间的工单',
  },
  source: 'repairOrder',
  periodBy: 'deliveredAt',
  where: and(counted, isSet(field('promisedAt'))),
  measures: { kept: count({ where: le(field('deliveredAt'), field('promisedAt')) }), ros: count() },
  numerator: 'kept',
  denominator: 'ros',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.ro.promise.kept',
  target: { atLeast: '95', cite: 'manual:catalog.ro.promise.kept' },
  noData: { en: 'no delivered ROs with a promised time', zh: '无有承诺交车时间的已交车工单' },
});

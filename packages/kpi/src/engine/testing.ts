// Test helpers for the engine's tests (not exported from the package).
import { count } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';

/** A plain count of ROs by opening date: the smallest KPI the engine computes. */
export const roCount = defineKpi({
  id: 'test.ro.count',
  area: 'service',
  name: { en: 'ROs opened', zh: '开单数' },
  formula: { en: 'ROs by opening date', zh: '按开单日期计的工单' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: { ros: count() },
  numerator: 'ros',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:catalog.ro.count',
});

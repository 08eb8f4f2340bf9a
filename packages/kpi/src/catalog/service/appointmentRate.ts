import { count, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

/**
 * 预约率 — appointment rate: `ROs opened from an appointment ÷ ROs opened × 100` (an RO is from
 * an appointment when it carries an `appointmentId`; cancelled and voided ROs never count).
 * Period: opened at. Target ≥ 30 % (KPI catalog).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [appointmentRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const appointmentRate = defineKpi({
  id: 'appt.rate',
  area: 'service',
  name: { en: 'Appointment rate', zh: '预约率' },
  formula: { en: 'ROs from an appointment ÷ ROs opened', zh: '预约开单数 ÷ 开单数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: counted,
  measures: { fromAppointment: count({ where: field('fromAppointment') }), ros: count() },
  numerator: 'fromAppointment',
  denominator: 'ros',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.appt.rate',
  target: { atLeast: '30', cite: 'manual:catalog.appt.rate' },
  noData: { en: 'no ROs opened', zh: '无开单' },
});

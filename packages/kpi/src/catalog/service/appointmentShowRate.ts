import { count, eq, field, isSet, ne, or } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 预约到店率 — appointment show rate: `appointments arrived ÷ appointments due × 100`, over the
 * `appointment` source. Due: every appointment scheduled in the period except the cancelled
 * ones (a `booked` appointment whose time has passed counts as not arrived); arrived: status
 * `arrived` or an arrival time. Period: the appointment time (`scheduledFor`). Target ≥ 85 %
 * (KPI catalog).
 *
 * @example
 * computeKpisSync({ appointments }, { kpis: [appointmentShowRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const appointmentShowRate = defineKpi({
  id: 'appt.show',
  area: 'service',
  name: { en: 'Appointment show rate', zh: '预约到店率' },
  formula: { en: 'appointments arrived ÷ appointments due', zh: '预约到店数 ÷ 应到店预约数' },
  source: 'appointment',
  periodBy: 'scheduledFor',
  where: ne(field('status'), 'cancelled'),
  measures: {
    arrived: count({ where: or(eq(field('status'), 'arrived'), isSet(field('arrivedAt'))) }),
    due: count(),
  },
  numerator: 'arrived',
  denominator: 'due',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.appt.show',
  target: { atLeast: '85', cite: 'manual:catalog.appt.show' },
  noData: { en: 'no appointments due', zh: '无应到店预约' },
});

import type { KpiDefinition } from '../../definition/kpiDefinition';
import { appointmentRate } from './appointmentRate';
import { appointmentShowRate } from './appointmentShowRate';
import { averageInsuranceRevenue } from './averageInsuranceRevenue';
import { averageRevenue } from './averageRevenue';
import { averageSoldHours } from './averageSoldHours';
import { bayUtilization } from './bayUtilization';
import { bodyshopShare } from './bodyshopShare';
import { comebackRate } from './comebackRate';
import { dailyIntake } from './dailyIntake';
import { dwellTime } from './dwellTime';
import { dwellTimeP90 } from './dwellTimeP90';
import { effectiveLaborRate } from './effectiveLaborRate';
import { firstTimeFixRate } from './firstTimeFixRate';
import { fixedAbsorption } from './fixedAbsorption';
import { laborGrossProfit } from './laborGrossProfit';
import { partsLaborRatio } from './partsLaborRatio';
import { promiseKept } from './promiseKept';
import { repairOrderCount } from './repairOrderCount';
import { settlementOnTime } from './settlementOnTime';
import { technicianEfficiency } from './technicianEfficiency';
import { technicianProductivity } from './technicianProductivity';
import { technicianProficiency } from './technicianProficiency';

export {
  appointmentRate,
  appointmentShowRate,
  averageInsuranceRevenue,
  averageRevenue,
  averageSoldHours,
  bayUtilization,
  bodyshopShare,
  comebackRate,
  dailyIntake,
  dwellTime,
  dwellTimeP90,
  effectiveLaborRate,
  firstTimeFixRate,
  fixedAbsorption,
  laborGrossProfit,
  partsLaborRatio,
  promiseKept,
  repairOrderCount,
  settlementOnTime,
  technicianEfficiency,
  technicianProductivity,
  technicianProficiency,
};

/**
 * The service (workshop) KPIs, in the order of the catalog's Service section (a row with two
 * statistics or two targets gives two ids, side by side).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: serviceKpis, groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const serviceKpis: readonly KpiDefinition[] = Object.freeze([
  repairOrderCount,
  dailyIntake,
  averageRevenue,
  averageInsuranceRevenue,
  averageSoldHours,
  effectiveLaborRate,
  technicianEfficiency,
  technicianProductivity,
  technicianProficiency,
  laborGrossProfit,
  partsLaborRatio,
  comebackRate,
  firstTimeFixRate,
  bodyshopShare,
  settlementOnTime,
  dwellTime,
  dwellTimeP90,
  promiseKept,
  appointmentRate,
  appointmentShowRate,
  bayUtilization,
  fixedAbsorption,
]);

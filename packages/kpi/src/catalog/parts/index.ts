import type { KpiDefinition } from '../../definition/kpiDefinition';
import { daysOfSupply } from './daysOfSupply';
import { fillRate } from './fillRate';
import { inventoryTurnover } from './inventoryTurnover';
import { lostSales } from './lostSales';
import { outsourcedShare } from './outsourcedShare';
import { partsGrossProfit } from './partsGrossProfit';
import { safetyStock } from './safetyStock';
import { slowStockShare } from './slowStockShare';
import { stockOrderShare } from './stockOrderShare';
import { stocktakeVariance } from './stocktakeVariance';
import { stocktakeVarianceNet } from './stocktakeVarianceNet';

/** The parts KPIs, in catalog order (the net stocktake variance follows the gross one). */
export const partsKpis: readonly KpiDefinition[] = Object.freeze([
  inventoryTurnover,
  daysOfSupply,
  safetyStock,
  fillRate,
  lostSales,
  slowStockShare,
  partsGrossProfit,
  stocktakeVariance,
  stocktakeVarianceNet,
  outsourcedShare,
  stockOrderShare,
]);

export {
  daysOfSupply,
  fillRate,
  inventoryTurnover,
  lostSales,
  outsourcedShare,
  partsGrossProfit,
  safetyStock,
  slowStockShare,
  stockOrderShare,
  stocktakeVariance,
  stocktakeVarianceNet,
};

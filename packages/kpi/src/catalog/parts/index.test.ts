import { describe, expect, it } from 'vitest';
import { partsKpis } from './index';

describe('partsKpis', () => {
  it('lists the parts section of the KPI catalog in order', () => {
    expect(partsKpis.map((kpi) => kpi.id)).toEqual([
      'parts.turnover',
      'parts.days.supply',
      'parts.safety.stock',
      'parts.fill.rate',
      'parts.lost.sales',
      'parts.slow.share',
      'parts.gp',
      'parts.stocktake.variance',
      'parts.stocktake.variance.net',
      'parts.outsourced.share',
      'parts.stock.order.share',
    ]);
    for (const kpi of partsKpis) {
      expect(kpi.area).toBe('parts');
      expect(kpi.noData?.zh).toBeTruthy();
    }
  });
});

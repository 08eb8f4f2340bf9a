import { describe, expect, it } from 'vitest';
import { warrantyKpis } from './index';

describe('warrantyKpis', () => {
  it('lists the warranty section of the KPI catalog in order', () => {
    expect(warrantyKpis.map((kpi) => kpi.id)).toEqual([
      'wty.first.pass',
      'wty.approval',
      'wty.days.to.submit',
      'wty.cost.per.claim',
      'wty.old.parts.ontime',
      'wty.chargeback',
    ]);
    for (const kpi of warrantyKpis) {
      expect(kpi.area).toBe('warranty');
      expect(kpi.source).toBe('warrantyClaim');
      expect(kpi.noData?.zh).toBeTruthy();
    }
  });
});

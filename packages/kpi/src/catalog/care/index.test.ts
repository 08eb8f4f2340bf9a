import { describe, expect, it } from 'vitest';
import { careKpis } from './index';

describe('careKpis', () => {
  it('lists the customer-care KPIs in catalog order, then care.mystery', () => {
    expect(careKpis.map((kpi) => kpi.id)).toEqual([
      'care.csi',
      'care.csi.top2',
      'care.followup.coverage',
      'care.followup.ontime',
      'care.archive.ontime',
      'care.complaint.rate',
      'care.complaint.resolved',
      'care.base',
      'care.retention',
      'care.churn',
      'care.first.maintenance',
      'care.insurance.renewal',
      'care.mystery',
    ]);
    expect(careKpis.every((kpi) => kpi.area === 'care' && Object.isFrozen(kpi))).toBe(true);
  });
});

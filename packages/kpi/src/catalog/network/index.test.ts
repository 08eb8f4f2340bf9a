import { describe, expect, it } from 'vitest';
import { networkKpis } from './index';

describe('networkKpis', () => {
  it('lists the network, budget and training KPIs in catalog order', () => {
    expect(networkKpis.map((kpi) => kpi.id)).toEqual([
      'net.coverage',
      'net.own.ratio',
      'budget.training.share',
      'budget.service.share',
      'train.sessions.front',
      'train.sessions.workshop',
    ]);
    expect(networkKpis.every((kpi) => kpi.area === 'network' && Object.isFrozen(kpi))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { healthRule, healthRuleId } from './partsHealthRules';

describe('healthRuleId', () => {
  it('drops the parts. prefix of a parts KPI id and keeps any other id whole', () => {
    expect(healthRuleId('parts.fill.rate')).toBe('parts.health.fill.rate');
    expect(healthRuleId('parts.stocktake.variance.net')).toBe('parts.health.stocktake.variance.net');
    // not a parts KPI: nothing to drop ('ro.comeback' has no 'parts.' prefix)
    expect(healthRuleId('ro.comeback')).toBe('parts.health.ro.comeback');
    expect(healthRuleId('partsx.y')).toBe('parts.health.partsx.y');
  });
});

describe('healthRule', () => {
  it('says the KPI meets its target, citing the KPI', () => {
    const rule = healthRule({
      id: 'parts.fill.rate',
      cite: 'manual:parts.fill.rate',
      name: { en: 'Parts fill rate', zh: '配件满足率' },
    });
    expect(rule.id).toBe('parts.health.fill.rate');
    expect(rule.cite).toBe('manual:parts.fill.rate');
    expect(rule.title).toEqual({ en: 'Parts fill rate meets its target', zh: '配件满足率达到目标' });
  });
});

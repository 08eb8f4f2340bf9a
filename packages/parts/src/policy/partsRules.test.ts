import { describe, expect, it } from 'vitest';
import { partsRules } from './partsRules';
import { parseStockingPolicy } from './stockingPolicy';

describe('partsRules', () => {
  it('builds the rules of a policy once and gives the same object after', () => {
    const policy = parseStockingPolicy({ id: 'kept' });
    const first = partsRules(policy);
    expect(partsRules(policy)).toBe(first);
    // Another policy, even with the same fields, has rules of its own.
    expect(partsRules(parseStockingPolicy({ id: 'kept' }))).not.toBe(first);
  });

  it('cites the policy for its fields and the parts master for pack, MOQ and supersession', () => {
    const rules = partsRules(parseStockingPolicy({ id: 'dealer-7' }));
    expect([rules.abc.id, rules.abc.cite]).toEqual(['parts.classify.abc', 'oem:dealer-7#abc']);
    expect([rules.packAndMoq.id, rules.packAndMoq.cite]).toEqual([
      'parts.order.pack-moq',
      'oem:parts-master#packSize',
    ]);
    expect([rules.supersession.id, rules.supersession.cite]).toEqual([
      'parts.supersession',
      'oem:parts-master#supersededBy',
    ]);
    // A policy's own citation of a master field is used instead.
    const cited = partsRules(
      parseStockingPolicy({ id: 'dealer-8', cites: { packSize: 'oem:faw-vw#pack-size' } }),
    );
    expect(cited.packAndMoq.cite).toBe('oem:faw-vw#pack-size');
  });
});

import { describe, expect, it } from 'vitest';
import { partsRules } from '../policy/partsRules';
import { defaultStockingPolicy, parseStockingPolicy } from '../policy/stockingPolicy';
import { aggregateCheck } from './aggregateCheck';

// Money × 10⁸. Default policy: 1.5 months of outbound, ± 0.1.
const M = 100_000_000n;
const check = (onHand: bigint, after: bigint, lastMonth: bigint, policy = defaultStockingPolicy) =>
  aggregateCheck(
    { onHandValue: onHand * M, afterValue: after * M, lastMonthValue: lastMonth * M },
    policy,
    partsRules(policy),
    '2024-09',
  );

describe('aggregateCheck', () => {
  it('passes stock within ± 10 % of 1.5 × the month’s outbound, with both ratios', () => {
    // target 1.5 × 100 = 150; after 150 → 1 ×; now 120 → 0.8 ×
    const decision = check(120n, 150n, 100n);
    expect(decision.outcome).toBe('within');
    expect(decision.trace).toHaveLength(1);
    expect(decision.trace[0]).toMatchObject({
      rule: 'parts.stock.aggregate',
      status: 'passed',
      facts: {
        month: '2024-09',
        outboundValue: '100',
        monthsOfOutbound: '1.5',
        target: '150',
        inventoryValue: '120',
        ratioNow: '0.8',
        valueAfterOrder: '150',
        ratioAfterOrder: '1',
        tolerance: '0.1',
      },
      message: {
        en: "Inventory after this order 150 is 1 × the target 150 (1.5 × 2024-09's outbound 100; now 0.8 ×): within",
        zh: '本次订货后库存 150 为目标 150（2024-09 出库 100 × 1.5）的 1 倍（当前 0.8 倍）：在范围内',
      },
    });
  });

  it('fails stock above or below the band, saying which', () => {
    // 200 / 150 = 1.3333… > 1.1
    const above = check(200n, 200n, 100n);
    expect([above.outcome, above.trace[0]?.status]).toEqual(['above', 'failed']);
    expect(above.trace[0]?.message.en).toBe(
      "Inventory after this order 200 is 1.3333 × the target 150 (1.5 × 2024-09's outbound 100; now 1.3333 ×): above",
    );
    expect(above.trace[0]?.message.zh).toBe(
      '本次订货后库存 200 为目标 150（2024-09 出库 100 × 1.5）的 1.3333 倍（当前 1.3333 倍）：偏高',
    );
    // 100 / 150 = 0.6666… < 0.9
    const below = check(100n, 100n, 100n);
    expect([below.outcome, below.trace[0]?.status]).toEqual(['below', 'failed']);
    expect(below.trace[0]?.message.zh).toBe(
      '本次订货后库存 100 为目标 150（2024-09 出库 100 × 1.5）的 0.6666 倍（当前 0.6666 倍）：偏低',
    );
  });

  it('cannot judge a month without outbound value, and says so with the policy’s factor', () => {
    const policy = parseStockingPolicy({
      id: 'two-months',
      aggregate: { monthsOfOutbound: '2', tolerance: '0.1' },
    });
    const decision = check(50n, 60n, 0n, policy);
    expect(decision.outcome).toBe('no_data');
    expect(decision.trace[0]).toMatchObject({
      status: 'not_applicable',
      facts: {
        target: '0',
        ratioNow: '0',
        ratioAfterOrder: '0',
        inventoryValue: '50',
        valueAfterOrder: '60',
      },
      message: {
        en: 'No outbound value in 2024-09: the 2 × outbound check cannot be made',
        zh: '2024-09 无出库金额，无法按 2 倍出库金额检查库存',
      },
    });
  });
});

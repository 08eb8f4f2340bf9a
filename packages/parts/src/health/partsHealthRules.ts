import { createDecision, type Decision, defineRule, type JsonObject, type Rule } from '@aftersales/core';
import type { KpiDefinition, KpiTarget, ScorecardRow, ScorecardStatus } from '@aftersales/kpi';

/**
 * The id of the health rule over a parts KPI: `parts.health.` and the KPI id without its `parts.`
 * prefix (`parts.fill.rate` → `parts.health.fill.rate`). Stable as long as the KPI id is.
 *
 * @example
 * healthRuleId('parts.stocktake.variance.net'); // 'parts.health.stocktake.variance.net'
 */
export function healthRuleId(kpiId: string): string {
  return `parts.health.${kpiId.startsWith('parts.') ? kpiId.slice('parts.'.length) : kpiId}`;
}

/**
 * The health rule of a parts KPI: "the KPI meets its target", with the KPI's citation and name.
 *
 * @example
 * healthRule(fillRate).cite; // 'manual:parts.fill.rate'
 */
export function healthRule(definition: Pick<KpiDefinition, 'id' | 'cite' | 'name'>): Rule {
  return defineRule({
    id: healthRuleId(definition.id),
    cite: definition.cite,
    title: {
      en: `${definition.name.en} meets its target`,
      zh: `${definition.name.zh}达到目标`,
    },
  });
}

function targetFacts(target: KpiTarget | undefined): JsonObject | null {
  if (target === undefined) return null;
  const facts: Record<string, string> = { cite: target.cite };
  for (const bound of ['atLeast', 'above', 'atMost', 'below', 'atRisk'] as const) {
    const value = target[bound];
    if (value !== undefined) facts[bound] = value;
  }
  return facts;
}

/**
 * The decision of one scored KPI: one step of its health rule, passed when the target is met
 * (also when only at risk), failed when missed, not applicable without a value or a target. The
 * facts are the cell's numerator, denominator and value, the target and the gap.
 *
 * @example
 * const decision = healthDecision(rule, row, { numerator: '195', denominator: '200' });
 * decision.outcome; // 'missed'
 */
export function healthDecision(
  rule: Rule,
  row: ScorecardRow,
  cell: { readonly numerator: string | null; readonly denominator: string | null },
): Decision<ScorecardStatus> {
  const facts: JsonObject = {
    value: row.value,
    numerator: cell.numerator,
    denominator: cell.denominator,
    unit: row.unit,
    target: targetFacts(row.target),
    gap: row.gap,
  };
  const step =
    row.status === 'met' || row.status === 'at_risk'
      ? rule.passed(facts, row.message)
      : row.status === 'missed'
        ? rule.failed(facts, row.message)
        : rule.notApplicable(facts, row.message);
  return createDecision(row.status, [step]);
}

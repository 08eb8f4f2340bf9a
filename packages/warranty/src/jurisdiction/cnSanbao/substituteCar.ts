import type { JsonObject, Rule } from '@aftersales/core';
import { days as dayCount } from './messages';
import type { RuleResult } from './outcome';
import type { SanbaoContext } from './sanbaoCase';

/** One repair that gives the substitute-car duty: its days and the days due (from day 6). */
export interface SubstituteCarDue extends JsonObject {
  readonly roId: string;
  readonly repairDays: number;
  readonly daysDue: number;
}

/**
 * 2021 Art. 21 (2013 Art. 19): in the 包修期, a single repair of a quality problem taking **more
 * than** 5 days, parts waiting included: a substitute car, or reasonable transport compensation,
 * from day 6 (unless agreed otherwise). The repair days are ceil(hours ÷ 24) from agreement to
 * finish (Art. 40) with nothing left out: the Art. 24 exclusions (rescue travel, parts made to
 * order) are for the cumulative 30 days only. A repair still open counts up to the as-of moment.
 *
 * @example
 * substituteCarStep(context, rule).due; // [{ roId: 'RO-1', repairDays: 6, daysDue: 1 }]
 */
export function substituteCarStep(
  context: SanbaoContext,
  rule: Rule,
): RuleResult & { due: SubstituteCarDue[] } {
  const limit = context.params.substituteCarDays;
  const inPeriod = context.repairs.filter((r) => r.isQuality && r.inRepairPeriod);
  const due: SubstituteCarDue[] = inPeriod
    .filter((r) => r.time.days > limit)
    .map((r) => ({ roId: r.repair.roId, repairDays: r.time.days, daysDue: r.time.days - limit }));
  const facts = {
    limitDays: limit,
    repairs: inPeriod.map((r) => ({ roId: r.repair.roId, hours: r.time.hours, repairDays: r.time.days })),
    due,
  };
  const art = context.version.articles.substituteCar;
  if (due.length > 0) {
    const list = due.map((d) => `${d.roId} ${dayCount(d.repairDays)}`).join(', ');
    const listZh = due.map((d) => `${d.roId} ${d.repairDays} 日`).join('，');
    const days = due.reduce((sum, d) => sum + d.daysDue, 0);
    return {
      due,
      step: rule.passed(facts, {
        en: `Repairs over ${limit} days in the 包修期 (${list}): a substitute car or transport compensation is due from day ${limit + 1}, ${days} day(s) in all (Art. ${art})`,
        zh: `包修期内单次修理超过 ${limit} 日（${listZh}）：应自第 ${limit + 1} 日起提供备用车或合理的交通费用补偿，共 ${days} 日（第${art}条）`,
      }),
    };
  }
  const longest = [...inPeriod].sort((a, b) => b.time.days - a.time.days)[0];
  return {
    due,
    step: rule.failed(facts, {
      en: `No repair in the 包修期 took more than ${limit} days${longest ? ` (longest: ${longest.repair.roId}, ${dayCount(longest.time.days)})` : ''} (Art. ${art})`,
      zh: `包修期内没有单次修理超过 ${limit} 日${longest ? `（最长：${longest.repair.roId}，${longest.time.days} 日）` : ''}（第${art}条）`,
    }),
  };
}

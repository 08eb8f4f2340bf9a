import type { LocalizedText, Rule } from '@aftersales/core';
import { roList } from './messages';
import type { RuleResult } from './outcome';
import { groundRepairs, type SanbaoContext, type SanbaoRepair } from './sanbaoCase';

/** What Art. 24(4) (2013 Art. 21) gives, with its article, and the 2013 condition for a return. */
function remedyText(context: SanbaoContext): LocalizedText {
  const at = where(context);
  if (context.params.cumulativeOutcome === 'replacement_or_return') {
    return {
      en: `replacement or return, the customer's choice (${at.en})`,
      zh: `消费者可选择换车或退车（${at.zh}）`,
    };
  }
  const art = context.version.articles.noEquivalentCar;
  return {
    en: `replacement of the car (${at.en}); a return only if the seller has no car of the same brand and model nor one of no lower configuration (Art. ${art})`,
    zh: `更换家用汽车产品（${at.zh}）；销售者既无同品牌同型号、也无不低于原车配置的车辆更换时，消费者方可选择退货（第${art}条）`,
  };
}

function where(context: SanbaoContext): LocalizedText {
  const art = context.version.articles.cumulative;
  return context.version.year === '2021'
    ? { en: `Art. ${art}(4)`, zh: `第${art}条第（4）项` }
    : { en: `Art. ${art}`, zh: `第${art}条` };
}

/**
 * 2021 Art. 24(4) (2013 Art. 21): cumulative repair time of quality problems in the 三包 period
 * **over** 30 days (2013: 35). Each repair counts ceil(hours ÷ 24) from agreement to finish (or
 * the as-of moment while still open; Art. 40), after leaving out the transport of parts made to
 * order by VIN, of the traction battery, and rescue travel (Art. 24); the cumulative time is the
 * sum of the per-repair days. Exactly 30 days is not over 30.
 *
 * @example
 * repairTimeStep(context, rule).remedy; // 'replacement_or_return' (2013: 'replacement') when established
 */
export function repairTimeStep(context: SanbaoContext, rule: Rule): RuleResult {
  const limit = context.params.cumulativeRepairDays;
  const { counted, notCounted } = groundRepairs(context);
  const total = counted.reduce((sum, r) => sum + r.time.countedDays, 0);
  const facts = {
    limitDays: limit,
    totalDays: total,
    counting: 'ceil((hours − excluded hours) / 24) per repair, summed',
    repairs: counted.map((r) => ({
      roId: r.repair.roId,
      hours: r.time.hours,
      excludedHours: r.time.excludedHours,
      days: r.time.countedDays,
      finished: r.repair.finishedAt !== undefined,
    })),
    notCounted,
  };
  const at = where(context);
  if (total > limit) {
    const remedy = remedyText(context);
    return {
      remedy: context.params.cumulativeOutcome,
      step: rule.passed(facts, {
        en: `Cumulative repair time ${total} days > ${limit} in the 三包 period (${roList(counted)}): ${remedy.en}`,
        zh: `三包有效期内累计修理时间 ${total} 日，超过 ${limit} 日（${roList(counted)}）：${remedy.zh}`,
      }),
    };
  }
  return {
    step: rule.failed(facts, {
      en: `Cumulative repair time ${total} days, not over ${limit} (${at.en})`,
      zh: `累计修理时间 ${total} 日，未超过 ${limit} 日（${at.zh}）`,
    }),
  };
}

/**
 * 2021 Art. 24(4) (2013 Art. 21): the same quality problem (same `problem` code) repaired **more
 * than** 4 times (2013: 5) in the 三包 period, so the 5th (2013: 6th) repair establishes it.
 *
 * @example
 * sameProblemStep(context, rule).remedy; // 'replacement_or_return' (2013: 'replacement') when established
 */
export function sameProblemStep(context: SanbaoContext, rule: Rule): RuleResult {
  const limit = context.params.sameProblemRepairs;
  const { counted } = groundRepairs(context);
  const byProblem = new Map<string, SanbaoRepair[]>();
  for (const r of counted) byProblem.set(r.repair.problem, [...(byProblem.get(r.repair.problem) ?? []), r]);
  const groups = [...byProblem].sort((a, b) => b[1].length - a[1].length);
  const facts = {
    limitRepairs: limit,
    problems: groups.map(([problem, repairs]) => ({ problem, repairs: repairs.map((r) => r.repair.roId) })),
  };
  const at = where(context);
  const top = groups[0];
  if (top !== undefined && top[1].length > limit) {
    const remedy = remedyText(context);
    return {
      remedy: context.params.cumulativeOutcome,
      step: rule.passed(facts, {
        en: `The same quality problem ${top[0]} was repaired ${top[1].length} times > ${limit} (${roList(top[1])}): ${remedy.en}`,
        zh: `同一质量问题 ${top[0]} 累计修理 ${top[1].length} 次，超过 ${limit} 次（${roList(top[1])}）：${remedy.zh}`,
      }),
    };
  }
  return {
    step: rule.failed(facts, {
      en: `No quality problem repaired more than ${limit} times${top ? ` (most: ${top[0]}, ${top[1].length})` : ''} (${at.en})`,
      zh: `没有同一质量问题累计修理超过 ${limit} 次${top ? `（最多：${top[0]}，${top[1].length} 次）` : ''}（${at.zh}）`,
    }),
  };
}

import type { LocalizedText, Rule } from '@aftersales/core';
import { repairFacts, roList } from './messages';
import type { RuleResult } from './outcome';
import { groundRepairs, type SanbaoContext } from './sanbaoCase';

/** "Art. 24(1)" / "第24条第（1）项" of the version's grounds article. */
export function groundItem(context: SanbaoContext, item: number): LocalizedText {
  const art = context.version.articles.grounds;
  return { en: `Art. ${art}(${item})`, zh: `第${art}条第（${item}）项` };
}

/**
 * 2021 Art. 24(1) (2013 Art. 20(1)): in the 三包 period, a serious safety-performance fault
 * (Art. 40: endangers people or property so the car cannot be used safely) repaired twice and not
 * fixed, or a new one appearing after the two: replacement or return, the customer's choice. "Not
 * fixed" is read from the history: the 2nd repair is `resolved: false`, or a later repair of a
 * serious safety fault follows it (the same fault back, or a new one: either way the ground is met).
 *
 * @example
 * seriousSafetyStep(context, rule).remedy; // 'replacement_or_return' when established
 */
export function seriousSafetyStep(context: SanbaoContext, rule: Rule): RuleResult {
  const limit = context.params.seriousSafetyRepairs;
  const { counted, notCounted } = groundRepairs(context);
  const safety = counted.filter((r) => r.repair.isSeriousSafetyFault);
  const facts = {
    required: limit,
    repairs: safety.map((r) => ({
      ...repairFacts(r),
      problem: r.repair.problem,
      resolved: r.repair.resolved,
    })),
    notCounted: notCounted.filter((n) =>
      context.repairs.some((r) => r.repair.roId === n.roId && r.repair.isSeriousSafetyFault),
    ),
  };
  const where = groundItem(context, 1);
  const limiting = safety[limit - 1];
  if (limiting === undefined) {
    return {
      step: rule.failed(facts, {
        en: `${safety.length} repair(s) of a serious safety fault in the 三包 period${safety.length ? ` (${roList(safety)})` : ''}; ${limit} are needed (${where.en})`,
        zh: `三包有效期内严重安全性能故障修理 ${safety.length} 次${safety.length ? `（${roList(safety)}）` : ''}，需累计 ${limit} 次（${where.zh}）`,
      }),
    };
  }
  const first = safety.slice(0, limit);
  const later = safety[limit];
  if (later !== undefined) {
    return {
      remedy: 'replacement_or_return',
      step: rule.passed(facts, {
        en: `After ${limit} repairs of a serious safety fault (${roList(first)}) another one came (${later.repair.roId} on ${later.date}, ${later.repair.problem}): replacement or return, the customer's choice (${where.en})`,
        zh: `严重安全性能故障累计修理 ${limit} 次（${roList(first)}）后仍未排除或又出现（${later.repair.roId}，${later.date}，${later.repair.problem}）：消费者可选择换车或退车（${where.zh}）`,
      }),
    };
  }
  if (!limiting.repair.resolved) {
    return {
      remedy: 'replacement_or_return',
      step: rule.passed(facts, {
        en: `Repair ${limit} of a serious safety fault (${limiting.repair.roId}) did not fix it: replacement or return, the customer's choice (${where.en})`,
        zh: `严重安全性能故障第 ${limit} 次修理（${limiting.repair.roId}）后仍未排除：消费者可选择换车或退车（${where.zh}）`,
      }),
    };
  }
  return {
    step: rule.failed(facts, {
      en: `${limit} repairs of a serious safety fault (${roList(first)}), fixed at the last one: not a ground yet (a further serious safety fault would be) (${where.en})`,
      zh: `严重安全性能故障修理 ${limit} 次（${roList(first)}），最后一次已排除：尚不满足条件（再出现严重安全性能故障即满足）（${where.zh}）`,
    }),
  };
}

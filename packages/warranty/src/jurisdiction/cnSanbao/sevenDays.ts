import { addCalendarDays, type Rule } from '@aftersales/core';
import { assemblyNames, namesOf, repairFacts } from './messages';
import type { RuleResult } from './outcome';
import { describeReplacement, replacementFacts, replacementOf } from './replacements';
import type { SanbaoContext } from './sanbaoCase';

/**
 * 2021 Art. 22: within 7 days of the start, a quality problem needing a new engine, transmission,
 * traction battery or drive motor, or a main part of one: free replacement of the car or return,
 * the customer's choice. Counting (library convention, Civil Code Arts. 201–202): the start day is
 * not counted, so from a 03-01 start day 7 is 03-08 (inside) and 03-09 is day 8 (outside); the
 * day of a repair is the local date of its `agreedAt` in the dealer's zone. The 2013 rules have no
 * such right: not applicable.
 *
 * @example
 * sevenDaysStep(context, rule).remedy; // 'replacement_or_return' when established
 */
export function sevenDaysStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { params, startDate } = context;
  const limit = params.sevenDays;
  if (limit === null) {
    return {
      step: rule.notApplicable(
        { version: context.version.year },
        {
          en: 'The 2013 rules have no 7-day replacement or return (the right came with the 2021 rules, Art. 22)',
          zh: '2013 年规定没有 7 日内换车或退车条款（该权利由 2021 年规定第22条新增）',
        },
      ),
    };
  }
  const lastDay = addCalendarDays(startDate, limit);
  const candidates = context.repairs.flatMap((r) => {
    const x = r.isQuality ? replacementOf(r, params.swapAssemblies) : undefined;
    return x === undefined ? [] : [{ r, x }];
  });
  const facts = {
    startDate,
    lastDay,
    limitDays: limit,
    repairs: candidates.map(({ r, x }) => ({ ...repairFacts(r), ...replacementFacts(x) })),
  };
  const inside = candidates.find(({ r }) => r.day <= limit);
  if (inside !== undefined) {
    const { r, x } = inside;
    const what = describeReplacement(x, assemblyNames[x.assembly]);
    return {
      remedy: 'replacement_or_return',
      free: true,
      step: rule.passed(facts, {
        en: `${r.repair.roId} on ${r.date} is day ${r.day} of ${limit} after the start ${startDate} and needs ${what.en}: free replacement of the car or return, the customer's choice`,
        zh: `${r.repair.roId}（${r.date}）为起算日 ${startDate} 后第 ${r.day} 日（${limit} 日内），需更换${what.zh}：消费者可选择免费换车或退车`,
      }),
    };
  }
  const first = candidates[0]?.r;
  if (first !== undefined) {
    return {
      step: rule.failed(facts, {
        en: `${first.repair.roId} on ${first.date} is day ${first.day}, after the ${limit} days (last day ${lastDay})`,
        zh: `${first.repair.roId}（${first.date}）为第 ${first.day} 日，已超过 ${limit} 日（最后一日为 ${lastDay}）`,
      }),
    };
  }
  const names = namesOf(params.swapAssemblies);
  return {
    step: rule.failed(facts, {
      en: `No quality repair needed a new ${names.en} or a main part of one (within ${limit} days: until ${lastDay})`,
      zh: `没有因质量问题需要更换${names.zh}或其主要零部件的修理（${limit} 日内：至 ${lastDay}）`,
    }),
  };
}

import { addCalendarDays, type LocalizedText, type Rule } from '@aftersales/core';
import { assemblyNames, km, namesOf, repairFacts, severeFailureNames } from './messages';
import type { RuleResult } from './outcome';
import { describeReplacement, replacementFacts, replacementOf } from './replacements';
import { isWithin, type SanbaoContext, type SanbaoRepair, START_KM } from './sanbaoCase';

/** Where a repair stands in the 60-day / 3,000 km window, in words. */
function position(context: SanbaoContext, r: SanbaoRepair): { inside: boolean; text: LocalizedText } {
  const { days, km: limit } = context.params.sixtyDays;
  const inside = isWithin(context.params.sixtyDays, context.startDate, r.date, r.km);
  if (inside) {
    return {
      inside,
      text: {
        en: `day ${r.day} of ${days}, ${km(r.km)} km of ${km(limit)}`,
        zh: `第 ${r.day} 日（${days} 日内），行驶 ${km(r.km)} 公里（${km(limit)} 公里内）`,
      },
    };
  }
  const last = addCalendarDays(context.startDate, days);
  const over: LocalizedText =
    r.day > days
      ? {
          en: `day ${r.day}, after the ${days} days (last day ${last})`,
          zh: `第 ${r.day} 日，已超过 ${days} 日（最后一日为 ${last}）`,
        }
      : {
          en: `${km(r.km)} km driven, over ${km(limit)}`,
          zh: `已行驶 ${km(r.km)} 公里，超过 ${km(limit)} 公里`,
        };
  return { inside, text: over };
}

function windowFacts(context: SanbaoContext) {
  const { days, km: limit } = context.params.sixtyDays;
  return { startDate: context.startDate, startKm: START_KM, limitDays: days, limitKm: limit };
}

/**
 * 2021 Art. 23 (2013 Art. 20 ¶2): within 60 days or 3,000 km of the start, whichever first, a
 * steering failure, braking failure, body cracking, fuel leakage or (2021 only) traction-battery
 * fire: free replacement of the car or return. Exactly 3,000 km is inside, 3,001 is not; day 60 is
 * inside, day 61 is not. Km driven = repair odometer − start km (0).
 *
 * @example
 * sixtyDaysStep(context, rule).remedy; // 'replacement_or_return' when established
 */
export function sixtyDaysStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { params } = context;
  const severe = context.repairs.filter((r) => r.isQuality && r.repair.severeFailure !== undefined);
  const listed = severe.flatMap((r) => {
    const failure = r.repair.severeFailure;
    return failure !== undefined && params.severeFailures.includes(failure) ? [{ r, failure }] : [];
  });
  const facts = {
    ...windowFacts(context),
    listed: params.severeFailures.map(String),
    repairs: severe.map((r) => ({ ...repairFacts(r), severeFailure: r.repair.severeFailure ?? null })),
  };
  for (const { r, failure } of listed) {
    const where = position(context, r);
    if (!where.inside) continue;
    const name = severeFailureNames[failure];
    return {
      remedy: 'replacement_or_return',
      free: true,
      step: rule.passed(facts, {
        en: `${r.repair.roId} on ${r.date} (${where.text.en}): ${name.en}: free replacement of the car or return, the customer's choice`,
        zh: `${r.repair.roId}（${r.date}，${where.text.zh}）：${name.zh}，消费者可选择免费换车或退车`,
      }),
    };
  }
  const first = listed[0]?.r;
  if (first !== undefined) {
    const where = position(context, first);
    return {
      step: rule.failed(facts, {
        en: `${first.repair.roId} on ${first.date} is outside the window: ${where.text.en}`,
        zh: `${first.repair.roId}（${first.date}）不在期限内：${where.text.zh}`,
      }),
    };
  }
  const unlisted = severe[0];
  const names = params.severeFailures.map((f) => severeFailureNames[f]);
  return {
    step: rule.failed(facts, {
      en: `No ${names.map((n) => n.en).join(', ')}${unlisted ? ` (${unlisted.repair.severeFailure} is not on the ${context.version.year} list)` : ''}`,
      zh: `未发生${names.map((n) => n.zh).join('、')}${unlisted ? `（${unlisted.repair.severeFailure} 不在 ${context.version.year} 年规定的清单内）` : ''}`,
    }),
  };
}

/**
 * 2021 Art. 20 (2013 Art. 18 ¶2): within 60 days or 3,000 km, a quality problem of a main part of
 * the engine, transmission, traction battery or drive motor (2013: engine or transmission): the
 * customer may have the whole assembly replaced free (not the car).
 *
 * @example
 * assemblySwapStep(context, rule).remedy; // 'assembly_replacement' when established
 */
export function assemblySwapStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { params } = context;
  const candidates = context.repairs.flatMap((r) => {
    const x = r.isQuality ? replacementOf(r, params.swapAssemblies) : undefined;
    return x === undefined ? [] : [{ r, x }];
  });
  const facts = {
    ...windowFacts(context),
    assemblies: params.swapAssemblies.map(String),
    repairs: candidates.map(({ r, x }) => ({ ...repairFacts(r), ...replacementFacts(x) })),
  };
  for (const { r, x } of candidates) {
    const where = position(context, r);
    if (!where.inside) continue;
    const name = assemblyNames[x.assembly];
    const what = describeReplacement(x, name);
    return {
      remedy: 'assembly_replacement',
      free: true,
      step: rule.passed(facts, {
        en: `${r.repair.roId} on ${r.date} (${where.text.en}): quality problem of ${what.en}: the customer may have the whole ${name.en} replaced free`,
        zh: `${r.repair.roId}（${r.date}，${where.text.zh}）：${what.zh}出现质量问题，消费者可选择免费更换${name.zh}总成`,
      }),
    };
  }
  const first = candidates[0];
  if (first !== undefined) {
    const where = position(context, first.r);
    return {
      step: rule.failed(facts, {
        en: `${first.r.repair.roId} on ${first.r.date} is outside the window: ${where.text.en}`,
        zh: `${first.r.repair.roId}（${first.r.date}）不在期限内：${where.text.zh}`,
      }),
    };
  }
  const names = namesOf(params.swapAssemblies);
  return {
    step: rule.failed(facts, {
      en: `No quality problem of a main part of the ${names.en}`,
      zh: `${names.zh}的主要零部件未出现质量问题`,
    }),
  };
}

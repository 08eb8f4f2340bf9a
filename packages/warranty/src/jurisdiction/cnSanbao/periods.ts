import {
  addCalendarDays,
  evaluatePeriod,
  type JsonObject,
  type PeriodEvaluation,
  type Rule,
  type WhicheverFirstPeriod,
} from '@aftersales/core';
import { km } from './messages';
import type { RuleResult } from './outcome';
import { type SanbaoContext, START_KM } from './sanbaoCase';

/** A period's standing at the as-of date as plain JSON (`null` where not known). */
function standing(evaluation: PeriodEvaluation, limits: WhicheverFirstPeriod): JsonObject {
  return {
    months: limits.months ?? null,
    days: limits.days ?? null,
    kmLimit: limits.km ?? null,
    endDate: evaluation.endDate ?? null,
    endKm: evaluation.endKm ?? null,
    within: evaluation.within,
    daysLeft: evaluation.daysLeft ?? null,
    daysOver: evaluation.daysOver ?? null,
    kmLeft: evaluation.kmLeft ?? null,
    kmOver: evaluation.kmOver ?? null,
  };
}

/**
 * The periods at the as-of date, for the details: the 包修期 and the 三包 period (with days and km
 * left; the km is the latest odometer known, from the latest repair), and the end of the 7-day and
 * 60-day / 3,000 km windows. `null` when the as-of date is before the start.
 *
 * @example
 * periodsAt(context).repair; // { months: 36, kmLimit: 60000, endDate: '2027-03-01', daysLeft: 1004, … }
 */
export function periodsAt(context: SanbaoContext): JsonObject | null {
  const { params, startDate, asOfDate, latest } = context;
  if (asOfDate < startDate) return null;
  const start = { date: startDate, km: START_KM };
  const at = { date: asOfDate, km: latest?.repair.odometerKm ?? null };
  return {
    asOfDate,
    odometerKm: at.km,
    repair: standing(evaluatePeriod(params.repairPeriod, start, at), params.repairPeriod),
    sanbao: standing(evaluatePeriod(params.sanbaoPeriod, start, at), params.sanbaoPeriod),
    sevenDays:
      params.sevenDays === null
        ? null
        : { days: params.sevenDays, endDate: addCalendarDays(startDate, params.sevenDays) },
    sixtyDays: {
      days: params.sixtyDays.days,
      kmLimit: params.sixtyDays.km,
      endDate: addCalendarDays(startDate, params.sixtyDays.days),
      endKm: START_KM + params.sixtyDays.km,
    },
  };
}

/**
 * The 包修期 at the as-of date (2021 Arts. 18–19, 2013 Arts. 17–18): inside it, a quality problem
 * is repaired free (labour and parts). Distance not known (no repair recorded): judged on time
 * alone, and the facts say so.
 *
 * @example
 * repairPeriodStep(context, rule).remedy; // 'repair' while inside
 */
export function repairPeriodStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { params, startDate, asOfDate, latest, version } = context;
  const limit = params.repairPeriod;
  const free = version.articles.freeRepair;
  if (asOfDate < startDate) {
    return {
      step: rule.failed(
        { startDate, asOfDate },
        {
          en: `The as-of date ${asOfDate} is before the start ${startDate}`,
          zh: `评估日期 ${asOfDate} 早于起算日 ${startDate}`,
        },
      ),
    };
  }
  const odometer = latest?.repair.odometerKm ?? null;
  const evaluation = evaluatePeriod(
    limit,
    { date: startDate, km: START_KM },
    { date: asOfDate, km: odometer },
  );
  const facts = { startDate, asOfDate, odometerKm: odometer, ...standing(evaluation, limit) };
  const span = `${limit.months} months / ${km(limit.km)} km`;
  const spanZh = `${limit.months}个月或${km(limit.km)}公里`;
  if (evaluation.within === false) {
    const how =
      evaluation.endedBy === 'distance'
        ? {
            en: `${km(odometer ?? 0)} km > ${km(limit.km)}`,
            zh: `已行驶 ${km(odometer ?? 0)} 公里，超过 ${km(limit.km)} 公里`,
          }
        : { en: `it ended on ${evaluation.endDate}`, zh: `已于 ${evaluation.endDate} 届满` };
    return {
      step: rule.failed(facts, {
        en: `Outside the 包修期 (${span}, whichever first) on ${asOfDate}: ${how.en}`,
        zh: `${asOfDate} 已超出包修期（${spanZh}，以先到者为准）：${how.zh}`,
      }),
    };
  }
  const kmLeft =
    evaluation.kmLeft === undefined
      ? { en: 'km not known (no repair recorded)', zh: '里程未知（无维修记录）' }
      : { en: `${km(evaluation.kmLeft)} km left`, zh: `剩余 ${km(evaluation.kmLeft)} 公里` };
  return {
    remedy: 'repair',
    step: rule.passed(facts, {
      en: `Inside the 包修期 (${span}) on ${asOfDate}: ${evaluation.daysLeft} days (until ${evaluation.endDate}) and ${kmLeft.en}; quality problems are repaired free (Art. ${free})`,
      zh: `${asOfDate} 在包修期（${spanZh}）内：剩余 ${evaluation.daysLeft} 天（至 ${evaluation.endDate}），${kmLeft.zh}；质量问题免费修理（第${free}条）`,
    }),
  };
}

import type { TraceStep } from '@aftersales/core';
import type { Governing } from '../jurisdiction/governingJurisdictions';
import { leftText, overText } from './coverageSteps';
import { dateOf } from './dayMath';
import { periodText } from './numberText';
import type { FloorCheck } from './repairFloorCheck';

/** The causes in words, for messages. */
export const CAUSE_TEXT: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  quality: { en: 'a quality problem', zh: '产品质量问题' },
  wear: { en: 'normal wear', zh: '正常磨损' },
  accident: { en: 'an accident', zh: '事故' },
  misuse: { en: 'use or maintenance against the manual', zh: '未按说明书使用、维护' },
  modification: { en: 'a forbidden modification', zh: '擅自改装、调整、拆卸' },
  mishandling: { en: "the customer's mishandling of a problem", zh: '发现问题后处置不当' },
  force_majeure: { en: 'force majeure', zh: '不可抗力' },
  disclosed_defect: { en: 'a defect disclosed at purchase', zh: '购买时已书面告知的瑕疵' },
  external: { en: 'an external cause', zh: '外部原因' },
};

/** The step of the legal minimum for one repair under a jurisdiction. */
export function floorStep(check: FloorCheck, cause: string): TraceStep {
  const { jurisdiction, floor, rules, startDate } = check;
  const name = jurisdiction.name;
  const base = { jurisdiction: jurisdiction.id, startDate };
  if (check.status === 'out_of_scope') {
    return rules.scope.failed(base, {
      en: `${name.en}: the vehicle is in commercial use, outside the household-vehicle rules`,
      zh: `${name.zh}：车辆为营运使用，不属于家用汽车`,
    });
  }
  if (check.status === 'exempt') {
    return rules.exemptions.failed(
      { jurisdiction: jurisdiction.id, startDate, cause },
      {
        en: `${name.en}: a failure caused by ${CAUSE_TEXT[cause]?.en ?? cause} is not a quality problem the law has repaired free`,
        zh: `${name.zh}：${CAUSE_TEXT[cause]?.zh ?? cause}造成的故障不属于法定包修范围`,
      },
    );
  }
  if (check.status === 'maintenance') {
    return rules.period.notApplicable(base, {
      en: `${name.en}: scheduled maintenance is not the repair of a quality problem`,
      zh: `${name.zh}：定期保养不属于质量问题的修理`,
    });
  }
  if (check.status === 'wear_item') {
    return rules.period.notApplicable(base, {
      en: `${name.en}: a wear part keeps only its own warranty period (the policy's wear coverage)`,
      zh: `${name.zh}：易损耗零部件仅在其自身保修期（政策中的易损件保修）内包修`,
    });
  }
  const words = periodText(floor.period);
  if (check.status === 'before_start' || check.period === undefined) {
    return rules.period.notApplicable(base, {
      en: `${name.en}: the repair is before the legal period starts (${startDate})`,
      zh: `${name.zh}：维修早于法定期限起算日（${startDate}）`,
    });
  }
  const period = check.period;
  const facts = {
    jurisdiction: jurisdiction.id,
    startDate,
    endDate: period.endDay === undefined ? null : dateOf(period.endDay),
    kmLimit: period.kmLimit ?? null,
    daysLeft: Number.isFinite(period.dayMargin) && period.dayMargin >= 0 ? period.dayMargin : null,
    daysOver: period.dayMargin < 0 ? -period.dayMargin : null,
    kmLeft: Number.isFinite(period.kmMargin) && period.kmMargin >= 0 ? period.kmMargin : null,
    kmOver: period.kmMargin < 0 ? -period.kmMargin : null,
  };
  if (check.status === 'within') {
    const left = leftText(check.period);
    return rules.period.passed(facts, {
      en: `${name.en}: free repair within ${words.en} from ${startDate}, ${left.en}`,
      zh: `${name.zh}：自 ${startDate} 起 ${words.zh}内免费修理，${left.zh}`,
    });
  }
  const over = overText(check.period);
  return rules.period.failed(facts, {
    en: `${name.en}: the legal period (${words.en} from ${startDate}) ended ${over.en}`,
    zh: `${name.zh}：法定包修期（自 ${startDate} 起 ${words.zh}）已过，超出${over.zh}`,
  });
}

/** A market whose packs govern no vehicle of this start date, or lack the date: said, not skipped. */
export function ungovernedText(governing: Governing): { en: string; zh: string } | undefined {
  if (governing.jurisdiction !== undefined || !('reason' in governing)) return undefined;
  return governing.reason === 'no_start_date'
    ? {
        en: `${governing.market}: the start date the legal rules count from is not recorded`,
        zh: `${governing.market}：法定期限的起算日期无记录`,
      }
    : {
        en: `${governing.market}: no rule pack given governs a vehicle with this start date`,
        zh: `${governing.market}：所给法规包均不适用于该起算日期的车辆`,
      };
}

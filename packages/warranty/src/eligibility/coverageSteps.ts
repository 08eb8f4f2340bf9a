import type { JsonObject, LocalizedText, TraceStep } from '@aftersales/core';
import type { CoverageCheck } from './assessCoverage';
import { dateOf } from './dayMath';
import { daysEn, grouped, periodText } from './numberText';
import type { PeriodCheck } from './periodCheck';

const FINITE = Number.isFinite;

/** End date, km limit and what is left or over, as trace facts (`null` when not limited). */
export function periodFacts(period: PeriodCheck): JsonObject {
  return {
    endDate: period.endDay === undefined ? null : dateOf(period.endDay),
    kmLimit: period.kmLimit ?? null,
    daysLeft: FINITE(period.dayMargin) && period.dayMargin >= 0 ? period.dayMargin : null,
    daysOver: period.dayMargin < 0 ? -period.dayMargin : null,
    kmLeft: FINITE(period.kmMargin) && period.kmMargin >= 0 ? period.kmMargin : null,
    kmOver: period.kmMargin < 0 ? -period.kmMargin : null,
  };
}

/** "412 days and 38,000 km left" / "剩余412天、38,000 km". */
export function leftText(period: PeriodCheck): LocalizedText {
  const days = FINITE(period.dayMargin) ? period.dayMargin : undefined;
  const km = FINITE(period.kmMargin) ? period.kmMargin : undefined;
  if (days === undefined && km === undefined) return { en: 'no limit', zh: '不限' };
  if (days === undefined)
    return { en: `${grouped(km as number)} km left`, zh: `剩余${grouped(km as number)} km` };
  if (km === undefined) return { en: `${daysEn(days)} left`, zh: `剩余${grouped(days)}天` };
  return {
    en: `${daysEn(days)} and ${grouped(km)} km left`,
    zh: `剩余${grouped(days)}天、${grouped(km)} km`,
  };
}

/** "12 days / 3,200 km ago" (zh: how far past: "12天 / 3,200 km"), naming only the limits that are past. */
export function overText(period: PeriodCheck): LocalizedText {
  const days = period.dayMargin < 0 ? -period.dayMargin : 0;
  const km = period.kmMargin < 0 ? -period.kmMargin : 0;
  if (days > 0 && km > 0)
    return { en: `${daysEn(days)} / ${grouped(km)} km ago`, zh: `${grouped(days)}天 / ${grouped(km)} km` };
  if (days > 0) return { en: `${daysEn(days)} ago`, zh: `${grouped(days)}天` };
  return { en: `${grouped(km)} km ago`, zh: `${grouped(km)} km` };
}

const CONDITION_TEXT = {
  firstMaintenance: { en: 'the first maintenance was not done on time', zh: '未按时完成首保' },
  noCommercialUse: { en: 'the vehicle is in commercial use', zh: '车辆为营运使用' },
  noModification: { en: 'the failure comes from a modification', zh: '故障由改装引起' },
  notAccidentDamage: { en: 'the failure is accident damage', zh: '故障为事故损伤' },
} as const;

/** The facts of a coverage step, written in one literal (spreads are slow at 500,000 a second). */
function coverageFacts(check: CoverageCheck, startDate: string, cause: string): JsonObject {
  const coverage = check.compiled.coverage;
  const period = check.period;
  if (period === undefined) {
    return { coverage: coverage.id, class: coverage.class, basis: check.basis, startDate, cause };
  }
  const days = period.dayMargin;
  const km = period.kmMargin;
  return {
    coverage: coverage.id,
    class: coverage.class,
    basis: check.basis,
    startDate,
    cause,
    endDate: period.endDay === undefined ? null : dateOf(period.endDay),
    kmLimit: period.kmLimit ?? null,
    daysLeft: FINITE(days) && days >= 0 ? days : null,
    daysOver: days < 0 ? -days : null,
    kmLeft: FINITE(km) && km >= 0 ? km : null,
    kmOver: km < 0 ? -km : null,
    voidedBy: check.voidedBy ?? null,
  };
}

/** The period a coverage applied to this owner, for the message. */
function appliedPeriod(check: CoverageCheck) {
  const coverage = check.compiled.coverage;
  const used =
    check.basis === 'laterOwners'
      ? coverage.laterOwners
      : check.basis === 'firstOwner'
        ? coverage.firstOwner
        : coverage.period;
  return used === 'same' || used === undefined || used === 'none' ? coverage.period : used;
}

/** The trace step of one coverage that covers the repaired part. */
export function coverageStep(check: CoverageCheck, startDate: string, cause: string): TraceStep {
  const { compiled, status } = check;
  const coverage = compiled.coverage;
  const rule = compiled.rules[check.basis];
  const id = coverage.id;
  const facts = coverageFacts(check, startDate, cause);
  if (status === 'vehicle') {
    const kind =
      coverage.vehicles === 'nev'
        ? { en: 'NEVs', zh: '新能源汽车' }
        : { en: 'combustion vehicles', zh: '燃油车' };
    return rule.notApplicable(facts, { en: `${id}: for ${kind.en} only`, zh: `${id}：仅适用于${kind.zh}` });
  }
  if (status === 'cause') {
    return rule.failed(facts, {
      en: `${id} does not cover a failure caused by ${cause}`,
      zh: `${id} 不保修原因为 ${cause} 的故障`,
    });
  }
  if (status === 'not_transferred') {
    return rule.failed(facts, {
      en: `${id} does not pass to a later owner`,
      zh: `${id} 不随车辆转让给后续车主`,
    });
  }
  const period = check.period as PeriodCheck;
  const words = periodText(appliedPeriod(check));
  if (status === 'voided') {
    const why = CONDITION_TEXT[check.voidedBy as keyof typeof CONDITION_TEXT];
    return rule.failed(facts, { en: `${id} is void: ${why.en}`, zh: `${id} 失效：${why.zh}` });
  }
  if (status === 'within') {
    const left = leftText(period);
    return rule.passed(facts, {
      en: `${id}: ${words.en} from ${startDate}, ${left.en}`,
      zh: `${id}：自 ${startDate} 起 ${words.zh}，${left.zh}`,
    });
  }
  const over = overText(period);
  return rule.failed(facts, {
    en: `${id} (${words.en} from ${startDate}) expired ${over.en}`,
    zh: `${id}（自 ${startDate} 起 ${words.zh}）已过期，超出${over.zh}`,
  });
}

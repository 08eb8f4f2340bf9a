import type { LocalizedText, TraceStep } from '@aftersales/core';
import { californiaFigures, californiaRules } from './californiaRules';
import type { Nonconformity } from './nonconformities';

/** A repair-count ground of §1793.22(b): its trace step, whether it is met, or only blocked by an unrecorded notice. */
export interface GroundResult {
  readonly step: TraceStep;
  readonly met: boolean;
  /** The count is reached but whether the buyer notified the maker is not recorded. */
  readonly undecided: boolean;
}

const GROUNDS = {
  safety: {
    rule: californiaRules.safetyRepairs,
    threshold: californiaFigures.safetyRepairs,
    paragraph: '(1)',
    what: {
      en: 'nonconformity likely to cause death or serious bodily injury',
      zh: '可能导致死亡或严重人身伤害的不符合项',
    },
  },
  repeated: {
    rule: californiaRules.repeatedRepairs,
    threshold: californiaFigures.repairs,
    paragraph: '(2)',
    what: { en: 'nonconformity', zh: '不符合项' },
  },
} as const;

const listOf = (items: readonly Nonconformity[]): LocalizedText => ({
  en: items.map((item) => `${item.problem} (${item.repairs} repairs)`).join(', '),
  zh: items.map((item) => `${item.problem}（${item.repairs}次）`).join('、'),
});

/**
 * Paragraph (1) (`safety`: a nonconformity likely to cause death or serious bodily injury
 * "subject to repair two or more times") or (2) (`repeated`: "the same nonconformity … four or
 * more times"), each "and the buyer has at least once directly notified the manufacturer of the
 * need for the repair of the nonconformity". The notice counts only when `noticeRequired`: the
 * statute requires it "only if the manufacturer has clearly and conspicuously disclosed" it with
 * the warranty or the owner's manual. A safety nonconformity also counts under (2). When the count
 * is not reached, the message names the most repaired nonconformity; of two repaired as often, the
 * one repaired first (the order of `nonconformities`).
 *
 * @param ground - `safety` for (b)(1), `repeated` for (b)(2)
 * @param nonconformities - the repairs inside the window grouped by problem
 * @param noticeRequired - whether direct notice to the maker is a condition
 * @returns the step, `met`, and `undecided` when only an unrecorded notice stands in the way
 * @example
 * evaluateRepairGround('repeated', countNonconformities(window.counted), true).met;
 */
export function evaluateRepairGround(
  ground: keyof typeof GROUNDS,
  nonconformities: readonly Nonconformity[],
  noticeRequired: boolean,
): GroundResult {
  const { rule, threshold, paragraph, what } = GROUNDS[ground];
  const considered = nonconformities.filter((item) => ground === 'repeated' || item.seriousSafety);
  const reached = considered.filter((item) => item.repairs >= threshold);
  const met = reached.filter((item) => !noticeRequired || item.notice === 'notified');
  const unrecorded = reached.filter((item) => item.notice === 'not_recorded');
  const facts = {
    threshold,
    noticeRequired,
    nonconformities: considered.map((item) => ({
      problem: item.problem,
      repairs: item.repairs,
      roIds: [...item.roIds],
      seriousSafety: item.seriousSafety,
      notice: item.notice,
    })),
    met: met.map((item) => item.problem),
  };
  if (met.length > 0) {
    const list = listOf(met);
    const notice: LocalizedText = noticeRequired
      ? { en: 'and the buyer notified the manufacturer directly', zh: '且买方已直接通知制造商' }
      : {
          en: 'and direct notice is not required (the manufacturer did not clearly disclose the requirement)',
          zh: '且无需直接通知制造商（制造商未明确披露该要求）',
        };
    return {
      met: true,
      undecided: false,
      step: rule.passed(facts, {
        en: `Paragraph ${paragraph} is met: ${what.en} ${list.en} repaired ${threshold} or more times within the window, ${notice.en}`,
        zh: `满足第${paragraph}项：${what.zh} ${list.zh} 在期限内维修${threshold}次及以上，${notice.zh}`,
      }),
    };
  }
  if (unrecorded.length > 0) {
    const list = listOf(unrecorded);
    return {
      met: false,
      undecided: true,
      step: rule.failed(facts, {
        en: `Paragraph ${paragraph} cannot be decided: ${list.en} reached ${threshold} repairs, but whether the buyer directly notified the manufacturer is not recorded`,
        zh: `第${paragraph}项无法判定：${list.zh} 已维修${threshold}次及以上，但未记录买方是否直接通知制造商`,
      }),
    };
  }
  if (reached.length > 0) {
    const list = listOf(reached);
    return {
      met: false,
      undecided: false,
      step: rule.failed(facts, {
        en: `Paragraph ${paragraph} is not met: ${list.en} reached ${threshold} repairs, but the buyer never notified the manufacturer directly, which the disclosed warranty requires`,
        zh: `不满足第${paragraph}项：${list.zh} 已维修${threshold}次及以上，但买方从未按保修说明的要求直接通知制造商`,
      }),
    };
  }
  const most = considered.reduce<Nonconformity | undefined>(
    (best, item) => (best === undefined || item.repairs > best.repairs ? item : best),
    undefined,
  );
  const short: LocalizedText =
    most === undefined
      ? { en: `no ${what.en} was repaired within the window`, zh: `期限内没有${what.zh}的维修` }
      : {
          en: `the most repaired ${what.en}, ${most.problem}, was repaired ${most.repairs} time(s), fewer than ${threshold}`,
          zh: `维修次数最多的${what.zh} ${most.problem} 仅维修${most.repairs}次，少于${threshold}次`,
        };
  return {
    met: false,
    undecided: false,
    step: rule.failed(facts, {
      en: `Paragraph ${paragraph} is not met: ${short.en}`,
      zh: `不满足第${paragraph}项：${short.zh}`,
    }),
  };
}

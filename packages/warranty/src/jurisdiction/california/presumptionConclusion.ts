import { createDecision, type JsonObject, type TraceStep } from '@aftersales/core';
import type { RightsDecision } from '../jurisdiction';
import { californiaRules } from './californiaRules';

/** What the California pack can answer; see `evaluateCaliforniaRights`. */
export type CaliforniaOutcome = 'presumed_nonconforming' | 'none' | 'undetermined' | 'out_of_scope';

const PARAGRAPH: Readonly<Record<string, string>> = { b1: '(1)', b2: '(2)', b3: '(3)' };

/**
 * The last step of the pack: whether the presumption of §1793.22(b) arises, from the paragraphs
 * met. It is "a rebuttable presumption affecting the burden of proof": the maker may still show
 * that the attempts were not a reasonable number, and where the maker runs a qualified third-party
 * dispute resolution process of which the buyer was told in writing, the buyer must first resort
 * to it (§1793.22(c)). Without it the buyer may still prove a reasonable number of attempts
 * otherwise (§1793.2(d)(2)): `none` is not a finding that the vehicle is no lemon.
 *
 * @param trace - the steps so far
 * @param grounds - the paragraphs met: `b1`, `b2`, `b3`
 * @param undecided - a fact the answer turns on is not recorded
 * @param details - the decision's details; `grounds` is added
 * @returns the decision
 * @example
 * concludePresumption(steps, ['b3'], false, details).outcome; // 'presumed_nonconforming'
 */
export function concludePresumption(
  trace: readonly TraceStep[],
  grounds: readonly string[],
  undecided: boolean,
  details: JsonObject,
): RightsDecision {
  const facts = { grounds: [...grounds] };
  if (grounds.length > 0) {
    const paragraphs = grounds.map((ground) => PARAGRAPH[ground] ?? ground).join(', ');
    const step = californiaRules.presumption.passed(facts, {
      en: `Presumed under §1793.22(b) ${paragraphs}: a reasonable number of attempts has been made to conform the vehicle to its express warranties. This is a rebuttable presumption affecting the burden of proof; where the manufacturer maintains a qualified third-party dispute resolution process the buyer must use it first (§1793.22(c))`,
      zh: `依第1793.22(b)条第${paragraphs}项推定：已为使车辆符合明示保证进行了合理次数的维修。该推定可被反驳，影响举证责任；如制造商设有合格的第三方争议解决程序，买方须先行使用（第1793.22(c)条）`,
    });
    return createDecision<CaliforniaOutcome>('presumed_nonconforming', [...trace, step], {
      ...details,
      grounds: [...grounds],
    });
  }
  if (undecided) {
    const step = californiaRules.presumption.failed(facts, {
      en: 'Whether the presumption arises cannot be decided: a fact it turns on is not recorded (see the steps above)',
      zh: '无法判定是否适用推定：所依据的事实未记录（见上文各步骤）',
    });
    return createDecision<CaliforniaOutcome>('undetermined', [...trace, step], { ...details, grounds: [] });
  }
  const step = californiaRules.presumption.failed(facts, {
    en: 'The presumption does not arise: none of paragraphs (1)–(3) is met within the window. The buyer may still prove a reasonable number of repair attempts without it (§1793.2(d)(2))',
    zh: '不适用推定：期限内不满足第(1)至(3)项中任何一项。买方仍可不依赖该推定，证明已进行合理次数的维修（第1793.2(d)(2)条）',
  });
  return createDecision<CaliforniaOutcome>('none', [...trace, step], { ...details, grounds: [] });
}

import type { LocalizedText } from '@aftersales/core';
import type { KpiTarget, KpiUnit } from '../definition/kpiDefinition';
import { absDecimal } from './decimalText';
import type { TargetBound, TargetScore } from './scoreValue';

/**
 * What a scorecard row's message is made of.
 *
 * @example
 * const input: ScorecardMessageInput = {
 *   name: { en: 'Time in workshop', zh: '在厂时长' },
 *   value: '5.5',
 *   unit: 'hours',
 *   target: undefined,
 *   score: undefined,
 * };
 */
export interface ScorecardMessageInput {
  readonly name: LocalizedText;
  readonly value: string | null;
  readonly unit: KpiUnit;
  readonly currency?: string | undefined;
  readonly target: KpiTarget | undefined;
  /** The score, when there is a value and a target. */
  readonly score: TargetScore | undefined;
  /** Why there is no value (the cell's reason). */
  readonly reason?: LocalizedText | undefined;
}

const SYMBOLS: Readonly<Record<TargetBound, string>> = { atLeast: '≥', above: '>', atMost: '≤', below: '<' };
const BOUNDS: readonly TargetBound[] = ['atLeast', 'above', 'atMost', 'below'];

const isLocalized = (text: unknown): text is LocalizedText =>
  typeof (text as LocalizedText | null)?.en === 'string' && typeof (text as LocalizedText).zh === 'string';

function unitText(unit: KpiUnit, currency: string | undefined): LocalizedText {
  const money = currency ?? '';
  const yuan = currency === undefined || currency === 'CNY' ? '元' : ` ${currency}`;
  switch (unit) {
    case 'percent':
      return { en: ' %', zh: '%' };
    case 'money':
      return { en: money === '' ? '' : ` ${money}`, zh: yuan };
    case 'money/hour':
      return { en: money === '' ? '/h' : ` ${money}/h`, zh: `${yuan}/小时` };
    case 'hours':
      return { en: ' h', zh: '小时' };
    case 'days':
      return { en: ' days', zh: '天' };
    case 'count/day':
      return { en: '/day', zh: '/天' };
    case 'turns/year':
      return { en: ' turns/yr', zh: '次/年' };
    case 'points':
      return { en: ' points', zh: '分' };
    default:
      return { en: '', zh: '' };
  }
}

function amount(value: string, unit: LocalizedText): LocalizedText {
  return { en: `${value}${unit.en}`, zh: `${value}${unit.zh}` };
}

function targetText(target: KpiTarget, unit: LocalizedText): LocalizedText {
  const parts = BOUNDS.filter((bound) => target[bound] !== undefined).map((bound) => ({
    en: `${SYMBOLS[bound]} ${target[bound]}${unit.en}`,
    zh: `${SYMBOLS[bound]}${target[bound]}${unit.zh}`,
  }));
  return { en: parts.map((p) => p.en).join(' and '), zh: parts.map((p) => p.zh).join(' 且 ') };
}

/**
 * The sentence of a scorecard row, in English and Simplified Chinese: how the value stands
 * against the target and by how much (the gap, in the KPI's unit, without its sign).
 *
 * @example
 * scorecardMessage({
 *   name: { en: 'Comeback rate', zh: '返修率' },
 *   value: '2.4',
 *   unit: 'percent',
 *   target: { below: '2', cite: 'manual:ro.comeback' },
 *   score: { status: 'missed', bound: 'below', gap: '-0.4', margin: '0.1' },
 * });
 * // { en: 'Comeback rate 2.4 % is above the target < 2 % by 0.4', zh: '返修率 2.4% 高于目标 <2%，差 0.4' }
 */
export function scorecardMessage(input: ScorecardMessageInput): LocalizedText {
  const { name, value, target, score } = input;
  const unit = unitText(input.unit, typeof input.currency === 'string' ? input.currency : undefined);
  if (value === null) {
    const why = isLocalized(input.reason) ? input.reason : undefined;
    return {
      en: `${name.en}: no data${why ? ` (${why.en})` : ''}`,
      zh: `${name.zh}：无数据${why ? `（${why.zh}）` : ''}`,
    };
  }
  const shown = amount(value, unit);
  if (!target || !score)
    return { en: `${name.en} ${shown.en}: no target set`, zh: `${name.zh} ${shown.zh}：未设目标` };
  const goal = targetText(target, unit);
  const by = absDecimal(score.gap);
  const head = { en: `${name.en} ${shown.en}`, zh: `${name.zh} ${shown.zh}` };
  if (score.status === 'met') {
    return {
      en: `${head.en} meets the target ${goal.en} by ${by}`,
      zh: `${head.zh} 达到目标 ${goal.zh}，余 ${by}`,
    };
  }
  if (score.status === 'at_risk') {
    return {
      en: `${head.en} meets the target ${goal.en} by only ${by} (at risk)`,
      zh: `${head.zh} 达到目标 ${goal.zh}，仅余 ${by}，存在风险`,
    };
  }
  const lower = score.bound === 'atLeast' || score.bound === 'above';
  const limit = amount(target[score.bound] as string, unit);
  if (by === '0') {
    return {
      en: `${head.en} misses the target ${goal.en}: it must be ${lower ? 'above' : 'below'} ${limit.en}`,
      zh: `${head.zh} 未达到目标 ${goal.zh}：须${lower ? '高于' : '低于'} ${limit.zh}`,
    };
  }
  return lower
    ? {
        en: `${head.en} is below the target ${goal.en} by ${by}`,
        zh: `${head.zh} 低于目标 ${goal.zh}，差 ${by}`,
      }
    : {
        en: `${head.en} is above the target ${goal.en} by ${by}`,
        zh: `${head.zh} 高于目标 ${goal.zh}，差 ${by}`,
      };
}

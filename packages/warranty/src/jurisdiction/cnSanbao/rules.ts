import { type Citation, defineRule, type LocalizedText, type Rule } from '@aftersales/core';
import type { SanbaoArticles, SanbaoVersion } from './sanbaoVersion';

/** The rules of a 三包 pack, in the order they are evaluated and appear in the trace. */
export const sanbaoRuleNames = [
  'scope',
  'documents',
  'start',
  'version',
  'repair-period',
  'seven-days',
  'sixty-days',
  'assembly-swap',
  'serious-safety',
  'assembly-replaced-twice',
  'main-part-replaced-twice',
  'repair-time',
  'same-problem',
  'substitute-car',
  'use-compensation',
  'answer-deadline',
  'completion-deadline',
] as const;

/** The name of one rule of a 三包 pack (its id is `<pack id>.<name>`). */
export type SanbaoRuleName = (typeof sanbaoRuleNames)[number];

/** The rules of one version, by name; a rule the version does not have is absent. */
export type SanbaoRules = Readonly<Partial<Record<SanbaoRuleName, Rule>>>;

const titles: Record<SanbaoRuleName, LocalizedText> = {
  scope: { en: 'Household car (scope)', zh: '家用汽车产品（适用范围）' },
  documents: { en: 'Invoice and 三包 certificate', zh: '购车发票和三包凭证' },
  start: { en: 'Start of the periods', zh: '期限起算日' },
  version: { en: 'Version of the rules', zh: '适用的规定版本' },
  'repair-period': { en: 'Repair-warranty period (包修期)', zh: '包修期' },
  'seven-days': { en: '7-day replacement or return', zh: '7日内换车或退车' },
  'sixty-days': { en: '60-day / 3,000 km replacement or return', zh: '60日或3000公里内换车或退车' },
  'assembly-swap': { en: '60-day / 3,000 km assembly replacement', zh: '60日或3000公里内更换总成' },
  'serious-safety': { en: 'Serious safety fault repaired twice', zh: '严重安全性能故障累计修理2次' },
  'assembly-replaced-twice': { en: 'Assembly replaced twice', zh: '总成累计更换2次' },
  'main-part-replaced-twice': { en: 'Same main part replaced twice', zh: '同一主要零部件累计更换2次' },
  'repair-time': { en: 'Cumulative repair time', zh: '累计修理时间' },
  'same-problem': { en: 'Same quality problem repaired repeatedly', zh: '同一质量问题累计修理次数' },
  'substitute-car': { en: 'Substitute car or transport compensation', zh: '备用车或交通费用补偿' },
  'use-compensation': { en: 'Reasonable-use compensation', zh: '合理使用补偿' },
  'answer-deadline': { en: 'Deadline to answer a request', zh: '答复期限' },
  'completion-deadline': { en: 'Deadline to replace or take back the car', zh: '更换或退货办理期限' },
};

const articleOf: Record<SanbaoRuleName, keyof SanbaoArticles> = {
  scope: 'scope',
  documents: 'documents',
  start: 'start',
  version: 'start',
  'repair-period': 'start',
  'seven-days': 'sevenDays',
  'sixty-days': 'sixtyDays',
  'assembly-swap': 'assemblySwap',
  'serious-safety': 'grounds',
  'assembly-replaced-twice': 'grounds',
  'main-part-replaced-twice': 'grounds',
  'repair-time': 'cumulative',
  'same-problem': 'cumulative',
  'substitute-car': 'substituteCar',
  'use-compensation': 'useCompensation',
  'answer-deadline': 'answer',
  'completion-deadline': 'complete',
};

/**
 * Declares the rules of a version: ids `<pack id>.<name>`, each citing the version's own article.
 * `documents` exists only where the version has that exemption (2013). The 2013 text has no 7-day
 * right: its `seven-days` rule is kept so the trace says why it does not apply, and cites the 2021
 * article that introduced the right (there is no 2013 article to cite). Nor does the 2013 text set a
 * deadline for the seller's answer (checked against a transcription: its Art. 26 is about taxes):
 * that step says so and cites the 2013 deadline that exists (Art. 24).
 *
 * @example
 * makeSanbaoRules(sanbao2021Version)['seven-days']?.cite; // 'regulation:cn-sanbao-2021#22'
 */
export function makeSanbaoRules(version: SanbaoVersion): SanbaoRules {
  const rules: Partial<Record<SanbaoRuleName, Rule>> = {};
  for (const name of sanbaoRuleNames) {
    const article = version.articles[articleOf[name]];
    if (name === 'documents' && article === undefined) continue;
    // Where a version lacks the rule, its step cites what does exist: the 2021 article that made
    // the 7-day right, and for the 2013 answer deadline the 2013 article that sets its only
    // deadline (15 working days for the certificate, Art. 24).
    const fallback: Citation =
      name === 'answer-deadline'
        ? `regulation:${version.id}#${version.articles.complete}`
        : 'regulation:cn-sanbao-2021#22';
    const cite: Citation = article === undefined ? fallback : `regulation:${version.id}#${article}`;
    rules[name] = defineRule({ id: `${version.id}.${name}`, cite, title: titles[name] });
  }
  return rules;
}

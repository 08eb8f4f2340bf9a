import type { LocalizedText } from '@aftersales/core';

/** The languages the command line speaks: English and Simplified Chinese. */
export type Lang = 'en' | 'zh';

/**
 * Picks the text of a language.
 *
 * @example
 * say('zh', { en: 'Findings', zh: '发现问题' }); // '发现问题'
 */
export function say(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/**
 * The language of a run: `--lang`, else `AFTERSALES_LANG`, else `LANG` starting with `zh`, else English.
 *
 * @example
 * chooseLang(undefined, { LANG: 'zh_CN.UTF-8' }); // 'zh'
 */
export function chooseLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const value = flag ?? env.AFTERSALES_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

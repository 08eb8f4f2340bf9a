/**
 * A message a user will read, in English and Simplified Chinese (简体中文).
 *
 * Every message the library shows (error, rule trace, finding) carries both; a UI picks one.
 *
 * @example
 * const text: LocalizedText = { en: 'Final inspection missing', zh: '缺少终检' };
 */
export interface LocalizedText {
  readonly en: string;
  readonly zh: string;
}

/** The locales every message exists in. */
export type Locale = keyof LocalizedText;

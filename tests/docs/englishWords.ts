/**
 * Finding English in a Chinese message (tests/docs/zh-messages.test.ts, tests/docs/errors-doc.test.ts).
 */

/**
 * Lower-case words a Chinese message may keep: JavaScript values a caller passed (`实际为 null`),
 * the package's name and the one option a template names (`可通过 currency 选项指定`).
 */
const KEPT = new Set(['null', 'undefined', 'true', 'false', 'aftersales', 'currency']);

/**
 * The English words of a Chinese message. A word is a plain lower-case run of 3+ letters: English
 * prose is lower case mid-sentence, so a leaked phrase always brings such words along. Not words:
 * acronyms, pattern letters and type names (VIN, ISO, YYYY, IANA, Money: capitalized); identifiers,
 * paths and flags (roNumber, repair.date, x-api-key, zh-CN, Asia/Shanghai, oem:…, createFlow(),
 * --help); code shapes `{ en, zh }`; and quoted values (“…”, '…'), which are the user's own.
 *
 * @example
 * englishWords('repair.date 不是有效的calendar date (YYYY-MM-DD)'); // ['calendar', 'date']
 * englishWords('repair.date 不是有效的日期（YYYY-MM-DD）'); // []
 */
export function englishWords(zh: string): string[] {
  const unquoted = zh.replace(/“[^”]*”|'[^']*'|\{[^}]*\}/g, ' ');
  const words: string[] = [];
  for (const match of unquoted.matchAll(/[\w$-][\w$.\-/:#@<>=?]*/g)) {
    const word = match[0].replace(/[.\-/:=?]+$/, '');
    const next = unquoted[(match.index ?? 0) + match[0].length];
    if (/^[a-z]{3,}$/.test(word) && !KEPT.has(word) && next !== '(') words.push(word);
  }
  return words;
}

/**
 * Internal: date and date-time formats of a profile, e.g. `yyyy/MM/dd HH:mm`. Tokens: `yyyy` year ·
 * `MM` / `M` month (two digits / one or two) · `dd` / `d` day · `HH` / `H` hour (24-hour clock) ·
 * `mm` minute · `ss` second. Anything else but a letter is literal (`/`, `-`, `.`, space, `年`, `月`,
 * `日`, `时`, `分`, `秒`) and so is text in single quotes (`yyyy-MM-dd'T'HH:mm`); a Latin letter
 * outside a token or quotes is an error, so `hh` (12-hour clock) is refused.
 */

/** The parts a format reads; absent time parts are 0. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A compiled format: reads a cell into `parts`, or says it does not match. */
export type DateMatcher = (text: string, parts: DateParts) => boolean;

// Token, fewest digits, most digits, part.
const TOKENS: readonly (readonly [string, number, number, keyof DateParts])[] = [
  ['yyyy', 4, 4, 'year'],
  ['MM', 2, 2, 'month'],
  ['M', 1, 2, 'month'],
  ['dd', 2, 2, 'day'],
  ['d', 1, 2, 'day'],
  ['HH', 2, 2, 'hour'],
  ['H', 1, 2, 'hour'],
  ['mm', 2, 2, 'minute'],
  ['ss', 2, 2, 'second'],
];

/** One step of a format: digits into a part, or one literal character (its code). */
type Step = { readonly part: keyof DateParts; readonly min: number; readonly max: number } | number;

/**
 * Reads a cell along the steps, by character codes: no regular expression and no allocation, as
 * this runs once per date cell of files of millions of rows. A one-or-two-digit token takes two
 * digits when two are there (`yyyy/M/d` reads `2024/03/08` and `2024/3/8`).
 */
function matcherOf(steps: readonly Step[]): DateMatcher {
  return (text, parts) => {
    parts.hour = 0;
    parts.minute = 0;
    parts.second = 0;
    let at = 0;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      if (typeof step === 'number') {
        if (text.charCodeAt(at) !== step) return false;
        at += 1;
        continue;
      }
      let value = 0;
      let count = 0;
      while (count < step.max) {
        const digit = text.charCodeAt(at) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        value = value * 10 + digit;
        at += 1;
        count += 1;
      }
      if (count < step.min) return false;
      parts[step.part] = value;
    }
    return at === text.length;
  };
}

/** The parts a format has, or why it is not a format. */
export function compileDateFormat(
  format: string,
): { matcher: DateMatcher; has: Set<keyof DateParts> } | string {
  const steps: Step[] = [];
  const order: (keyof DateParts)[] = [];
  let at = 0;
  const literal = (text: string): void => {
    for (let i = 0; i < text.length; i++) steps.push(text.charCodeAt(i));
  };
  while (at < format.length) {
    const token = TOKENS.find(([name]) => format.startsWith(name, at));
    if (token !== undefined) {
      if (order.includes(token[3])) return `'${token[0]}' repeats the ${token[3]}`;
      steps.push({ part: token[3], min: token[1], max: token[2] });
      order.push(token[3]);
      at += token[0].length;
      continue;
    }
    const char = format[at] as string;
    if (char === "'") {
      const end = format.indexOf("'", at + 1);
      if (end < 0) return 'a quote is not closed';
      literal(format.slice(at + 1, end));
      at = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) return `'${char}' is not a format token (yyyy MM M dd d HH H mm ss)`;
    literal(char);
    at += 1;
  }
  return { matcher: matcherOf(steps), has: new Set(order) };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the parts name a real day and time (no 2023-02-29, no 24:00). */
export function isRealDate(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS[month - 1] as number);
  return day <= last && parts.hour < 24 && parts.minute < 60 && parts.second < 60;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of the parts. */
export const calendarDateOf = (parts: DateParts): string =>
  `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;

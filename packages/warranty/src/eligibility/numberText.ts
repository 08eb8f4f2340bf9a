/** '000' … '999': the groups after the first, looked up rather than padded (hot path). */
const GROUPS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/** 150000 → '150,000': thousands grouped without Intl (hot path; same text in en and zh). */
export function grouped(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 1_000_000) {
    return value < 1000 ? String(value) : `${Math.floor(value / 1000)},${GROUPS[value % 1000]}`;
  }
  const text = String(Math.abs(value));
  if (text.length <= 3) return value < 0 ? `-${text}` : text;
  let out = '';
  const head = text.length % 3;
  if (head > 0) out = text.slice(0, head);
  for (let index = head; index < text.length; index += 3) {
    out += (out === '' ? '' : ',') + text.slice(index, index + 3);
  }
  return value < 0 ? `-${out}` : out;
}

/** "1 day" / "12 days" (en; zh has no plural). */
export function daysEn(days: number): string {
  return days === 1 ? '1 day' : `${grouped(days)} days`;
}

type PeriodWords = { readonly en: string; readonly zh: string };
const words = new WeakMap<object, PeriodWords>();

/**
 * A period as words: `{ months: 60, km: 150000 }` → '60 months or 150,000 km' / '60个月或150,000 km'.
 * Kept per frozen period object (parsed policies and the packs of this package): its words never
 * change. A period a caller can still edit (a hand-made pack's floor) is written each time.
 */
export function periodText(
  period: { months?: number; days?: number; km?: number } | 'lifetime',
): PeriodWords {
  if (period === 'lifetime') return { en: 'lifetime', zh: '终身' };
  const known = words.get(period);
  if (known !== undefined) return known;
  const text = writePeriodText(period);
  if (Object.isFrozen(period)) words.set(period, text);
  return text;
}

function writePeriodText(period: { months?: number; days?: number; km?: number } | 'lifetime'): PeriodWords {
  if (period === 'lifetime') return { en: 'lifetime', zh: '终身' };
  const time =
    period.months !== undefined
      ? { en: period.months === 1 ? '1 month' : `${period.months} months`, zh: `${period.months}个月` }
      : period.days !== undefined
        ? { en: daysEn(period.days), zh: `${period.days}天` }
        : undefined;
  const km = period.km === undefined ? undefined : `${grouped(period.km)} km`;
  if (time === undefined) return { en: km as string, zh: km as string };
  if (km === undefined) return time;
  return { en: `${time.en} or ${km}`, zh: `${time.zh}或${km}` };
}

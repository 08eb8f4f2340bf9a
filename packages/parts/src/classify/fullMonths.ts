import { dateOfDayNumber } from '@aftersales/core';

const civil = (day: number): [number, number, number] => {
  const text = dateOfDayNumber(day) as string;
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whole calendar months from day `from` to day `to` (day numbers), the way people count them:
 * 15 March to 15 September is 6 months, to 14 September 5. A month-end start is clamped like a
 * date is: 31 January + 1 month is the last day of February. Negative when `to` is earlier.
 */
export function fullMonthsBetween(from: number, to: number): number {
  if (to < from) return -fullMonthsBetween(to, from);
  const [y1, m1, d1] = civil(from);
  const [y2, m2, d2] = civil(to);
  const months = (y2 - y1) * 12 + (m2 - m1);
  // Adding `months` to `from` lands on min(d1, last day of the month of `to`).
  const landing = Math.min(d1, daysInMonth(y2, m2));
  return landing <= d2 ? months : months - 1;
}

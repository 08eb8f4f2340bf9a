// The civil date of a day number (days from 1970-01-01), by H. Hinnant's days-to-civil
// algorithm: integer arithmetic only, as this runs twice per part in a plan.
const civil = (day: number): [number, number, number] => {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
};

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : 30 + ((month + (month >> 3)) & 1);

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

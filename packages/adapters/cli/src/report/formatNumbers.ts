const DECIMAL = /^(-?)(\d+)(\.\d+)?$/;

/**
 * Groups the whole part of a decimal string by thousands, digits untouched (no float on the way):
 * anything that is not a plain decimal comes back as it is.
 *
 * @example
 * groupDigits('1234567.50'); // '1,234,567.50'
 * groupDigits('-980');       // '-980'
 */
export function groupDigits(decimal: string): string {
  const match = DECIMAL.exec(decimal);
  if (match === null) return decimal;
  const [, sign = '', whole = '', fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}

const suffixes: Readonly<Record<string, string>> = {
  percent: ' %',
  hours: ' h',
  days: ' d',
  'count/day': ' /d',
  'turns/year': ' /yr',
  points: ' pts',
};

/**
 * A KPI value as the report shows it: the decimal string, grouped for money and counts, with its
 * unit (`%`, `h`, …, or the currency of a money value). `null` is shown as an en dash.
 *
 * @example
 * formatKpiValue('1812.40', 'money', 'CNY'); // '1,812.40 CNY'
 * formatKpiValue('1.8', 'percent');          // '1.8 %'
 * formatKpiValue(null, 'percent');           // '–'
 */
export function formatKpiValue(value: string | null, unit: string, currency?: string): string {
  if (value === null) return '–';
  if (unit === 'money')
    return currency === undefined ? groupDigits(value) : `${groupDigits(value)} ${currency}`;
  if (unit === 'money/hour') return `${groupDigits(value)}${currency === undefined ? '' : ` ${currency}`}/h`;
  if (unit === 'count') return groupDigits(value);
  return `${value}${suffixes[unit] ?? ''}`;
}

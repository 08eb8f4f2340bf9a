/** Places of a quantity held as an integer (× 10⁴, core's fixed units). */
export const QUANTITY_DIGITS = 4;
/** Places of a value held as an integer: quantity units × cost units (× 10⁸). */
export const VALUE_DIGITS = 8;

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/**
 * The decimal string of an integer holding `digits` places (`formatScaled(125_000, 4)` is
 * `'12.5'`), without trailing zeros. Exact for safe integers and BigInt.
 */
export function formatScaled(units: number | bigint, digits: number): string {
  // Stryker disable next-line ConditionalExpression: 0 and -0 also come out '0' from the whole-multiple path below (0 % 10ⁿ is 0, String(-0 / 10ⁿ) is '0')
  if (units === 0) return '0';
  if (typeof units === 'number') {
    if (!Number.isSafeInteger(units)) units = BigInt(units);
    else if (units % (POWERS[digits] as number) === 0) return String(units / (POWERS[digits] as number));
  }
  const negative = units < 0;
  let whole: string;
  let fraction: string;
  if (typeof units === 'bigint') {
    const magnitude = negative ? -units : units;
    const power = BigInt(POWERS[digits] as number);
    whole = (magnitude / power).toString();
    fraction = (magnitude % power).toString();
  } else {
    const magnitude = Math.abs(units);
    const power = POWERS[digits] as number;
    whole = String(Math.floor(magnitude / power));
    fraction = String(magnitude % power);
  }
  let text = whole;
  if (fraction !== '0') {
    let end = digits;
    fraction = fraction.padStart(digits, '0');
    while (fraction.charCodeAt(end - 1) === 48) end -= 1;
    text = `${whole}.${fraction.slice(0, end)}`;
  }
  return negative ? `-${text}` : text;
}

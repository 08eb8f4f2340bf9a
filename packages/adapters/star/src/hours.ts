import type { IssuePath } from '@aftersales/core';
import { exactDecimal, formatExact, multiplyExact, parseExact } from '@aftersales/core';
import { addUnmappable, lookup, type MapContext } from './context';
import { sumDecimals } from './decimals';

/** Reads STAR `TimeMeasure`s as hours. Internal. */

interface TimeMeasure {
  readonly value?: string | undefined;
  readonly uom_time_type?: string | undefined;
}

const PER_HOUR: Readonly<Record<string, bigint>> = { HOUR: 1n, HOURS: 1n, MINUTE: 60n, MINUTES: 60n };

/**
 * A time measure in hours (a decimal string); `undefined` when absent. Hours and minutes are
 * read (no unit: hours, as STAR's examples write them); any other unit is `star.unmappable`.
 */
export function hoursOf(
  ctx: MapContext,
  measure: TimeMeasure | undefined,
  path: IssuePath,
): string | undefined {
  if (measure?.value === undefined) return undefined;
  const value = parseExact(measure.value);
  if (value === undefined) {
    addUnmappable(
      ctx,
      [...path, 'value'],
      `'${measure.value}' is not a decimal`,
      `“${measure.value}”不是十进制数`,
    );
    return undefined;
  }
  const unit = measure.uom_time_type ?? 'HOURS';
  const per = lookup(PER_HOUR, unit);
  if (per === undefined) {
    addUnmappable(
      ctx,
      [...path, 'uom_time_type'],
      `time in ${unit} is not read`,
      `不读取单位为 ${unit} 的时间`,
    );
    return undefined;
  }
  if (per === 1n) return measure.value; // as sent: '2.50' stays '2.50'
  // Minutes: ÷ 60 is exact when multiplied back by a power of ten first; keep 6 places.
  const scaled = multiplyExact(value, exactDecimal(1000000n, 0));
  const units = scaled.units / 10n ** BigInt(scaled.places) / per;
  return formatExact(exactDecimal(units, 6));
}

/** The exact sum of hours (decimal strings), `'0'` for none. */
export function sumHours(values: readonly string[]): string {
  return sumDecimals(values) ?? '0';
}

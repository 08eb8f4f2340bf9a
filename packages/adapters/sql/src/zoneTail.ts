/**
 * The "stable tail" of a time zone: the instant since which its UTC offset has not changed and is
 * not scheduled to (Asia/Shanghai: +08:00 since September 1991). After it, the local date of an
 * instant is plain integer arithmetic on epoch milliseconds, many times faster in DuckDB than a
 * per-row ICU time-zone conversion; before it, the SQL still converts through the zone. Offsets come
 * from `Intl`, as the engine's own (so the SQL's local dates are the engine's, same tz data).
 */

const DAY_MS = 86_400_000;
/**
 * The scan's ends: a zone whose offset still changes in the 2090s (seasonal DST, which tz data
 * projects forever) has no tail.
 */
const SCAN_FROM = Date.UTC(1970, 0, 2);
const SCAN_TO = Date.UTC(2100, 0, 1);
const STABLE_BY = Date.UTC(2090, 0, 1);

export interface ZoneTail {
  /** Epoch milliseconds from which the offset is `offsetMs` (at least 1970-01-02). */
  readonly sinceMs: number;
  readonly offsetMs: number;
}

const tails = new Map<string, ZoneTail | null>();

function offsetAt(format: Intl.DateTimeFormat, ms: number): number {
  const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(name);
  if (match === null) return Number.NaN;
  if (match[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return (match[1] === '-' ? -1 : 1) * seconds * 1000;
}

/** The zone's stable tail, or null when its offset changes before 2100 (then always convert). */
export function zoneTail(zone: string): ZoneTail | null {
  const cached = tails.get(zone);
  if (cached !== undefined) return cached;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  const offsetMs = offsetAt(format, SCAN_TO);
  let tail: ZoneTail | null = null;
  if (!Number.isNaN(offsetMs)) {
    // Day by day back from 2100 to the last day with another offset, then to the millisecond.
    let day = SCAN_TO - DAY_MS;
    while (day >= SCAN_FROM && offsetAt(format, day) === offsetMs) day -= DAY_MS;
    let same = day + DAY_MS;
    if (day >= SCAN_FROM) {
      let other = day;
      while (same - other > 1) {
        const middle = Math.floor((same + other) / 2);
        if (offsetAt(format, middle) === offsetMs) same = middle;
        else other = middle;
      }
    }
    tail = same < STABLE_BY ? { sinceMs: Math.max(same, SCAN_FROM), offsetMs } : null;
  }
  if (tails.size < 256) tails.set(zone, tail);
  return tail;
}

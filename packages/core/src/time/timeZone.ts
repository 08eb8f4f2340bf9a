/**
 * IANA time zones: validation and the two conversions everything else is built on, instant →
 * local wall time and local wall time → instant.
 *
 * Why not `TZDate` from @date-fns/tz (see docs/decisions/business-time.md): building a `TZDate`
 * from wall-clock fields goes through the host's time zone, and in a DST overlap the answer
 * changes with the host (`TZ=UTC` and `TZ=America/Los_Angeles` disagree on 2024-11-03 01:30 in
 * New York); and its `tzOffset` gets the sign of offsets between −01:00 and 00:00 wrong
 * (Africa/Monrovia until 1972 was −00:44:30). Here only `Intl.DateTimeFormat` is consulted, for
 * the one thing only it knows: the zone's UTC offset at an instant. The rest is integer maths.
 */
import type { IssuePath } from '../errors/AftersalesError';
import { checkPath, describeValue, raise, typeName } from '../errors/guards';
import { DAY_MS } from './epochDay';

const validZones = new Set<string>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const parsedOffsets = new Map<string, number>();
/**
 * Intl accepts any capitalisation of a name ('aSiA/sHaNgHaI'), so the caches are bounded: past
 * this many names a zone is still checked and used, just not remembered.
 */
const MAX_CACHED_ZONES = 1024;

function formatFor(timeZone: string): Intl.DateTimeFormat {
  const cached = offsetFormats.get(timeZone);
  if (cached !== undefined) return cached;
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  if (offsetFormats.size < MAX_CACHED_ZONES) offsetFormats.set(timeZone, format);
  return format;
}

/**
 * True when `value` is an IANA time zone name the runtime knows (`'Asia/Shanghai'`, `'UTC'`).
 *
 * Fixed offsets such as `'+08:00'` are refused even where the runtime accepts them: a dealer is
 * in a place, whose offset may change with the seasons or the law, and a fixed offset would
 * silently give wrong local dates when it does.
 *
 * @param value - anything
 * @returns whether `value` names a time zone
 *
 * @example
 * isTimeZone('Asia/Shanghai'); // true
 * isTimeZone('+08:00'); // false
 * isTimeZone('Mars/Olympus_Mons'); // false
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validZones.has(value)) return true;
  if (value.length === 0 || value.length > 64 || !/^[A-Za-z]/.test(value)) return false;
  try {
    formatFor(value);
  } catch {
    return false;
  }
  if (validZones.size < MAX_CACHED_ZONES) validZones.add(value);
  return true;
}

/**
 * Checks that `value` is an IANA time zone and returns it.
 *
 * @param value - the zone name to check
 * @param path - where the value sits, for the error (default `['timeZone']`)
 * @returns `value`
 * @throws AftersalesError `time.invalid_zone`, or `input.required` / `input.invalid_type`
 *
 * @example
 * parseTimeZone('Asia/Shanghai'); // 'Asia/Shanghai'
 * parseTimeZone('China Standard Time'); // throws time.invalid_zone
 */
export function parseTimeZone(value: unknown, path: IssuePath = ['timeZone']): string {
  if (isTimeZone(value)) return value;
  const where = checkPath(path, ['timeZone']);
  if (value === undefined) raise('input.required', where);
  if (typeof value !== 'string') {
    raise('input.invalid_type', where, { expected: 'an IANA time zone name', received: typeName(value) });
  }
  return raise('time.invalid_zone', where, { value: describeValue(value) });
}

/** Parses the `GMT±HH:MM[:SS]` text of a `longOffset` format into milliseconds. */
function parseOffset(text: string): number {
  const known = parsedOffsets.get(text);
  if (known !== undefined) return known;
  const at = text.lastIndexOf('GMT');
  const match = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.slice(at + 3));
  let offset = 0;
  if (match !== null) {
    const size = (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0)) * 1000;
    offset = match[1] === '-' ? -size : size;
  } else if (at < 0 || text.slice(at + 3) !== '') {
    // Plain "GMT" is offset zero; anything else means the runtime formats offsets differently.
    throw new Error(`Unexpected time-zone offset text from Intl: '${text}'`);
  }
  parsedOffsets.set(text, offset);
  return offset;
}

function intlOffsetMsAt(timeZone: string, epochMs: number): number {
  return parseOffset(formatFor(timeZone).format(epochMs));
}

// Asking Intl for an offset costs about a microsecond; an audit of 100,000 repair orders asks
// millions of times. Offsets are cached per UTC day: a day is cached only when the offset is the
// same at its first and last millisecond, so a day holding a transition (twice a year in a DST
// zone) is never cached and is answered by Intl each time. This relies on no zone changing its
// offset and changing it back within one day, which no zone in the tz database does.
const SLICE_MS = DAY_MS;
const MAX_SLICES = 200_000;
const slices = new Map<string, Map<number, number>>();

/** Internal: the UTC offset of `timeZone` (already validated) at an instant, in milliseconds. */
export function offsetMsAt(timeZone: string, epochMs: number): number {
  let zone = slices.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    slices.set(timeZone, zone);
  }
  const slice = Math.floor(epochMs / SLICE_MS);
  const cached = zone.get(slice);
  if (cached !== undefined) return cached;
  const first = intlOffsetMsAt(timeZone, slice * SLICE_MS);
  const last = intlOffsetMsAt(timeZone, slice * SLICE_MS + SLICE_MS - 1);
  if (first !== last) return intlOffsetMsAt(timeZone, epochMs);
  if (zone.size >= MAX_SLICES) zone.clear();
  zone.set(slice, first);
  return first;
}

/** Internal: an instant's local day number and milliseconds since local midnight. */
export function toLocalTime(timeZone: string, epochMs: number): { epochDay: number; msOfDay: number } {
  const wall = epochMs + offsetMsAt(timeZone, epochMs);
  const epochDay = Math.floor(wall / DAY_MS);
  return { epochDay, msOfDay: wall - epochDay * DAY_MS };
}

/**
 * Internal: the instant at which clocks in `timeZone` show `wallMs` (a local date-time written as
 * if it were UTC milliseconds).
 *
 * A wall time that happens twice (DST ends) resolves to the earlier instant; one that never
 * happens (DST starts) is pushed forward by the length of the gap, so 02:30 on a spring-forward
 * night in New York becomes 03:30. These are `Temporal`'s `'compatible'` rules, and they make a
 * day whose midnight is skipped (Chile) start at its first real instant.
 */
export function wallToEpochMs(timeZone: string, wallMs: number): number {
  // The offsets a day either side bracket any transition near the wall time (zones change at
  // most a few times a year).
  const before = offsetMsAt(timeZone, wallMs - DAY_MS);
  const after = offsetMsAt(timeZone, wallMs + DAY_MS);
  let earliest: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wallMs - offset;
    if (
      candidate + offsetMsAt(timeZone, candidate) === wallMs &&
      (earliest === undefined || candidate < earliest)
    ) {
      earliest = candidate;
    }
  }
  return earliest ?? wallMs - before;
}

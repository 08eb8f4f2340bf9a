import type { ReadingSourceCode } from './readingSource';

/**
 * The claims of the audited vehicles (earlier ones of the history, then the batch's), grouped by
 * VIN slot in one typed array, each entry a run of integers: what the duplicate and odometer
 * checks compare (repair day, km, a hash of the RO id) and, for a batch claim, its highest and
 * latest earlier reading so far. A history of millions of rows is read in random VIN order: the
 * entries of one vehicle sit side by side, so a vehicle's claims cost one memory access, not one
 * per field and claim.
 */

const DAY = 0;
const KM = 1;
const RO_HASH = 2;
/** Which claim: `row × 2`, + 1 for a batch row. */
const REF = 3;
const HIGH_KM = 4;
const HIGH_DAY = 5;
/** A reading: `row × 8 + source`. */
const HIGH_REF = 6;
const LATE_KM = 7;
const LATE_DAY = 8;
const LATE_REF = 9;
const STRIDE = 10;

/** Which earlier reading: the highest or the latest. */
export const HIGHEST = HIGH_KM;
export const LATEST = LATE_KM;
export type ReadingKind = typeof HIGHEST | typeof LATEST;

/** FNV-1a of a string's UTF-16 code units: RO ids compared as integers first, as strings on a match. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash | 0;
}

/** A claim as the table is built from it. */
export interface TableClaim {
  readonly repairDay: number;
  readonly odometerKm: number;
  readonly roId: string;
}

export class ClaimTable {
  /** Entries of slot `s`: `start[s]` … `start[s + 1] − 1`. */
  readonly start: Int32Array;
  readonly data: Int32Array;
  /** The entry of each batch row (−1: malformed). */
  readonly entryOfRow: Int32Array;

  /**
   * @param historySlots - the slot of each earlier claim (−1: not an audited vehicle)
   * @param batchSlots - the slot of each batch row (−1: malformed)
   * @param claimAt - the claim of a history (`batch` false) or batch row
   */
  constructor(
    slotCount: number,
    historySlots: Int32Array,
    batchSlots: Int32Array,
    claimAt: (batch: boolean, row: number) => TableClaim,
  ) {
    const start = new Int32Array(slotCount + 1);
    const count = (slots: Int32Array) => {
      for (const slot of slots) if (slot >= 0) start[slot + 1] = (start[slot + 1] as number) + 1;
    };
    count(historySlots);
    count(batchSlots);
    for (let slot = 0; slot < slotCount; slot++)
      start[slot + 1] = (start[slot + 1] as number) + (start[slot] as number);
    const next = start.slice(0, slotCount);
    const data = new Int32Array((start[slotCount] as number) * STRIDE);
    const entryOfRow = new Int32Array(batchSlots.length).fill(-1);
    const place = (slots: Int32Array, batch: boolean) => {
      for (let row = 0; row < slots.length; row++) {
        const slot = slots[row] as number;
        if (slot < 0) continue;
        const entry = next[slot] as number;
        next[slot] = entry + 1;
        const claim = claimAt(batch, row);
        const at = entry * STRIDE;
        data[at + DAY] = claim.repairDay;
        data[at + KM] = claim.odometerKm;
        data[at + RO_HASH] = hashOf(claim.roId);
        data[at + REF] = row * 2 + (batch ? 1 : 0);
        data[at + HIGH_KM] = -1;
        data[at + LATE_KM] = -1;
        if (batch) entryOfRow[row] = entry;
      }
    };
    place(historySlots, false);
    place(batchSlots, true);
    this.start = start;
    this.data = data;
    this.entryOfRow = entryOfRow;
  }

  day(entry: number): number {
    return this.data[entry * STRIDE + DAY] as number;
  }

  km(entry: number): number {
    return this.data[entry * STRIDE + KM] as number;
  }

  roHash(entry: number): number {
    return this.data[entry * STRIDE + RO_HASH] as number;
  }

  isBatch(entry: number): boolean {
    return ((this.data[entry * STRIDE + REF] as number) & 1) === 1;
  }

  row(entry: number): number {
    return (this.data[entry * STRIDE + REF] as number) >> 1;
  }

  /** Offers batch entry `entry` a reading earlier than it and not of its own RO (ties keep the first). */
  offer(entry: number, day: number, km: number, source: ReadingSourceCode, row: number): void {
    const data = this.data;
    const at = entry * STRIDE;
    if (km > (data[at + HIGH_KM] as number)) {
      data[at + HIGH_KM] = km;
      data[at + HIGH_DAY] = day;
      data[at + HIGH_REF] = row * 8 + source;
    }
    const lateKm = data[at + LATE_KM] as number;
    const lateDay = data[at + LATE_DAY] as number;
    if (lateKm < 0 || day > lateDay || (day === lateDay && km > lateKm)) {
      data[at + LATE_KM] = km;
      data[at + LATE_DAY] = day;
      data[at + LATE_REF] = row * 8 + source;
    }
  }

  /** The km of the highest (`HIGH`) or latest (`LATE`) earlier reading of a batch entry (−1: none). */
  readingKm(entry: number, which: ReadingKind): number {
    return this.data[entry * STRIDE + which] as number;
  }

  /** Its day. */
  readingDay(entry: number, which: ReadingKind): number {
    return this.data[entry * STRIDE + which + 1] as number;
  }

  /** Its source and row. */
  readingRef(entry: number, which: ReadingKind): { source: number; row: number } {
    const ref = this.data[entry * STRIDE + which + 2] as number;
    return { source: ref & 7, row: Math.floor(ref / 8) };
  }
}

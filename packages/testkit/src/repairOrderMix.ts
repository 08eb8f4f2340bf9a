import type { RepairOrderKind } from '@aftersales/core';
import type { Random } from './random';

/**
 * The dealer manuals' mix of repair-order kinds (weights in %), and who pays each kind's main
 * job, shared by the generators of RO logs and RO records.
 */

/** Kinds of RO with their weight in % (maintenance 45, first maintenance 8, repair 20, …). */
export const KINDS: readonly [RepairOrderKind, number][] = [
  ['maintenance', 45],
  ['first_maintenance', 8],
  ['repair', 20],
  ['warranty', 8],
  ['insurance', 12],
  ['bodyshop', 7],
];

/** One kind, drawn with the weights of {@link KINDS}. */
export function pickKind(random: Random): RepairOrderKind {
  let roll = random.int(1, 100);
  for (const [kind, weight] of KINDS) {
    roll -= weight;
    if (roll <= 0) return kind;
  }
  return 'maintenance';
}

/** Who pays the main job of each kind (first maintenance is free to the customer: the carmaker pays). */
export const PAY: Record<RepairOrderKind, 'CP' | 'W' | 'I' | 'INS'> = {
  maintenance: 'CP',
  first_maintenance: 'W',
  repair: 'CP',
  warranty: 'W',
  recall: 'W',
  insurance: 'INS',
  bodyshop: 'CP',
  internal: 'I',
  rescue: 'CP',
  accessory: 'CP',
  pdi: 'I',
};

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Beijing's offset: China has no DST, so instants are written at a fixed +08:00. */
export const SHANGHAI = 8 * HOUR;

let cachedDay = Number.NaN;
let cachedDate = '';
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Formats an epoch time (whole seconds) as an instant at +08:00. The date part is cached: the
 * generators write many instants of the same day, and `toISOString` is slow at millions.
 */
export function beijingInstant(ms: number): string {
  const local = ms + SHANGHAI;
  const day = Math.floor(local / DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY).toISOString().slice(0, 10);
  }
  const seconds = Math.floor((local - day * DAY) / 1000);
  return `${cachedDate}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}+08:00`;
}

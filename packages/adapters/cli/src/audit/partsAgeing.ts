import { addCalendarMonths, type Citation, type LocalizedText } from '@aftersales/core';
import { defaultStockingPolicy } from '@aftersales/parts';

/**
 * An ageing bucket of stock: by whole months since the part last moved.
 *
 * @example
 * const bucket: AgeingBucket = ageingBucketOf('2024-03-15', '2025-01-01'); // 'slow'
 */
export type AgeingBucket = 'moving' | 'slow' | 'obsolete' | 'no_movement';

/**
 * A bucket, its label and where its limits come from.
 *
 * @example
 * const slow: AgeingBucketDefinition | undefined = ageingBuckets.find((b) => b.bucket === 'slow');
 */
export interface AgeingBucketDefinition {
  readonly bucket: AgeingBucket;
  readonly label: LocalizedText;
  readonly cite: Citation;
}

// The manuals' limits, as the parts package's default policy holds them: slow-moving (滞销) after
// 6 months (KPI-CATALOG parts.slow.share: "no issue for ≥ 6 months", target manual:parts.slow.moving),
// obsolete (呆滞, GLOSSARY 滞销件 / 呆滞件) after 12 (the policy's movement.obsoleteMonths).
const { slowMonths, obsoleteMonths } = defaultStockingPolicy.movement;

/**
 * The ageing buckets, youngest first. The limits are the manuals' slow-moving and obsolete
 * thresholds (`defaultStockingPolicy.movement`: 6 and 12 months, `manual:parts.slow.moving`), the
 * same the parts package's movement class uses; a part with no movement on record has its own
 * bucket rather than a guessed age.
 *
 * @example
 * ageingBuckets.map((b) => b.bucket); // ['moving', 'slow', 'obsolete', 'no_movement']
 */
export const ageingBuckets: readonly AgeingBucketDefinition[] = Object.freeze([
  {
    bucket: 'moving',
    label: { en: `Moved within ${slowMonths} months`, zh: `${slowMonths} 个月内有出入库` },
    cite: 'manual:parts.slow.moving',
  },
  {
    bucket: 'slow',
    label: {
      en: `Slow-moving: ${slowMonths} to ${obsoleteMonths} months without movement`,
      zh: `滞销：${slowMonths}–${obsoleteMonths} 个月无出入库`,
    },
    cite: 'manual:parts.slow.moving',
  },
  {
    bucket: 'obsolete',
    label: {
      en: `Obsolete: ${obsoleteMonths} months or more without movement`,
      zh: `呆滞：${obsoleteMonths} 个月及以上无出入库`,
    },
    cite: 'oem:aftersales-default#movement.obsoleteMonths',
  },
  {
    bucket: 'no_movement',
    label: { en: 'No movement on record', zh: '无出入库记录' },
    cite: 'manual:parts.slow.moving',
  },
]);

/**
 * The bucket of a part that last moved on `lastMovedOn`, at `asOf`. Months are whole calendar
 * months, a month counting once its day is reached (the slow-share KPI's convention: moved on or
 * before `asOf` − 6 months is slow, with the month-end clamped); a movement after `asOf` is 0 months.
 *
 * @param lastMovedOn - the local date of its last movement, or undefined when none is on record
 * @param asOf - the audit's day
 * @example
 * ageingBucketOf('2024-07-01', '2025-01-01'); // 'slow' (6 whole months)
 * ageingBucketOf('2024-07-02', '2025-01-01'); // 'moving'
 */
export function ageingBucketOf(lastMovedOn: string | undefined, asOf: string): AgeingBucket {
  if (lastMovedOn === undefined) return 'no_movement';
  if (lastMovedOn <= addCalendarMonths(asOf, -obsoleteMonths)) return 'obsolete';
  if (lastMovedOn <= addCalendarMonths(asOf, -slowMonths)) return 'slow';
  return 'moving';
}

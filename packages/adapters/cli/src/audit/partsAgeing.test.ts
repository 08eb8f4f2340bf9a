import { describe, expect, it } from 'vitest';
import { ageingBucketOf, ageingBuckets } from './partsAgeing';

describe('ageingBucketOf', () => {
  it('counts whole months: 6 to the day is slow, a day less is not (manual:parts.slow.moving)', () => {
    // 2025-01-01 − 6 months = 2024-07-01; − 12 months = 2024-01-01
    expect(ageingBucketOf('2024-07-02', '2025-01-01')).toBe('moving');
    expect(ageingBucketOf('2024-07-01', '2025-01-01')).toBe('slow');
    expect(ageingBucketOf('2024-01-02', '2025-01-01')).toBe('slow');
    expect(ageingBucketOf('2024-01-01', '2025-01-01')).toBe('obsolete');
  });

  it('clamps the month end: six months before 2024-08-31 is 2024-02-29', () => {
    expect(ageingBucketOf('2024-02-29', '2024-08-31')).toBe('slow');
    expect(ageingBucketOf('2024-03-01', '2024-08-31')).toBe('moving');
  });

  it('puts a part with no movement on record in its own bucket, and a later one at 0 months', () => {
    expect(ageingBucketOf(undefined, '2025-01-01')).toBe('no_movement');
    expect(ageingBucketOf('2025-02-01', '2025-01-01')).toBe('moving');
  });

  it('labels every bucket in English and Chinese, youngest first', () => {
    expect(ageingBuckets.map((b) => [b.bucket, b.label.zh])).toEqual([
      ['moving', '6 个月内有出入库'],
      ['slow', '滞销：6–12 个月无出入库'],
      ['obsolete', '呆滞：12 个月及以上无出入库'],
      ['no_movement', '无出入库记录'],
    ]);
  });
});

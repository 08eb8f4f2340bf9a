import { describe, expect, it } from 'vitest';
import { zoneTail } from './zoneTail';

describe('zoneTail', () => {
  it('finds the end of Shanghai’s last DST: 1991-09-15 02:00 at +09:00, then +08:00 for good', () => {
    // 1991-09-15T02:00+09:00 = 1991-09-14T17:00Z = Date.UTC(1991, 8, 14, 17) = 684,867,600,000 ms.
    expect(zoneTail('Asia/Shanghai')).toEqual({ sinceMs: 684_867_600_000, offsetMs: 8 * 3_600_000 });
  });

  it('starts a zone stable since before 1970 on 1970-01-02, and gives none to a zone with DST', () => {
    // UTC never moved; Date.UTC(1970, 0, 2) = 86,400,000 ms keeps epoch arithmetic above zero.
    expect(zoneTail('UTC')).toEqual({ sinceMs: 86_400_000, offsetMs: 0 });
    expect(zoneTail('America/Los_Angeles')).toBeNull();
  });

  it('reads offsets of minutes: Kathmandu at +05:45 since 1986', () => {
    // Nepal moved from +05:30 to +05:45 at 1986-01-01 00:00 local = 1985-12-31T18:30Z.
    expect(zoneTail('Asia/Kathmandu')).toEqual({
      sinceMs: Date.UTC(1985, 11, 31, 18, 30),
      offsetMs: (5 * 60 + 45) * 60_000,
    });
  });
});

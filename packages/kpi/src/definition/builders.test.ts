import { describe, expect, it } from 'vitest';
import { count, countDistinct, field, sum } from './builders';

describe('measure builders', () => {
  it('take null options as none (a JavaScript caller passes either)', () => {
    expect(count(null as never)).toEqual({ agg: 'count' });
    expect(sum(field('soldHours'), null as never)).toEqual({ agg: 'sum', of: { field: 'soldHours' } });
    expect(countDistinct(field('vin'), null as never)).toEqual({
      agg: 'countDistinct',
      of: { field: 'vin' },
    });
  });
});

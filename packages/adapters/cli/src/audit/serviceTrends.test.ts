import { describe, expect, it } from 'vitest';
import { trendBound } from './serviceTrends';

describe('trendBound', () => {
  it('draws the only bound, or the bound a band’s direction cares about', () => {
    expect(trendBound({ below: '2', cite: 'manual:ro.comeback' }, 'lower')).toBe('2');
    expect(trendBound({ atLeast: '65', atMost: '75', cite: 'manual:catalog.labor.gp' }, 'higher')).toBe('65');
    expect(trendBound({ atLeast: '0', atMost: '4', cite: 'manual:x' }, 'lower')).toBe('4');
    // parts.labor.ratio 0.8–1.2, direction none: two lines, none drawn.
    expect(
      trendBound({ atLeast: '0.8', atMost: '1.2', cite: 'manual:catalog.parts.labor.ratio' }, 'none'),
    ).toBe(undefined);
  });
});

import { describe, expect, it } from 'vitest';
import { testIo } from '../testing/testIo';
import { startProgress } from './progress';

describe('startProgress', () => {
  it('draws nothing when standard error is not a terminal', () => {
    const io = testIo('/');
    const progress = startProgress(io, 'ro.csv', 1000);
    progress.advance(500, 10);
    progress.stop();
    expect(io.err()).toBe('');
  });

  it('draws a bar that ends at 100 % with the rows read, on a terminal', () => {
    const io = testIo('/', { isTTY: true });
    const progress = startProgress(io, 'ro.csv', 1000);
    progress.advance(400, 0);
    progress.advance(600, 25);
    progress.stop();
    expect(io.err()).toContain('ro.csv [');
    expect(io.err()).toContain('100% | 25 rows');
  });
});

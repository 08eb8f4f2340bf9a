import { describe, expect, it } from 'vitest';
import { chromiumDecision, localChromiumDecision } from './chromiumDecision';

describe('chromiumDecision', () => {
  it('returns run with the path when the browser exists, in CI or not', () => {
    for (const ci of [true, false]) {
      expect(chromiumDecision({ executablePath: '/usr/bin/chromium', exists: true, ci })).toEqual({
        kind: 'run',
        executablePath: '/usr/bin/chromium',
      });
    }
  });

  it('returns skip with the reason on a developer machine without the browser', () => {
    const decision = chromiumDecision({ executablePath: '/opt/none/chromium', exists: false, ci: false });
    expect(decision.kind).toBe('skip');
    expect(decision).toMatchObject({ reason: expect.stringContaining('/opt/none/chromium') });
  });

  it('returns fail in CI without the browser', () => {
    const decision = chromiumDecision({ executablePath: '/opt/none/chromium', exists: false, ci: true });
    expect(decision.kind).toBe('fail');
    expect(decision).toMatchObject({ reason: expect.stringContaining('/opt/none/chromium') });
  });
});

describe('localChromiumDecision', () => {
  it('returns fail for a CHROMIUM_PATH that does not exist when CI is true', () => {
    expect(localChromiumDecision({ CHROMIUM_PATH: '/nonexistent/chromium', CI: 'true' }).kind).toBe('fail');
    expect(localChromiumDecision({ CHROMIUM_PATH: '/nonexistent/chromium' }).kind).toBe('skip');
  });
});

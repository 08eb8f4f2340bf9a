import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serveArgs';

function issueOf(run: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
}

describe('parseServeArgs', () => {
  it('reads the flags, repeatable --api-key and --flag=value forms', () => {
    expect(
      parseServeArgs(
        ['--port', '0', '--host=0.0.0.0', '--api-key', 'a', '--api-key=b', '--body-limit', '4096'],
        {},
      ),
    ).toEqual({
      command: 'serve',
      options: { port: 0, hostname: '0.0.0.0', apiKeys: ['a', 'b'], bodyLimit: 4096 },
    });
  });

  it('reads the environment, and the flags win over it', () => {
    const env = { AFTERSALES_PORT: '9000', AFTERSALES_HOST: '::1', AFTERSALES_API_KEYS: ' k1, k2 ,,' };
    expect(parseServeArgs([], env)).toEqual({
      command: 'serve',
      options: { port: 9000, hostname: '::1', apiKeys: ['k1', 'k2'] },
    });
    expect(parseServeArgs(['--port', '9100', '--api-key', 'only'], env)).toEqual({
      command: 'serve',
      options: { port: 9100, hostname: '::1', apiKeys: ['only'] },
    });
  });

  it('gives the defaults to startServer when nothing is said', () => {
    expect(parseServeArgs([], {})).toEqual({ command: 'serve', options: {} });
    expect(parseServeArgs(['--help'], {})).toEqual({ command: 'help' });
  });

  it('refuses an unknown flag, a missing value and a bad port with coded errors', () => {
    expect(issueOf(() => parseServeArgs(['--verbose'], {}))).toEqual({
      code: 'input.invalid',
      path: ['--verbose'],
    });
    expect(issueOf(() => parseServeArgs(['--port'], {}))).toEqual({
      code: 'input.required',
      path: ['--port'],
    });
    expect(issueOf(() => parseServeArgs(['--port', '--host'], {}))).toEqual({
      code: 'input.required',
      path: ['--port'],
    });
    expect(issueOf(() => parseServeArgs(['--port', '65536'], {}))).toEqual({
      code: 'input.invalid',
      path: ['--port'],
    });
    expect(issueOf(() => parseServeArgs([], { AFTERSALES_PORT: 'http' }))).toEqual({
      code: 'input.invalid',
      path: ['AFTERSALES_PORT'],
    });
    expect(issueOf(() => parseServeArgs(['--body-limit', '0'], {}))).toEqual({
      code: 'input.invalid',
      path: ['--body-limit'],
    });
  });
});

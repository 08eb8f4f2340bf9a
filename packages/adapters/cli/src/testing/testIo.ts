import type { CliIo } from '../cli/cliIo';

/** A CliIo that keeps what is written, for tests. */
export function testIo(
  cwd: string,
  overrides: Partial<CliIo> = {},
): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: false,
    cwd,
    env: {},
    ...overrides,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

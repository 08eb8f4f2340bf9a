import { AftersalesError } from '@aftersales/core';
import type { CliIo } from './cliIo';

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function wrong(path: readonly (string | number)[], expected: string, value: unknown): AftersalesError {
  return AftersalesError.of('input.invalid_type', path, { expected, received: kind(value) });
}

/**
 * Checks what an embedding program hands `runCli` before anything runs: `argv` a list of strings,
 * `io` a {@link CliIo}. A wrong one is a coded `input.invalid_type` naming the field (`['argv', 2]`,
 * `['io', 'stdout']`), never a TypeError half-way through a command.
 *
 * @throws AftersalesError `input.invalid_type`, or `input.invalid_value` for `io.lang`
 * @example
 * checkCliCall(['schema'], { stdout: console.log, stderr: console.error, isTTY: false, cwd: '.', env: {} });
 */
export function checkCliCall(argv: unknown, io: unknown): asserts io is CliIo {
  if (!Array.isArray(argv)) throw wrong(['argv'], 'array of strings', argv);
  argv.forEach((arg, index) => {
    if (typeof arg !== 'string') throw wrong(['argv', index], 'string', arg);
  });
  if (io === null || typeof io !== 'object' || Array.isArray(io)) throw wrong(['io'], 'object (CliIo)', io);
  const given = io as Record<string, unknown>;
  for (const key of ['stdout', 'stderr'] as const) {
    if (typeof given[key] !== 'function') throw wrong(['io', key], 'function', given[key]);
  }
  if (typeof given.isTTY !== 'boolean') throw wrong(['io', 'isTTY'], 'boolean', given.isTTY);
  if (typeof given.cwd !== 'string') throw wrong(['io', 'cwd'], 'string', given.cwd);
  if (given.env === null || typeof given.env !== 'object') throw wrong(['io', 'env'], 'object', given.env);
  if (given.lang !== undefined && given.lang !== 'en' && given.lang !== 'zh') {
    throw AftersalesError.of('input.invalid_value', ['io', 'lang'], { allowed: ['en', 'zh'] });
  }
  if (given.signal !== undefined && !(given.signal instanceof AbortSignal)) {
    throw wrong(['io', 'signal'], 'AbortSignal', given.signal);
  }
}

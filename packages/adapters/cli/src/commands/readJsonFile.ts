import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AftersalesError } from '@aftersales/core';
import type { CliIo } from '../cli/cliIo';

/**
 * A JSON file named by an argument, parsed; a missing file or bad JSON is a coded error naming
 * the option and the file (exit code 2).
 *
 * @example
 * const request = await readJsonFile(io, 'request.json', 'request');
 */
export async function readJsonFile(io: CliIo, file: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw AftersalesError.of('cli.unreadable_file', [option], {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw AftersalesError.of('cli.invalid_json', [option], {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

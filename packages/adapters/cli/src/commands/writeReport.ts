import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AftersalesError } from '@aftersales/core';
import type { CliIo } from '../cli/cliIo';

/**
 * Writes the HTML report where `--report` says; a path that cannot be written is a coded error
 * naming it (exit code 2).
 *
 * @example
 * await writeReport(io, 'aftersales-report.html', html);
 */
export async function writeReport(io: CliIo, file: string, html: string): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, file), html, 'utf8');
  } catch (error) {
    throw AftersalesError.of('cli.unwritable_file', ['--report'], {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

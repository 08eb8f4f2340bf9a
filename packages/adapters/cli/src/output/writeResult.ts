import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AftersalesError } from '@aftersales/core';
import type { CliIo } from '../cli/cliIo';
import type { CommandResult } from './commandResult';
import { renderCsv } from './renderCsv';
import { renderTable } from './renderTable';

/** The output formats: terminal tables, JSON, CSV, or the HTML report. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'html';

/** The formats a command may be asked for. */
export const outputFormats: readonly OutputFormat[] = ['table', 'json', 'csv', 'html'];

function render(result: CommandResult, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result.json, null, 2)}\n`;
    case 'csv': {
      const table = result.csv ?? result.tables[0];
      return table === undefined ? '' : renderCsv(table);
    }
    case 'html':
      if (result.html === undefined) {
        throw AftersalesError.of('cli.invalid_argument', ['--format'], {
          reason: 'this command has no HTML form (use table, json or csv)',
          reasonZh: '该命令没有 HTML 输出（请用 table、json 或 csv）',
        });
      }
      return result.html();
    default: {
      const blocks = [result.lines.join('\n'), ...result.tables.map(renderTable)].filter(
        (block) => block !== '',
      );
      return `${blocks.join('\n').replace(/\n*$/, '')}\n`;
    }
  }
}

/**
 * Writes a command's result in a format, to standard output or to `--out`.
 *
 * @example
 * await writeResult(io, { exitCode: 0, json: [], lines: ['ok'], tables: [] }, { format: 'table' });
 */
export async function writeResult(
  io: CliIo,
  result: CommandResult,
  options: { readonly format: OutputFormat; readonly out?: string },
): Promise<void> {
  const text = render(result, options.format);
  if (options.out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, options.out), text, 'utf8');
  } catch (error) {
    throw AftersalesError.of('cli.unwritable_file', ['--out'], {
      file: options.out,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

import type { ExitCode } from '../cli/exitCodes';
import type { TextTable } from './renderTable';

/**
 * What a command produced, before it is written out in the format asked for: the full answer as
 * JSON, the same answer as tables for the terminal, the one table a CSV holds, and — for the
 * audits — the HTML report.
 *
 * @example
 * const result: CommandResult = {
 *   exitCode: 0,
 *   json: { ok: true },
 *   lines: ['nothing found'],
 *   tables: [],
 * };
 */
export interface CommandResult {
  readonly exitCode: ExitCode;
  /** The whole answer, plain JSON (`--format json`). */
  readonly json: unknown;
  /** Lines printed above the tables (`--format table`). */
  readonly lines: readonly string[];
  readonly tables: readonly TextTable[];
  /** The table `--format csv` writes (default: the first of `tables`). */
  readonly csv?: TextTable;
  /** The HTML page `--format html` writes, when the command has one. */
  readonly html?: () => string;
}

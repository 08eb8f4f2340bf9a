import type { CliIo } from '../cli/cliIo';
import type { ExitCode } from '../cli/exitCodes';

/**
 * One `aftersales` command: its words (`['claims', 'audit']`), a line of help in each language,
 * its usage text, and what it does with the arguments after its words.
 *
 * @example
 * const hello: Command = {
 *   words: ['hello'],
 *   summary: { en: 'says hello', zh: '打招呼' },
 *   usage: { en: 'Usage: aftersales hello', zh: '用法：aftersales hello' },
 *   run: async (_args, io) => { io.stdout('hello\n'); return 0; },
 * };
 */
export interface Command {
  readonly words: readonly string[];
  readonly summary: { readonly en: string; readonly zh: string };
  /** The `--help` text, in English and Chinese. */
  readonly usage: { readonly en: string; readonly zh: string };
  readonly run: (args: readonly string[], io: CliIo) => Promise<ExitCode>;
}

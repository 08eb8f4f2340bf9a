import type { Lang } from './messages';

/**
 * What a command may touch of the outside world. `runCli` takes it as an argument, so the
 * commands run in tests without a process, a terminal or a real file system path of their own.
 *
 * @example
 * const lines: string[] = [];
 * const io: CliIo = {
 *   stdout: (text) => lines.push(text),
 *   stderr: (text) => lines.push(text),
 *   isTTY: false,
 *   cwd: '/tmp',
 *   env: {},
 * };
 */
export interface CliIo {
  /** Writes to standard output (the text carries its own line ends). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error: progress, warnings, errors. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal: progress bars are drawn only then. */
  readonly isTTY: boolean;
  /** Relative paths in arguments are read from here. */
  readonly cwd: string;
  /** The environment: `AFTERSALES_LANG` chooses the language when `--lang` is not given. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Overrides the language, e.g. from `--lang`. */
  readonly lang?: Lang;
  /** Aborted when the process is asked to stop (SIGINT, SIGTERM): `aftersales serve` closes then. */
  readonly signal?: AbortSignal;
}

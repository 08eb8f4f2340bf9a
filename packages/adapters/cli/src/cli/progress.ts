import { SingleBar } from 'cli-progress';
import type { CliIo } from './cliIo';
import { chooseLang } from './messages';

/** A progress bar for reading one file, by bytes read. */
export interface Progress {
  readonly advance: (bytes: number, rows: number) => void;
  readonly stop: () => void;
}

const quiet: Progress = { advance: () => {}, stop: () => {} };

/**
 * A bar on standard error while a file is read, drawn by cli-progress, and only on a terminal:
 * when standard error is a pipe or a log file (CI, scripts) nothing is written, so output that a
 * script parses stays clean.
 *
 * @example
 * const progress = startProgress(io, 'ro-headers.csv', 1_048_576);
 * progress.advance(65_536, 900);
 * progress.stop();
 */
export function startProgress(io: CliIo, label: string, totalBytes: number): Progress {
  if (!io.isTTY || totalBytes <= 0) return quiet;
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | ${chooseLang(io.lang, io.env) === 'zh' ? '已读 {rows} 行' : '{rows} rows'}`,
    hideCursor: true,
    clearOnComplete: false,
    // cli-progress draws through write() and readline's cursor codes, which also go through write().
    stream: {
      write: (text: string) => io.stderr(text),
      isTTY: true,
      columns: 100,
    } as unknown as NodeJS.WriteStream,
    noTTYOutput: false,
  });
  let read = 0;
  let rows = 0;
  bar.start(totalBytes, 0, { rows: 0 });
  return {
    advance: (bytes, rowCount) => {
      read += bytes;
      rows += rowCount;
      bar.update(Math.min(read, totalBytes), { rows });
    },
    stop: () => {
      bar.update(totalBytes, { rows });
      bar.stop();
    },
  };
}

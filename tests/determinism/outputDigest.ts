import { createHash } from 'node:crypto';
import type { CaseOutput } from './determinismCases';

/** A case's output reduced to what two runs compare: the exit code and a hash of each stream. */
export interface CaseDigest {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The digest of every case, by name.
 *
 * @example
 * digestOutputs({ a: { exitCode: 0, stdout: '', stderr: '' } }).a?.stdout; // 'e3b0c442…'
 */
export function digestOutputs(outputs: Readonly<Record<string, CaseOutput>>): Record<string, CaseDigest> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, output]) => [
      name,
      { exitCode: output.exitCode, stdout: sha256(output.stdout), stderr: sha256(output.stderr) },
    ]),
  );
}

/** The host settings a process runs under, as the JavaScript engine sees them. */
export interface HostSettings {
  /** The default time zone (`TZ`). */
  readonly timeZone: string;
  /** The host offset in minutes on 2024-01-15, as `Date#getTimezoneOffset` gives it. */
  readonly januaryOffset: number;
  /** The default locale of `Intl` (from `LC_ALL`, `LANG`). */
  readonly locale: string;
  /** 1234.5 formatted in the default locale. */
  readonly number: string;
}

/**
 * What this process's `TZ`, `LANG` and `LC_ALL` did to the engine: the test checks them, so that a
 * child that did not get its settings cannot make the comparison pass by accident.
 *
 * @example
 * hostSettings().timeZone; // 'UTC' under TZ=UTC
 */
export function hostSettings(): HostSettings {
  return {
    timeZone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
    januaryOffset: new Date('2024-01-15T00:00:00Z').getTimezoneOffset(),
    locale: new Intl.NumberFormat().resolvedOptions().locale,
    number: (1234.5).toLocaleString(),
  };
}

/**
 * Where two texts first differ: the line number and both lines (cut to 200 characters), for a
 * failure message that points at the byte that moved.
 *
 * @example
 * firstDifference('a\nb\n', 'a\nc\n'); // 'line 2:\n  b\n  c'
 */
export function firstDifference(a: string, b: string): string {
  if (a === b) return 'identical';
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  const at = index === -1 ? left.length : index;
  const cut = (line: string | undefined) => (line === undefined ? '<end>' : line.slice(0, 200));
  return `line ${at + 1}:\n  ${cut(left[at])}\n  ${cut(right[at])}`;
}

import { type AftersalesError, isAftersalesError, type Result } from '@aftersales/core';
import type { FileKind, FileRowResult, FileSource, ImportResult, ImportSummary } from '../types';
import type { ImportOptions } from './importOptions';
import type { KindRecord } from './kindRecords';
import { streamRecords } from './streamRecords';

/**
 * Reads a whole DMS export into memory: every row's result, in file order, and the summary. For
 * files too large to hold, iterate {@link streamRecords} instead.
 *
 * @param source - a file path, `{ path }`, `{ text }`, a Node Readable, an AsyncIterable of bytes, or bytes
 * @param options - the kind, the dealer's time zone, the profile, …; see {@link ImportOptions}
 * @returns the results (`summary.rowsRead === summary.accepted + summary.rejected`)
 * @throws AftersalesError for bad options and for a file that cannot be read as a whole
 *   (`file.encoding`, `file.no_header`, `file.missing_column`, `file.duplicate_column`, …)
 * @example
 * const { results, summary } = await importRecords('parts.csv', { kind: 'parts', timeZone: 'Asia/Shanghai' });
 * const parts = results.flatMap((result) => (result.ok ? [result.value] : []));
 */
export async function importRecords<K extends FileKind>(
  source: FileSource,
  options: ImportOptions<K>,
): Promise<ImportResult<KindRecord<K>>> {
  const stream = streamRecords(source, options);
  const results: FileRowResult<KindRecord<K>>[] = [];
  for await (const batch of stream.batches()) for (const result of batch) results.push(result);
  // Set when the last batch has been handed out, which the loop above waited for.
  return { results, summary: stream.summary as ImportSummary };
}

/**
 * {@link importRecords} that never throws: a bad option or a file that cannot be read comes back
 * as `{ ok: false, issues }`.
 *
 * @example
 * const read = await safeImportRecords(bytes, { kind: 'customers', timeZone: 'Asia/Shanghai', encoding: 'gb18030' });
 * if (!read.ok) console.log(read.issues[0]?.code); // e.g. 'file.encoding'
 */
export async function safeImportRecords<K extends FileKind>(
  source: FileSource,
  options: ImportOptions<K>,
): Promise<Result<ImportResult<KindRecord<K>>>> {
  try {
    return { ok: true, value: await importRecords(source, options) };
  } catch (error) {
    if (isAftersalesError(error)) return { ok: false, issues: (error as AftersalesError).issues };
    throw error;
  }
}

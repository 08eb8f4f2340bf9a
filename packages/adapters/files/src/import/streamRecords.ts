import { AftersalesError, type AftersalesIssue, createIssue, isAftersalesError } from '@aftersales/core';
import { byteChunks } from '../source/byteChunks';
import { decodeText } from '../source/decodeText';
import type { FileKind, FileRowResult, FileSource, ImportSummary } from '../types';
import { type BatchSink, csvBatches } from './csvBatches';
import { type ImportOptions, resolveOptions } from './importOptions';
import { jsonBatches, jsonLinesBatches } from './jsonBatches';
import type { KindRecord } from './kindRecords';

/**
 * A file being read: iterate it for one result per row (or {@link RecordStream.batches} for arrays
 * of results, cheaper per row), once. Rows come as the file is read, so memory stays bounded
 * whatever the file's size; `summary` is there once the last row has been handed out.
 */
export interface RecordStream<T> extends AsyncIterable<FileRowResult<T>> {
  /** The results in arrays, one per piece of the file read (a few thousand rows each). */
  batches(): AsyncIterable<readonly FileRowResult<T>[]>;
  /** The counts, once the file has been read to the end; `undefined` before. */
  readonly summary: ImportSummary | undefined;
}

/** Anything thrown while reading that is not already coded becomes `file.unreadable`. */
function coded(error: unknown): AftersalesError {
  if (isAftersalesError(error)) return error;
  const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  const reasonZh = reason === 'unknown error' ? '未知错误' : reason;
  return new AftersalesError([createIssue('file.unreadable', ['source'], { reason, reasonZh })]);
}

/**
 * Reads a DMS export row by row: CSV (UTF-8 with or without BOM, GB18030/GBK), JSON or JSON
 * Lines, mapped through a column profile to core records. Every row comes out as a record or a
 * rejection with its row number, column and coded reason; a bad row never stops the file. A file
 * that cannot be read as a whole (wrong encoding, no header, a required column missing) throws one
 * `AftersalesError` from the iteration instead; rows handed out before it stay valid.
 *
 * @param source - a file path, `{ path }`, `{ text }`, a Node Readable, an AsyncIterable of bytes, or bytes
 * @param options - the kind, the dealer's time zone, the profile, …; see {@link ImportOptions}
 * @throws AftersalesError at once for bad options (`input.*`, `time.invalid_zone`,
 *   `file.invalid_profile`); during iteration `file.encoding`, `file.no_header`,
 *   `file.missing_column`, `file.duplicate_column`, `file.invalid_json`, `file.unreadable`
 * @example
 * const stream = streamRecords('movements.csv', { kind: 'stockMovements', timeZone: 'Asia/Shanghai' });
 * for await (const result of stream) {
 *   if (!result.ok) console.log(result.row, result.issues[0]?.message.zh);
 * }
 * console.log(stream.summary?.accepted);
 */
export function streamRecords<K extends FileKind>(
  source: FileSource,
  options: ImportOptions<K>,
): RecordStream<KindRecord<K>> {
  const resolved = resolveOptions(options, source);
  const chunks = byteChunks(source);
  let summary: ImportSummary | undefined;
  let started = false;
  async function* batches(): AsyncGenerator<FileRowResult<KindRecord<K>>[]> {
    if (started)
      throw AftersalesError.of('input.invalid', ['stream'], {
        detail: 'a record stream is read once',
        detailZh: '记录流只能读取一次',
      });
    started = true;
    // A JSON array is often one line: its pieces are cut at any character boundary instead.
    const cutAt = resolved.format === 'json' ? 'boundary' : 'line';
    const text = decodeText(chunks, resolved.encoding, resolved.maxRowChars * 4, cutAt);
    const sink: BatchSink = { blankLines: 0, unusedColumns: [] };
    const reader =
      resolved.format === 'csv'
        ? csvBatches<KindRecord<K>>(text.pieces, resolved, sink)
        : resolved.format === 'json'
          ? jsonBatches<KindRecord<K>>(text.pieces, resolved, sink)
          : jsonLinesBatches<KindRecord<K>>(text.pieces, resolved, sink);
    let rowsRead = 0;
    let accepted = 0;
    const byCode: Record<string, number> = {};
    try {
      for await (const batch of reader) {
        rowsRead += batch.length;
        for (const result of batch) {
          if (result.ok) accepted += 1;
          else
            for (const code of new Set(result.issues.map((issue: AftersalesIssue) => issue.code)))
              byCode[code] = (byCode[code] ?? 0) + 1;
        }
        yield batch;
      }
    } catch (error) {
      throw coded(error);
    }
    const decodedAs = text.encoding();
    summary = {
      kind: resolved.spec.kind,
      format: resolved.format,
      encoding: decodedAs === 'undecided' ? 'utf-8' : decodedAs,
      rowsRead,
      accepted,
      rejected: rowsRead - accepted,
      blankLines: sink.blankLines,
      unusedColumns: sink.unusedColumns,
      rejectionsByCode: byCode,
    };
  }
  return {
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
    get summary() {
      return summary;
    },
  };
}

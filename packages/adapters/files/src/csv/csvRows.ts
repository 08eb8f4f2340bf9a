import { AftersalesError } from '@aftersales/core';
import Papa from 'papaparse';

/** Internal: a run of CSV rows as parsed, with the row number of the first. */
export interface CsvBatch {
  readonly rows: readonly string[][];
  /** Row number (1-based, the header is row 1) of `rows[0]`. */
  readonly firstRow: number;
  /** Rows PapaParse could not read cleanly (bad quotes), by index in `rows`, with why. */
  readonly malformed: ReadonlyMap<number, string> | undefined;
}

interface PapaResult {
  readonly data: string[][];
  readonly errors: readonly { readonly code: string; readonly row?: number }[];
  readonly meta: { readonly cursor: number };
}

/** The line break of a file, from its first line (PapaParse's low-level parser needs it given). */
function detectNewline(text: string): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}

const QUOTE_REASONS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted field is not closed before the end of the file',
  InvalidQuotes: 'a closing quote is followed by text (write a quote inside a quoted field as "")',
};

/**
 * Internal: parses decoded text pieces into CSV rows with PapaParse's low-level parser (RFC 4180
 * quoting: delimiters, line breaks and doubled quotes inside quoted fields). A row cut by the end
 * of a piece is kept and parsed again with the next piece, so nothing depends on where pieces end.
 *
 * @throws AftersalesError `file.malformed_row` when one row grows past `maxRowChars` (an unclosed
 *   quote would otherwise read the rest of the file into memory)
 */
export async function* csvRows(
  pieces: AsyncIterable<string>,
  delimiter: string,
  maxRowChars: number,
): AsyncGenerator<CsvBatch> {
  let parser: Papa.Parser | undefined;
  let pending = '';
  let nextRow = 1;
  const tooLong = (): never => {
    throw AftersalesError.of('file.malformed_row', ['row', nextRow], {
      reason: `the row is longer than ${maxRowChars} characters (is a quote not closed?)`,
      reasonZh: `该行超过 ${maxRowChars} 个字符（是否有未闭合的引号？）`,
    });
  };
  const run = (text: string, final: boolean): CsvBatch | undefined => {
    if (parser === undefined) {
      // The line break is known once a LF is read, or a CR that is not the last character read.
      const cr = text.indexOf('\r');
      const known = text.includes('\n') || (cr >= 0 && cr < text.length - 1);
      if (!known && !final) {
        pending = text;
        return undefined;
      }
      parser = new Papa.Parser({ delimiter, newline: detectNewline(text), quoteChar: '"' });
    }
    const result = parser.parse(text, 0, !final) as PapaResult;
    const rows = result.data;
    pending = final ? '' : text.slice(result.meta.cursor);
    let malformed: Map<number, string> | undefined;
    for (const error of result.errors) {
      if (error.row === undefined || error.row >= rows.length) continue; // re-read with the next piece
      malformed ??= new Map();
      malformed.set(error.row, QUOTE_REASONS[error.code] ?? error.code);
    }
    if (rows.length === 0) return undefined;
    const batch: CsvBatch = { rows, firstRow: nextRow, malformed };
    nextRow += rows.length;
    return batch;
  };
  // Pieces are gathered until they are at least as long as the text kept from the last parse:
  // re-parsing a long open row (an unclosed quote) with every small piece would take time
  // quadratic in its length; this way each character is parsed a bounded number of times.
  let gathered: string[] = [];
  let gatheredLength = 0;
  for await (const piece of pieces) {
    if (piece.length === 0) continue;
    gathered.push(piece);
    gatheredLength += piece.length;
    if (gatheredLength < pending.length) continue;
    const text = pending + gathered.join('');
    gathered = [];
    gatheredLength = 0;
    const batch = run(text, false);
    if (batch !== undefined) yield batch;
    // Checked once the rows before it are handed out, so that `nextRow` is the long row's own.
    if (pending.length > maxRowChars) tooLong();
  }
  if (gatheredLength > 0) {
    const batch = run(pending + gathered.join(''), false);
    if (batch !== undefined) yield batch;
    if (pending.length > maxRowChars) tooLong();
  }
  if (pending.length > 0) {
    const batch = run(pending, true);
    if (batch !== undefined) yield batch;
  }
}

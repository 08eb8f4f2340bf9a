import type { AftersalesIssue } from '@aftersales/core';

/**
 * The kinds of DMS export this adapter reads, one core record each (labor and part lines carry the
 * RO number they belong to, so that {@link assembleRepairOrders} can put them on their RO; claim
 * labor ops and claim parts carry their claim number, for {@link assembleWarrantyClaims}).
 */
export type FileKind =
  | 'repairOrders'
  | 'laborLines'
  | 'partLines'
  | 'parts'
  | 'stockMovements'
  | 'warrantyClaims'
  | 'claimLaborOps'
  | 'claimParts'
  | 'subletLines'
  | 'roCharges'
  | 'customers';

/**
 * The text encodings a Chinese DMS exports. GBK is a subset of GB18030, so `gb18030` reads GBK
 * files (`'gbk'` is accepted as another name for it). `auto`: a UTF-8 byte order mark, or valid
 * UTF-8, is read as UTF-8; anything else as GB18030.
 */
export type FileEncoding = 'utf-8' | 'gb18030' | 'gbk' | 'auto';

/** The formats read: CSV, one JSON array of objects, or JSON Lines (one object per line). */
export type FileFormat = 'csv' | 'json' | 'jsonl';

/**
 * Where the bytes come from: a file path (a plain string, or `{ path }`), a Node `Readable`, any
 * async iterable of byte chunks, the bytes themselves, or text already decoded (`{ text }`; string
 * chunks of an iterable are text too, never decoded again).
 */
export type FileSource =
  | string
  | { readonly path: string }
  | { readonly text: string }
  | Uint8Array
  | AsyncIterable<Uint8Array | string>;

/**
 * The outcome for one row of a file. `row` is the row's number as a spreadsheet shows it when the
 * file is opened in one: in a CSV file the header is row 1 and the first data row is row 2 (a
 * quoted field spanning lines does not add rows; blank lines do); in JSON Lines it is the line
 * number; in a JSON array, the element's 1-based position.
 */
export type FileRowResult<T> =
  | { readonly row: number; readonly ok: true; readonly value: T }
  | { readonly row: number; readonly ok: false; readonly issues: readonly AftersalesIssue[] };

/** What happened to a whole file. `rowsRead === accepted + rejected` always. */
export interface ImportSummary {
  readonly kind: FileKind;
  readonly format: FileFormat;
  /** The encoding the bytes were read in (`'utf-8'` or `'gb18030'`; `'text'` for a string source). */
  readonly encoding: 'utf-8' | 'gb18030' | 'text';
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Blank lines skipped (not rows: they carry nothing). */
  readonly blankLines: number;
  /** Columns (CSV headers, JSON keys) that the profile maps to no field: read, and not used. */
  readonly unusedColumns: readonly string[];
  /** Rejections by issue code, e.g. `{ 'file.unmapped_code': 3 }` (a row counts once per code). */
  readonly rejectionsByCode: Readonly<Record<string, number>>;
}

/** A file read to the end: one result per row, in file order, and the summary. */
export interface ImportResult<T> {
  readonly results: readonly FileRowResult<T>[];
  readonly summary: ImportSummary;
}

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  assembleRepairOrders,
  assembleWarrantyClaims,
  type FileKind,
  type FileProfile,
  type FileRowResult,
  streamRecords,
} from '@aftersales/adapter-files';
import { fromStarRepairOrder } from '@aftersales/adapter-star';
import { AftersalesError, createIssue, isAftersalesError } from '@aftersales/core';
import type { AuditRejection, InputCount } from '../audit/auditTypes';
import type { CliIo } from '../cli/cliIo';
import { startProgress } from '../cli/progress';
import type { FileArg, FileInputKind } from './fileArgs';

/** Records read from files, by input, with every row that could not be used. */
export interface FileInputs {
  /** Assembled repair orders (headers + their lines), from files or STAR documents. */
  readonly repairOrders: unknown[];
  /** Assembled warranty claims (claims + their labor ops and parts). */
  readonly claims: unknown[];
  /** The spreadsheet row of each of `claims` in its file, so a finding can name the row a person opens. */
  readonly claimRows: number[];
  readonly parts: unknown[];
  readonly stockMovements: unknown[];
  /** JSON inputs as read, by kind (`stockPositions`, `vehicleCases`, `partPrices`, `dataset`, …). */
  readonly json: Partial<Record<FileInputKind, unknown>>;
  readonly inputs: Record<string, InputCount>;
  readonly rejections: AuditRejection[];
}

/** Options of {@link readFileInputs}. */
export interface ReadFileInputsOptions {
  readonly profile: FileProfile;
  readonly timeZone: string;
  /** The dealer a STAR document without one is filed under. */
  readonly dealerId?: string;
  /** The currency of a STAR document that states none (the dealer's). */
  readonly currency?: string;
}

// Kinds read by adapter-files whose rows are records on their own or claim lines (RO lines are in LINE_FILES).
const FILE_KINDS = new Set<string>([
  'repairOrders',
  'parts',
  'stockMovements',
  'warrantyClaims',
  'claimLaborOps',
  'claimParts',
]);

// RO line kinds and the slot assembleRepairOrders reads them from.
const LINE_FILES = {
  laborLines: 'laborLines',
  partLines: 'partLines',
  subletLines: 'subletLines',
  roCharges: 'charges',
} as const;

function unreadable(path: string, error: unknown): AftersalesError {
  if (isAftersalesError(error)) {
    // A whole-file problem (encoding, header, column): name the file in front of the field path,
    // in the message too (it is written with the path it is made with).
    return new AftersalesError(
      error.issues.map((issue) => createIssue(issue.code, [path, ...issue.path], issue.params ?? {})),
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return AftersalesError.of('cli.unreadable_file', [path], { file: path, reason });
}

async function readRows(
  io: CliIo,
  arg: FileArg,
  options: ReadFileInputsOptions,
): Promise<FileRowResult<unknown>[]> {
  const path = resolve(io.cwd, arg.path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw unreadable(arg.path, error);
  }
  const progress = startProgress(io, basename(arg.path), size);
  // The bytes pass through here on their way to the parser, so the bar moves with the reading.
  async function* bytes() {
    for await (const chunk of createReadStream(path)) {
      progress.advance((chunk as Buffer).length, 0);
      yield chunk as Buffer;
    }
  }
  const format = /\.(jsonl|ndjson)$/i.test(arg.path) ? 'jsonl' : /\.json$/i.test(arg.path) ? 'json' : 'csv';
  const results: FileRowResult<unknown>[] = [];
  try {
    const stream = streamRecords(bytes(), {
      kind: arg.kind as FileKind,
      profile: options.profile,
      timeZone: options.timeZone,
      format,
      encoding: 'auto',
    });
    for await (const batch of stream.batches()) {
      for (const result of batch) results.push(result);
      progress.advance(0, batch.length);
    }
  } catch (error) {
    throw unreadable(arg.path, error);
  } finally {
    progress.stop();
  }
  return results;
}

async function readJson(io: CliIo, arg: FileArg): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, arg.path), 'utf8');
  } catch (error) {
    throw unreadable(arg.path, error);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw AftersalesError.of('cli.invalid_json', [arg.path], {
      file: arg.path,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

const count = (read: number, rejected: number): InputCount => ({ read, accepted: read - rejected, rejected });

function accepted(
  input: string,
  results: readonly FileRowResult<unknown>[] | undefined,
  state: { inputs: Record<string, InputCount>; rejections: AuditRejection[] },
): unknown[] {
  const values: unknown[] = [];
  if (results === undefined) return values; // not given: nothing to count
  let rejected = 0;
  for (const result of results) {
    if (result.ok) values.push(result.value);
    else {
      rejected += 1;
      state.rejections.push({ input, row: result.row, issues: result.issues });
    }
  }
  state.inputs[input] = count(results.length, rejected);
  return values;
}

/**
 * Reads a dealer's exported files: each adapter-files kind through the column profile (with a
 * progress bar on a terminal), STAR documents through adapter-star, the rest as JSON. Repair
 * orders are assembled from their header and line files, claims from theirs. Every row comes out
 * as a record or as a rejection naming its file kind and spreadsheet row; a file that cannot be
 * read at all throws one coded error naming the file.
 *
 * @example
 * const read = await readFileInputs(io, parseFileArgs(['repairOrders=ro.csv']), {
 *   profile: genericProfile,
 *   timeZone: 'Asia/Shanghai',
 * });
 * read.repairOrders.length; // the ROs of ro.csv that passed
 */
export async function readFileInputs(
  io: CliIo,
  args: readonly FileArg[],
  options: ReadFileInputsOptions,
): Promise<FileInputs> {
  const seen = new Set<string>();
  args.forEach((arg, index) => {
    if (seen.has(arg.kind)) {
      throw AftersalesError.of('cli.invalid_argument', ['files', index], {
        reason: `${arg.kind} is given twice: join the files into one, so each row number names one row`,
        reasonZh: `${arg.kind} 重复给出：请合并为一个文件，使每个行号只对应一行`,
      });
    }
    seen.add(arg.kind);
  });
  const state = { inputs: {} as Record<string, InputCount>, rejections: [] as AuditRejection[] };
  const rows = new Map<FileKind, FileRowResult<unknown>[]>();
  const json: Partial<Record<FileInputKind, unknown>> = {};
  const starDocs: unknown[] = [];
  for (const arg of args) {
    if (arg.kind === 'star') {
      const parsed = await readJson(io, arg);
      starDocs.push(...(Array.isArray(parsed) ? parsed : [parsed]));
    } else if (arg.kind in LINE_FILES || FILE_KINDS.has(arg.kind)) {
      rows.set(arg.kind as FileKind, await readRows(io, arg, options));
    } else json[arg.kind] = await readJson(io, arg);
  }
  const repairOrders = assembleFromFiles(rows, state);
  const { claims, claimRows } = claimsFromFiles(rows, state);
  let starRejected = 0;
  starDocs.forEach((doc, index) => {
    const result = fromStarRepairOrder(doc, {
      timeZone: options.timeZone,
      ...(options.dealerId === undefined ? {} : { dealerId: options.dealerId }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (result.ok) repairOrders.push(result.value);
    else {
      starRejected += 1;
      state.rejections.push({ input: 'star', row: index, issues: result.issues });
    }
  });
  if (starDocs.length > 0) state.inputs.star = count(starDocs.length, starRejected);
  return {
    repairOrders,
    claims,
    claimRows,
    parts: accepted('parts', rows.get('parts'), state),
    stockMovements: accepted('stockMovements', rows.get('stockMovements'), state),
    json,
    ...state,
  };
}

function needs(rows: Map<FileKind, unknown>, lines: readonly FileKind[], header: FileKind): void {
  for (const line of lines) {
    if (rows.has(line) && !rows.has(header)) {
      throw AftersalesError.of('cli.missing_argument', ['files'], {
        what: `${header}=<file>: ${line} are joined to their ${header} rows`,
        whatZh: `${header}=<文件>：${line} 需与 ${header} 的行关联`,
      });
    }
  }
}

function assembleFromFiles(
  rows: Map<FileKind, FileRowResult<unknown>[]>,
  state: { inputs: Record<string, InputCount>; rejections: AuditRejection[] },
): unknown[] {
  needs(rows, ['laborLines', 'partLines', 'subletLines', 'roCharges'], 'repairOrders');
  const headers = rows.get('repairOrders');
  if (headers === undefined) return [];
  const files: Record<string, unknown> = { headers };
  for (const [kind, slot] of Object.entries(LINE_FILES)) {
    const lines = rows.get(kind as FileKind);
    if (lines !== undefined) files[slot] = lines;
  }
  const assembled = assembleRepairOrders(files as unknown as Parameters<typeof assembleRepairOrders>[0]);
  const values = accepted('repairOrders', assembled.repairOrders as FileRowResult<unknown>[], state);
  for (const rejection of assembled.lineRejections) {
    const input = rejection.file === 'charges' ? 'roCharges' : rejection.file;
    state.rejections.push({ input, row: rejection.row, issues: rejection.issues });
  }
  for (const [kind, slot] of Object.entries(LINE_FILES)) {
    const counts = (assembled.summary as unknown as Record<string, { read: number; rejected: number }>)[slot];
    if (rows.has(kind as FileKind) && counts !== undefined) {
      state.inputs[kind] = count(counts.read, counts.rejected);
    }
  }
  return values;
}

function claimsFromFiles(
  rows: Map<FileKind, FileRowResult<unknown>[]>,
  state: { inputs: Record<string, InputCount>; rejections: AuditRejection[] },
): { claims: unknown[]; claimRows: number[] } {
  needs(rows, ['claimLaborOps', 'claimParts'], 'warrantyClaims');
  const claims = rows.get('warrantyClaims');
  if (claims === undefined) return { claims: [], claimRows: [] };
  const laborOps = rows.get('claimLaborOps');
  const parts = rows.get('claimParts');
  const assembled = assembleWarrantyClaims({
    claims,
    ...(laborOps === undefined ? {} : { laborOps }),
    ...(parts === undefined ? {} : { parts }),
  } as Parameters<typeof assembleWarrantyClaims>[0]);
  const values = accepted('warrantyClaims', assembled.claims as FileRowResult<unknown>[], state);
  const claimRows = assembled.claims.filter((result) => result.ok).map((result) => result.row);
  for (const rejection of assembled.lineRejections) {
    const input = rejection.file === 'laborOps' ? 'claimLaborOps' : 'claimParts';
    state.rejections.push({ input, row: rejection.row, issues: rejection.issues });
  }
  if (laborOps !== undefined) {
    state.inputs.claimLaborOps = count(assembled.summary.laborOps.read, assembled.summary.laborOps.rejected);
  }
  if (parts !== undefined) {
    state.inputs.claimParts = count(assembled.summary.parts.read, assembled.summary.parts.rejected);
  }
  return { claims: values, claimRows };
}

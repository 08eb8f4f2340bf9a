import {
  AftersalesError,
  type AftersalesIssue,
  type ClaimLaborOp,
  type ClaimPart,
  createIssue,
  issuesFromZod,
  type WarrantyClaim,
  WarrantyClaimSchema,
} from '@aftersales/core';
import type { ClaimLaborOpRow, ClaimPartRow } from '../import/kindRecords';
import type { FileRowResult } from '../types';
import { rowResults, typeOf } from './assembleInput';

/** The files a claim is assembled from: claim rows and claim-line rows, as read by `importRecords`. */
export interface WarrantyClaimFiles {
  readonly claims: readonly FileRowResult<WarrantyClaim>[];
  readonly laborOps?: readonly FileRowResult<ClaimLaborOpRow>[];
  readonly parts?: readonly FileRowResult<ClaimPartRow>[];
}

/** Options of {@link assembleWarrantyClaims}. */
export interface AssembleClaimsOptions {
  /**
   * Which field of a claim the lines' claim number (索赔单号) matches: `claimNumber` (default), or
   * `id` when the DMS's line exports carry the claim's system number (系统编号) instead, as for
   * drafts that have no claim number yet.
   */
  readonly joinOn?: 'claimNumber' | 'id';
}

/** A claim line that did not make it onto a claim: which file, which row, and why. */
export interface ClaimLineRejection {
  readonly file: 'laborOps' | 'parts';
  readonly row: number;
  readonly ok: false;
  readonly issues: readonly AftersalesIssue[];
}

/** Counts per file: `read === placed + rejected` for each line file. */
export interface AssembleClaimsSummary {
  readonly claims: { readonly read: number; readonly accepted: number; readonly rejected: number };
  readonly laborOps: { readonly read: number; readonly placed: number; readonly rejected: number };
  readonly parts: { readonly read: number; readonly placed: number; readonly rejected: number };
}

/** Claims with their lines, one result per claim row; and every line that found no claim. */
export interface AssembledWarrantyClaims {
  readonly claims: readonly FileRowResult<WarrantyClaim>[];
  readonly lineRejections: readonly ClaimLineRejection[];
  readonly summary: AssembleClaimsSummary;
}

interface Draft {
  readonly row: number;
  readonly slot: number;
  readonly claim: WarrantyClaim;
  readonly laborOps: ClaimLaborOp[];
  readonly parts: ClaimPart[];
  readonly lines: { file: ClaimLineRejection['file']; row: number }[];
}

const orphan = (file: ClaimLineRejection['file'], row: number, key: string, rejected: boolean) => ({
  file,
  row,
  ok: false as const,
  issues: [createIssue('file.orphan_line', ['claimNumber'], { claimNumber: key, rejected })],
});

function checkInput(files: unknown, options: unknown) {
  if (files === null || typeof files !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['files'], {
      expected: 'object',
      received: typeOf(files),
    });
  }
  const joinOn = (options as { joinOn?: unknown } | null | undefined)?.joinOn ?? 'claimNumber';
  if (joinOn !== 'claimNumber' && joinOn !== 'id') {
    throw AftersalesError.of('input.invalid_value', ['options', 'joinOn'], {
      allowed: ['claimNumber', 'id'],
    });
  }
  const { claims, laborOps, parts } = files as Record<string, unknown>;
  return {
    claims: rowResults<WarrantyClaim>(claims, 'claims', false),
    laborOps: rowResults<ClaimLaborOpRow>(laborOps, 'laborOps', true),
    parts: rowResults<ClaimPartRow>(parts, 'parts', true),
    joinOn: joinOn as 'claimNumber' | 'id',
  };
}

/**
 * Builds warranty claims from a DMS's three exports: claims (索赔单, header level), claimed labor
 * operations (索赔工时明细) and claimed parts (索赔配件明细), joined on the claim number. The
 * claim with its lines is checked again by `WarrantyClaimSchema` (which does not compare the
 * claim's amounts with its lines, so neither does this).
 *
 * Nothing is dropped: every claim row gives one result (a second claim with the same number is
 * `file.duplicate_key`), and every line row is on an accepted claim or in `lineRejections`: its
 * own rejection from reading, or `file.orphan_line` when its claim is not among the accepted
 * claims or was rejected. Claims without lines come out as read.
 *
 * @throws AftersalesError `input.invalid_type` when `files` is not `{ claims, laborOps?, parts? }` of row results;
 *   `input.invalid_value` for a bad `options.joinOn`
 * @example
 * const zone = { timeZone: 'Asia/Shanghai' } as const;
 * const claims = await importRecords('claims.csv', { kind: 'warrantyClaims', ...zone });
 * const ops = await importRecords('claim-labor.csv', { kind: 'claimLaborOps', ...zone });
 * const parts = await importRecords('claim-parts.csv', { kind: 'claimParts', ...zone });
 * const assembled = assembleWarrantyClaims({ claims: claims.results, laborOps: ops.results, parts: parts.results });
 */
export function assembleWarrantyClaims(
  files: WarrantyClaimFiles,
  options: AssembleClaimsOptions = {},
): AssembledWarrantyClaims {
  const { claims, laborOps, parts, joinOn } = checkInput(files, options);
  const drafts = new Map<string, Draft>();
  const results: FileRowResult<WarrantyClaim>[] = [];
  for (const result of claims) {
    const key = result.ok ? result.value[joinOn] : undefined;
    const first = key === undefined ? undefined : drafts.get(key);
    if (result.ok && key !== undefined && first !== undefined) {
      const issue = createIssue('file.duplicate_key', [joinOn], {
        key: joinOn,
        value: key,
        firstRow: first.row,
      });
      results.push({ row: result.row, ok: false, issues: [issue] });
      continue;
    }
    if (result.ok && key !== undefined) {
      const draft = {
        row: result.row,
        slot: results.length,
        claim: result.value,
        laborOps: [],
        parts: [],
        lines: [],
      };
      drafts.set(key, draft);
    }
    results.push(result);
  }
  const lineRejections: ClaimLineRejection[] = [];
  const place = (file: ClaimLineRejection['file'], result: FileRowResult<ClaimLaborOpRow | ClaimPartRow>) => {
    if (!result.ok) {
      lineRejections.push({ file, row: result.row, ok: false, issues: result.issues });
      return undefined;
    }
    const draft = drafts.get(result.value.claimNumber);
    if (draft === undefined) lineRejections.push(orphan(file, result.row, result.value.claimNumber, false));
    else draft.lines.push({ file, row: result.row });
    return draft;
  };
  for (const result of laborOps) {
    const draft = place('laborOps', result);
    if (draft !== undefined && result.ok) draft.laborOps.push(result.value.line);
  }
  for (const result of parts) {
    const draft = place('parts', result);
    if (draft !== undefined && result.ok) draft.parts.push(result.value.line);
  }
  for (const [key, draft] of drafts) {
    if (draft.lines.length === 0) continue; // the claim as read: a claim without lines
    const input = { ...draft.claim, laborOps: draft.laborOps, parts: draft.parts };
    const parsed = WarrantyClaimSchema.safeParse(input);
    if (parsed.success) {
      results[draft.slot] = { row: draft.row, ok: true, value: parsed.data };
      continue;
    }
    results[draft.slot] = { row: draft.row, ok: false, issues: issuesFromZod(parsed.error, input) };
    for (const line of draft.lines) lineRejections.push(orphan(line.file, line.row, key, true));
  }
  lineRejections.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file === 'laborOps' ? -1 : 1));
  const accepted = results.filter((result) => result.ok).length;
  const count = (file: ClaimLineRejection['file'], read: number) => {
    const rejected = lineRejections.filter((rejection) => rejection.file === file).length;
    return { read, placed: read - rejected, rejected };
  };
  return {
    claims: results,
    lineRejections,
    summary: {
      claims: { read: results.length, accepted, rejected: results.length - accepted },
      laborOps: count('laborOps', laborOps.length),
      parts: count('parts', parts.length),
    },
  };
}

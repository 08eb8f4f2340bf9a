import {
  createIssue,
  issuesFromZod,
  type JobAuthorization,
  type LaborLine,
  type PartLine,
  type RepairOrder,
  type RepairOrderCharge,
  RepairOrderSchema,
  type SubletLine,
} from '@aftersales/core';
import type { FileRowResult } from '../types';
import { checkAssembleInput } from './assembleInput';
import type {
  AssembledRepairOrders,
  AssembleOptions,
  LineFile,
  LineRejection,
  RepairOrderFiles,
} from './assembleTypes';

const LINE_FILES: readonly LineFile[] = ['laborLines', 'partLines', 'subletLines', 'charges'];

interface JobDraft {
  id: string;
  concern: string;
  authorization: JobAuthorization;
  payType: LaborLine['payType'];
  laborLines: LaborLine[];
  partLines: PartLine[];
  subletLines: SubletLine[];
}

interface Draft {
  readonly row: number;
  readonly header: RepairOrder;
  readonly jobs: Map<string, JobDraft>;
  readonly charges: RepairOrderCharge[];
  readonly lines: { file: LineFile; row: number }[];
}

const orphan = (file: LineFile, row: number, roNumber: string, rejected: boolean): LineRejection => ({
  file,
  row,
  ok: false,
  issues: [createIssue('file.orphan_line', ['roNumber'], { roNumber, rejected })],
});

/**
 * Builds repair orders from a DMS's exports: RO headers (工单主表), labor lines (工时明细), part
 * lines (配件明细), sublet lines (外包明细) and RO-level charges (其他费用), joined on the RO number.
 * Jobs: a line's `jobId` names its job; a labor line without one is a job of its own (the common
 * DMS shape: one 维修项目 per labor operation); a part line without one goes to a job per pay type
 * (`parts-CP`, …), a sublet line likewise (`sublet-INS`, …). A job's concern is the line's
 * `concern` column, else its description; its pay type the first line's. Charges go on the RO.
 *
 * Nothing is dropped: every header row gives one result (an RO with its jobs checked by
 * `RepairOrderSchema`, or a rejection), and every line row is on an accepted RO or in
 * `lineRejections`: its own rejection from reading, `file.orphan_line` when its RO is not among
 * the accepted headers or was rejected, with the RO's reasons on the RO's own result.
 *
 * Holds all ROs of the files in memory (a join needs them); for exports of millions of ROs, split
 * them by period first.
 *
 * @throws AftersalesError `input.invalid_type` when `files` is not `{ headers, laborLines?, … }` of row results
 * @example
 * const headers = await importRecords('ro.csv', { kind: 'repairOrders', timeZone: 'Asia/Shanghai' });
 * const labor = await importRecords('labor.csv', { kind: 'laborLines', timeZone: 'Asia/Shanghai' });
 * const parts = await importRecords('parts.csv', { kind: 'partLines', timeZone: 'Asia/Shanghai' });
 * const { repairOrders, lineRejections } = assembleRepairOrders({
 *   headers: headers.results, laborLines: labor.results, partLines: parts.results,
 * });
 */
export function assembleRepairOrders(
  files: RepairOrderFiles,
  options: AssembleOptions = {},
): AssembledRepairOrders {
  const { headers, laborLines, partLines, subletLines, charges, authorization } = checkAssembleInput(
    files,
    options,
  );
  const drafts = new Map<string, Draft>();
  const results: FileRowResult<RepairOrder>[] = [];
  const slots = new Map<Draft, number>();
  for (const result of headers) {
    if (!result.ok) {
      results.push(result);
      continue;
    }
    const first = drafts.get(result.value.roNumber);
    if (first !== undefined) {
      const issue = createIssue('file.duplicate_key', ['roNumber'], {
        key: 'roNumber',
        value: result.value.roNumber,
        firstRow: first.row,
      });
      results.push({ row: result.row, ok: false, issues: [issue] });
      continue;
    }
    const draft: Draft = { row: result.row, header: result.value, jobs: new Map(), charges: [], lines: [] };
    drafts.set(result.value.roNumber, draft);
    slots.set(draft, results.length);
    results.push(result);
  }
  const lineRejections: LineRejection[] = [];
  const place = (file: LineFile, result: FileRowResult<{ roNumber: string }>): Draft | undefined => {
    if (!result.ok) {
      lineRejections.push({ file, row: result.row, ok: false, issues: result.issues });
      return undefined;
    }
    const draft = drafts.get(result.value.roNumber);
    if (draft === undefined) lineRejections.push(orphan(file, result.row, result.value.roNumber, false));
    else draft.lines.push({ file, row: result.row });
    return draft;
  };
  const jobOf = (
    draft: Draft,
    id: string,
    concern: string,
    payType: JobDraft['payType'],
    answer: JobAuthorization,
  ): JobDraft => {
    let job = draft.jobs.get(id);
    if (job === undefined) {
      job = { id, concern, authorization: answer, payType, laborLines: [], partLines: [], subletLines: [] };
      draft.jobs.set(id, job);
    }
    return job;
  };
  for (const result of laborLines) {
    const draft = place('laborLines', result);
    if (draft === undefined || !result.ok) continue;
    const { line, jobId, concern, jobAuthorization } = result.value;
    jobOf(
      draft,
      jobId ?? line.id,
      concern ?? line.description,
      line.payType,
      jobAuthorization ?? authorization,
    ).laborLines.push(line);
  }
  for (const result of partLines) {
    const draft = place('partLines', result);
    if (draft === undefined || !result.ok) continue;
    const { line, jobId, concern } = result.value;
    jobOf(
      draft,
      jobId ?? `parts-${line.payType}`,
      concern ?? line.description,
      line.payType,
      authorization,
    ).partLines.push(line);
  }
  for (const result of subletLines) {
    const draft = place('subletLines', result);
    if (draft === undefined || !result.ok) continue;
    const { line, jobId, concern } = result.value;
    jobOf(
      draft,
      jobId ?? `sublet-${line.payType}`,
      concern ?? line.description,
      line.payType,
      authorization,
    ).subletLines.push(line);
  }
  for (const result of charges) {
    const draft = place('charges', result);
    if (draft !== undefined && result.ok) draft.charges.push(result.value.line);
  }
  for (const draft of drafts.values()) {
    const slot = slots.get(draft) as number;
    if (draft.lines.length === 0) continue; // the header as read: an RO without lines
    const input = { ...draft.header, jobs: [...draft.jobs.values()], charges: draft.charges };
    const parsed = RepairOrderSchema.safeParse(input);
    if (parsed.success) {
      results[slot] = { row: draft.row, ok: true, value: parsed.data };
      continue;
    }
    results[slot] = { row: draft.row, ok: false, issues: issuesFromZod(parsed.error, input) };
    for (const line of draft.lines)
      lineRejections.push(orphan(line.file, line.row, draft.header.roNumber, true));
  }
  const accepted = results.filter((result) => result.ok).length;
  const count = (file: LineFile, read: number) => {
    const rejected = lineRejections.filter((rejection) => rejection.file === file).length;
    return { read, placed: read - rejected, rejected };
  };
  const order = (file: LineFile) => LINE_FILES.indexOf(file);
  lineRejections.sort((a, b) => order(a.file) - order(b.file) || a.row - b.row);
  return {
    repairOrders: results,
    lineRejections,
    summary: {
      repairOrders: { read: results.length, accepted, rejected: results.length - accepted },
      laborLines: count('laborLines', laborLines.length),
      partLines: count('partLines', partLines.length),
      subletLines: count('subletLines', subletLines.length),
      charges: count('charges', charges.length),
    },
  };
}

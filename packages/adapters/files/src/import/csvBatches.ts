import { AftersalesError, type AftersalesIssue, createIssue } from '@aftersales/core';
import { csvRows } from '../csv/csvRows';
import { mapCells, planColumns, type RowPlan } from '../mapping/rowPlan';
import type { FileRowResult } from '../types';
import type { ResolvedOptions } from './importOptions';

/** Internal: what a batch reader reports to the stream besides the rows. */
export interface BatchSink {
  blankLines: number;
  unusedColumns: readonly string[];
}

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== '') return false;
  return true;
}

const malformed = (row: number, reason: string, reasonZh: string): FileRowResult<never> => ({
  row,
  ok: false,
  issues: [createIssue('file.malformed_row', [], { reason, reasonZh })],
});

function widthProblem(
  plan: RowPlan,
  cells: readonly string[],
  row: number,
): FileRowResult<never> | undefined {
  if (cells.length === plan.width) return undefined;
  if (cells.length > plan.width && isBlank(cells.slice(plan.width))) return undefined; // trailing empty cells
  return malformed(
    row,
    `the row has ${cells.length} fields, the header ${plan.width}`,
    `该行有 ${cells.length} 个字段，表头有 ${plan.width} 个`,
  );
}

/**
 * Internal: the row results of a CSV text, one array per parsed piece. The first non-blank row
 * is the header.
 *
 * @throws AftersalesError `file.no_header`, `file.missing_column`, `file.duplicate_column`
 */
export async function* csvBatches<T>(
  text: AsyncIterable<string>,
  options: ResolvedOptions,
  sink: BatchSink,
): AsyncGenerator<FileRowResult<T>[]> {
  let plan: RowPlan | undefined;
  for await (const batch of csvRows(text, options.delimiter, options.maxRowChars)) {
    const out: FileRowResult<T>[] = [];
    const { rows, firstRow } = batch;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i] as string[];
      const row = firstRow + i;
      if (isBlank(cells)) {
        sink.blankLines += 1;
        continue;
      }
      if (plan === undefined) {
        const planned = planColumns(cells, options);
        if (Array.isArray(planned)) throw new AftersalesError(planned as AftersalesIssue[]);
        plan = planned;
        sink.unusedColumns = plan.unusedColumns;
        continue;
      }
      const reason = batch.malformed?.get(i);
      if (reason !== undefined) {
        out.push(malformed(row, reason, '引号不匹配'));
        continue;
      }
      out.push(widthProblem(plan, cells, row) ?? mapCells<T>(plan, cells, row));
    }
    if (out.length > 0) yield out;
  }
  if (plan === undefined) throw AftersalesError.of('file.no_header', []);
}

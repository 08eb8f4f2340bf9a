import type { AftersalesIssue, JobAuthorization, RepairOrder } from '@aftersales/core';
import type { LaborLineRow, PartLineRow, RepairOrderChargeRow, SubletLineRow } from '../import/kindRecords';
import type { FileRowResult } from '../types';

/**
 * The files an RO is assembled from, as read by `importRecords`: header rows (`repairOrders`),
 * and line rows of the kinds `laborLines`, `partLines`, `subletLines` and `roCharges`.
 */
export interface RepairOrderFiles {
  readonly headers: readonly FileRowResult<RepairOrder>[];
  readonly laborLines?: readonly FileRowResult<LaborLineRow>[];
  readonly partLines?: readonly FileRowResult<PartLineRow>[];
  readonly subletLines?: readonly FileRowResult<SubletLineRow>[];
  /** RO-level charges (kind `roCharges`). */
  readonly charges?: readonly FileRowResult<RepairOrderChargeRow>[];
}

/** Options of {@link assembleRepairOrders}. */
export interface AssembleOptions {
  /**
   * The customer's answer given to a job whose lines do not say (default `approved`: a line on an
   * exported RO is work that was agreed). Set it when a DMS also exports declined work unmarked.
   */
  readonly defaultAuthorization?: JobAuthorization;
}

/** The line files of {@link RepairOrderFiles}, in the order their rejections are listed. */
export type LineFile = 'laborLines' | 'partLines' | 'subletLines' | 'charges';

/** A line that did not make it onto an RO: which file, which row, and why. */
export interface LineRejection {
  readonly file: LineFile;
  readonly row: number;
  readonly ok: false;
  readonly issues: readonly AftersalesIssue[];
}

/** Lines of one file: `read === placed + rejected`. */
export interface LineCounts {
  readonly read: number;
  readonly placed: number;
  readonly rejected: number;
}

/** Counts per file: `read === placed + rejected` for each line file. */
export interface AssembleSummary {
  readonly repairOrders: { readonly read: number; readonly accepted: number; readonly rejected: number };
  readonly laborLines: LineCounts;
  readonly partLines: LineCounts;
  readonly subletLines: LineCounts;
  readonly charges: LineCounts;
}

/** ROs with their jobs and charges, one result per header row; and every line that found no RO. */
export interface AssembledRepairOrders {
  readonly repairOrders: readonly FileRowResult<RepairOrder>[];
  readonly lineRejections: readonly LineRejection[];
  readonly summary: AssembleSummary;
}

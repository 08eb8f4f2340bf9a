import {
  AftersalesError,
  createIssue,
  type JobAuthorization,
  jobAuthorizationSchema,
  type RepairOrder,
} from '@aftersales/core';
import type { LaborLineRow, PartLineRow, RepairOrderChargeRow, SubletLineRow } from '../import/kindRecords';
import type { FileRowResult } from '../types';

export const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function isRowResult(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const { row, ok, issues } = value as { row?: unknown; ok?: unknown; issues?: unknown; value?: unknown };
  if (typeof row !== 'number' || typeof ok !== 'boolean') return false;
  if (ok)
    return (
      'value' in value &&
      (value as { value?: unknown }).value !== null &&
      typeof (value as { value?: unknown }).value === 'object'
    );
  return Array.isArray(issues);
}

/** Internal: `value` as an array of row results, else a coded error naming `['files', key]`. */
export function rowResults<T>(value: unknown, key: string, optional: boolean): readonly FileRowResult<T>[] {
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', ['files', key], {
      expected: 'array of row results',
      received: typeOf(value),
    });
  }
  const bad = value.findIndex((entry) => !isRowResult(entry));
  if (bad >= 0) {
    throw new AftersalesError([
      createIssue('input.invalid_type', ['files', key, bad], {
        expected: '{ row, ok, value } or { row, ok: false, issues }',
        received: typeOf(value[bad]),
      }),
    ]);
  }
  return value as FileRowResult<T>[];
}

/** Internal: checks the arguments of `assembleRepairOrders` (results come from `importRecords`, but are data). */
export function checkAssembleInput(files: unknown, options: unknown) {
  if (files === null || typeof files !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['files'], {
      expected: 'object',
      received: typeOf(files),
    });
  }
  const { headers, laborLines, partLines, subletLines, charges } = files as Record<string, unknown>;
  const answer =
    (options as { defaultAuthorization?: unknown } | null | undefined)?.defaultAuthorization ?? 'approved';
  if (!jobAuthorizationSchema.safeParse(answer).success) {
    throw AftersalesError.of('input.invalid_value', ['options', 'defaultAuthorization'], {
      allowed: [...jobAuthorizationSchema.options],
    });
  }
  return {
    headers: rowResults<RepairOrder>(headers, 'headers', false),
    laborLines: rowResults<LaborLineRow>(laborLines, 'laborLines', true),
    partLines: rowResults<PartLineRow>(partLines, 'partLines', true),
    subletLines: rowResults<SubletLineRow>(subletLines, 'subletLines', true),
    charges: rowResults<RepairOrderChargeRow>(charges, 'charges', true),
    authorization: answer as JobAuthorization,
  };
}

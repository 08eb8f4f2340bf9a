import {
  currencyMinorDigits,
  formatExact,
  type IssuePath,
  isCurrencyCode,
  parseExact,
} from '@aftersales/core';
import { addNote, isRecord, lookup, type MapContext } from './context';
import { starLaborOperationStatusTypeSchema } from './starEnums';

/**
 * STAR's own worked examples do not always follow its schema (docs/adapter-star.md lists every
 * case). Before a document is validated, the forms those examples use are rewritten into the
 * schema's, each with a `star.lenient_value` note; anything else is left for the schema to judge.
 * Inputs are never mutated: each function returns a new object.
 */

type Json = Record<string, unknown>;

/** Notes a rewrite: `listZh` is the list's Chinese, `readAsZh` the stand-in's where it is words. */
function lenient(
  ctx: MapContext,
  path: IssuePath,
  value: string,
  list: string,
  listZh: string,
  readAs: string,
  readAsZh: string = readAs,
): void {
  addNote(ctx, 'star.lenient_value', path, { value, list, listZh, readAs, readAsZh });
}

/** Moves `from` to `to` when only `from` is present (an example's name for a schema field). */
function rename(
  ctx: MapContext,
  object: Json,
  from: string,
  to: string,
  path: IssuePath,
  what: string,
): void {
  if (!(from in object) || to in object) return;
  const value = object[from];
  delete object[from];
  object[to] = value;
  lenient(ctx, [...path, from], from, `${what} field`, `${what} 字段`, to);
}

/** Payee values the examples put in `pay_type`, and the STAR pay type each is read as. */
const PAYEE_AS_PAY_TYPE: Readonly<Record<string, string>> = {
  CUSTOMER: 'CUSTOMER_PAY',
  OEM: 'MANUFACTURER',
  WARRANTY_PROVIDER: 'WARRANTY',
};

/** Labor-operation statuses the examples use that STAR's `LaborOperationStatusTypes` lacks. */
const STATUS_ALIASES: Readonly<Record<string, string>> = {
  APPROVED: 'SCHEDULED',
  AUTHORIZED: 'SCHEDULED',
  PENDING_APPROVAL: 'PENDING',
};

/**
 * A `GeneralAmount` whose amount is a JSON number (STAR says string): read as its shortest
 * decimal form, padded to the currency's minor digits (`250.00` arrives as 250 → `'250.00'`).
 */
export function normalizeAmount(
  ctx: MapContext,
  value: unknown,
  path: IssuePath,
  currency?: unknown,
): unknown {
  if (!isRecord(value) || typeof value.amount !== 'number' || !Number.isFinite(value.amount)) return value;
  const shortest = String(value.amount);
  const exact = /^-?\d+(?:\.\d+)?$/.test(shortest) ? parseExact(shortest) : undefined;
  if (exact === undefined) return value;
  const code = value.currency_code ?? currency;
  const digits = typeof code === 'string' && isCurrencyCode(code) ? currencyMinorDigits(code) : 0;
  const text = formatExact(exact, Math.max(digits, exact.places));
  lenient(
    ctx,
    [...path, 'amount'],
    text,
    'GeneralAmount.amount (a decimal string)',
    'GeneralAmount.amount（十进制数字字符串）',
    `'${text}'`,
  );
  return { ...value, amount: text };
}

const LIST_FIELDS = ['financial_split_references', 'invoice_references'];

/** A `RepairFinancialSummary`: number amounts as strings, `{}` for a list read as `[]`. */
export function normalizeFinancialSummary(ctx: MapContext, value: unknown, path: IssuePath): unknown {
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (LIST_FIELDS.includes(key) && isRecord(field) && Object.keys(field).length === 0) {
      lenient(ctx, [...path, key], '{}', `${key} (an array)`, `${key}（数组）`, '[]');
      out[key] = [];
    } else
      out[key] = key.endsWith('_amount')
        ? normalizeAmount(ctx, field, [...path, key], value.currency_code)
        : field;
  }
  return out;
}

/** A labor operation in the examples' dialect, rewritten into the schema's. */
export function normalizeLaborOperation(ctx: MapContext, value: unknown, path: IssuePath): unknown {
  if (!isRecord(value)) return value;
  const op: Json = { ...value };
  if (typeof op.labor_operation_code === 'string' && !('labor_operation_codes' in op)) {
    lenient(
      ctx,
      [...path, 'labor_operation_code'],
      'labor_operation_code',
      'LaborOperation field',
      'LaborOperation 字段',
      'labor_operation_codes[0].code',
    );
    op.labor_operation_codes = [{ code: op.labor_operation_code }];
    delete op.labor_operation_code;
  }
  rename(ctx, op, 'name', 'labor_operation_name', path, 'LaborOperation');
  rename(ctx, op, 'labor_operation_status', 'labor_operation_status_type', path, 'LaborOperation');
  rename(ctx, op, 'billed_hours', 'flat_rate_units', path, 'LaborOperation');
  const status = op.labor_operation_status_type;
  if (typeof status === 'string' && !starLaborOperationStatusTypeSchema.safeParse(status).success) {
    const alias = lookup(STATUS_ALIASES, status);
    if (alias !== undefined) {
      lenient(
        ctx,
        [...path, 'labor_operation_status_type'],
        status,
        'LaborOperationStatusTypes',
        'LaborOperationStatusTypes',
        alias,
      );
      op.labor_operation_status_type = alias;
    }
  }
  const payType = op.pay_type;
  if (typeof payType === 'string') {
    const asPayType = lookup(PAYEE_AS_PAY_TYPE, payType);
    if (asPayType !== undefined) {
      lenient(ctx, [...path, 'pay_type'], payType, 'PayTypes', 'PayTypes', asPayType);
      op.pay_type = asPayType;
    } else if (payType === 'INSURANCE_PROVIDER' && !('origin_type' in op)) {
      lenient(ctx, [...path, 'pay_type'], payType, 'PayTypes', 'PayTypes', 'origin_type INSURANCE_PROVIDER');
      delete op.pay_type;
      op.origin_type = payType;
    }
  }
  const amount = op.amount;
  if (isRecord(amount) && 'value' in amount && !('amount' in amount)) {
    const { value: raw, ...rest } = amount;
    const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
    lenient(ctx, [...path, 'amount', 'value'], 'value', 'Money field', 'Money 字段', 'amount.amount');
    op.amount = { ...rest, amount: { amount: text, currency_code: amount.currency_code } };
  }
  if ('financial_summary' in op) {
    op.financial_summary = normalizeFinancialSummary(ctx, op.financial_summary, [
      ...path,
      'financial_summary',
    ]);
  }
  return op;
}

function normalizeList(
  ctx: MapContext,
  value: unknown,
  path: IssuePath,
  each: (ctx: MapContext, item: unknown, path: IssuePath) => unknown,
): unknown {
  return Array.isArray(value) ? value.map((item, index) => each(ctx, item, [...path, index])) : value;
}

function normalizeServiceJob(ctx: MapContext, value: unknown, path: IssuePath): unknown {
  if (!isRecord(value)) return value;
  const job: Json = { ...value };
  rename(ctx, job, 'job_id', 'service_job_id', path, 'ServiceJob');
  rename(ctx, job, 'job_title', 'operation_name', path, 'ServiceJob');
  job.labor_operations = normalizeList(
    ctx,
    job.labor_operations,
    [...path, 'labor_operations'],
    normalizeLaborOperation,
  );
  if (job.labor_operations === undefined) delete job.labor_operations;
  return job;
}

/** A repair-order line item in the examples' dialect, rewritten into the schema's. */
export function normalizeLineItem(ctx: MapContext, value: unknown, path: IssuePath): unknown {
  if (!isRecord(value)) return value;
  const line: Json = { ...value };
  rename(ctx, line, 'line_item_id', 'repair_order_line_id', path, 'RepairOrderLineItem');
  if ('line_item_sequence' in line && !('sequential_line_number' in line)) {
    const sequence = line.line_item_sequence;
    const text = typeof sequence === 'number' && Number.isFinite(sequence) ? String(sequence) : sequence;
    lenient(
      ctx,
      [...path, 'line_item_sequence'],
      'line_item_sequence',
      'RepairOrderLineItem field',
      'RepairOrderLineItem 字段',
      'sequential_line_number',
    );
    line.sequential_line_number = text;
    delete line.line_item_sequence;
  }
  if (isRecord(line.service_job) && !('service_jobs' in line)) {
    lenient(
      ctx,
      [...path, 'service_job'],
      'service_job',
      'RepairOrderLineItem field',
      'RepairOrderLineItem 字段',
      'service_jobs[0]',
    );
    line.service_jobs = [line.service_job];
    delete line.service_job;
  }
  line.service_jobs = normalizeList(ctx, line.service_jobs, [...path, 'service_jobs'], normalizeServiceJob);
  if (line.service_jobs === undefined) delete line.service_jobs;
  for (const key of ['financial_summary', 'repair_financial_summary']) {
    if (key in line) line[key] = normalizeFinancialSummary(ctx, line[key], [...path, key]);
  }
  return line;
}

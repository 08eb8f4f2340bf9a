import {
  type AftersalesIssue,
  computeVinCheckDigit,
  isAftersalesError,
  safeParseRecord,
  validateVin,
} from '@aftersales/core';
import type { z } from 'zod';
import { addNote, isRecord, type MapContext } from './context';
import { inputProblem } from './inputShape';

/**
 * What every STAR reader returns: the mapped value with its notes (values read leniently or
 * assumed, fields kept in `extensions.star`, totals that disagree), or the issues that stopped it.
 * Never throws for bad input.
 *
 * @example
 * const result = fromStarRepairOrder(doc, { timeZone: 'America/New_York' });
 * if (result.ok) for (const note of result.notes) console.log(note.code, note.message.en);
 */
export type StarResult<T> =
  | { readonly ok: true; readonly value: T; readonly notes: readonly AftersalesIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly AftersalesIssue[];
      readonly notes: readonly AftersalesIssue[];
    };

/**
 * Runs a mapping of `input`; a coded error thrown inside (e.g. by core's money functions) becomes
 * issues. An input nested too deep or with a `__proto__` key is refused before it is read.
 */
export function runMapping<T>(ctx: MapContext, input: unknown, map: () => StarResult<T>): StarResult<T> {
  const refused = inputProblem(input);
  if (refused !== undefined) return failed(ctx, [refused]);
  try {
    return map();
  } catch (error) {
    if (isAftersalesError(error))
      return { ok: false, issues: [...ctx.issues, ...error.issues], notes: ctx.notes };
    throw error;
  }
}

/** The failure result of a context that has issues. */
export function failed<T>(ctx: MapContext, more: readonly AftersalesIssue[] = []): StarResult<T> {
  return { ok: false, issues: [...ctx.issues, ...more], notes: ctx.notes };
}

/**
 * Validates a mapped record with its core schema. With `vinCheckDigit: 'never'`, a VIN whose only
 * fault is its check digit is accepted with a `star.lenient_value` note: the record is validated
 * with the check digit corrected, then given back with the VIN as sent.
 */
export function validateRecord<S extends z.ZodType>(
  ctx: MapContext,
  schema: S,
  record: Record<string, unknown>,
  vinCheckDigit: 'region' | 'never',
): StarResult<z.output<S>> {
  if (ctx.issues.length > 0) return failed(ctx);
  const vin = record.vin;
  let input = record;
  if (vinCheckDigit === 'never' && typeof vin === 'string') {
    const problems = validateVin(vin);
    if (problems.length === 1 && problems[0]?.code === 'vin.check_digit') {
      const fixed = `${vin.slice(0, 8)}${computeVinCheckDigit(vin)}${vin.slice(9)}`;
      addNote(ctx, 'star.lenient_value', ['vin'], {
        value: vin,
        list: 'valid VINs (check digit)',
        listZh: '有效 VIN（校验位）',
        readAs: 'sent',
        readAsZh: '原值',
      });
      input = { ...record, vin: fixed };
    }
  }
  const result = safeParseRecord(schema, input);
  if (!result.ok) return failed(ctx, result.issues);
  const value = input === record || !isRecord(result.value) ? result.value : { ...result.value, vin };
  return { ok: true, value: value as z.output<S>, notes: ctx.notes };
}

import {
  AftersalesError,
  type AftersalesIssue,
  idSchema,
  issuesFromZod,
  nonNegativeDecimalSchema,
  shortTextSchema,
  textSchema,
  vehicleSystemSchema,
} from '@aftersales/core';
import { z } from 'zod';

/**
 * A standard (flat-rate) labor time of the carmaker (标准工时): `opCode` 工时代码 · `standardHours`
 * 标准工时 · `system` the vehicle system the op works on (coverage reads it) · `partGroups` the part
 * groups the op may replace (absent: not restricted; `[]`: none) · `brand` / `model` the vehicles
 * it is for (absent: all; the most specific entry applies) · `description`.
 *
 * @example
 * LaborTimeSchema.parse({ opCode: '46-1120', standardHours: '1.2', system: 'brakes', partGroups: ['brake-discs'] });
 */
export const LaborTimeSchema = z.strictObject({
  opCode: idSchema,
  standardHours: nonNegativeDecimalSchema,
  system: vehicleSystemSchema.optional(),
  partGroups: z.array(idSchema).optional(),
  brand: shortTextSchema.optional(),
  model: shortTextSchema.optional(),
  description: textSchema.optional(),
});

/** A standard labor time; see {@link LaborTimeSchema}. */
export type LaborTime = z.output<typeof LaborTimeSchema>;

/** The labor times by op code, the most specific entry first. */
export interface LaborTimeIndex {
  /** The labor time of `opCode` for a vehicle of `brand` and `model` (either unknown: `undefined`). */
  readonly find: (
    opCode: string,
    brand: string | undefined,
    model: string | undefined,
  ) => LaborTime | undefined;
}

const specificity = (time: LaborTime): number =>
  (time.model === undefined ? 0 : 2) + (time.brand === undefined ? 0 : 1);

/**
 * Validates the labor-time table and indexes it by op code.
 *
 * @throws AftersalesError with the path `['laborTimes', row, field]`; `warranty.duplicate` for an
 *   op code listed twice for the same brand and model
 */
export function indexLaborTimes(rows: unknown): LaborTimeIndex {
  if (!Array.isArray(rows)) {
    throw AftersalesError.of('input.invalid_type', ['laborTimes'], {
      expected: 'array',
      received: rows === null ? 'null' : typeof rows,
    });
  }
  const byOp = new Map<string, LaborTime[]>();
  const firstRow = new Map<string, number>();
  rows.forEach((row: unknown, index) => {
    const parsed = LaborTimeSchema.safeParse(row);
    if (!parsed.success) {
      const issues: AftersalesIssue[] = issuesFromZod(parsed.error, row, ['laborTimes', index]);
      throw new AftersalesError(issues);
    }
    const time = parsed.data;
    // JSON of the triple: no separator a code or name could contain can make two keys collide.
    const key = JSON.stringify([time.opCode, time.brand ?? null, time.model ?? null]);
    const first = firstRow.get(key);
    if (first !== undefined) {
      throw AftersalesError.of('warranty.duplicate', ['laborTimes', index, 'opCode'], {
        what: 'labor time',
        whatZh: '标准工时',
        id: time.opCode,
        firstRow: first,
      });
    }
    firstRow.set(key, index);
    const list = byOp.get(time.opCode);
    if (list === undefined) byOp.set(time.opCode, [time]);
    else list.push(time);
  });
  for (const list of byOp.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return {
    find(opCode, brand, model) {
      const list = byOp.get(opCode);
      if (list === undefined) return undefined;
      for (const time of list) {
        if (time.brand !== undefined && time.brand !== brand) continue;
        if (time.model !== undefined && time.model !== model) continue;
        return time;
      }
      return undefined;
    },
  };
}

import { abcClassSchema, PartSchema, partSourceSchema } from '@aftersales/core';
import {
  currencyOk,
  isId,
  isNonNegative,
  isOptionalId,
  isOptionalNonNegative,
  isOptionalText,
  isPositive,
} from './fastChecks';
import { fields, type KindSpec } from './fieldSpec';

const WHOLE = /^\d+(?:\.0+)?$/;

/** Internal: the parts master (配件主数据), one {@link PartSchema} record per row. */
export const partsSpec: KindSpec = {
  kind: 'parts',
  schema: PartSchema,
  fields: fields([
    ['partNumber', 'id', true],
    ['description', 'text', true],
    ['unit', 'text', true],
    ['allowsFractionalQuantity', 'boolean'],
    ['price', 'decimal', true],
    ['cost', 'decimal'],
    ['currency', 'currency'],
    ['source', 'code', true, partSourceSchema.options],
    ['supersededBy', 'id'],
    ['packSize', 'decimal'],
    ['moq', 'decimal'],
    ['abcClass', 'code', false, abcClassSchema.options],
    ['bin', 'text'],
    ['isAccessory', 'boolean'],
    ['dealerId', 'id'],
  ]),
  fastCheck: (r) => {
    if (!isId(r.partNumber) || r.supersededBy === r.partNumber || !isOptionalId(r.supersededBy)) return false;
    if (r.description === undefined || r.unit === undefined) return false;
    if (!isOptionalText(r.description, 200) || !isOptionalText(r.unit, 200) || !isOptionalText(r.bin, 200))
      return false;
    if (!isNonNegative(r.price) || !isOptionalNonNegative(r.cost) || !isOptionalId(r.dealerId)) return false;
    if (r.source === undefined) return false;
    r.allowsFractionalQuantity ??= false;
    r.isAccessory ??= false;
    for (const key of ['packSize', 'moq'] as const) {
      const value = r[key];
      if (value === undefined) continue;
      if (!isPositive(value)) return false;
      if (r.allowsFractionalQuantity === false && !WHOLE.test(value as string)) return false;
    }
    return currencyOk(r);
  },
};

import {
  calendarDateSchema,
  currencyCodeSchema,
  decimalStringSchema,
  idSchema,
  shortTextSchema,
  timeZoneSchema,
} from '@aftersales/core';
import { z } from 'zod';

// Each list is checked record by record by the package that reads it (a bad record is a
// rejection with its row, not a refused dataset), so here a list is only required to be a list.
const records = z.array(z.unknown()).default([]);
// zod leaves an own `__proto__` key (JSON.parse makes one) out of a record's output without a word:
// such a key is refused here, naming it, rather than its entry silently dropped.
const partNumberMap = <T extends z.ZodType>(value: T) =>
  z.preprocess(
    (input, context) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
        context.addIssue({
          code: 'custom',
          message: "'__proto__' is not a part number",
          params: { code: 'input.unrecognized_keys', keys: ['__proto__'] },
        });
      }
      return input;
    },
    z.record(z.string(), value),
  );

/** The dealer an audit is about (see `DealerProfile`). */
export const DealerProfileSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  brand: shortTextSchema.optional(),
  timeZone: timeZoneSchema,
  currency: currencyCodeSchema,
});

/**
 * A whole dealer dataset as one JSON document (`aftersales audit dataset.json`, or the `dataset`
 * kind): the shape of `DealerDataset`, lists defaulting to empty. Records inside the lists are
 * checked later, one by one, by the packages that read them.
 *
 * @example
 * DealerDatasetSchema.parse({
 *   dealer: { id: 'D1', name: 'Demo', timeZone: 'Asia/Shanghai', currency: 'CNY' },
 *   period: { from: '2024-01-01', to: '2024-12-31' },
 *   asOf: '2025-01-01',
 * }).repairOrders; // []
 */
export const DealerDatasetSchema = z
  .strictObject({
    dealer: DealerProfileSchema,
    period: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }),
    asOf: calendarDateSchema,
    repairOrders: records,
    complaints: records,
    appointments: records,
    surveys: records,
    warranty: z
      .strictObject({
        vehicles: records,
        repairOrders: records,
        claims: records,
        laborTimes: records,
        partGroups: partNumberMap(z.string()).default({}),
        partPrices: partNumberMap(decimalStringSchema).default({}),
      })
      .default({
        vehicles: [],
        repairOrders: [],
        claims: [],
        laborTimes: [],
        partGroups: {},
        partPrices: {},
      }),
    parts: z
      .strictObject({ parts: records, movements: records, positions: records })
      .default({ parts: [], movements: [], positions: [] }),
    vehicleCases: records,
  })
  .superRefine((dataset, context) => {
    if (dataset.period.from > dataset.period.to) {
      context.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: 'period.to is before period.from',
        params: {
          code: 'input.inconsistent',
          reason: `period.to (${dataset.period.to}) is before period.from (${dataset.period.from})`,
          reasonZh: `period.to（${dataset.period.to}）早于 period.from（${dataset.period.from}）`,
        },
      });
    }
  });

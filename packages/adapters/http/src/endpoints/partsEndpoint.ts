import { calendarDateSchema, nonNegativeDecimalSchema, timeZoneSchema } from '@aftersales/core';
import { demandHistory, StockPositionSchema, suggestOrder } from '@aftersales/parts';
import { z } from 'zod';
import { pickOne } from '../app/catalogs';
import { DecisionSchema, IssueSchema, RowRejectionSchema, rowsOf } from '../schemas/common';
import { defineEndpoint } from './endpoint';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** Movements, the demand window, the parts master and positions, and the stocking policy by id. */
export const SuggestOrderBodySchema = z.strictObject({
  movements: rowsOf('stockMovement'),
  history: z.strictObject({
    from: month.describe('First month of the demand history, YYYY-MM'),
    to: month.describe('Last month, included'),
    currency: z.string().optional(),
    transfersAreDemand: z.boolean().optional(),
  }),
  timeZone: timeZoneSchema.optional(),
  parts: rowsOf('part').optional(),
  positions: rowsOf(StockPositionSchema, 'stock position').optional(),
  policy: z.string().min(1).max(128).default('aftersales-default').describe('Stocking policy id'),
  asOf: calendarDateSchema.optional(),
  budget: nonNegativeDecimalSchema.optional(),
});

const quantity = z.string();

/** The suggested order, and what became of every movement read. */
export const SuggestOrderResponseSchema = z.strictObject({
  order: z.strictObject({
    policy: z.string(),
    asOf: z.string(),
    currency: z.string(),
    lines: z.array(
      z.strictObject({
        partNumber: z.string(),
        replaces: z.array(z.string()),
        outcome: z.enum(['order', 'reduced', 'cut', 'none', 'unknown_part', 'no_cost']),
        quantity,
        need: quantity,
        unitCost: quantity.nullable(),
        value: quantity,
        stocking: z.string(),
        abc: z.string(),
        xyz: z.string(),
        movement: z.string(),
        onHand: quantity,
        onOrder: quantity,
        reserved: quantity,
        inventoryPosition: quantity,
        safetyStock: quantity,
        reorderPoint: quantity,
        min: quantity,
        max: quantity,
        leadTimeDays: z.number().int(),
        decision: DecisionSchema,
      }),
    ),
    total: quantity,
    budget: quantity.nullable(),
    aggregate: DecisionSchema,
    unplanned: z.array(z.strictObject({ partNumber: z.string(), issues: z.array(IssueSchema) })),
    rejections: z.array(RowRejectionSchema),
  }),
  movements: z.strictObject({
    read: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    beforeWindow: z.number().int(),
    afterWindow: z.number().int(),
  }),
  movementRejections: z.array(RowRejectionSchema),
});

export const suggestOrderEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/parts/suggested-order',
  operationId: 'suggestOrder',
  tag: 'parts',
  summary: 'Suggested stock order (建议订单)',
  description:
    'Builds the monthly demand history from the stock movements (demandHistory), then runs suggestOrder with ' +
    'the parts master, stock positions and the stocking policy chosen by id. Every line carries its decision.',
  request: SuggestOrderBodySchema,
  response: SuggestOrderResponseSchema,
  handle: (body, raw, catalogs) => {
    const history = demandHistory(raw.movements, {
      timeZone: body.timeZone ?? catalogs.registry.timeZone,
      from: body.history.from,
      to: body.history.to,
      ...(body.history.currency === undefined ? {} : { currency: body.history.currency }),
      ...(body.history.transfersAreDemand === undefined
        ? {}
        : { transfersAreDemand: body.history.transfersAreDemand }),
    });
    const order = suggestOrder(history, {
      policy: pickOne(catalogs.stockingPolicies, body.policy, 'stocking policy', 'policy'),
      ...(raw.parts === undefined ? {} : { parts: raw.parts }),
      ...(raw.positions === undefined ? {} : { positions: raw.positions }),
      ...(body.asOf === undefined ? {} : { asOf: body.asOf }),
      ...(body.budget === undefined ? {} : { budget: body.budget }),
    });
    return { order, movements: history.movements, movementRejections: history.rejections };
  },
});

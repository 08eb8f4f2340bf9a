import { z } from 'zod';
import { isCitation } from '../decision/citation';

/**
 * The shape of a flow definition, checked before its cross-references (targets, guard names)
 * are. Names are restricted so they can be object keys, Mermaid ids and rule ids without quoting:
 * states and events are `snake_case`; guards, effects, marks and SLAs are dotted rule ids.
 */

const STATE_OR_EVENT = /^[a-z][a-z0-9_]*$/;
/** The same form as a rule id (defineRule), because a guard or SLA becomes a trace step's `rule`. */
export const RULE_NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$/;

const text = z.strictObject({ en: z.string().min(1).max(500), zh: z.string().min(1).max(500) });
const stateName = z.string().regex(STATE_OR_EVENT).max(64);
const ruleName = z.string().regex(RULE_NAME).max(120);
const cite = z.string().refine(isCitation, { params: { code: 'decision.invalid_citation' } });
const jsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const transition = z.strictObject({
  target: stateName.optional(),
  guards: z.array(ruleName).max(50).optional(),
  assign: z.array(ruleName).max(50).optional(),
  effects: z.array(ruleName).max(50).optional(),
  mark: z.array(ruleName).max(50).optional(),
  unmark: z.array(ruleName).max(50).optional(),
});

const point = z.union([
  z.strictObject({ state: stateName }),
  z.strictObject({ event: stateName, where: z.record(z.string(), jsonScalar).optional() }),
]);

const days = z.number().int().min(0).max(36_600);
const limit = z.union([
  z.strictObject({ days }),
  z.strictObject({ workingDays: days }),
  z.strictObject({ hours: z.number().min(0).max(878_400) }),
  z.strictObject({ sameMonth: z.literal(true) }),
  z.strictObject({ window: z.strictObject({ from: days, to: days }) }),
]);

const sla = z.strictObject({
  id: ruleName,
  title: text,
  cite,
  start: point.optional(),
  stop: z.union([point, z.array(point).min(1).max(20)]),
  limit,
  when: z.strictObject({ field: z.string().min(1).max(64), in: z.array(jsonScalar).min(1) }).optional(),
});

const state = z.strictObject({
  title: text,
  final: z.boolean().optional(),
  tags: z.array(z.string().min(1).max(64)).max(20).optional(),
  on: z.record(stateName, z.array(transition).min(1).max(20)).optional(),
  slas: z.array(sla).max(50).optional(),
});

/** The zod schema of a {@link FlowDefinition}'s shape. */
export const FlowDefinitionSchema = z.strictObject({
  id: ruleName,
  version: z.number().int().min(1).max(1_000_000),
  title: text,
  cite: cite.optional(),
  initial: stateName,
  states: z.record(stateName, state),
  events: z.record(
    stateName,
    z.strictObject({
      title: text,
      requiresReason: z.boolean().optional(),
      payload: z
        .record(
          z
            .string()
            .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
            .max(64),
          z.union([
            z.strictObject({
              type: z.literal('string'),
              required: z.boolean().optional(),
              enum: z.array(z.string().min(1).max(120)).min(1).max(200).optional(),
            }),
            z.strictObject({ type: z.enum(['number', 'boolean']), required: z.boolean().optional() }),
          ]),
        )
        .optional(),
    }),
  ),
  guards: z
    .record(
      ruleName,
      z.strictObject({
        title: text,
        cite,
        message: text,
        unblock: z.strictObject({
          message: text,
          events: z.array(stateName).max(50).optional(),
          fields: z.array(z.string().min(1).max(120)).max(50).optional(),
        }),
        requireMarks: z.array(ruleName).max(50).optional(),
        forbidMarks: z.array(ruleName).max(50).optional(),
        readsPayload: z.boolean().optional(),
      }),
    )
    .optional(),
  effects: z.record(ruleName, z.strictObject({ title: text })).optional(),
  slas: z.array(sla).max(200).optional(),
  extensions: z
    .array(z.strictObject({ id: z.string().min(1).max(214), version: z.string().min(1).max(64) }))
    .optional(),
});

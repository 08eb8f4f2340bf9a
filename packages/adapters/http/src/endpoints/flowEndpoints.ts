import {
  AftersalesError,
  type AuditOptions,
  auditFlowLogs,
  auditRepairOrders,
  createIssue,
  type Flow,
  type FlowEvent,
  type FlowHistory,
  type FlowState,
  instantSchema,
  isAftersalesError,
  nextEvents,
  replay,
  timeZoneSchema,
  transition,
} from '@aftersales/core';
import { z } from 'zod';
import { type Catalogs, pickOne } from '../app/catalogs';
import { type BusinessCalendarBody, BusinessCalendarBodySchema, dealerDays } from '../schemas/calendarSchema';
import { rowsOf, TraceStepSchema } from '../schemas/common';
import {
  FlowAuditReportSchema,
  FlowEffectSchema,
  FlowEventSchema,
  FlowHistorySchema,
  FlowRejectionSchema,
  FlowStateSchema,
  NextEventSchema,
} from '../schemas/flowSchemas';
import { defineEndpoint } from './endpoint';

/**
 * Runs a flow call on a state the client sent. Such a state's `data` is the client's word: a
 * guard that cannot read it fails with a plain error, which is the state's fault, not the
 * service's, so it is answered as `input.invalid` at `state` (send the event log instead).
 */
function onClientState<T>(call: () => T, clientState: boolean): T {
  try {
    return call();
  } catch (error) {
    if (!clientState || error instanceof AftersalesError) throw error;
    throw AftersalesError.of('input.invalid', ['state'], {
      detail: "the state's data does not fit the flow (send the event log instead)",
      detailZh: '该状态的数据与流程不符（请改为发送事件日志）',
    });
  }
}

const flowOf = (catalogs: Catalogs, id: string): Flow => pickOne(catalogs.flows, id, 'flow', 'flow');

/** A flow by id, where the record stands (its log, or a state and the events since), and an event. */
export const TransitionBodySchema = z.strictObject({
  flow: z.string().describe('Flow id: repair-order, complaint, warranty-claim'),
  state: FlowStateSchema.optional().describe('A stored state to start from (default: the initial state)'),
  events: z
    .array(FlowEventSchema)
    .optional()
    .describe('The event log (after `state`, if given), oldest first'),
  event: FlowEventSchema,
});

/** The next state and effects, or the rejection; with the events possible from the state reached. */
export const TransitionResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    state: FlowStateSchema,
    effects: z.array(FlowEffectSchema),
    trace: z.array(TraceStepSchema),
    next: z.array(NextEventSchema),
  }),
  z.strictObject({
    ok: z.literal(false),
    state: FlowStateSchema,
    rejection: FlowRejectionSchema,
    next: z.array(NextEventSchema),
  }),
]);

export const transitionEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/flows/transition',
  operationId: 'transition',
  tag: 'flows',
  summary: 'Apply an event to a record',
  description:
    'Replays the log (from the state given, else the initial state), then applies the event: the next state ' +
    'and effects, or the rejection with the failed guards, their citations and what would unblock them. A ' +
    'refused event is an answer (200, ok: false); a log whose own events are refused is a 422.',
  request: TransitionBodySchema,
  response: TransitionResponseSchema,
  handle: (body, raw, catalogs) => {
    const flow = flowOf(catalogs, body.flow);
    const clientState = raw.state !== undefined;
    const from = raw.state as FlowState | undefined;
    return onClientState(() => {
      const current = replay(flow, (raw.events ?? []) as FlowEvent[], from === undefined ? {} : { from });
      const result = transition(flow, current, raw.event as FlowEvent);
      if (!result.ok) {
        return { ok: false, state: current, rejection: result.rejection, next: nextEvents(flow, current) };
      }
      const { state, effects, trace } = result;
      return { ok: true, state, effects, trace, next: nextEvents(flow, state) };
    }, clientState);
  },
});

const auditFields = {
  histories: rowsOf(FlowHistorySchema, 'flow history'),
  timeZone: timeZoneSchema.optional(),
  calendar: BusinessCalendarBodySchema.optional().describe(
    'The dealer’s business calendar, for SLAs counted in working days (the built-in flows have none; a ' +
      'plugin’s may). Without it such an SLA cannot be checked: the audit answers 422 time.invalid_calendar.',
  ),
  asOf: instantSchema.optional().describe('"Now" for the audit: a running SLA past its deadline is overdue'),
};

/** The audit's time zone, calendar and "now" from a body (see {@link dealerDays}). */
function auditOptions(
  body: {
    timeZone?: string | undefined;
    calendar?: BusinessCalendarBody | undefined;
    asOf?: string | undefined;
  },
  catalogs: Catalogs,
): AuditOptions {
  const { timeZone, calendar } = dealerDays(body.calendar, body.timeZone, catalogs.registry.timeZone);
  return {
    timeZone,
    ...(calendar === undefined ? {} : { calendar }),
    ...(body.asOf === undefined ? {} : { asOf: body.asOf }),
  };
}

/**
 * Runs an audit, answering its option errors at the body's fields: core names `options.calendar`
 * (a working-day SLA and no calendar), `options.asOf`…, which are `calendar`, `asOf`… here.
 */
function audit<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    throw new AftersalesError(
      error.issues.map((issue) =>
        issue.path[0] === 'options'
          ? createIssue(issue.code, issue.path.slice(1), issue.params ?? {})
          : issue,
      ),
    );
  }
}

/** Event logs to audit against a flow by id. */
export const AuditFlowLogsBodySchema = z.strictObject({ flow: z.string(), ...auditFields });

export const auditFlowLogsEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/flows/audit',
  operationId: 'auditFlowLogs',
  tag: 'flows',
  summary: 'Audit event logs against a flow and its SLAs',
  description:
    'Runs auditFlowLogs: every record comes out clean, with findings (refused events, missed SLAs, each with ' +
    'its rule and citation), or invalid with its issues.',
  request: AuditFlowLogsBodySchema,
  response: FlowAuditReportSchema,
  handle: (body, raw, catalogs) =>
    audit(() =>
      auditFlowLogs(
        flowOf(catalogs, body.flow),
        raw.histories as FlowHistory[],
        auditOptions(body, catalogs),
      ),
    ),
});

/** Repair-order event logs to audit. */
export const AuditRepairOrdersBodySchema = z.strictObject(auditFields);

export const auditRepairOrdersEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/repair-orders/audit',
  operationId: 'auditRepairOrders',
  tag: 'flows',
  summary: 'Audit repair orders against the repair-order flow and its SLAs',
  description:
    'Runs auditRepairOrders with the repair-order flow (with the registry’s extensions): settlement within 3 days ' +
    'of completion for maintenance, insurance in the month of completion, follow-ups on day 3–7 and the week after.',
  request: AuditRepairOrdersBodySchema,
  response: FlowAuditReportSchema,
  handle: (body, raw, catalogs) =>
    audit(() =>
      auditRepairOrders(raw.histories as FlowHistory[], {
        flow: flowOf(catalogs, 'repair-order') as never,
        ...auditOptions(body, catalogs),
      }),
    ),
});

import type { Citation } from '../../decision/citation';
import { AftersalesError, type AftersalesIssue, createIssue } from '../../errors/AftersalesError';
import { describeValue, isObjectLike, typeName } from '../../errors/guards';
import type { LocalizedText } from '../../i18n/LocalizedText';
import type { JsonObject } from '../../json/JsonValue';
import type { BusinessCalendar } from '../../time/businessCalendar';
import { calendarIndexOf } from '../../time/calendarIndex';
import { epochMsOrUndefined } from '../../time/instant';
import { parseTimeZone } from '../../time/timeZone';
import { compiledOf, type Flow } from '../createFlow';
import { foldLog } from '../replay';
import type { FlowEvent, FlowRejection, FlowRejectionReason } from '../types';
import { type FlowVersions, flowOfVersion, isFlowVersions } from '../versions';
import { checkSla, slaApplies, type TimelineEntry } from './slaCheck';

/** One record's history, as the audit takes it: its id and its events, oldest first. */
export interface FlowHistory {
  readonly id: string;
  readonly events: readonly FlowEvent[];
}

/** Options of {@link auditFlowLogs}. */
export interface AuditOptions {
  /** The dealer's IANA time zone: every day count is made on its clocks. */
  readonly timeZone: string;
  /** Needed when an SLA counts working days. */
  readonly calendar?: BusinessCalendar;
  /** "Now" for the audit: an SLA whose clock is still running past its deadline is overdue. */
  readonly asOf?: string;
  /** Passed to the guards while the logs replay. */
  readonly context?: unknown;
}

/** One thing wrong with one record: which rule, on whose authority, about which events. */
export interface AuditFinding {
  readonly recordId: string;
  readonly rule: string;
  readonly cite: Citation;
  /** `refused`: the flow does not allow an event; `late`/`early`/`overdue`: an SLA is missed. */
  readonly kind: 'refused' | 'late' | 'early' | 'overdue';
  readonly message: LocalizedText;
  /** Indexes of the events involved, in the record's log. */
  readonly events: readonly number[];
  /** Their ids, where the events carry one. */
  readonly eventIds: readonly string[];
  readonly facts: JsonObject;
}

/** The audit of one record: clean, with findings, or not auditable (with the issues that say why). */
export interface AuditResult {
  /** Position in the input. */
  readonly row: number;
  readonly recordId: string | null;
  readonly status: 'clean' | 'findings' | 'invalid';
  readonly findings: readonly AuditFinding[];
  /** The state the log ends in (absent for an invalid record). */
  readonly state?: string;
  /** SLAs whose clock is still running (no `asOf`, or not yet due). */
  readonly pending: readonly string[];
  readonly issues?: readonly AftersalesIssue[];
}

/** Every record in comes out once, in order; the summary counts them. */
export interface AuditReport {
  readonly results: readonly AuditResult[];
  readonly summary: {
    readonly records: number;
    readonly clean: number;
    readonly withFindings: number;
    readonly invalid: number;
    readonly findings: number;
    readonly byRule: Readonly<Record<string, number>>;
  };
}

/** The rule of each refusal but a failed guard (whose rule is the guard's): every reason has one. */
const FLOW_RULES: Readonly<Record<Exclude<FlowRejectionReason, 'guard_failed'>, string>> = {
  invalid_event: 'flow.invalid-event',
  unknown_event: 'flow.unknown-event',
  final_state: 'flow.final-state',
  not_in_state: 'flow.not-in-state',
  reason_required: 'flow.reason-required',
  out_of_order: 'flow.out-of-order',
};

function refusedFindings(
  flow: Flow,
  id: string,
  index: number,
  event: FlowEvent,
  rejection: FlowRejection,
): AuditFinding[] {
  const eventIds = typeof event?.id === 'string' ? [event.id] : [];
  if (rejection.reason === 'guard_failed') {
    return rejection.failed.map((step) => ({
      recordId: id,
      rule: step.rule,
      cite: step.cite,
      kind: 'refused' as const,
      message: {
        en: `event ${index} '${rejection.event}' in state '${rejection.state}': ${step.message.en}`,
        zh: `第 ${index} 个事件“${rejection.event}”（状态“${rejection.state}”）：${step.message.zh}`,
      },
      events: [index],
      eventIds,
      facts: { ...step.facts, event: rejection.event, state: rejection.state },
    }));
  }
  const unblock = rejection.unblock.flatMap((u) => u.events ?? []);
  return [
    {
      recordId: id,
      rule: FLOW_RULES[rejection.reason],
      cite: flow.definition.cite ?? 'manual:flows.repair-order',
      kind: 'refused',
      message: {
        en: `event ${index}: ${rejection.message.en}`,
        zh: `第 ${index} 个事件：${rejection.message.zh}`,
      },
      events: [index],
      eventIds,
      facts: {
        event: rejection.event,
        state: rejection.state,
        reason: rejection.reason,
        ...(unblock.length > 0 ? { missingSteps: unblock } : {}),
        ...(rejection.issues ? { issues: rejection.issues.map((issue) => issue.message.en) } : {}),
      },
    },
  ];
}

function checkHistory(value: unknown): AftersalesIssue[] {
  if (!isObjectLike(value))
    return [createIssue('input.invalid_type', [], { expected: 'object', received: typeName(value) })];
  const issues: AftersalesIssue[] = [];
  if (value.id === undefined) issues.push(createIssue('input.required', ['id']));
  else if (typeof value.id !== 'string') {
    issues.push(
      createIssue('input.invalid_type', ['id'], { expected: 'string', received: typeName(value.id) }),
    );
  } else if (value.id.trim() === '')
    issues.push(createIssue('input.too_small', ['id'], { minimum: 1, inclusive: true }));
  if (!Array.isArray(value.events)) {
    issues.push(
      createIssue(value.events === undefined ? 'input.required' : 'input.invalid_type', ['events'], {
        expected: 'array',
        received: typeName(value.events),
      }),
    );
  }
  return issues;
}

const SLA_WORDS = {
  late: { en: 'missed', zh: '超时' },
  early: { en: 'too early', zh: '早于时间窗口' },
  overdue: { en: 'overdue', zh: '已逾期' },
} as const;

/**
 * Checks a batch of record histories against a flow and its SLAs: every event the flow refuses
 * (with the failed guard and its citation, or the missing step) and every SLA missed (late,
 * too early for a window, or overdue at `asOf`) becomes a finding naming the record, the rule,
 * its citation and the events involved. Every record in comes out as one result, in order:
 * clean, with findings, or invalid with the issues that made it unreadable. None is dropped.
 *
 * @param flow - the flow (or every version of it) the histories follow
 * @param histories - `{ id, events }` per record
 * @param options - time zone (required), business calendar, `asOf`, guard context
 * @returns one result per history and a summary
 * @throws AftersalesError only for bad arguments (`histories` not an array, a bad time zone,
 *   working-day SLAs without a calendar); a bad history is a result, not an exception
 *
 * @example
 * const report = auditFlowLogs(complaintFlow, [{ id: 'C-1', events }], { timeZone: 'Asia/Shanghai' });
 * report.results[0]?.findings.map((f) => f.rule);
 */
export function auditFlowLogs<D extends JsonObject>(
  flow: Flow<D> | FlowVersions<D>,
  histories: readonly FlowHistory[],
  options: AuditOptions,
): AuditReport {
  const source = flow as unknown as Flow | FlowVersions;
  if (!Array.isArray(histories)) {
    throw AftersalesError.of('input.invalid_type', ['histories'], {
      expected: 'array',
      received: typeName(histories),
    });
  }
  if (!isObjectLike(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const timeZone = parseTimeZone(options.timeZone, ['options', 'timeZone']);
  let asOfMs: number | undefined;
  if (options.asOf !== undefined) {
    asOfMs = epochMsOrUndefined(options.asOf);
    if (asOfMs === undefined)
      throw AftersalesError.of('time.invalid_instant', ['options', 'asOf'], {
        value: describeValue(options.asOf),
      });
  }
  const flows = isFlowVersions(source) ? source.flows : [source];
  for (const f of flows) {
    if (compiledOf(f).slas.some((sla) => 'workingDays' in sla.limit))
      calendarIndexOf(options.calendar, ['options', 'calendar']);
  }

  const slaPoints = flows.flatMap((f) => compiledOf(f).slas.flatMap((sla) => [sla.start, sla.stop].flat()));
  // Stryker disable next-line LogicalOperator: a compiled SLA always has a start and a stop (createFlow refuses one without), so `point || …` is true for every point; it only adds `undefined` (a state point's `.event`) to the set, and no accepted event has an undefined type
  const slaEvents = new Set(slaPoints.flatMap((point) => (point && 'event' in point ? [point.event] : [])));
  // Stryker disable next-line LogicalOperator: no point is undefined (see above), so `point !== undefined || …` makes slaStates true, which only keeps more timeline entries: an entry matching no SLA point changes no outcome
  const slaStates = slaPoints.some((point) => point !== undefined && 'state' in point);

  const results: AuditResult[] = [];
  const byRule: Record<string, number> = {};
  let clean = 0;
  let withFindings = 0;
  let invalid = 0;
  let findingCount = 0;
  histories.forEach((history, row) => {
    const issues = checkHistory(history);
    if (issues.length > 0) {
      invalid++;
      const id = isObjectLike(history) && typeof history.id === 'string' ? history.id : null;
      results.push({ row, recordId: id, status: 'invalid', findings: [], pending: [], issues });
      return;
    }
    const findings: AuditFinding[] = [];
    const timeline: TimelineEntry[] = [];
    let lastFlow = isFlowVersions(source) ? undefined : source;
    let endState: string;
    try {
      const folded = foldLog(
        source,
        history.events,
        options.context === undefined ? {} : { context: options.context },
        true,
        (index, value, entered, ms, rejection) => {
          const event = history.events[index] as FlowEvent;
          if (rejection === undefined) {
            // Only the events an SLA can start or stop on are kept: a third of a typical log.
            if (!(slaEvents.has(event.type) || (slaStates && entered))) return;
            timeline.push({ index, event, ms, entered: entered ? value : undefined });
          } else {
            const current = lastFlow ?? ((source as FlowVersions).flows[0] as Flow);
            findings.push(...refusedFindings(current, history.id, index, event, rejection));
          }
        },
      );
      endState = folded.state.value;
      if (isFlowVersions(source)) lastFlow = flowOfVersion(source, folded.state.version);
      const data = folded.state.data;
      const pending: string[] = [];
      for (const sla of compiledOf(lastFlow).slas) {
        if (!slaApplies(sla, data)) continue;
        const outcome = checkSla(sla, timeline, timeZone, options.calendar, asOfMs);
        if (outcome.status === 'pending') pending.push(sla.id);
        if (outcome.status !== 'late' && outcome.status !== 'early' && outcome.status !== 'overdue') continue;
        const events = outcome.stop === undefined ? [outcome.start] : [outcome.start, outcome.stop];
        const word = SLA_WORDS[outcome.status];
        findings.push({
          recordId: history.id,
          rule: sla.id,
          cite: sla.cite,
          kind: outcome.status,
          message: { en: `${sla.title.en}: ${word.en}`, zh: `${sla.title.zh}：${word.zh}` },
          events,
          eventIds: events.flatMap((i) => {
            // Stryker disable next-line OptionalChaining: i is an SLA's start or stop, the index of an accepted event, which is always an object
            const id = history.events[i]?.id;
            return typeof id === 'string' ? [id] : [];
          }),
          facts: outcome.facts,
        });
      }
      for (const finding of findings) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
      findingCount += findings.length;
      if (findings.length === 0) clean++;
      else withFindings++;
      results.push({
        row,
        recordId: history.id,
        status: findings.length === 0 ? 'clean' : 'findings',
        findings,
        state: endState,
        pending,
      });
    } catch (error) {
      // A log that names an unknown version cannot be read; the record is reported, not dropped.
      if (!(error instanceof AftersalesError)) throw error;
      invalid++;
      results.push({
        row,
        recordId: history.id,
        status: 'invalid',
        findings: [],
        pending: [],
        issues: error.issues,
      });
    }
  });
  return {
    results,
    summary: { records: histories.length, clean, withFindings, invalid, findings: findingCount, byRule },
  };
}

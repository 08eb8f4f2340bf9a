/**
 * The vocabulary of the flow engine: a flow definition (plain JSON), the events that drive it,
 * the state it folds into, and the answer of a transition.
 *
 * A definition is data so that it can be stored, diffed, drawn (Mermaid), handed to XState, and
 * extended by plugins. What cannot be data (a guard that reads a repair order's lines, a data
 * update) is named in the definition and supplied once as a {@link FlowImplementation}.
 */
import type { Citation } from '../decision/citation';
import type { TraceStep } from '../decision/Decision';
import type { AftersalesIssue } from '../errors/AftersalesError';
import type { LocalizedText } from '../i18n/LocalizedText';
import type { JsonObject, JsonValue } from '../json/JsonValue';
import type { Instant } from '../time/instant';

/** One way out of a state on an event. The first transition whose guards all pass is taken. */
export interface FlowTransitionDefinition {
  /** The next state; absent: stay (an internal transition that only updates data or marks). */
  readonly target?: string;
  /** Guards by name (see {@link FlowDefinition.guards}); all must pass. */
  readonly guards?: readonly string[];
  /** Named data updates, applied in order (implemented in {@link FlowImplementation.assign}). */
  readonly assign?: readonly string[];
  /** Effects returned as data for the caller to carry out (notify, schedule, print). */
  readonly effects?: readonly string[];
  /** Marks set on the state: facts a later declarative guard can require (`qc.final-passed`). */
  readonly mark?: readonly string[];
  /** Marks removed from the state (a failed check clears the passes before it). */
  readonly unmark?: readonly string[];
}

/** A state of a flow. */
export interface FlowStateDefinition {
  readonly title: LocalizedText;
  /** A final state accepts no events. */
  readonly final?: boolean;
  /** Free labels, e.g. the STAR stage `star:VEHICLE_RECEIVED`. */
  readonly tags?: readonly string[];
  /** Transitions by event type. */
  readonly on?: Readonly<Record<string, readonly FlowTransitionDefinition[]>>;
  /** Service-level agreements that start when this state is entered (see {@link FlowSla}). */
  readonly slas?: readonly FlowSla[];
}

/**
 * A field of an event's payload (`event.data`): its JSON type, whether it is required, and for
 * text the values allowed. Declared as data so the engine can check payloads without code and
 * a UI or an OpenAPI document can describe them.
 */
export type FlowPayloadField =
  | { readonly type: 'string'; readonly required?: boolean; readonly enum?: readonly string[] }
  | { readonly type: 'number'; readonly required?: boolean }
  | { readonly type: 'boolean'; readonly required?: boolean };

/** An event type the flow knows. */
export interface FlowEventDefinition {
  readonly title: LocalizedText;
  /** The event must say why (cancel, hold, reopen): a blank `reason` is refused. */
  readonly requiresReason?: boolean;
  /** The payload fields the flow reads; any other field is refused. Absent: any payload. */
  readonly payload?: Readonly<Record<string, FlowPayloadField>>;
}

/** What would unblock a failed guard: a hint for a person and, when known, the events to send. */
export interface FlowUnblock {
  readonly message: LocalizedText;
  /** Events that, sent first, can make the refused event pass (in order when it is a path). */
  readonly events?: readonly string[];
  /** Fields of the event payload or the record that are missing. */
  readonly fields?: readonly string[];
}

/**
 * A named guard: a rule with a stable id (its name), a citation, the message shown when it
 * fails, and what would unblock it. A guard with `requireMarks` / `forbidMarks` is declarative and
 * needs no code; any other guard needs a check in {@link FlowImplementation.guards}.
 */
export interface FlowGuardDefinition {
  readonly title: LocalizedText;
  readonly cite: Citation;
  /** Shown when the guard fails. */
  readonly message: LocalizedText;
  readonly unblock: FlowUnblock;
  readonly requireMarks?: readonly string[];
  readonly forbidMarks?: readonly string[];
  /** The check reads the event's payload, so it cannot be answered before the event exists. */
  readonly readsPayload?: boolean;
}

/** A named effect: something the caller should do after a transition. */
export interface FlowEffectDefinition {
  readonly title: LocalizedText;
}

/** Where an SLA clock starts or stops: entering a state, or an event (optionally with payload fields). */
export type FlowSlaPoint =
  | { readonly state: string }
  | { readonly event: string; readonly where?: Readonly<Record<string, JsonValue>> };

/**
 * How long an SLA allows, counted in the dealer's time zone:
 * - `days`: calendar days from the start date to the stop date (`≤ days`);
 * - `workingDays`: working days by the business calendar, start excluded, stop included;
 * - `hours`: elapsed hours;
 * - `sameMonth`: the stop falls in the start's calendar month;
 * - `window`: the stop falls between day `from` and day `to` after the start (day 0 = the start date).
 */
export type FlowSlaLimit =
  | { readonly days: number }
  | { readonly workingDays: number }
  | { readonly hours: number }
  | { readonly sameMonth: true }
  | { readonly window: { readonly from: number; readonly to: number } };

/**
 * A service-level agreement: a clock from `start` to `stop` with a limit, checked by the audit.
 * The clock restarts at every `start`: it runs from the last start before the first stop (a
 * failed inspection means the repair was completed again later; a comeback delivers again).
 * `when` restricts it to records whose flow data has one of the listed values in a field (e.g.
 * `{ field: 'kind', in: ['maintenance'] }`).
 */
export interface FlowSla {
  readonly id: string;
  readonly title: LocalizedText;
  readonly cite: Citation;
  /** Default, for an SLA written inside a state: entering that state. */
  readonly start?: FlowSlaPoint;
  /** One point, or several: the first of them to happen stops the clock. */
  readonly stop: FlowSlaPoint | readonly FlowSlaPoint[];
  readonly limit: FlowSlaLimit;
  readonly when?: { readonly field: string; readonly in: readonly JsonValue[] };
}

/**
 * A flow as data: states, events, transitions, named guards and effects, SLAs. JSON-serializable.
 *
 * @example
 * const definition: FlowDefinition = {
 *   id: 'door', version: 1, title: { en: 'Door', zh: '门' }, initial: 'closed',
 *   events: { open: { title: { en: 'Open', zh: '开' } }, close: { title: { en: 'Close', zh: '关' } } },
 *   states: {
 *     closed: { title: { en: 'Closed', zh: '关着' }, on: { open: [{ target: 'open' }] } },
 *     open: { title: { en: 'Open', zh: '开着' }, on: { close: [{ target: 'closed' }] } },
 *   },
 * };
 */
export interface FlowDefinition {
  /** Dotted lower-case id, e.g. `repair-order`. */
  readonly id: string;
  /** Integer ≥ 1; a stored log replays under the version it was written with. */
  readonly version: number;
  readonly title: LocalizedText;
  /** Where the flow's steps come from; cited when an event is refused because the step is out of place. */
  readonly cite?: Citation;
  readonly initial: string;
  readonly states: Readonly<Record<string, FlowStateDefinition>>;
  readonly events: Readonly<Record<string, FlowEventDefinition>>;
  readonly guards?: Readonly<Record<string, FlowGuardDefinition>>;
  readonly effects?: Readonly<Record<string, FlowEffectDefinition>>;
  /** SLAs that do not start at a state entry (they name their own `start`). */
  readonly slas?: readonly FlowSla[];
  /** Plugins that extended this definition, in order. */
  readonly extensions?: readonly { readonly id: string; readonly version: string }[];
}

/**
 * Something that happened to a record: what, when, who, why, with which payload. Events are the
 * record's truth; its state is their fold.
 *
 * @example
 * const event: FlowEvent = {
 *   type: 'place_hold', at: '2024-03-01T10:00:00+08:00', actor: 'EMP-SA-01',
 *   reason: '等待左前制动卡钳到货', data: { hold: 'parts' },
 * };
 */
export interface FlowEvent {
  readonly type: string;
  readonly at: Instant;
  /** Who did it: a person's id, or `system:<name>` for automation. */
  readonly actor: string;
  readonly reason?: string;
  readonly data?: JsonObject;
  /** The event's own id in the caller's store, echoed in findings. */
  readonly id?: string;
  /** The definition version the event was written under (see `createFlowVersions`). */
  readonly flowVersion?: number;
}

/** A record's state: the fold of its events. Plain JSON. */
export interface FlowState<D extends JsonObject = JsonObject> {
  readonly flow: string;
  readonly version: number;
  /** The current state's name. */
  readonly value: string;
  readonly data: D;
  /** Marks set by transitions and not yet removed, in the order they were set. */
  readonly marks: readonly string[];
  /** The time of the last event, or `null` before any. */
  readonly at: Instant | null;
  /** When the current state was entered, or `null` for the initial state. */
  readonly enteredAt: Instant | null;
  /** How many events have been applied. */
  readonly eventCount: number;
}

/** An effect produced by a transition, for the caller to carry out. */
export interface FlowEffect {
  readonly type: string;
  readonly event: string;
  readonly from: string;
  readonly to: string;
  readonly at: Instant;
}

/** Why an event was refused. */
export type FlowRejectionReason =
  | 'invalid_event'
  | 'unknown_event'
  | 'final_state'
  | 'not_in_state'
  | 'reason_required'
  | 'out_of_order'
  | 'guard_failed';

/** A refused event: why (the failed guards, each a trace step with its citation) and what would unblock it. */
export interface FlowRejection {
  readonly reason: FlowRejectionReason;
  readonly event: string;
  readonly state: string;
  readonly message: LocalizedText;
  /** The guards that failed (for `guard_failed`), as trace steps: rule, facts, message, citation. */
  readonly failed: readonly TraceStep[];
  readonly unblock: readonly FlowUnblock[];
  /** For `invalid_event`: what is wrong with the event itself. */
  readonly issues?: readonly AftersalesIssue[];
}

/** The answer of `transition`: the next state and effects, or a rejection. */
export type TransitionResult<D extends JsonObject = JsonObject> =
  | {
      readonly ok: true;
      readonly state: FlowState<D>;
      readonly effects: readonly FlowEffect[];
      /** The guards that passed, as trace steps. */
      readonly trace: readonly TraceStep[];
    }
  | { readonly ok: false; readonly rejection: FlowRejection };

/** What a guard check may answer: a boolean, or a verdict with the facts it read. */
export type GuardVerdict =
  | boolean
  | { readonly passed: boolean; readonly facts?: JsonObject; readonly message?: LocalizedText };

/** The code behind a named guard. Pure: reads the data, the event and the caller's context. */
export type GuardCheck<D extends JsonObject = JsonObject> = (
  data: D,
  event: FlowEvent,
  context: unknown,
) => GuardVerdict;

/** The code behind a named data update. Pure: returns new data, never changes `data`. */
export type DataUpdate<D extends JsonObject = JsonObject> = (data: D, event: FlowEvent) => D;

/**
 * What a definition names but cannot hold as data: the initial data, guard checks, data updates,
 * and a payload check per event type.
 */
export interface FlowImplementation<D extends JsonObject = JsonObject> {
  readonly initialData: D;
  readonly guards?: Readonly<Record<string, GuardCheck<D>>>;
  readonly assign?: Readonly<Record<string, DataUpdate<D>>>;
  /** Checks an event's payload; returns the issues (empty when fine). */
  readonly payload?: Readonly<Record<string, (data: unknown) => readonly AftersalesIssue[]>>;
}

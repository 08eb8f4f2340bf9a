import type {
  AftersalesIssue,
  Citation,
  FlowEvent,
  FlowPayloadField,
  FlowRejection,
  FlowState,
  FlowUnblock,
  JsonObject,
  LocalizedText,
  TransitionResult,
} from '@aftersales/core';

/**
 * The vocabulary of the UI store: what a component reads (the snapshot and its actions) and what it
 * calls (subscribe, dispatch). Everything a snapshot holds is plain, frozen JSON.
 */

/** Why an action is blocked: one failed guard of the flow, with what would unblock it. */
export interface BlockedReason {
  /** The guard's stable id, e.g. `ro.warranty-eligibility`. */
  readonly rule: string;
  /** The guard's message, in English and Chinese (the engine's, naming the lines when it can). */
  readonly message: LocalizedText;
  readonly cite: Citation;
  /** The facts the guard read (the lines that block, the marks present…). */
  readonly facts: JsonObject;
  /** What would unblock it: a hint, and the events or fields it needs when known. */
  readonly unblock: FlowUnblock;
}

/** One event the current state offers: a button, enabled or not, with the reasons it is blocked. */
export interface FlowAction {
  /** The event type to dispatch. */
  readonly type: string;
  readonly title: LocalizedText;
  /** True when every guard that can be checked before the event exists passes. */
  readonly enabled: boolean;
  /** Where it leads when enabled (the current state for a step that only updates data). */
  readonly target?: string;
  /** Empty when enabled; otherwise the failed guards, in the engine's order. */
  readonly reasons: readonly BlockedReason[];
  /** Guards that read the event's payload (a line id, an inspector): checked only on dispatch. */
  readonly checkedOnSend: readonly string[];
  /** The event must carry a non-blank `reason` (cancel, hold, reopen…). */
  readonly requiresReason: boolean;
  /** The payload fields the flow declares for this event, to build a form from. */
  readonly payload?: Readonly<Record<string, FlowPayloadField>>;
}

/**
 * What a component renders. The same object is returned by `getSnapshot()` until something
 * changes (an accepted event, a recorded rejection, a dismissed rejection): React's
 * `useSyncExternalStore` compares snapshots by identity.
 */
export interface FlowStoreSnapshot<D extends JsonObject = JsonObject> {
  /** The engine's state: `value` (the status), `data`, `marks`, times and event count. */
  readonly state: FlowState<D>;
  /** The current state's title in English and Chinese. */
  readonly title: LocalizedText;
  /** The current state's tags as the definition has them (`star:REPAIR`, `status:received`). */
  readonly tags: readonly string[];
  /** The STAR stage of the current state (its `star:` tag), when the flow gives one. */
  readonly stage?: string;
  /** A final state offers no action. */
  readonly final: boolean;
  /** The event log, oldest first: the record's truth. Replaying it gives `state`. */
  readonly events: readonly FlowEvent[];
  /** Every event of the current state, in definition order, enabled or blocked with its reasons. */
  readonly allowed: readonly FlowAction[];
  /** The last refused dispatch, until the next accepted one or `dismissRejection()`. */
  readonly lastRejection?: FlowRejection;
}

/** A listener threw: the thrown value and the coded issue (`ui.listener_failed`) describing it. */
export interface ListenerFailure {
  readonly error: unknown;
  readonly issue: AftersalesIssue;
}

/** Options of `createFlowStore`. */
export interface FlowStoreOptions {
  /** A stored event log to start from (replayed through the engine); absent: the initial state. */
  readonly events?: readonly FlowEvent[];
  /** Passed to the flow's guards, as in `transition` (the standard flows read none). */
  readonly context?: unknown;
  /**
   * Called when a listener throws; the other listeners still run and the store is unchanged.
   * Default: `globalThis.reportError` where it exists (browsers, Deno, Bun), else `console.error`.
   * A reporter that throws itself is ignored, so that it cannot stop the notification either.
   */
  readonly onListenerError?: (failure: ListenerFailure) => void;
}

/**
 * A store for one record (a repair order, a complaint, a claim) over the flow engine. Its methods
 * are bound: `useSyncExternalStore(store.subscribe, store.getSnapshot)` works as written.
 */
export interface FlowStore<D extends JsonObject = JsonObject> {
  /** The current snapshot: the same object until something changes. */
  readonly getSnapshot: () => FlowStoreSnapshot<D>;
  /**
   * Calls `listener` (with no argument) after each change; returns the function that stops it.
   * Unsubscribing twice, or while listeners are being called, is safe.
   */
  readonly subscribe: (listener: () => void) => () => void;
  /** Runs an event through the engine: the next state and effects, or the rejection and why. */
  readonly dispatch: (event: FlowEvent) => TransitionResult<D>;
  /** Forgets `lastRejection` (a toast closed); a change only when there was one. */
  readonly dismissRejection: () => void;
}

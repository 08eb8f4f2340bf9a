/**
 * Internal: the tasks of a schedule while it is being built. Two events that make the same task
 * (same id) make one, listing both; at the end every draft becomes a frozen {@link CareTask}.
 */
import type { LocalizedText } from '../i18n/LocalizedText';
import type { CalendarDate } from '../time/calendarDate';
import type { Instant } from '../time/instant';
import type { CareEvent } from './careEvent';
import { type CareRuleId, careRules } from './careRules';
import type { CareSettings } from './careScheduleOptions';
import { mergeSubjects } from './careSubject';
import type { CareIgnoredReason, CareSubject, CareTask } from './careTask';
import { openStatus, type PlacedWindow } from './placeCareWindow';

/** A valid event as the schedule reads it. */
export interface ParsedCareEvent {
  readonly index: number;
  readonly event: CareEvent;
  /** The dealer-local date of the event (of `at`, or its date field). */
  readonly on: CalendarDate;
  /** Epoch milliseconds of `at`, for ordering (the start of `on` in UTC for date-only events). */
  readonly ms: number;
  readonly subject: CareSubject;
  /** The subject part of its task ids. */
  readonly key: string;
}

/** What the parts of the schedule share while it is built. */
export interface CareBuild {
  readonly settings: CareSettings;
  readonly book: CareTaskBook;
  /**
   * Rejects a valid event whose windows fall outside years 0000–9999 (`error` is what the date
   * arithmetic threw; anything but an AftersalesError is re-thrown).
   */
  reject(event: ParsedCareEvent, error: unknown): void;
  ignore(event: ParsedCareEvent, reason: CareIgnoredReason): void;
}

/** When a task was done or closed. */
export interface TaskCompletion {
  readonly at: Instant;
  readonly on: CalendarDate;
  readonly closed: boolean;
}

/** A task being built. */
export interface TaskDraft {
  readonly id: string;
  readonly rule: CareRuleId;
  readonly title: LocalizedText;
  subject: CareSubject;
  anchor: CalendarDate;
  window: PlacedWindow;
  provisional: boolean;
  completion: TaskCompletion | undefined;
  /** For escalations: the earliest instant the request was raised. */
  raisedMs: number;
  readonly sources: Set<number>;
}

/** What a new draft needs. */
export interface TaskSpec {
  readonly id: string;
  readonly rule: CareRuleId;
  readonly title?: LocalizedText;
  readonly subject: CareSubject;
  readonly anchor: CalendarDate;
  readonly window: PlacedWindow;
  readonly provisional?: boolean;
  readonly raisedMs?: number;
  readonly sources: readonly number[];
}

/** The drafts of one schedule, by id. */
export class CareTaskBook {
  private readonly drafts = new Map<string, TaskDraft>();

  /** Adds a task, or merges its sources and subject into the task of the same id. */
  add(spec: TaskSpec): TaskDraft {
    const known = this.drafts.get(spec.id);
    if (known !== undefined) {
      for (const index of spec.sources) known.sources.add(index);
      known.subject = mergeSubjects(known.subject, spec.subject);
      known.raisedMs = Math.min(known.raisedMs, spec.raisedMs ?? Number.POSITIVE_INFINITY);
      return known;
    }
    const draft: TaskDraft = {
      id: spec.id,
      rule: spec.rule,
      title: spec.title ?? careRules[spec.rule].title,
      subject: spec.subject,
      anchor: spec.anchor,
      window: spec.window,
      provisional: spec.provisional ?? false,
      completion: undefined,
      raisedMs: spec.raisedMs ?? Number.POSITIVE_INFINITY,
      sources: new Set(spec.sources),
    };
    this.drafts.set(spec.id, draft);
    return draft;
  }

  /** The drafts of one rule, in the order they were added. */
  ofRule(rule: CareRuleId): TaskDraft[] {
    return [...this.drafts.values()].filter((draft) => draft.rule === rule);
  }

  /** Every task, finished and sorted by `from`, then `rule`, then `id`. */
  finish(asOf: CalendarDate | undefined): CareTask[] {
    const tasks = [...this.drafts.values()].map((draft) => finishTask(draft, asOf));
    return tasks.sort(
      (a, b) => compareText(a.from, b.from) || compareText(a.rule, b.rule) || compareText(a.id, b.id),
    );
  }
}

/** Orders by UTF-16 code units: the same everywhere, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function finishTask(draft: TaskDraft, asOf: CalendarDate | undefined): CareTask {
  const { window, completion } = draft;
  const rule = careRules[draft.rule];
  const done = completion !== undefined && !completion.closed;
  const status = completion === undefined ? openStatus(window, asOf) : completion.closed ? 'closed' : 'done';
  return Object.freeze({
    id: draft.id,
    rule: draft.rule,
    cite: rule.cite,
    title: draft.title,
    subject: { ...draft.subject },
    anchor: draft.anchor,
    from: window.from,
    to: window.to,
    ...(window.movedFrom === undefined ? {} : { movedFrom: window.movedFrom }),
    status,
    ...(draft.provisional ? { provisional: true as const } : {}),
    ...(completion === undefined ? {} : { doneAt: completion.at, doneOn: completion.on }),
    ...(done && completion.on < window.from ? { early: true as const } : {}),
    ...(done && completion.on > window.to ? { late: true as const } : {}),
    sourceEvents: [...draft.sources].sort((a, b) => a - b),
  });
}

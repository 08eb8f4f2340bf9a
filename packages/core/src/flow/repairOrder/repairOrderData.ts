import type { PayType } from '../../schemas/payType';
import type { RepairOrderHold, RepairOrderKind } from '../../schemas/repairOrderCodes';
import type { DataUpdate, FlowEvent } from '../types';

/**
 * What the repair-order flow remembers besides its state: the kind, the hold laid over the
 * current step, each line's customer answer, price, eligibility and progress, and the three
 * checks. Line-level status follows STAR's labor-operation status (approved / declined / deferred).
 */

/**
 * The customer's answer to a line, as STAR's labor-operation status has it: `approved`
 * (APPROVED / AUTHORIZED), `declined` (DECLINED), `deferred` (DEFERRED: next visit), or `pending`
 * (PENDING: not yet answered). Progress on the line is `work`: `started` ↔ STAR IN_PROGRESS,
 * `done` ↔ COMPLETED.
 */
export type LineAnswer = 'pending' | 'approved' | 'declined' | 'deferred';

/** The warranty eligibility decision attached to a line (from @aftersales/warranty's outcome). */
export type LineEligibility = 'covered' | 'not_covered' | 'needs_preauthorization';

/** One line of a repair order as the flow tracks it. */
export type RepairOrderFlowLine = {
  readonly id: string;
  readonly payType: PayType;
  readonly answer: LineAnswer;
  readonly priced: boolean;
  /** Found during repair (增项): needs its own customer approval. */
  readonly additional: boolean;
  readonly eligibility: LineEligibility | null;
  readonly work: 'not_started' | 'started' | 'done';
};

/** One passed check of the three-level inspection. */
export type CheckRecord = { readonly by: string; readonly at: string };

/** The repair-order flow's data. */
export type RepairOrderFlowData = {
  readonly kind: RepairOrderKind | null;
  readonly rescue: boolean;
  readonly hold: RepairOrderHold | null;
  readonly lines: readonly RepairOrderFlowLine[];
  readonly qc: {
    readonly self: CheckRecord | null;
    readonly peer: CheckRecord | null;
    readonly final: CheckRecord | null;
  };
  readonly followUps: number;
  readonly reopened: number;
};

/** Data of a repair order before its first event. */
export const initialRepairOrderData: RepairOrderFlowData = {
  kind: null,
  rescue: false,
  hold: null,
  lines: [],
  qc: { self: null, peer: null, final: null },
  followUps: 0,
  reopened: 0,
};

type Update = DataUpdate<RepairOrderFlowData>;
const payload = (event: FlowEvent) => (event.data ?? {}) as Record<string, string | boolean | undefined>;

function copyLine(line: RepairOrderFlowLine): {
  -readonly [K in keyof RepairOrderFlowLine]: RepairOrderFlowLine[K];
} {
  // Written out rather than spread: this runs for most replayed events, and a literal of known
  // shape is several times cheaper to build than a spread.
  return {
    id: line.id,
    payType: line.payType,
    answer: line.answer,
    priced: line.priced,
    additional: line.additional,
    eligibility: line.eligibility,
    work: line.work,
  };
}

function updateLine<K extends keyof RepairOrderFlowLine>(
  data: RepairOrderFlowData,
  id: unknown,
  key: K,
  value: RepairOrderFlowLine[K],
): RepairOrderFlowData {
  const lines = data.lines;
  // Stryker disable next-line ArrayDeclaration: a size given ahead only saves growing; every index is written below
  const next: RepairOrderFlowLine[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as RepairOrderFlowLine;
    if (line.id === id) {
      const changed = copyLine(line);
      changed[key] = value;
      next[i] = changed;
    } else next[i] = line;
  }
  return { ...data, lines: next };
}

function addLine(additional: boolean): Update {
  return (data, event) => {
    const p = payload(event);
    const line: RepairOrderFlowLine = {
      id: p.lineId as string,
      payType: p.payType as PayType,
      answer: 'pending',
      priced: p.priced === true,
      additional,
      eligibility: null,
      work: 'not_started',
    };
    // Copied by index: an array spread goes through the iterator protocol.
    const lines = data.lines;
    // Stryker disable next-line ArrayDeclaration: a size given ahead only saves growing; every index is written below
    const next: RepairOrderFlowLine[] = new Array(lines.length + 1);
    for (let i = 0; i < lines.length; i++) next[i] = lines[i] as RepairOrderFlowLine;
    next[lines.length] = line;
    return { ...data, lines: next };
  };
}

/** The data with one check of the three-level inspection passed, by the event's inspector. */
function withCheck(
  data: RepairOrderFlowData,
  event: FlowEvent,
  level: 'self' | 'peer' | 'final',
): RepairOrderFlowData {
  const record: CheckRecord = { by: payload(event).inspectorId as string, at: event.at };
  // The three levels written out: qc has a fixed shape, and a literal is cheaper than a spread.
  const qc = data.qc;
  return {
    ...data,
    qc: {
      self: level === 'self' ? record : qc.self,
      peer: level === 'peer' ? record : qc.peer,
      final: level === 'final' ? record : qc.final,
    },
  };
}

/** The data updates the repair-order definition names. */
export const repairOrderUpdates: Record<string, Update> = {
  'ro.set-kind': (data, event) => {
    const kind = payload(event).kind as RepairOrderKind | undefined;
    return kind === undefined ? data : { ...data, kind };
  },
  'ro.start-rescue': (data) => ({ ...data, rescue: true }),
  'ro.add-line': addLine(false),
  'ro.add-additional-line': addLine(true),
  'ro.price-line': (data, event) => updateLine(data, payload(event).lineId, 'priced', true),
  'ro.approve-line': (data, event) => updateLine(data, payload(event).lineId, 'answer', 'approved'),
  'ro.decline-line': (data, event) => updateLine(data, payload(event).lineId, 'answer', 'declined'),
  'ro.defer-line': (data, event) => updateLine(data, payload(event).lineId, 'answer', 'deferred'),
  'ro.start-line': (data, event) => updateLine(data, payload(event).lineId, 'work', 'started'),
  'ro.complete-line': (data, event) => updateLine(data, payload(event).lineId, 'work', 'done'),
  'ro.attach-eligibility': (data, event) =>
    updateLine(data, payload(event).lineId, 'eligibility', payload(event).outcome as LineEligibility),
  'ro.place-hold': (data, event) => ({ ...data, hold: payload(event).hold as RepairOrderHold }),
  'ro.release-hold': (data) => ({ ...data, hold: null }),
  'ro.pass-self-check': (data, event) => withCheck(data, event, 'self'),
  'ro.pass-peer-check': (data, event) => withCheck(data, event, 'peer'),
  'ro.pass-final-inspection': (data, event) => withCheck(data, event, 'final'),
  // A failed check sends the job back to repair: every pass before it must be done again.
  'ro.reset-checks': (data) => ({ ...data, qc: { self: null, peer: null, final: null } }),
  'ro.count-follow-up': (data) => ({ ...data, followUps: data.followUps + 1 }),
  'ro.reopen': (data) => ({
    ...data,
    reopened: data.reopened + 1,
    qc: { self: null, peer: null, final: null },
  }),
};

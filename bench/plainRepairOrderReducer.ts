/**
 * The baseline for the replay benchmark: the repair-order flow written as a plain reducer, the
 * way one would without a flow engine. A switch on the event per state, the same guards inline,
 * the same immutable data updates, the same time-order check; none of the engine's generality
 * (definitions as data, named guards, explanations, envelope and payload validation).
 */
import type { FlowEvent, RepairOrderFlowData, RepairOrderFlowLine } from '@aftersales/core';

export interface PlainState {
  readonly value: string;
  readonly data: RepairOrderFlowData;
  readonly marks: readonly string[];
  readonly lastMs: number;
}

type Data = RepairOrderFlowData;
const p = (event: FlowEvent) => (event.data ?? {}) as Record<string, string | boolean | undefined>;
const line = (d: Data, id: unknown) => d.lines.find((l) => l.id === id);
const setLine = (d: Data, id: unknown, change: Partial<RepairOrderFlowLine>): Data => ({
  ...d,
  lines: d.lines.map((l) => (l.id === id ? { ...l, ...change } : l)),
});

export const plainInitial = (): PlainState => ({
  value: 'new',
  data: {
    kind: null,
    rescue: false,
    hold: null,
    lines: [],
    qc: { self: null, peer: null, final: null },
    followUps: 0,
    reopened: 0,
  },
  marks: [],
  lastMs: Number.NEGATIVE_INFINITY,
});

function lineEvent(d: Data, e: FlowEvent): Data | undefined {
  const id = p(e).lineId;
  switch (e.type) {
    case 'add_line':
      if (line(d, id)) return undefined;
      return {
        ...d,
        lines: [
          ...d.lines,
          {
            id: id as string,
            payType: p(e).payType as 'CP',
            answer: 'pending',
            priced: p(e).priced === true,
            additional: false,
            eligibility: null,
            work: 'not_started',
          },
        ],
      };
    case 'price_line':
      return line(d, id) ? setLine(d, id, { priced: true }) : undefined;
    case 'approve_line':
      return line(d, id) ? setLine(d, id, { answer: 'approved' }) : undefined;
    case 'decline_line':
      return line(d, id) ? setLine(d, id, { answer: 'declined' }) : undefined;
    case 'attach_eligibility':
      return line(d, id) ? setLine(d, id, { eligibility: p(e).outcome as 'covered' }) : undefined;
    case 'complete_line':
      return line(d, id)?.answer === 'approved' ? setLine(d, id, { work: 'done' }) : undefined;
    default:
      return undefined;
  }
}

/** Applies one event; returns the next state, or `undefined` when the flow refuses it. */
export function plainReduce(s: PlainState, e: FlowEvent): PlainState | undefined {
  const ms = Date.parse(e.at);
  if (!(ms >= s.lastMs)) return undefined;
  const d = s.data;
  const go = (value: string, data: Data = d, marks: readonly string[] = s.marks): PlainState => ({
    value,
    data,
    marks,
    lastMs: ms,
  });
  const kind = (p(e).kind as Data['kind']) ?? d.kind;
  switch (s.value) {
    case 'new':
      if (e.type === 'book_appointment') return go('appointment', { ...d, kind });
      if (e.type === 'receive_vehicle') return go('received', { ...d, kind });
      return e.type === 'cancel' && e.reason ? go('cancelled') : undefined;
    case 'appointment':
      if (e.type === 'receive_vehicle') return go('received', { ...d, kind });
      return e.type === 'cancel' && e.reason ? go('cancelled') : undefined;
    case 'received':
      if (e.type === 'complete_walkaround') return go('inspected');
      if (e.type === 'cancel') return e.reason ? go('cancelled') : undefined;
      return e.type === 'archive_customer_record' ? go('received') : mapLine(s, e, go);
    case 'inspected':
      if (e.type === 'submit_estimate')
        return d.lines.length > 0 && d.lines.every((l) => l.priced) ? go('estimated') : undefined;
      return mapLine(s, e, go);
    case 'estimated':
      if (e.type === 'confirm_approval') {
        return d.lines.every((l) => l.answer !== 'pending') && d.lines.some((l) => l.answer === 'approved')
          ? go('approved')
          : undefined;
      }
      return mapLine(s, e, go);
    case 'approved':
      return e.type === 'dispatch' && d.lines.some((l) => l.answer === 'approved')
        ? go('dispatched')
        : undefined;
    case 'dispatched':
      return e.type === 'start_repair' ? go('in_repair') : undefined;
    case 'in_repair':
      if (e.type === 'place_hold')
        return e.reason ? go('in_repair', { ...d, hold: p(e).hold as 'parts' }) : undefined;
      if (e.type === 'release_hold') return d.hold ? go('in_repair', { ...d, hold: null }) : undefined;
      if (e.type === 'complete_repair') {
        return d.hold === null && d.lines.every((l) => l.answer !== 'approved' || l.work === 'done')
          ? go('self_check')
          : undefined;
      }
      return mapLine(s, e, go);
    case 'self_check':
      if (e.type === 'fail_check')
        return go('in_repair', { ...d, qc: { self: null, peer: null, final: null } });
      return e.type === 'pass_self_check'
        ? go('peer_check', { ...d, qc: { ...d.qc, self: { by: p(e).inspectorId as string, at: e.at } } })
        : undefined;
    case 'peer_check':
      if (e.type !== 'pass_peer_check' || p(e).inspectorId === d.qc.self?.by) return undefined;
      return go('final_inspection', {
        ...d,
        qc: { ...d.qc, peer: { by: p(e).inspectorId as string, at: e.at } },
      });
    case 'final_inspection':
      if (e.type !== 'pass_final_inspection') return undefined;
      return go('wash', { ...d, qc: { ...d.qc, final: { by: p(e).inspectorId as string, at: e.at } } }, [
        ...s.marks,
        'qc.final-passed',
      ]);
    case 'wash':
      return e.type === 'complete_wash' || e.type === 'skip_wash' ? go('ready') : undefined;
    case 'ready':
      if (e.type !== 'settle') return mapLine(s, e, go);
      return d.lines.every(
        (l) => l.answer !== 'approved' || (l.priced && (l.payType !== 'W' || l.eligibility !== null)),
      )
        ? go('settled')
        : undefined;
    case 'settled':
      return e.type === 'deliver' && s.marks.includes('qc.final-passed') ? go('delivered') : undefined;
    case 'delivered':
    case 'followed_up':
      if (e.type === 'record_follow_up') return go('followed_up', { ...d, followUps: d.followUps + 1 });
      if (e.type === 'archive_customer_record') return go(s.value);
      return e.type === 'close' && s.value === 'followed_up' ? go('closed') : undefined;
    default:
      return undefined;
  }
}

function mapLine(
  s: PlainState,
  e: FlowEvent,
  go: (value: string, data: Data) => PlainState,
): PlainState | undefined {
  const next = lineEvent(s.data, e);
  return next === undefined ? undefined : go(s.value, next);
}

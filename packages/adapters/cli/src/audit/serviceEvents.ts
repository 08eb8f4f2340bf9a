import type { FlowEvent, JsonObject, RepairOrderInput, RepairOrderJobInput } from '@aftersales/core';

/**
 * A repair-order record (the DMS's row: a header with the instant of each step) read back as the
 * event log of core's repair-order flow, so that `auditRepairOrders` can check it.
 *
 * Events come in the flow's order, each at the instant the record gives for its step; an event
 * whose step has no instant of its own (a line added, a customer's answer) takes the latest
 * instant before it. An instant out of order on the record therefore shows as a refused
 * `out_of_order` event, and a step the record skips as a refused next step naming it. Each event's
 * `id` is the record field it comes from (`qc.finalAt`, `jobs[1]`, `followUps[0]`).
 *
 * What the record does not hold is not invented, with three bridges the flow needs:
 * - the jobs (维修项目) are the flow's lines; a job is priced when each of its labor lines has an
 *   amount or a rate (part and sublet lines always carry a price);
 * - the approved jobs are complete when the RO's repair is (`repairCompletedAt`), or, before
 *   that, when each of their approved labor lines has its `completedAt`;
 * - with no `washedAt`, a passed final inspection is followed by a skipped wash (the flow allows
 *   it with a reason).
 * Holds are left out (the record keeps the current hold, not its history), and so are a void
 * (the flow has no such step) and warranty eligibility decisions (not on the record; see
 * `repairOrderRecordFlow`). A cancellation comes last, with a reason saying it is the record's.
 *
 * @example
 * const events = repairOrderEvents(ro);
 * events.map((e) => e.type); // ['receive_vehicle', 'complete_walkaround', 'add_line', …]
 */
export function repairOrderEvents(ro: RepairOrderInput): FlowEvent[] {
  const log = createLog(ro.openedAt);
  const advisor = ro.advisorId;
  const technician = (ro.jobs ?? [])
    .flatMap((job) => job.laborLines ?? [])
    .find((line) => line.technicianId)?.technicianId;
  const worker = technician ?? advisor;
  const jobs = (ro.jobs ?? []).map((job, index) => ({ job, field: `jobs[${index}]` }));
  const planned = jobs.filter(({ job }) => job.isAdditionalWork !== true);
  const additional = jobs.filter(({ job }) => job.isAdditionalWork === true);
  const answer = (job: RepairOrderJobInput, field: string, at: string | undefined): boolean => {
    const type = ANSWERS[job.authorization];
    if (type !== undefined)
      log.push(type, at, `${field}.authorization`, advisor, { data: { lineId: job.id } });
    return type !== undefined;
  };
  // Any later step means the car was received, at `receivedAt` or else when the RO was opened.
  const later = [ro.walkaroundAt, ro.estimatedAt, ro.approvedAt, ro.dispatchedAt, ro.repairStartedAt];
  later.push(ro.repairCompletedAt, ro.settledAt, ro.deliveredAt, ro.closedAt);
  const received = ro.receivedAt !== undefined || later.some((at) => at !== undefined);
  if (ro.isRescue === true) log.push('start_rescue', ro.openedAt, 'isRescue', advisor);
  if (received) {
    const field = ro.receivedAt === undefined ? 'openedAt' : 'receivedAt';
    log.push('receive_vehicle', ro.receivedAt ?? ro.openedAt, field, advisor, { data: { kind: ro.kind } });
  }
  if (ro.walkaroundAt) log.push('complete_walkaround', ro.walkaroundAt, 'walkaroundAt', advisor);
  for (const { job, field } of received ? planned : []) {
    log.push('add_line', undefined, field, advisor, { data: lineData(job) });
  }
  if (ro.estimatedAt) log.push('submit_estimate', ro.estimatedAt, 'estimatedAt', advisor);
  for (const { job, field } of planned) answer(job, field, job.approvedAt ?? ro.approvedAt);
  if (ro.approvedAt) log.push('confirm_approval', ro.approvedAt, 'approvedAt', advisor);
  if (ro.dispatchedAt) log.push('dispatch', ro.dispatchedAt, 'dispatchedAt', advisor);
  if (ro.repairStartedAt) log.push('start_repair', ro.repairStartedAt, 'repairStartedAt', worker);
  for (const { job, field } of additional) {
    log.push('find_additional_work', job.approvedAt, field, worker, { data: lineData(job) });
    if (answer(job, field, job.approvedAt)) {
      log.push('confirm_approval', job.approvedAt, `${field}.approvedAt`, advisor);
    }
  }
  const done = jobs
    .filter(({ job }) => isApproved(job.authorization))
    .flatMap(({ job, field }) => {
      const at = ro.repairCompletedAt ?? completedAt(job);
      return at === undefined ? [] : [{ job, field, at }];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const { job, field, at } of done) {
    log.push('complete_line', at, `${field}.completedAt`, worker, { data: { lineId: job.id } });
  }
  if (ro.repairCompletedAt) log.push('complete_repair', ro.repairCompletedAt, 'repairCompletedAt', worker);
  const qc = ro.qc ?? {};
  const checks = [
    ['pass_self_check', qc.selfAt, qc.selfInspectorId, 'qc.selfAt', 'self-check'],
    ['pass_peer_check', qc.peerAt, qc.peerInspectorId, 'qc.peerAt', 'peer-check'],
    ['pass_final_inspection', qc.finalAt, qc.finalInspectorId, 'qc.finalAt', 'final-inspection'],
  ] as const;
  for (const [type, at, inspector, field, check] of checks) {
    // An inspector the record does not name is nobody else's id: the peer-check guard cannot fire on it.
    const by = inspector ?? `unrecorded:${check}`;
    if (at) log.push(type, at, field, by, { data: { inspectorId: by } });
  }
  const afterWash = ro.readyAt ?? ro.settledAt ?? ro.deliveredAt ?? ro.closedAt;
  if (ro.washedAt) log.push('complete_wash', ro.washedAt, 'washedAt', advisor);
  else if (qc.finalAt && afterWash) {
    log.push('skip_wash', undefined, 'washedAt', advisor, {
      reason: 'no wash on the repair order (工单未记录洗车)',
    });
  }
  if (ro.settledAt) log.push('settle', ro.settledAt, 'settledAt', advisor);
  if (ro.deliveredAt) log.push('deliver', ro.deliveredAt, 'deliveredAt', advisor);
  const calls = (ro.followUps ?? [])
    .map((call, index) => ({
      call,
      index,
      ms: call.doneAt === undefined ? Number.NaN : Date.parse(call.doneAt),
    }))
    .filter(({ ms }) => !Number.isNaN(ms))
    .sort((a, b) => a.ms - b.ms);
  for (const { call, index } of calls) {
    const data =
      call.outcome === undefined ? { kind: call.kind } : { kind: call.kind, outcome: call.outcome };
    log.push('record_follow_up', call.doneAt, `followUps[${index}]`, call.byId ?? advisor, { data });
  }
  if (ro.closedAt) log.push('close', ro.closedAt, 'closedAt', advisor);
  if (ro.cancelledAt) {
    const reason = 'cancelled on the repair order (工单已取消)';
    log.push('cancel', ro.cancelledAt, 'cancelledAt', advisor, { reason });
  }
  return log.events;
}

/** The log being built: each event at its own instant, or at the latest one before it. */
function createLog(openedAt: string) {
  const events: FlowEvent[] = [];
  let latest = openedAt;
  let latestMs = Date.parse(openedAt);
  return {
    events,
    push(type: string, at: string | undefined, id: string, actor: string, more: Partial<FlowEvent> = {}) {
      const when = at ?? latest;
      const ms = Date.parse(when);
      if (ms > latestMs) {
        latest = when;
        latestMs = ms;
      }
      events.push({ type, at: when, actor, id, ...more });
    },
  };
}

const ANSWERS: Readonly<Record<string, string>> = {
  approved: 'approve_line',
  partially_approved: 'approve_line',
  declined: 'decline_line',
  deferred: 'defer_line',
};

const isApproved = (authorization: string | undefined): boolean =>
  authorization === 'approved' || authorization === 'partially_approved';

function lineData(job: RepairOrderJobInput): JsonObject {
  const priced = (job.laborLines ?? []).every(
    (line) => line.laborAmount !== undefined || line.laborRate !== undefined,
  );
  return { lineId: job.id, payType: job.payType, priced };
}

/** The latest `completedAt` of the job's approved labor lines, when every one of them has it. */
function completedAt(job: RepairOrderJobInput): string | undefined {
  const lines = (job.laborLines ?? []).filter((line) => isApproved(line.authorization ?? job.authorization));
  if (lines.length === 0 || lines.some((line) => line.completedAt === undefined)) return undefined;
  return lines
    .map((line) => line.completedAt as string)
    .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

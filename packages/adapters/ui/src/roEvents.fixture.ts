import type { FlowEvent, JsonObject } from '@aftersales/core';

/**
 * Test fixture: events of a maintenance visit at a Beijing dealer, written the way the DMS writes
 * them (wall time with +08:00). Not part of the package.
 */

export const advisor = 'EMP-SA-01';
export const technician = 'EMP-T-07';
export const colleague = 'EMP-T-12';
export const inspector = 'EMP-QC-01';

/** 2024-03-`day` `hour`:`minute` Beijing time. */
export const at = (day: number, hour: number, minute = 0): string =>
  `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;

/** An event by the service advisor unless `extra` says who. */
export const event = (type: string, time: string, extra: Partial<FlowEvent> = {}): FlowEvent => ({
  type,
  at: time,
  actor: advisor,
  ...extra,
});

export const newLine = (lineId: string, payType = 'CP', priced = true): { data: JsonObject } => ({
  data: { lineId, payType, priced },
});
export const lineId = (id: string): { data: JsonObject } => ({ data: { lineId: id } });
export const by = (inspectorId: string): Partial<FlowEvent> => ({
  actor: inspectorId,
  data: { inspectorId },
});

type Line = { readonly id: string; readonly payType?: string; readonly priced?: boolean };

/**
 * A walk-in repair on Monday 2024-03-04: the `estimate` lines are added, priced, quoted and
 * approved; `additional` lines are found during the repair (增项) with their own pricing and
 * approved by the customer; every line is worked; the three checks pass and the car is washed.
 * The RO is then `ready` to settle. One event a minute from 08:30 (times only have to grow).
 */
export function readyToSettle(estimate: readonly Line[], additional: readonly Line[] = []): FlowEvent[] {
  let minute = 30;
  const next = () => at(4, 8 + Math.floor(minute / 60), minute++ % 60);
  // Built in order: each `next()` is the next minute.
  return [
    event('receive_vehicle', next(), { data: { kind: 'repair' } }),
    ...estimate.map((l) => event('add_line', next(), newLine(l.id, l.payType, l.priced ?? true))),
    event('complete_walkaround', next()),
    event('submit_estimate', next()),
    ...estimate.map((l) => event('approve_line', next(), lineId(l.id))),
    event('confirm_approval', next()),
    event('dispatch', next()),
    event('start_repair', next(), { actor: technician }),
    ...additional.flatMap((l) => [
      event('find_additional_work', next(), { actor: technician, ...newLine(l.id, l.payType, l.priced) }),
      event('approve_line', next(), lineId(l.id)),
      event('confirm_approval', next()),
    ]),
    ...[...estimate, ...additional].flatMap((l) => [
      event('start_line', next(), { actor: technician, ...lineId(l.id) }),
      event('complete_line', next(), { actor: technician, ...lineId(l.id) }),
    ]),
    event('complete_repair', next(), { actor: technician }),
    event('pass_self_check', next(), by(technician)),
    event('pass_peer_check', next(), by(colleague)),
    event('pass_final_inspection', next(), by(inspector)),
    event('complete_wash', next()),
  ];
}

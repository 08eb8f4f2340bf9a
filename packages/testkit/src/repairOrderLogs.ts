import type { FlowEvent, RepairOrderKind } from '@aftersales/core';
import { createRandom } from './random';
import { DAY, HOUR, beijingInstant as instant, PAY, pickKind, SHANGHAI } from './repairOrderMix';

/** One generated repair-order history: its id, kind and event log (oldest first). */
export interface RepairOrderLog {
  readonly id: string;
  readonly kind: RepairOrderKind;
  readonly events: readonly FlowEvent[];
}

/** Options of {@link generateRepairOrderLogs}. */
export interface RepairOrderLogOptions {
  readonly seed: number;
  readonly count: number;
  /** First day ROs open, `YYYY-MM-DD` (default 2024-01-02); about 20 open per day. */
  readonly startDate?: string;
  /**
   * Share of ROs given a deliberate fault the audit should find (a delivery without final
   * inspection, a late settlement, a follow-up outside its window…). Default 0.05.
   */
  readonly faultRate?: number;
}

/**
 * Seeded repair-order histories for tests, benchmarks and the demo: about 20 ROs a day, the
 * manuals' mix of kinds (maintenance, repair, warranty, insurance, body shop), 1–3 lines,
 * sometimes declined lines, holds, additional work, a failed check, late settlements; follow-up
 * calls on day 3–7 after delivery and a week later. A share of ROs (`faultRate`) carries a fault
 * the audit must report. The same seed always gives the same logs.
 *
 * @example
 * const logs = generateRepairOrderLogs({ seed: 7, count: 1000 });
 * logs[0]?.events[0]?.type; // 'book_appointment' or 'receive_vehicle'
 */
export function generateRepairOrderLogs(options: RepairOrderLogOptions): RepairOrderLog[] {
  const random = createRandom(options.seed);
  const faultRate = options.faultRate ?? 0.05;
  const start = Date.parse(`${options.startDate ?? '2024-01-02'}T00:00:00Z`) - SHANGHAI;
  const logs: RepairOrderLog[] = [];
  for (let n = 0; n < options.count; n++) {
    const day = Math.floor(n / 20);
    let t = start + day * DAY + 8 * HOUR + random.int(0, 9 * 60) * 60_000;
    const events: FlowEvent[] = [];
    const picked = pickKind(random);
    // An insurance RO opened in the last days of a month could settle in the next one: keep the
    // fault-free logs clean of that (ro.settle.insurance) by making those ROs plain repairs.
    const kind = picked === 'insurance' && new Date(t + SHANGHAI).getUTCDate() >= 27 ? 'repair' : picked;
    const drawn = random.chance(faultRate) ? random.int(1, 5) : 0;
    // A late settlement is a fault only where an SLA covers it (maintenance ROs).
    const fault = drawn === 1 && kind !== 'maintenance' && kind !== 'first_maintenance' ? 2 : drawn;
    const sa = `SA-${random.int(1, 6)}`;
    const tech = `T-${random.int(1, 12)}`;
    const push = (type: string, actor: string, minutes: number, extra: Partial<FlowEvent> = {}) => {
      t += minutes * 60_000;
      events.push({ type, at: instant(t), actor, ...extra });
    };
    if (random.chance(0.6)) push('book_appointment', sa, 0, { data: { kind } });
    push('receive_vehicle', sa, random.int(0, 30), { data: { kind } });
    push('archive_customer_record', 'CC-1', random.int(10, 120));
    if (fault === 0 && random.chance(0.02)) {
      push('cancel', sa, 10, { reason: '客户改期' });
      logs.push({ id: `RO-${n}`, kind, events });
      continue;
    }
    push('complete_walkaround', sa, random.int(5, 15));
    const lines = random.chance(0.5) ? 1 : random.chance(0.7) ? 2 : 3;
    const pay = PAY[kind];
    for (let i = 1; i <= lines; i++) {
      push('add_line', sa, 1, { data: { lineId: `L${i}`, payType: i === 1 ? pay : 'CP', priced: true } });
    }
    push('submit_estimate', sa, random.int(2, 10));
    const approved: string[] = [];
    for (let i = 1; i <= lines; i++) {
      const declined = i > 1 && random.chance(0.15);
      if (!declined) approved.push(`L${i}`);
      push(declined ? 'decline_line' : 'approve_line', sa, 1, { data: { lineId: `L${i}` } });
    }
    push('confirm_approval', sa, 1);
    push('dispatch', 'FM-1', random.int(5, 30));
    push('start_repair', tech, random.int(5, 60));
    if (random.chance(0.08)) {
      push('place_hold', tech, 30, { reason: '等待配件到货', data: { hold: 'parts' } });
      push('release_hold', tech, random.int(60, 48 * 60));
    }
    if (pay === 'W') push('attach_eligibility', 'WA-1', 5, { data: { lineId: 'L1', outcome: 'covered' } });
    for (const lineId of approved) push('complete_line', tech, random.int(20, 120), { data: { lineId } });
    push('complete_repair', tech, 5);
    if (random.chance(0.03)) {
      push('fail_check', 'QC-1', 10, { reason: '异响未消除' });
      push('complete_repair', tech, random.int(30, 120));
    }
    push('pass_self_check', tech, 5, { data: { inspectorId: tech } });
    push('pass_peer_check', 'T-99', 10, { data: { inspectorId: 'T-99' } });
    push('pass_final_inspection', 'QC-1', 10, { data: { inspectorId: 'QC-1' } });
    push('complete_wash', 'W-1', random.int(15, 40));
    // Fault 1: settled 5 days after completion (maintenance must settle within 3).
    push('settle', 'CASH-1', fault === 1 ? 5 * 24 * 60 : random.int(10, 60));
    push('deliver', sa, random.int(5, 120));
    // Fault 2: first follow-up on day 1 (window is day 3–7); fault 3: on day 10.
    const firstDay = fault === 2 ? 1 : fault === 3 ? 10 : random.int(3, 7);
    // Calls are placed in office hours on the chosen day, counted on Beijing clocks.
    const callOn = (day: number) => day * DAY - SHANGHAI + random.int(9 * 60, 17 * 60) * 60_000;
    const dayOf = (ms: number) => Math.floor((ms + SHANGHAI) / DAY);
    const first = callOn(dayOf(t) + firstDay);
    push('record_follow_up', 'CC-1', (first - t) / 60_000, { data: { kind: 'first', outcome: 'satisfied' } });
    if (fault !== 4) {
      const second = callOn(dayOf(t) + random.int(7, 13));
      push('record_follow_up', 'CC-1', (second - t) / 60_000, { data: { kind: 'second' } });
    }
    push('close', 'CC-1', 60);
    // Fault 5: a delivery event that the flow refuses (the RO is already closed).
    if (fault === 5) push('deliver', sa, 10);
    logs.push({ id: `RO-${n}`, kind, events });
  }
  return logs;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ComputeKpisResponseSchema,
  type RunningServer,
  startServer,
  TransitionResponseSchema,
} from '@aftersales/adapter-http';
import { fromStarRepairOrder } from '@aftersales/adapter-star';
import { createRepairOrderStore } from '@aftersales/adapter-ui';
import type { FlowEvent, RepairOrder } from '@aftersales/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A STAR repair order (STAR's own example `repair_line_item_split.json`: RO ROR-2026-0724-99 of
 * dealer DLR-10492, Atlanta, opened 2026-07-24T09:50:00Z, ACTIVE, four labor operations of which
 * LOP-101 was declined) imported with adapter-star, then:
 * - sent to a real adapter-http server (127.0.0.1, port 0) for a KPI;
 * - replayed as a flow event log through adapter-ui's store, and the same log sent to the HTTP
 *   flow endpoint: both must reach the same state.
 */

const EXAMPLE = fileURLToPath(
  new URL('../../packages/adapters/star/fixtures/examples/repair_line_item_split.json', import.meta.url),
);
// The example carries no VIN: the import takes one from the options (a valid check digit, 1).
const VIN = '1FTFW1E51NFA00001';
const ZONE = 'America/New_York';

const imported = fromStarRepairOrder(JSON.parse(readFileSync(EXAMPLE, 'utf8')), { timeZone: ZONE, vin: VIN });
if (!imported.ok) throw new Error(`the STAR example did not import: ${JSON.stringify(imported.issues)}`);
const ro: RepairOrder = imported.value;
const lines = ro.jobs.flatMap((job) => job.laborLines);

let server: RunningServer | undefined;
beforeAll(async () => {
  server = await startServer({ port: 0, hostname: '127.0.0.1', logger: { error: () => {} } });
});
afterAll(async () => {
  await server?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
  if (server === undefined) throw new Error('the server has not started');
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('the STAR example as imported', () => {
  it('is one in-repair warranty RO of DLR-10492 with four labor lines, LOP-101 declined', () => {
    // ACTIVE without a stage → in_repair; initiation types include WARRANTY → kind warranty.
    expect([ro.roNumber, ro.dealerId, ro.status, ro.kind, ro.currency, ro.vin]).toEqual([
      'ROR-2026-0724-99',
      'DLR-10492',
      'in_repair',
      'warranty',
      'USD',
      VIN,
    ]);
    expect(Date.parse(ro.openedAt)).toBe(Date.parse('2026-07-24T09:50:00Z'));
    expect(lines.map((l) => [l.id, l.payType, l.authorization])).toEqual([
      ['LOP-101', 'CP', 'declined'], // pay_type CUSTOMER
      ['LOP-102', 'I', 'approved'], // DEALER
      ['LOP-103', 'W', 'approved'], // OEM
      ['LOP-104', 'W', 'approved'], // WARRANTY
    ]);
  });
});

describe('POST /v1/kpis/compute with the imported RO', () => {
  it('gives ro.intake.daily for July 2026 in New York: 1 RO opened ÷ 23 working days = 0.04', async () => {
    // Opened 09:50Z = 05:50 EDT on Friday 24 July 2026: July on New York clocks. July 2026 starts
    // on a Wednesday (1 Jan 2026 is a Thursday; 31+28+31+30+31+30 = 181 days later, 181 mod 7 = 6,
    // Thursday + 6 = Wednesday): weeks Wed 1 – Tue 28 hold 4 × 5 = 20 weekdays, plus Wed 29, Thu 30,
    // Fri 31 = 23 working days Monday–Friday (no holidays given). 1 ÷ 23 = 0.0434… → 0.04 (2 places).
    // The RO is in repair, not cancelled or voided: it counts as opened.
    const answer = await post('/v1/kpis/compute', {
      kpis: ['ro.intake.daily'],
      groupBy: ['dealer', 'month'],
      timeZone: ZONE,
      currency: 'USD',
      calendar: { timeZone: ZONE, workingWeekdays: [1, 2, 3, 4, 5] },
      records: { repairOrders: [ro] },
    });
    expect(answer.status).toBe(200);
    // The answer has the shape the service publishes in its OpenAPI document.
    const report = ComputeKpisResponseSchema.parse(answer.body);
    expect(report.inputs.repairOrders).toEqual({ read: 1, accepted: 1, rejected: 0 });
    const cells = report.cells.map((c) => [
      c.kpi,
      c.group.dealer,
      c.period?.label,
      c.status,
      c.numerator,
      c.denominator,
      c.value,
    ]);
    expect(cells).toEqual([['ro.intake.daily', 'DLR-10492', '2026-07', 'value', '1', '23', '0.04']]);
  });
});

describe('the RO as a flow: adapter-ui store and the HTTP flow endpoint agree', () => {
  // The RO's story as flow events, one a minute from its opening: received by the advisor, its four
  // lines added and quoted, the customer's answers as STAR gives them, approval confirmed,
  // dispatched, the repair started by the assigned technician.
  const advisor = ro.advisorId; // pr-emp-101
  const technician = lines[0]?.technicianId ?? 'unknown'; // pr-emp-102
  const opened = Date.parse(ro.openedAt);
  let minute = 0;
  const at = () => new Date(opened + 60_000 * minute++).toISOString();
  const ev = (type: string, data?: FlowEvent['data'], actor = advisor): FlowEvent =>
    data === undefined ? { type, at: at(), actor } : { type, at: at(), actor, data };
  const log: FlowEvent[] = [
    ev('receive_vehicle', { kind: ro.kind }),
    ...lines.map((l) => ev('add_line', { lineId: l.id, payType: l.payType, priced: true })),
    ev('complete_walkaround'),
    ev('submit_estimate'),
    ...lines.map((l) =>
      ev(l.authorization === 'declined' ? 'decline_line' : 'approve_line', { lineId: l.id }),
    ),
    ev('confirm_approval'),
    ev('dispatch'),
    ev('start_repair', undefined, technician),
  ];

  it('replays the log in the store to in_repair, the status STAR reported', () => {
    const snapshot = createRepairOrderStore({ events: log }).getSnapshot();
    // 1 + 4 + 2 + 4 + 3 = 14 events.
    expect([snapshot.state.value, snapshot.state.eventCount, snapshot.events.length]).toEqual([
      ro.status,
      14,
      14,
    ]);
  });

  it('gets from POST /v1/flows/transition the same state as the store for the same log', async () => {
    const snapshot = createRepairOrderStore({ events: log }).getSnapshot();
    // The endpoint replays all but the last event and applies the last: the same 14 events.
    const answer = await post('/v1/flows/transition', {
      flow: 'repair-order',
      events: log.slice(0, -1),
      event: log.at(-1),
    });
    expect(answer.status).toBe(200);
    const body = TransitionResponseSchema.parse(answer.body);
    expect(body.ok).toBe(true);
    // The state as sent (not as parsed), against the store's, both as JSON.
    expect((answer.body as { state: unknown }).state).toEqual(JSON.parse(JSON.stringify(snapshot.state)));
    expect(body.state.value).toBe('in_repair');
    // And the same buttons: the events offered from in_repair, enabled or not, in the same order
    // (from in_repair at least complete_repair, blocked until the approved lines are done).
    const offered = body.next.map((n) => [n.type, n.allowed]);
    expect(offered).toEqual(snapshot.allowed.map((a) => [a.type, a.enabled]));
    expect(offered).toContainEqual(['complete_repair', false]);
  });
});

import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../schemas/errorBody';
import { FlowAuditReportSchema } from '../schemas/flowSchemas';
import { post, useServer } from '../testing';
import { ComputeKpisResponseSchema } from './kpiEndpoint';
import { SuggestOrderResponseSchema } from './partsEndpoint';

const server = useServer();

const VIN = 'LSVAU2187N2123456';
const ro = (id: string, more: Record<string, unknown>) => ({
  id,
  roNumber: id,
  dealerId: 'DLR-1',
  vin: VIN,
  advisorId: 'SA-1',
  kind: 'maintenance',
  openedAt: '2024-03-04T08:30:00+08:00',
  ...more,
});

describe('POST /v1/kpis/compute', () => {
  it('counts closed ROs by month and rejects the malformed one with its row', async () => {
    const answer = await post(`${server.url()}/v1/kpis/compute`, {
      kpis: ['ro.count'],
      groupBy: ['month'],
      records: {
        repairOrders: [
          ro('RO-1', { status: 'closed', closedAt: '2024-03-04T17:00:00+08:00' }),
          // 2024-03-31 23:30 in Shanghai is still March there (15:30 UTC).
          ro('RO-2', { status: 'closed', closedAt: '2024-03-31T23:30:00+08:00' }),
          ro('RO-3', { status: 'closed', closedAt: '2024-04-01T09:00:00+08:00' }),
          ro('RO-4', { status: 'in_repair' }),
          { id: 'RO-5' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    ComputeKpisResponseSchema.parse(answer.body);
    const cells = answer.body.cells.map((cell: { period: { label: string }; value: string }) => [
      cell.period.label,
      cell.value,
    ]);
    // March: RO-1 and RO-2; April: RO-3; RO-4 is not closed.
    expect(cells).toEqual([
      ['2024-03', '2'],
      ['2024-04', '1'],
    ]);
    // 5 read = 4 accepted + 1 rejected
    expect(answer.body.inputs.repairOrders).toEqual({ read: 5, accepted: 4, rejected: 1 });
    expect(answer.body.rejected[0]).toMatchObject({ input: 'repairOrders', row: 4 });
  });

  it('refuses an unknown KPI id with 422 and an unknown input with 400', async () => {
    const unknown = await post(`${server.url()}/v1/kpis/compute`, { kpis: ['ro.nope'], records: {} });
    expect([unknown.status, unknown.body.error.code, unknown.body.error.issues[0].path]).toEqual([
      422,
      'registry.unknown',
      ['kpis', 0],
    ]);
    const input = await post(`${server.url()}/v1/kpis/compute`, { records: { invoices: [] } });
    expect([input.status, input.body.error.code]).toEqual([400, 'input.unrecognized_keys']);
    ErrorBodySchema.parse(input.body);
  });
});

/** One RO issue of `quantity` on the 15th of each month, October 2023 to September 2024, at cost 10. */
const steadyIssues = (partNumber: string, quantity: string) =>
  Array.from({ length: 12 }, (_, index) => {
    const month = ((9 + index) % 12) + 1;
    const year = index < 3 ? 2023 : 2024;
    return {
      id: `MV-${partNumber}-${index}`,
      partNumber,
      type: 'issue_ro',
      quantity: `-${quantity}`,
      unitCost: '10',
      occurredAt: `${year}-${String(month).padStart(2, '0')}-15T10:00:00+08:00`,
      roId: `RO-${index}`,
    };
  });

describe('POST /v1/parts/suggested-order', () => {
  it('orders up to max when the position is at or below min (steady demand of 30 a month)', async () => {
    const answer = await post(`${server.url()}/v1/parts/suggested-order`, {
      movements: [...steadyIssues('STEADY', '30'), { id: 'bad' }],
      history: { from: '2023-10', to: '2024-09' },
      parts: [
        {
          partNumber: 'STEADY',
          description: 'Oil filter',
          unit: '个',
          price: '20',
          cost: '10',
          source: 'oem',
        },
      ],
      positions: [{ partNumber: 'STEADY', onHand: '5' }],
    });
    expect(answer.status).toBe(200);
    SuggestOrderResponseSchema.parse(answer.body);
    const [line] = answer.body.order.lines;
    // 30 a month, σ 0: safety stock 0; reorder point = min = 30 × 7/30 = 7 (lead time 7 days);
    // max = 7 + 30 × 7/30 (7-day review) = 14. Position 5 ≤ 7: order 14 − 5 = 9, at 10 = 90.
    expect([line.safetyStock, line.min, line.max]).toEqual(['0', '7', '14']);
    expect([line.quantity, line.value, line.outcome]).toEqual(['9', '90', 'order']);
    expect(line.decision.trace.length).toBeGreaterThan(0);
    // 13 movements read = 12 accepted + 1 rejected, and the rejected one is listed with its row.
    expect(answer.body.movements).toMatchObject({ read: 13, accepted: 12, rejected: 1 });
    expect(answer.body.movementRejections[0]).toMatchObject({ input: 'movements', row: 12 });
  });

  it('refuses an unknown stocking policy with 422 registry.unknown at policy', async () => {
    const answer = await post(`${server.url()}/v1/parts/suggested-order`, {
      movements: [],
      history: { from: '2024-01', to: '2024-03' },
      policy: 'dealer-9',
    });
    expect([answer.status, answer.body.error.code, answer.body.error.issues[0].path]).toEqual([
      422,
      'registry.unknown',
      ['policy'],
    ]);
  });
});

// A repair order of the flow's walk-through: received, a CP line added, walk-around, estimate,
// and the customer declines the line (events five minutes apart, Beijing time).
const event = (type: string, minute: number, data?: Record<string, unknown>) => ({
  type,
  at: `2024-03-04T08:${String(minute).padStart(2, '0')}:00+08:00`,
  actor: 'EMP-SA-01',
  ...(data === undefined ? {} : { data }),
});
const declinedLog = [
  event('receive_vehicle', 30, { kind: 'repair' }),
  event('add_line', 35, { lineId: 'L1', payType: 'CP', priced: true }),
  event('complete_walkaround', 40),
  event('submit_estimate', 45),
  event('decline_line', 50, { lineId: 'L1' }),
];

describe('POST /v1/flows/transition', () => {
  it('refuses confirm_approval when every line was declined, with the guard and what unblocks it', async () => {
    const answer = await post(`${server.url()}/v1/flows/transition`, {
      flow: 'repair-order',
      events: declinedLog,
      event: event('confirm_approval', 55),
    });
    expect(answer.status).toBe(200);
    const { ok, rejection, state } = answer.body;
    expect([ok, state.value, rejection.reason]).toEqual([false, 'estimated', 'guard_failed']);
    expect(rejection.failed.map((step: { rule: string; cite: string }) => [step.rule, step.cite])).toEqual([
      ['ro.some-line-approved', 'manual:flows.repair-order'],
    ]);
    expect(rejection.unblock.map((u: { events: string[] }) => u.events)).toEqual([
      ['approve_line', 'cancel'],
    ]);
    expect(rejection.message.zh).toContain('没有已确认的项目');
  });

  it('accepts approve_line then confirm_approval from the stored state the first answer returned', async () => {
    const first = await post(`${server.url()}/v1/flows/transition`, {
      flow: 'repair-order',
      events: declinedLog.slice(0, 4),
      event: event('approve_line', 50, { lineId: 'L1' }),
    });
    expect([first.status, first.body.ok, first.body.state.value]).toEqual([200, true, 'estimated']);
    const second = await post(`${server.url()}/v1/flows/transition`, {
      flow: 'repair-order',
      state: first.body.state,
      event: event('confirm_approval', 55),
    });
    expect([second.body.ok, second.body.state.value, second.body.state.eventCount]).toEqual([
      true,
      'approved',
      6,
    ]);
    // From approved, dispatch is offered and allowed.
    const dispatch = second.body.next.find((next: { type: string }) => next.type === 'dispatch');
    expect(dispatch).toMatchObject({ allowed: true, target: 'dispatched' });
  });

  it('answers 422 flow.rejected_event when the log itself has a refused event', async () => {
    const answer = await post(`${server.url()}/v1/flows/transition`, {
      flow: 'repair-order',
      events: [event('receive_vehicle', 30), event('deliver', 31)],
      event: event('complete_walkaround', 40),
    });
    expect([answer.status, answer.body.error.code, answer.body.error.issues[0].path]).toEqual([
      422,
      'flow.rejected_event',
      ['events', 1],
    ]);
  });

  it('refuses an unknown flow with 422 registry.unknown', async () => {
    const answer = await post(`${server.url()}/v1/flows/transition`, { flow: 'nope', event: event('x', 1) });
    expect([answer.status, answer.body.error.code]).toEqual([422, 'registry.unknown']);
  });
});

describe('POST /v1/repair-orders/audit and /v1/flows/audit', () => {
  it('finds the refused deliver of an RO never repaired, and keeps the invalid history', async () => {
    const answer = await post(`${server.url()}/v1/repair-orders/audit`, {
      histories: [
        { id: 'RO-1', events: declinedLog },
        { id: 'RO-2', events: [event('receive_vehicle', 30), event('deliver', 31)] },
        'not a history',
      ],
    });
    expect(answer.status).toBe(200);
    FlowAuditReportSchema.parse(answer.body);
    const [clean, refused, invalid] = answer.body.results;
    expect([clean.status, clean.state]).toEqual(['clean', 'estimated']);
    expect(refused.status).toBe('findings');
    expect(refused.findings[0]).toMatchObject({ recordId: 'RO-2', kind: 'refused', events: [1] });
    expect(invalid).toMatchObject({ row: 2, status: 'invalid' });
    // 3 records = 1 clean + 1 with findings + 1 invalid
    expect(answer.body.summary).toMatchObject({ records: 3, clean: 1, withFindings: 1, invalid: 1 });
  });

  it('audits complaint logs against the complaint flow by id', async () => {
    const answer = await post(`${server.url()}/v1/flows/audit`, {
      flow: 'complaint',
      histories: [{ id: 'C-1', events: [] }],
    });
    expect(answer.status).toBe(200);
    FlowAuditReportSchema.parse(answer.body);
    expect(answer.body.results[0]).toMatchObject({ recordId: 'C-1', status: 'clean', state: 'new' });
  });
});

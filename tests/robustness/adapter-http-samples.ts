import {
  AuditClaimsResponseSchema,
  ComputeKpisResponseSchema,
  EvaluateRightsResponseSchema,
  EvaluateWarrantyResponseSchema,
  FlowAuditReportSchema,
  ScoreKpisResponseSchema,
  SuggestOrderResponseSchema,
  TransitionResponseSchema,
} from '@aftersales/adapter-http';

/**
 * A valid body for every POST endpoint of @aftersales/adapter-http, and the schema its 200 answer
 * checks against: the starting points the robustness tests mutate.
 */
/** What a response schema offers here (the package's zod schemas; zod is not a root dependency). */
export interface Schema {
  parse(value: unknown): unknown;
}

export const VIN = 'LSVAU2187N2123456';
export const at = (minute: number) => `2024-03-04T08:${String(minute).padStart(2, '0')}:00+08:00`;
const vehicle = {
  vin: VIN,
  brand: 'Huaxia',
  model: 'HX5',
  modelYear: 2024,
  use: 'private',
  invoiceDate: '2024-03-01',
};
const repairOrder = {
  id: 'R1',
  roNumber: 'R1',
  dealerId: 'D',
  vin: VIN,
  advisorId: 'A',
  kind: 'repair',
  status: 'closed',
  openedAt: at(1),
  closedAt: at(9),
};
const events = [
  { type: 'receive_vehicle', at: at(30), actor: 'SA', data: { kind: 'repair' } },
  { type: 'add_line', at: at(35), actor: 'SA', data: { lineId: 'L1', payType: 'CP', priced: true } },
];

/** A valid body per endpoint (a key may add `#name` for a second sample), and the schema of a 200. */
export const samples: Record<string, { body: unknown; response: Schema }> = {
  '/v1/warranty/evaluate': {
    body: {
      request: {
        vehicle,
        repair: { date: '2025-05-02', odometerKm: 41_200, system: 'transmission', amount: '8600.00' },
      },
    },
    response: EvaluateWarrantyResponseSchema,
  },
  '/v1/warranty/rights': {
    body: {
      case: {
        vehicle,
        repairs: [
          {
            roId: 'RO-1',
            vin: VIN,
            agreedAt: at(1),
            finishedAt: at(59),
            odometerKm: 900,
            problem: 'P',
            system: 'engine',
          },
        ],
      },
    },
    response: EvaluateRightsResponseSchema,
  },
  '/v1/warranty/claims/audit': {
    body: {
      claims: [
        {
          id: 'C1',
          dealerId: 'D1',
          vin: VIN,
          roId: 'RO-1',
          repairDate: '2024-09-10',
          odometerKm: 100,
          amounts: { labor: '1', parts: '0', total: '1' },
        },
      ],
      history: { vehicles: [vehicle] },
      settings: { asOf: '2024-10-08T09:00:00+08:00' },
    },
    response: AuditClaimsResponseSchema,
  },
  '/v1/kpis/compute': {
    body: { kpis: ['ro.count', 'labor.elr'], groupBy: ['month'], records: { repairOrders: [repairOrder] } },
    response: ComputeKpisResponseSchema,
  },
  // With a calendar (National Day 2024: holidays and a 调休 make-up Saturday) for the working days.
  '/v1/kpis/compute#calendar': {
    body: {
      kpis: ['ro.intake.daily'],
      groupBy: ['month'],
      calendar: { timeZone: 'Asia/Shanghai', holidays: ['2024-03-08'], workingWeekends: ['2024-03-09'] },
      records: { repairOrders: [repairOrder] },
    },
    response: ComputeKpisResponseSchema,
  },
  // A calendar from a dealer record, opening hours by weekday.
  '/v1/kpis/compute#dealer': {
    body: {
      kpis: ['ro.intake.daily'],
      groupBy: ['week'],
      calendar: {
        dealer: {
          id: 'D',
          name: 'D',
          brands: ['Huaxia'],
          timeZone: 'Asia/Shanghai',
          bays: 4,
          openingHours: [{ weekday: 1, open: '08:30', close: '18:00' }],
        },
        holidays: ['2024-03-04'],
      },
      records: { repairOrders: [repairOrder] },
    },
    response: ComputeKpisResponseSchema,
  },
  '/v1/kpis/scorecard': {
    body: {
      kpis: ['ro.intake.daily', 'ro.count'],
      groupBy: ['dealer', 'month'],
      calendar: {
        holidays: ['2024-03-08'],
        openingHours: [
          { open: '08:30', close: '12:00' },
          { open: '13:00', close: '18:00' },
        ],
      },
      scope: { brand: 'Huaxia' },
      records: { repairOrders: [repairOrder] },
    },
    response: ScoreKpisResponseSchema,
  },
  '/v1/kpis/scorecard#targets': {
    body: {
      kpis: ['ro.intake.daily'],
      period: { from: '2024-03-01', to: '2024-03-31' },
      targets: {
        id: 'dlr.targets',
        scope: { dealer: 'D' },
        targets: { 'ro.intake.daily': { atLeast: '20', atRisk: '1', cite: 'oem:acme-2024#intake' } },
        atRisk: { 'ro.intake.daily': '2' },
      },
      records: { repairOrders: [repairOrder] },
    },
    response: ScoreKpisResponseSchema,
  },
  '/v1/parts/suggested-order': {
    body: {
      movements: [
        {
          id: 'M1',
          partNumber: 'P1',
          type: 'issue_ro',
          quantity: '-2',
          unitCost: '10',
          occurredAt: at(5),
          roId: 'R1',
        },
      ],
      history: { from: '2024-01', to: '2024-03' },
      parts: [
        { partNumber: 'P1', description: 'Filter', unit: '个', price: '20', cost: '10', source: 'oem' },
      ],
      positions: [{ partNumber: 'P1', onHand: '1', reserved: '3' }],
    },
    response: SuggestOrderResponseSchema,
  },
  '/v1/flows/transition': {
    body: { flow: 'repair-order', events, event: { type: 'complete_walkaround', at: at(40), actor: 'SA' } },
    response: TransitionResponseSchema,
  },
  // A stored state the client sends back: its data is the client's word (the server must not fail on it).
  '/v1/flows/transition#state': {
    body: {
      flow: 'repair-order',
      state: {
        flow: 'repair-order',
        version: 1,
        value: 'estimated',
        data: {
          kind: 'repair',
          rescue: false,
          hold: null,
          lines: [{ id: 'L1', payType: 'CP', priced: true, answer: 'declined', work: 'not_started' }],
          qc: { self: null, peer: null, final: null },
          followUps: 0,
          reopened: 0,
        },
        marks: [],
        at: at(45),
        enteredAt: at(45),
        eventCount: 4,
      },
      event: { type: 'confirm_approval', at: at(50), actor: 'SA' },
    },
    response: TransitionResponseSchema,
  },
  '/v1/flows/audit': {
    body: { flow: 'complaint', histories: [{ id: 'C', events: [] }] },
    response: FlowAuditReportSchema,
  },
  '/v1/repair-orders/audit': {
    body: { histories: [{ id: 'R', events }], asOf: at(59) },
    response: FlowAuditReportSchema,
  },
  '/v1/repair-orders/audit#calendar': {
    body: {
      histories: [{ id: 'R', events }],
      timeZone: 'Asia/Shanghai',
      calendar: { workingWeekdays: [1, 2, 3, 4, 5, 6], holidays: ['2024-03-05'] },
      asOf: at(59),
    },
    response: FlowAuditReportSchema,
  },
};

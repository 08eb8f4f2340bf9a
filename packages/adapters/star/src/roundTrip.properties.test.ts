import {
  exactDecimal,
  formatExact,
  type RepairOrderInput,
  RepairOrderSchema,
  repairOrderHoldSchema,
  repairOrderKindSchema,
  repairOrderStatusSchema,
} from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromStarRepairOrder } from './fromStarRepairOrder';
import { StarRepairOrderSchema } from './schemas/repairOrder';
import { TEST_VIN } from './testing';
import { toStarRepairOrder } from './toStarRepairOrder';

/**
 * core → STAR → core gives the same record, for records within the mapped subset (what
 * docs/adapter-star.md lists as mapped both ways): no deferred job (STAR's authorization list
 * has none), no partially approved labor line, no insurer hold, a parts hold only while
 * dispatched, no part or sublet lines, no STAR-less fields (customer, promise, follow-ups…).
 */

const START = Date.parse('2026-03-02T01:00:00Z');
const id = fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,11}$/);
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,'-]{0,30}$/);
const hundredths = (max: number) =>
  fc.integer({ min: 0, max }).map((n) => formatExact(exactDecimal(BigInt(n), 2)));
const money2 = fc.integer({ min: 0, max: 500_000 }).map((n) => formatExact(exactDecimal(BigInt(n), 2), 2));
const payer = fc.constantFrom(
  { payType: 'CP' },
  { payType: 'W' },
  { payType: 'I' },
  { payType: 'W', payTypeDetail: 'manufacturer' },
  { payType: 'I', payTypeDetail: 'dealer' },
  { payType: 'CP', payTypeDetail: 'sublet' },
);
const linePayer = fc.oneof(payer, fc.constant({ payType: 'INS' }));
const instant = (offsetHours: number) => new Date(START + offsetHours * 3_600_000).toISOString();
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

const laborLine = (jobAuthorization: string, index: number) =>
  fc
    .record({
      opCode: id,
      description: text,
      soldHours: hundredths(2000),
      standardHours: opt(hundredths(2000)),
      clockedHours: opt(hundredths(2000)),
      technicianId: opt(id),
      payer: linePayer,
      authorization: opt(fc.constantFrom('approved', 'declined', 'deferred', 'pending')),
      authorizationNote: opt(text),
      laborAmount: opt(money2),
      started: opt(fc.integer({ min: 0, max: 50 })),
      duration: opt(fc.integer({ min: 0, max: 20 })),
    })
    .map((l) => {
      const answer = l.authorization ?? jobAuthorization;
      const done =
        answer !== 'declined' && answer !== 'deferred' && l.started !== undefined && l.duration !== undefined;
      return defined({
        id: `L${index}`,
        opCode: l.opCode,
        description: l.description,
        soldHours: l.soldHours,
        standardHours: l.standardHours,
        clockedHours: l.clockedHours,
        technicianId: l.technicianId,
        ...l.payer,
        authorization: l.authorization,
        authorizationNote: l.authorizationNote,
        laborAmount: l.laborAmount,
        startedAt: l.started === undefined ? undefined : instant(l.started),
        completedAt: done ? instant((l.started ?? 0) + (l.duration ?? 0)) : undefined,
      });
    });

const job = (index: number) =>
  fc
    .record({
      sequence: opt(fc.stringMatching(/^[A-Z0-9]{1,3}$/)),
      concern: text,
      cause: opt(text),
      correction: opt(text),
      authorization: fc.constantFrom('approved', 'declined', 'pending', 'partially_approved'),
      approvedAt: opt(fc.integer({ min: 0, max: 50 }).map(instant)),
      authorizationNote: opt(text),
      isAdditionalWork: fc.boolean(),
      payer,
      inspections: fc.array(
        fc
          .record({ item: id, result: fc.constantFrom('green', 'yellow', 'red'), finding: opt(text) })
          .map(defined),
        { maxLength: 2 },
      ),
      lineCount: fc.integer({ min: 0, max: 3 }),
    })
    .chain((j) =>
      fc.tuple(...Array.from({ length: j.lineCount }, (_, l) => laborLine(j.authorization, l))).map((lines) =>
        defined({
          id: `J${index}`,
          sequence: j.sequence,
          concern: j.concern,
          cause: j.cause,
          correction: j.correction,
          authorization: j.authorization,
          approvedAt: j.approvedAt,
          authorizationNote: j.authorizationNote,
          isAdditionalWork: j.isAdditionalWork,
          ...j.payer,
          inspections: j.inspections,
          laborLines: lines,
        }),
      ),
    );

const STEPS = [
  'receivedAt',
  'walkaroundAt',
  'estimatedAt',
  'approvedAt',
  'dispatchedAt',
  'repairStartedAt',
  'repairCompletedAt',
  'qc',
  'washedAt',
  'readyAt',
  'settledAt',
  'deliveredAt',
  'closedAt',
  'cancelledAt',
  'voidedAt',
];

const repairOrder: fc.Arbitrary<RepairOrderInput> = fc
  .record({
    id,
    roNumber: id,
    dealerId: id,
    advisorId: id,
    currency: fc.constantFrom('CNY', 'USD', 'EUR'),
    // Every kind, status and hold core knows: the round trip must hold for all of them.
    kind: fc.constantFrom(...repairOrderKindSchema.options),
    status: fc.constantFrom(...repairOrderStatusSchema.options),
    // STAR has no insurer hold: export notes it as not exported, so it cannot come back.
    hold: opt(fc.constantFrom(...repairOrderHoldSchema.options.filter((hold) => hold !== 'insurer'))),
    steps: fc.subarray(STEPS),
    invoiceNumber: opt(id),
    notes: opt(text),
    odometer: opt(fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 2_000 }))),
    estimate: opt(
      fc
        .record({ laborAmount: opt(money2), totalAmount: opt(money2), authorizedAmount: opt(money2) })
        .map(defined),
    ),
    misc: opt(money2),
    tax: opt(money2),
    jobCount: fc.integer({ min: 0, max: 3 }),
  })
  .chain((r) =>
    fc.tuple(...Array.from({ length: r.jobCount }, (_, j) => job(j))).map((jobs) => {
      const holdAllowed =
        r.hold === 'parts'
          ? r.status === 'dispatched'
          : !['approved', 'cancelled', 'voided', 'closed'].includes(r.status);
      const ro: Record<string, unknown> = defined({
        id: r.id,
        roNumber: r.roNumber,
        dealerId: r.dealerId,
        vin: TEST_VIN,
        advisorId: r.advisorId,
        kind: r.kind,
        currency: r.currency,
        status: r.status,
        hold: holdAllowed ? r.hold : undefined,
        openedAt: instant(0),
        invoiceNumber: r.invoiceNumber,
        notes: r.notes,
        jobs,
        odometerInKm: r.odometer?.[0],
        odometerOutKm: r.odometer === undefined ? undefined : r.odometer[0] + r.odometer[1],
        estimate: r.estimate === undefined || Object.keys(r.estimate).length === 0 ? undefined : r.estimate,
        charges: [
          ...(r.misc === undefined ? [] : [{ id: 'star-misc', kind: 'misc', amount: r.misc, payType: 'CP' }]),
          ...(r.tax === undefined ? [] : [{ id: 'star-tax', kind: 'tax', amount: r.tax, payType: 'CP' }]),
        ],
      });
      r.steps.forEach((step, i) => {
        if (step === 'qc') ro.qc = { finalAt: instant(i + 1) };
        else ro[step] = instant(i + 1);
      });
      return ro as RepairOrderInput;
    }),
  );

describe('toStarRepairOrder ∘ fromStarRepairOrder', () => {
  it('core → STAR → core gives the same record within the mapped subset', () => {
    fc.assert(
      fc.property(repairOrder, (input) => {
        const original = RepairOrderSchema.parse(input);
        const star = toStarRepairOrder(original);
        expect(star.ok ? [] : star.issues).toEqual([]);
        if (!star.ok) return;
        expect(StarRepairOrderSchema.safeParse(star.value).success).toBe(true);
        const back = fromStarRepairOrder(JSON.parse(JSON.stringify(star.value)), {
          timeZone: 'Asia/Shanghai',
        });
        expect(back.ok ? [] : back.issues).toEqual([]);
        if (back.ok) expect(back.value).toEqual(original);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../schemas/errorBody';
import { post, useServer } from '../testing';
import { AuditClaimsResponseSchema } from './claimAuditEndpoint';
import { EvaluateRightsResponseSchema, EvaluateWarrantyResponseSchema } from './warrantyEndpoints';

const server = useServer();

// A Huaxia HX5 invoiced 2024-03-01: policy huaxia-2024 applies (sold from 2024-01-01). Its
// powertrain coverage is 60 months or 150,000 km, whichever first, from the invoice date; the
// dealer's authority is 5000.00 (examplePolicy.ts of @aftersales/warranty).
const hx5 = {
  vin: 'LHXAB2C31R0000012',
  brand: 'Huaxia',
  model: 'HX5',
  modelYear: 2024,
  use: 'private',
  invoiceDate: '2024-03-01',
};

describe('POST /v1/warranty/evaluate', () => {
  it('answers needs_preauthorization for a covered transmission repair above the dealer authority', async () => {
    const answer = await post(`${server.url()}/v1/warranty/evaluate`, {
      request: {
        vehicle: hx5,
        repair: { date: '2027-05-02', odometerKm: 64_100, system: 'transmission', amount: '8600.00' },
      },
      policies: ['huaxia-2022', 'huaxia-2024'],
    });
    expect(answer.status).toBe(200);
    EvaluateWarrantyResponseSchema.parse(answer.body);
    const { decision } = answer.body;
    expect(decision.outcome).toBe('needs_preauthorization');
    // Powertrain ends 2024-03-01 + 60 months = 2029-03-01. Days left from 2027-05-02:
    // to 2028-05-02 is 366 (29 Feb 2028), to 2029-05-02 another 365, less 2029-03-01 → 05-02 (31 + 30 + 1 = 62):
    // 366 + 365 − 62 = 669. Km left: 150,000 − 64,100 = 85,900. 8600.00 > 5000.00: pre-authorization required.
    expect(decision.details).toMatchObject({
      policy: 'huaxia-2024',
      coverage: 'powertrain',
      endDate: '2029-03-01',
      daysLeft: 669,
      kmLeft: 85_900,
      preAuthorization: 'required',
    });
  });

  it('answers not_covered 62 days after the powertrain coverage ended, the 三包 floor long past', async () => {
    const answer = await post(`${server.url()}/v1/warranty/evaluate`, {
      request: { vehicle: hx5, repair: { date: '2029-05-02', odometerKm: 64_100, system: 'transmission' } },
      jurisdictions: ['cn-sanbao-2021', 'cn-sanbao-2013'],
    });
    expect(answer.status).toBe(200);
    EvaluateWarrantyResponseSchema.parse(answer.body);
    const { decision } = answer.body;
    expect(decision.outcome).toBe('not_covered');
    // 2029-03-01 → 2029-05-02: 31 (March) + 30 (April) + 1 = 62 days.
    expect(decision.details.expired).toEqual({ coverage: 'powertrain', daysAgo: 62, kmAgo: null });
    // 三包 包修期 is 3 years or 60,000 km: 64,100 km and 5 years on, it failed too.
    const floor = decision.trace.find(
      (step: { rule: string }) => step.rule === 'cn-sanbao-2021.repair-period',
    );
    expect(floor?.status).toBe('failed');
    expect(floor?.cite).toMatch(/^regulation:cn-sanbao-2021#/);
  });

  it('refuses an unknown policy id with 422 registry.unknown at its place in the list', async () => {
    const answer = await post(`${server.url()}/v1/warranty/evaluate`, {
      request: { vehicle: hx5, repair: { date: '2027-05-02', odometerKm: 1, system: 'engine' } },
      policies: ['huaxia-2024', 'brand-x'],
    });
    expect(answer.status).toBe(422);
    ErrorBodySchema.parse(answer.body);
    expect(answer.body.error.code).toBe('registry.unknown');
    expect(answer.body.error.issues[0].path).toEqual(['policies', 1]);
  });

  it('refuses a request without its repair with 400 and the path of the field', async () => {
    const answer = await post(`${server.url()}/v1/warranty/evaluate`, { request: { vehicle: hx5 } });
    expect(answer.status).toBe(400);
    ErrorBodySchema.parse(answer.body);
    expect(answer.body.error.issues).toContainEqual(
      expect.objectContaining({ code: 'input.required', path: ['request', 'repair'] }),
    );
    expect(answer.body.error.message.zh).toContain('必填');
  });
});

// An Acme car invoiced 2024-03-01 and two repairs in the 三包 period: 240 h (10 days) and 481 h
// (20.04 days, counted as 21): 31 days of repair time > 30 (三包 2021 Art. 24(4)).
const acme = {
  vin: 'LSVAU2187N2123456',
  brand: 'Acme',
  model: 'Sedan',
  modelYear: 2024,
  use: 'private',
  invoiceDate: '2024-03-01',
  purchasePrice: '200000.00',
};
const repair = (roId: string, agreedAt: string, finishedAt: string) => ({
  roId,
  vin: acme.vin,
  agreedAt,
  finishedAt,
  odometerKm: 1_000,
  problem: `${roId}-P`,
  system: 'engine',
});

describe('POST /v1/warranty/rights', () => {
  it('gives replacement_or_return after 31 days of cumulative repair time under 三包 2021', async () => {
    const answer = await post(`${server.url()}/v1/warranty/rights`, {
      case: {
        vehicle: acme,
        repairs: [
          repair('RO-1', '2024-05-10T09:00:00+08:00', '2024-05-20T09:00:00+08:00'), // 240 h
          repair('RO-2', '2024-06-10T09:00:00+08:00', '2024-06-30T10:00:00+08:00'), // 481 h
        ],
      },
      jurisdictions: ['cn-sanbao-2021', 'cn-sanbao-2013'],
    });
    expect(answer.status).toBe(200);
    EvaluateRightsResponseSchema.parse(answer.body);
    expect(answer.body.rights).toHaveLength(1);
    const [china] = answer.body.rights;
    // Invoiced 2024-03-01 (after 2022-01-01): the 2021 rules govern.
    expect([china.market, china.jurisdiction, china.decision.outcome]).toEqual([
      'CN',
      'cn-sanbao-2021',
      'replacement_or_return',
    ]);
    const time = china.decision.trace.find(
      (step: { rule: string }) => step.rule === 'cn-sanbao-2021.repair-time',
    );
    expect(time).toMatchObject({ status: 'passed', facts: { totalDays: 31, limitDays: 30 } });
  });

  it('says why the California pack does not answer for a car with no US start date', async () => {
    const answer = await post(`${server.url()}/v1/warranty/rights`, { case: { vehicle: acme, repairs: [] } });
    expect(answer.status).toBe(200);
    EvaluateRightsResponseSchema.parse(answer.body);
    const markets = answer.body.rights.map((r: { market: string; reason: string | null }) => [
      r.market,
      r.reason,
    ]);
    expect(markets).toEqual([
      ['CN', null],
      ['US-CA', 'no_start_date'],
    ]);
  });
});

// The claim audit's data (after warranty's audit/testing.ts): a claim of a vehicle the history
// does not hold, and a malformed claim.
const claim = {
  id: 'CLM-1',
  dealerId: 'DLR-SH-001',
  vin: hx5.vin,
  roId: 'RO-100',
  repairDate: '2024-09-10',
  odometerKm: 15_000,
  failureCode: 'P0700',
  causalPartNumber: 'TVB-100',
  laborOps: [{ opCode: '21-0100', hours: '2.5', laborRate: '120.00', amount: '300.00' }],
  parts: [{ partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00', isCausal: true }],
  amounts: { labor: '300.00', parts: '1449.00', total: '1749.00' },
  currency: 'CNY',
  status: 'submitted',
  submittedAt: '2024-09-12T10:00:00+08:00',
  submissionCount: 1,
  oldPart: { retained: true, shippedAt: '2024-09-20T16:00:00+08:00' },
};

describe('POST /v1/warranty/claims/audit', () => {
  it('answers one result per claim: unknown vehicle as a finding, a malformed claim as rejected', async () => {
    const answer = await post(`${server.url()}/v1/warranty/claims/audit`, {
      claims: [claim, { id: 'CLM-2' }],
      history: { vehicles: [] },
      settings: { asOf: '2024-10-08T09:00:00+08:00' },
    });
    expect(answer.status).toBe(200);
    AuditClaimsResponseSchema.parse(answer.body);
    const [first, second] = answer.body.results;
    expect(first.status).toBe('findings');
    expect(first.findings.map((f: { code: string }) => f.code)).toContain('claim.unknown_vehicle');
    expect(second).toMatchObject({ row: 1, claimId: 'CLM-2', status: 'rejected' });
    expect(second.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual([1, 'dealerId']);
    // read = approved + with findings + rejected: 2 = 0 + 1 + 1
    expect(answer.body.summary).toMatchObject({ read: 2, approved: 0, withFindings: 1, rejected: 1 });
  });

  it('approves the same claim when the history holds its vehicle and RO', async () => {
    const answer = await post(`${server.url()}/v1/warranty/claims/audit`, {
      claims: [claim],
      policies: ['huaxia-2024'],
      history: {
        vehicles: [{ ...hx5, deliveryDate: '2024-03-01' }],
        repairOrders: [
          {
            id: 'RO-100',
            vin: hx5.vin,
            status: 'closed',
            openedAt: '2024-09-10T08:30:00+08:00',
            odometerInKm: 15_000,
          },
        ],
      },
      laborTimes: [{ opCode: '21-0100', standardHours: '2.5', system: 'transmission' }],
      settings: { asOf: '2024-10-08T09:00:00+08:00', partPrices: { 'TVB-100': '1260.00' } },
    });
    expect(answer.status).toBe(200);
    AuditClaimsResponseSchema.parse(answer.body);
    // Part price agreed: 1260.00 × 1.15 = 1449.00, as claimed; 2.5 h at 120.00 = 300.00, the standard.
    expect(answer.body.results[0].findings).toEqual([]);
    expect(answer.body.results[0].status).toBe('approved');
  });
});

import { WarrantyClaimSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { isVin } from '../fastChecks';
import { fastClaim } from './fastClaim';
import { auditOne, claim, VIN } from './testing';

/** The issues `auditClaims` gives a claim row it must reject (the schema's, as the fast reader left it). */
const issuesOf = (row: Record<string, unknown>) => auditOne(row).issues;

describe('fastClaim', () => {
  it('takes a labor op with only its op code and hours, as the schema reads it', () => {
    const row = claim({ laborOps: [{ opCode: '21-0100', hours: '2.5' }] });
    expect(fastClaim(row, isVin)).toBe(row);
    expect(WarrantyClaimSchema.parse(row)).toEqual(row);
  });

  it('takes a part with only its part number, quantity and unit price, as the schema reads it', () => {
    const row = claim({ parts: [{ partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00' }] });
    expect(fastClaim(row, isVin)).toBe(row);
    expect(WarrantyClaimSchema.parse(row)).toEqual(row);
  });

  it('leaves to the schema a labor op with negative hours, which it rejects at the hours', () => {
    const row = claim({ laborOps: [{ opCode: '21-0100', hours: '-2.5' }] });
    expect(fastClaim(row, isVin)).toBeUndefined();
    expect(issuesOf(row)).toEqual([
      expect.objectContaining({
        code: 'input.too_small',
        path: [0, 'laborOps', 0, 'hours'],
        params: { value: '-2.5', minimum: 0, inclusive: true },
      }),
    ]);
  });

  it('leaves to the schema a labor op whose op code is a number, which it rejects at the op code', () => {
    const row = claim({ laborOps: [{ opCode: 2100, hours: '2.5' }] });
    expect(fastClaim(row, isVin)).toBeUndefined();
    expect(issuesOf(row)).toEqual([
      expect.objectContaining({
        code: 'input.invalid_type',
        path: [0, 'laborOps', 0, 'opCode'],
        params: { expected: 'string', received: 'number' },
      }),
    ]);
  });

  it('leaves to the schema a labor op or part with a key it does not know, which it rejects naming the key', () => {
    const op = claim({ laborOps: [{ opCode: '21-0100', hours: '2.5', rate: '120.00' }] });
    expect(fastClaim(op, isVin)).toBeUndefined();
    expect(issuesOf(op)).toEqual([
      expect.objectContaining({
        code: 'input.unrecognized_keys',
        path: [0, 'laborOps', 0],
        params: { keys: ['rate'] },
      }),
    ]);
    const part = claim({
      parts: [{ partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', causal: true }],
    });
    expect(fastClaim(part, isVin)).toBeUndefined();
    expect(issuesOf(part)).toEqual([
      expect.objectContaining({
        code: 'input.unrecognized_keys',
        path: [0, 'parts', 0],
        params: { keys: ['causal'] },
      }),
    ]);
  });

  it('leaves to the schema null amounts, which it rejects as not an object', () => {
    const row = claim({ amounts: null });
    expect(fastClaim(row, isVin)).toBeUndefined();
    expect(issuesOf(row)).toEqual([
      expect.objectContaining({
        code: 'input.invalid_type',
        path: [0, 'amounts'],
        params: { expected: 'object', received: 'null' },
      }),
    ]);
  });

  it('leaves to the schema amounts it must refuse, which names the field', () => {
    const tooSmall = (field: string) => ({
      code: 'input.too_small',
      path: [0, 'amounts', field],
      params: { value: '-1', minimum: 0, inclusive: true },
    });
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      // Each negative amount, the others adding up if it counted as 0, as -1 or as one unit (0.0001).
      [{ labor: '-1', parts: '0', total: '0' }, tooSmall('labor')],
      [{ labor: '-1', parts: '1', total: '0' }, tooSmall('labor')],
      [{ labor: '-1', parts: '0', total: '0.0001' }, tooSmall('labor')],
      [{ labor: '0', parts: '-1', total: '0' }, tooSmall('parts')],
      [{ labor: '0', parts: '0', sublet: '-1', total: '0' }, tooSmall('sublet')],
      [{ labor: '0', parts: '0', other: '-1', total: '0' }, tooSmall('other')],
      [
        { labor: '1', parts: '2', total: '3', tax: '0' },
        { code: 'input.unrecognized_keys', path: [0, 'amounts'], params: { keys: ['tax'] } },
      ],
    ];
    for (const [amounts, issue] of cases) {
      const row = claim({ amounts });
      expect(fastClaim(row, isVin)).toBeUndefined();
      expect(issuesOf(row)).toEqual([expect.objectContaining(issue)]);
    }
  });

  it('takes amounts with sublet and other costs that add up, as the schema reads them', () => {
    // 300.00 + 1449.00 + 200.00 + 50.00 = 1999.00
    const row = claim({
      amounts: { labor: '300.00', parts: '1449.00', sublet: '200.00', other: '50.00', total: '1999.00' },
    });
    expect(fastClaim(row, isVin)).toBe(row);
    expect(WarrantyClaimSchema.parse(row)).toEqual(row);
  });

  it('leaves to the schema amounts with more than four places, which it checks exactly', () => {
    // 0.00001 + 0 is not 0.0001: the total does not add up.
    const wrong = claim({ amounts: { labor: '0.00001', parts: '0', total: '0.0001' } });
    expect(fastClaim(wrong, isVin)).toBeUndefined();
    expect(issuesOf(wrong)).toEqual([
      expect.objectContaining({
        code: 'input.inconsistent',
        path: [0, 'amounts', 'total'],
        params: {
          value: '0.0001',
          reason: 'total 0.0001 is not labor + parts + sublet + other (0.00001)',
          reasonZh: '合计 0.0001 不等于工时费、配件费、外包费与其他之和（0.00001）',
        },
      }),
    ]);
    // 0.00001 + 0.00002 = 0.00003: the schema takes it.
    const right = claim({ amounts: { labor: '0.00001', parts: '0.00002', total: '0.00003' } });
    expect(fastClaim(right, isVin)).toBeUndefined();
    expect(WarrantyClaimSchema.parse(right)).toEqual(right);
  });

  it('takes a claim with every optional field, instants with one to three fraction digits', () => {
    const row = claim({
      claimNumber: 'HX-2024-000123',
      repairCompletedAt: '2024-09-10T17:30:00.5+08:00',
      description: 'Harsh 2-3 upshift, valve body replaced',
      amounts: { labor: '300.00', parts: '1449.00', sublet: '200.00', other: '50.00', total: '1999.00' },
      status: 'charged_back',
      submittedAt: '2024-09-12T10:00:00.25+08:00',
      submissionCount: 1000,
      adjudicatedAt: '2024-09-20T02:00:00.125Z',
      approvedAmount: '1999.00',
      rejectionReason: 'Old part not returned by the deadline',
      paidAt: '2024-09-30T09:00:00+08:00',
      paidAmount: '1999.00',
      chargedBackAt: '2024-11-05T09:00:00+08:00',
      chargedBackAmount: '1449.00',
      preAuthorization: {
        number: 'PA-2024-00981',
        requestedAt: '2024-09-09T10:00:00+08:00',
        approvedAt: '2024-09-09T15:00:00+08:00',
      },
      oldPart: {
        retained: true,
        deadline: '2024-10-12',
        shippedAt: '2024-09-20T16:00:00+08:00',
        shipmentNumber: 'SF-1',
      },
      warrantyAdminId: 'WA-7',
    });
    expect(fastClaim(row, isVin)).toBe(row);
    expect(WarrantyClaimSchema.parse(row)).toEqual(row);
  });

  it('takes claims with only some fields: the required ones, a bare pre-authorization and old part, a draft', () => {
    const required = {
      id: 'CLM-1',
      dealerId: 'DLR-SH-001',
      vin: VIN,
      roId: 'RO-100',
      repairDate: '2024-09-10',
      odometerKm: 15_000,
      amounts: { labor: '300.00', parts: '1449.00', total: '1749.00' },
      status: 'draft',
    };
    // Never submitted: a count of 0; adjudicated (refused at intake) without a submission time.
    const rows = [
      required,
      { ...required, preAuthorization: { number: 'PA-1' }, oldPart: { retained: false } },
      { ...required, submissionCount: 0 },
      { ...required, status: 'rejected', adjudicatedAt: '2024-09-12T10:00:00+08:00' },
    ];
    for (const row of rows) {
      expect(fastClaim(row, isVin)).toBe(row);
      expect(WarrantyClaimSchema.parse(row)).toEqual({ laborOps: [], parts: [], currency: 'CNY', ...row });
    }
  });

  it('leaves to the schema a claim it must refuse, which names the field', () => {
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { submissionCount: 0 },
        {
          code: 'input.inconsistent',
          path: [0, 'submissionCount'],
          params: {
            value: '0',
            reason: 'the claim has a submission time but a submission count of 0',
            reasonZh: '索赔单有提交时间，但提交次数为 0',
          },
        },
      ],
      [{ note: 'call back' }, { code: 'input.unrecognized_keys', path: [0], params: { keys: ['note'] } }],
      [
        { preAuthorization: { number: 'PA-1', approver: 'Li' } },
        { code: 'input.unrecognized_keys', path: [0, 'preAuthorization'], params: { keys: ['approver'] } },
      ],
      [
        { oldPart: { retained: true, bin: 'B-3' } },
        { code: 'input.unrecognized_keys', path: [0, 'oldPart'], params: { keys: ['bin'] } },
      ],
      [
        { repairCompletedAt: 1_726_000_000_000 },
        {
          code: 'input.invalid_type',
          path: [0, 'repairCompletedAt'],
          params: { expected: 'string', received: 'number' },
        },
      ],
    ];
    for (const [patch, issue] of cases) {
      const row = claim(patch);
      expect(fastClaim(row, isVin)).toBeUndefined();
      expect(issuesOf(row)).toEqual([expect.objectContaining(issue)]);
    }
  });

  it('leaves to the schema a list carrying the fields of a claim, which it rejects as no object', () => {
    const row = Object.assign([], claim());
    expect(fastClaim(row, isVin)).toBeUndefined();
    expect(auditOne(row as never).issues).toEqual([
      expect.objectContaining({
        code: 'input.invalid_type',
        path: [0],
        params: { expected: 'object', received: 'array' },
      }),
    ]);
  });
});

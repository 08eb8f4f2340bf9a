import { describe, expect, it } from 'vitest';
import type { ClaimAuditResult } from './auditTypes';
import { audit, claim, codesOf, VIN, vehicle, vinOf } from './testing';

describe('VINs of the audit', () => {
  it('checks the check digit of a VIN it has not read before', () => {
    // The VIN of serial 98 with the serial changed to 99 keeps 98's check digit.
    const good = vinOf(98);
    const mistyped = `${good.slice(0, 15)}99`;
    expect(mistyped).not.toBe(vinOf(99));
    const result = audit([claim({ vin: mistyped })]).results[0];
    expect(result?.status).toBe('rejected');
    expect(result?.issues).toEqual([
      expect.objectContaining({
        code: 'vin.check_digit',
        path: [0, 'vin'],
        params: { value: mistyped, actual: good.charAt(8), expected: vinOf(99).charAt(8) },
      }),
    ]);
  });

  it('audits a claim row without a prototype against its own vehicle', () => {
    // Vehicle 13 is a Qilin: no policy of the audit is for its brand. The second claim is for VIN,
    // a Huaxia, in an object made by Object.create(null) (as some parsers make them).
    const qilin = vinOf(13);
    const bare = Object.assign(Object.create(null), claim({ id: 'CLM-B', roId: 'RO-200' }));
    const report = audit([claim({ id: 'CLM-A', vin: qilin, roId: 'RO-300' }), bare], {
      vehicles: [vehicle({ vin: qilin, brand: 'Qilin' }), vehicle()],
    });
    expect(codesOf(report.results[0] as ClaimAuditResult)).toContain('claim.no_policy');
    expect(report.results[1]).toMatchObject({ claimId: 'CLM-B', status: 'approved', findings: [] });
  });

  it('rejects a vehicle listed twice at its second row, naming the first', () => {
    const report = audit([claim()], { vehicles: [vehicle(), vehicle({ model: 'HX5 Pro' })] });
    expect(report.historyRejections).toEqual([
      {
        input: 'vehicles',
        row: 1,
        issues: [
          expect.objectContaining({
            code: 'warranty.duplicate',
            path: [1, 'vin'],
            params: { what: 'vehicle', whatZh: '车辆', id: VIN, firstRow: 0 },
          }),
        ],
      },
    ]);
  });
});

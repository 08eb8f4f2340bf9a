import { describe, expect, it } from 'vitest';
import { hashOf } from '../claimTable';
import { audit, auditOne, claim, codesOf, repairOrder, VIN, vehicle, vinOf } from '../testing';

// The audited claim reads 15,000 km on 2024-09-10 (its own RO-100); huaxia-2024 allows 1,000 km a
// day. ROs opened at 07:30 in Shanghai are on the previous day in UTC: days must be Shanghai's.
const ro = (id: string, openedAt: string, km: number, more = {}) =>
  repairOrder({ id, openedAt, odometerInKm: km, ...more });

describe('odometer checks', () => {
  it('flags a reading below an earlier one, not one equal to it', () => {
    const history = (km: number) => ({ repairOrders: [ro('RO-090', '2024-09-05T10:00:00+08:00', km)] });
    const result = auditOne(claim(), history(15_200));
    expect(codesOf(result)).toEqual(['claim.odometer_rollback']);
    expect(result.findings[0]).toMatchObject({
      severity: 'review',
      cite: 'oem:huaxia-2024#claims',
      facts: {
        km: 15_000,
        earlierKm: 15_200,
        earlierDate: '2024-09-05',
        earlierSource: 'ro_in',
        earlierId: 'RO-090',
      },
    });
    expect(result.findings[0]?.message.en).toBe(
      'Odometer 15,000 km is below the earlier reading of 15,200 km on 2024-09-05 (RO RO-090, odometer in)',
    );
    expect(auditOne(claim(), history(15_000)).status).toBe('approved');
  });

  it('allows exactly the maximum km a day, not one more', () => {
    // Opened 2024-09-03T07:30+08:00 (2024-09-02 in UTC): 7 Shanghai days before 09-10, so at most
    // 7 × 1,000 = 7,000 km from 8,000: 15,000 is plausible, 15,001 is not. (Read in UTC it would
    // be 8 days and 8,000 km, and 15,001 would pass.)
    const history = { repairOrders: [ro('RO-090', '2024-09-03T07:30:00+08:00', 8_000)] };
    expect(auditOne(claim(), history).status).toBe('approved');
    const result = auditOne(claim({ odometerKm: 15_001 }), history);
    expect(codesOf(result)).toEqual(['claim.implausible_distance']);
    expect(result.findings[0]).toMatchObject({
      cite: 'oem:huaxia-2024#claims.maxKmPerDay',
      facts: { drivenKm: 7_001, days: 7, limitKm: 7_000, earlierDate: '2024-09-03' },
    });
    expect(result.findings[0]?.message.en).toBe(
      '7,001 km in 7 days since 8,000 km on 2024-09-03 (RO RO-090, odometer in): more than 1,000 km a day (at most 7,000 km)',
    );
  });

  it('never compares the claim with its own RO, and reads the RO out when it was delivered', () => {
    // RO-100 is the claim's own visit: its 15,400 km out reading is not an earlier reading.
    const own = {
      repairOrders: [repairOrder({ odometerOutKm: 15_400, deliveredAt: '2024-09-09T10:00:00+08:00' })],
    };
    expect(auditOne(claim(), own).status).toBe('approved');
    // Another RO delivered on 09-09 at 15,400 km out (in at 15,100): the out reading is the higher.
    const other = ro('RO-099', '2024-09-08T10:00:00+08:00', 15_100, {
      odometerOutKm: 15_400,
      deliveredAt: '2024-09-09T10:00:00+08:00',
    });
    const result = auditOne(claim(), { repairOrders: [other] });
    expect(result.findings[0]?.facts).toMatchObject({
      earlierKm: 15_400,
      earlierSource: 'ro_out',
      earlierDate: '2024-09-09',
    });
  });

  it('does not count a reading of the repair day itself as earlier', () => {
    // 2024-09-10T23:30+08:00 is 09-10 in Shanghai (15:30 UTC): same day, not earlier.
    expect(
      auditOne(claim(), { repairOrders: [ro('RO-101', '2024-09-10T23:30:00+08:00', 16_000)] }).status,
    ).toBe('approved');
  });

  it('reads earlier claims, other batch rows and odometer readings', () => {
    const fromClaim = auditOne(claim(), {
      claims: [
        claim({ id: 'CLM-0', roId: 'RO-050', repairDate: '2024-06-01', odometerKm: 16_000, parts: [] }),
      ],
    });
    expect(fromClaim.findings.map((f) => f.facts.earlierSource)).toEqual(['history_claim']);
    // Row 1 was repaired earlier (09-01) at a higher reading: row 0 rolls back against it.
    const batch = audit([
      claim(),
      claim({
        id: 'CLM-2',
        roId: 'RO-090',
        repairDate: '2024-09-01',
        odometerKm: 15_500,
        parts: [],
        causalPartNumber: undefined,
        amounts: { labor: '300.00', parts: '0', total: '300.00' },
      }),
    ]);
    expect(batch.results[0]?.findings[0]?.facts).toMatchObject({
      earlierSource: 'batch_claim',
      earlierRow: 1,
      earlierId: 'CLM-2',
    });
    const telematics = auditOne(claim(), {
      odometerReadings: [{ vin: VIN, km: 15_050, readAt: '2024-09-09T20:00:00+08:00', source: 'telematics' }],
    });
    expect(telematics.findings[0]?.facts).toMatchObject({
      earlierSource: 'odometer_reading',
      earlierRow: 0,
      earlierKm: 15_050,
    });
  });

  it('names the RO of an odometer reading taken at one', () => {
    const reading = { vin: VIN, km: 15_200, readAt: '2024-09-05T10:00:00+08:00', source: 'telematics' };
    const result = auditOne(claim(), { odometerReadings: [{ ...reading, roId: 'RO-050' }] });
    expect(codesOf(result)).toEqual(['claim.odometer_rollback']);
    expect(result.findings[0]?.message).toEqual({
      en: 'Odometer 15,000 km is below the earlier reading of 15,200 km on 2024-09-05 (odometer reading, row 0, RO RO-050)',
      zh: '里程 15,000 km 低于 2024-09-05 的较早读数 15,200 km（里程读数第 0 行，工单 RO-050）',
    });
    expect(result.findings[0]?.facts).toMatchObject({ earlierId: 'RO-050', earlierRow: 0 });
  });

  it('never compares the claim with an earlier claim of its own RO', () => {
    const earlier = (roId: string) => ({
      claims: [claim({ id: 'CLM-0', roId, repairDate: '2024-09-05', odometerKm: 16_000, parts: [] })],
    });
    expect(auditOne(claim(), earlier('RO-100')).status).toBe('approved');
    // The same claim on another RO is an earlier reading of 16,000 km.
    expect(codesOf(auditOne(claim(), earlier('RO-050')))).toEqual(['claim.odometer_rollback']);
    // Also when the two RO ids share their 32-bit FNV-1a hash (found by search): only the ids decide.
    expect(hashOf('RO-68437')).toBe(hashOf('RO-584320'));
    const collision = auditOne(claim({ roId: 'RO-68437' }), earlier('RO-584320'));
    expect(codesOf(collision)).toEqual(['claim.odometer_rollback']);
  });

  describe('the latest earlier reading', () => {
    // Readings the day before the repair allow 1,000 km; five days before, 5,000 km.
    const readings = (...list: [string, number][]) => ({
      odometerReadings: list.map(([date, km]) => ({
        vin: VIN,
        km,
        readAt: `${date}T10:00:00+08:00`,
        source: 'telematics',
      })),
    });

    it('is the highest of the latest day, whichever order they are listed in', () => {
      // 15,000 − 14,200 = 800 km in one day: plausible. From 13,500 it would be 1,500.
      expect(auditOne(claim(), readings(['2024-09-09', 13_500], ['2024-09-09', 14_200])).status).toBe(
        'approved',
      );
      expect(auditOne(claim(), readings(['2024-09-09', 14_200], ['2024-09-09', 13_500])).status).toBe(
        'approved',
      );
    });

    it('is of the latest day even when an earlier day read higher', () => {
      // Latest: 13,500 on 09-09, so 1,500 km in 1 day; the 13,600 of 09-05 would allow 5 days.
      const result = auditOne(claim(), readings(['2024-09-09', 13_500], ['2024-09-05', 13_600]));
      expect(codesOf(result)).toEqual(['claim.implausible_distance']);
      expect(result.findings[0]?.facts).toMatchObject({
        drivenKm: 1_500,
        days: 1,
        limitKm: 1_000,
        earlierKm: 13_500,
        earlierDate: '2024-09-09',
        earlierRow: 0,
      });
    });

    it('is the first listed of equal readings of the same day', () => {
      const result = auditOne(claim(), readings(['2024-09-09', 13_500], ['2024-09-09', 13_500]));
      expect(result.findings[0]?.facts).toMatchObject({ earlierKm: 13_500, earlierRow: 0 });
    });
  });

  describe('names the earlier reading in both languages', () => {
    it('an RO in reading, with the finding in full', () => {
      const result = auditOne(claim(), { repairOrders: [ro('RO-090', '2024-09-05T10:00:00+08:00', 15_200)] });
      expect(result.findings).toEqual([
        {
          code: 'claim.odometer_rollback',
          severity: 'review',
          rule: 'warranty.audit.odometer-rollback',
          cite: 'oem:huaxia-2024#claims',
          message: {
            en: 'Odometer 15,000 km is below the earlier reading of 15,200 km on 2024-09-05 (RO RO-090, odometer in)',
            zh: '里程 15,000 km 低于 2024-09-05 的较早读数 15,200 km（工单 RO-090进厂里程）',
          },
          facts: {
            km: 15_000,
            earlierKm: 15_200,
            earlierDate: '2024-09-05',
            earlierSource: 'ro_in',
            earlierRow: 0,
            earlierId: 'RO-090',
          },
        },
      ]);
    });

    it('an RO out reading', () => {
      const other = ro('RO-099', '2024-09-08T10:00:00+08:00', 15_100, {
        odometerOutKm: 15_400,
        deliveredAt: '2024-09-09T10:00:00+08:00',
      });
      const result = auditOne(claim(), { repairOrders: [other] });
      expect(result.findings[0]?.message).toEqual({
        en: 'Odometer 15,000 km is below the earlier reading of 15,400 km on 2024-09-09 (RO RO-099, odometer out)',
        zh: '里程 15,000 km 低于 2024-09-09 的较早读数 15,400 km（工单 RO-099出厂里程）',
      });
      expect(result.findings[0]?.facts).toMatchObject({ earlierSource: 'ro_out', earlierId: 'RO-099' });
    });

    it('an odometer reading taken at no RO, with a null id', () => {
      const reading = { vin: VIN, km: 15_200, readAt: '2024-09-05T10:00:00+08:00', source: 'telematics' };
      const result = auditOne(claim(), { odometerReadings: [reading] });
      expect(result.findings[0]?.message).toEqual({
        en: 'Odometer 15,000 km is below the earlier reading of 15,200 km on 2024-09-05 (odometer reading, row 0)',
        zh: '里程 15,000 km 低于 2024-09-05 的较早读数 15,200 km（里程读数第 0 行）',
      });
      expect(result.findings[0]?.facts).toMatchObject({ earlierSource: 'odometer_reading', earlierId: null });
    });

    it('an earlier claim of the history', () => {
      const earlier = claim({
        id: 'CLM-0',
        roId: 'RO-050',
        repairDate: '2024-06-01',
        odometerKm: 16_000,
        parts: [],
      });
      const result = auditOne(claim(), { claims: [earlier] });
      expect(result.findings[0]?.message).toEqual({
        en: 'Odometer 15,000 km is below the earlier reading of 16,000 km on 2024-06-01 (claim CLM-0, history row 0)',
        zh: '里程 15,000 km 低于 2024-06-01 的较早读数 16,000 km（索赔单 CLM-0，历史第 0 行）',
      });
      expect(result.findings[0]?.facts).toMatchObject({ earlierSource: 'history_claim', earlierId: 'CLM-0' });
    });

    it('a claim of another batch row', () => {
      const batch = audit([
        claim(),
        claim({
          id: 'CLM-2',
          roId: 'RO-090',
          repairDate: '2024-09-01',
          odometerKm: 15_500,
          parts: [],
          causalPartNumber: undefined,
          amounts: { labor: '300.00', parts: '0', total: '300.00' },
        }),
      ]);
      expect(batch.results[0]?.findings[0]?.message).toEqual({
        en: 'Odometer 15,000 km is below the earlier reading of 15,500 km on 2024-09-01 (claim CLM-2, batch row 1)',
        zh: '里程 15,000 km 低于 2024-09-01 的较早读数 15,500 km（索赔单 CLM-2，本批第 1 行）',
      });
    });
  });

  it('takes an other claim of the day before as earlier, not one of the repair day itself', () => {
    // Same op, another part (GSK-7): not a duplicate; its 16,000 km is above the claim's 15,000.
    const other = (repairDate: string) => ({
      claims: [
        claim({
          id: 'CLM-0',
          roId: 'RO-050',
          repairDate,
          odometerKm: 16_000,
          causalPartNumber: 'GSK-7',
          parts: [{ partNumber: 'GSK-7', quantity: '1', unitPrice: '11.50' }],
          amounts: { labor: '300.00', parts: '11.50', total: '311.50' },
        }),
      ],
    });
    expect(auditOne(claim(), other('2024-09-10')).status).toBe('approved');
    const dayBefore = auditOne(claim(), other('2024-09-09'));
    expect(codesOf(dayBefore)).toEqual(['claim.odometer_rollback']);
    expect(dayBefore.findings[0]?.facts).toMatchObject({ earlierKm: 16_000, earlierDate: '2024-09-09' });
  });

  it('compares only the readings of the same VIN, not the claims of the next vehicle', () => {
    // The second vehicle's claim of 09-05 read 16,000 km: above this claim's 15,000, but another car.
    const other = vinOf(13);
    const history = {
      vehicles: [vehicle(), vehicle({ vin: other })],
      claims: [
        claim({ id: 'CLM-0', vin: other, roId: 'RO-050', repairDate: '2024-09-05', odometerKm: 16_000 }),
      ],
    };
    expect(auditOne(claim(), history).status).toBe('approved');
    expect(codesOf(auditOne(claim({ vin: other }), history))).toContain('claim.odometer_rollback');
  });

  describe('the daily distance', () => {
    const distance = 'warranty.audit.daily-distance';
    const rollback = 'warranty.audit.odometer-rollback';

    it('is measured from a reading of 0 km, with the finding in full', () => {
      // 15,000 km in the 5 days since 09-05: at most 5 × 1,000 = 5,000 km.
      const reading = { vin: VIN, km: 0, readAt: '2024-09-05T10:00:00+08:00', source: 'telematics' };
      const result = auditOne(claim(), { odometerReadings: [reading] });
      expect(result.findings).toEqual([
        {
          code: 'claim.implausible_distance',
          severity: 'review',
          rule: distance,
          cite: 'oem:huaxia-2024#claims.maxKmPerDay',
          message: {
            en: '15,000 km in 5 days since 0 km on 2024-09-05 (odometer reading, row 0): more than 1,000 km a day (at most 5,000 km)',
            zh: '自 2024-09-05 的 0 km（里程读数第 0 行）起 5 天行驶 15,000 km，超过每天 1,000 km（最多 5,000 km）',
          },
          facts: {
            km: 15_000,
            drivenKm: 15_000,
            days: 5,
            maxKmPerDay: 1_000,
            limitKm: 5_000,
            earlierKm: 0,
            earlierDate: '2024-09-05',
            earlierSource: 'odometer_reading',
            earlierRow: 0,
            earlierId: null,
          },
        },
      ]);
    });

    it('is not measured without an earlier reading, however low the limit', () => {
      // 1 km a day, 20,000 km: far above any limit since the invoice, but nothing to measure from.
      const report = audit([claim({ odometerKm: 20_000 })], {}, { claimRules: { maxKmPerDay: 1 } });
      expect(report.results[0]?.status).toBe('approved');
      expect(report.summary.checked[distance]).toBe(1);
    });

    it('is checked with a policy, and counted as not checked without one (vehicle not in the history)', () => {
      const known = audit([claim()]).summary;
      expect(known.checked[distance]).toBe(1);
      expect(known.notChecked[distance]).toBeUndefined();
      expect(known.checked[rollback]).toBe(1);
      // No policy: 5,000 km in the day since 09-09 is not measured; the rollback check still runs.
      const vin = vinOf(99);
      const reading = { vin, km: 10_000, readAt: '2024-09-09T10:00:00+08:00', source: 'telematics' };
      const report = audit([claim({ vin })], { odometerReadings: [reading] });
      const codes = report.results[0]?.findings.map((f) => f.code);
      expect(codes).not.toContain('claim.implausible_distance');
      expect(report.summary.notChecked[distance]).toBe(1);
      expect(report.summary.checked[distance]).toBeUndefined();
      expect(report.summary.checked[rollback]).toBe(1);
    });
  });
});

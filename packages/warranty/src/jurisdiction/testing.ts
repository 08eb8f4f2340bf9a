import type { Jurisdiction, JurisdictionStart, RepairFloor } from './jurisdiction';

/**
 * Test builders for jurisdictions (not exported from the package, not published).
 */

/** A rights function for packs whose rights are not under test: no remedy, empty trace. */
const noRights: Jurisdiction['evaluateRights'] = () => ({ outcome: 'none', trace: [] });

/**
 * A small hand-made pack in `parseJurisdiction`'s shape: id `test-floor`, market CN, governing
 * vehicles from 2022-01-01, a repair floor of 36 months or 60,000 km counted from the invoice
 * date or the delivery date where it differs, household vehicles only, no duty for modification,
 * misuse, accident or wear. `overrides` replaces top-level fields; `floor` repair-floor fields.
 */
export function testFloor(
  overrides: Partial<Omit<Jurisdiction, 'repairFloor'>> = {},
  floor: Partial<RepairFloor> = {},
): Jurisdiction {
  const id = overrides.id ?? 'test-floor';
  const start: JurisdictionStart = overrides.start ?? 'invoice_or_delivery';
  return {
    id,
    version: '1.0.0',
    market: 'CN',
    name: { en: `Test floor (${id})`, zh: `测试法规（${id}）` },
    governs: { from: '2022-01-01' },
    start,
    evaluateRights: noRights,
    ...overrides,
    repairFloor: {
      period: { months: 36, km: 60_000 },
      start,
      householdOnly: true,
      exemptCauses: ['modification', 'misuse', 'accident', 'wear'],
      cites: {
        period: `regulation:${id}#18`,
        scope: `regulation:${id}#2`,
        exemptions: `regulation:${id}#32`,
        start: `regulation:${id}#18`,
      },
      ...floor,
    },
  };
}

/** A pack shaped like the 2013 rules: vehicles invoiced up to 2021-12-31, periods from the invoice date. */
export function testFloor2013(): Jurisdiction {
  return testFloor({
    id: 'test-floor-2013',
    governs: { from: '2013-10-01', until: '2021-12-31' },
    start: 'invoice',
  });
}

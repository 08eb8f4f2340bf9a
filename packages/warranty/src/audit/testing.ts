import { type AftersalesError, computeVinCheckDigit, isAftersalesError } from '@aftersales/core';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { huaxiaPolicy2022, huaxiaPolicy2024 } from '../policy/examplePolicy';
import { auditClaims } from './auditClaims';
import type { AuditClaimsOptions, AuditHistory } from './auditOptions';
import type { AuditSettingsInput } from './auditSettings';
import type { ClaimAuditReport, ClaimAuditResult } from './auditTypes';

/**
 * Test data for the claim audit, made here (not from testkit): one Huaxia HX5 invoiced on
 * 2024-03-01 in Shanghai (policy huaxia-2024: submit within 30 days, duplicates within 30 days,
 * 1,000 km a day, old parts within 30 days, 120.00 an hour, parts at net × 1.15, authority
 * 5000.00), and a claim for a transmission valve body replaced on 2024-09-10 at 15,000 km that
 * passes every check.
 */

/** A valid Chinese VIN with serial `n` (check digit computed). */
export function vinOf(n: number): string {
  const draft = `LHXAB2C30R${String(n).padStart(7, '0')}`;
  const digit = computeVinCheckDigit(draft);
  return `${draft.slice(0, 8)}${digit}${draft.slice(9)}`;
}

export const VIN = vinOf(12);

export type Row = Record<string, unknown>;

export function vehicle(overrides: Row = {}): Row {
  return {
    vin: VIN,
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: 2024,
    use: 'private',
    invoiceDate: '2024-03-01',
    deliveryDate: '2024-03-01',
    ...overrides,
  };
}

export function claim(overrides: Row = {}): Row {
  return {
    id: 'CLM-1',
    dealerId: 'DLR-SH-001',
    vin: VIN,
    roId: 'RO-100',
    repairDate: '2024-09-10',
    odometerKm: 15_000,
    failureCode: 'P0700',
    causalPartNumber: 'TVB-100',
    laborOps: [{ opCode: '21-0100', hours: '2.5', laborRate: '120.00', amount: '300.00' }],
    parts: [
      { partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00', isCausal: true },
    ],
    amounts: { labor: '300.00', parts: '1449.00', total: '1749.00' },
    currency: 'CNY',
    status: 'submitted',
    submittedAt: '2024-09-12T10:00:00+08:00',
    submissionCount: 1,
    oldPart: { retained: true, shippedAt: '2024-09-20T16:00:00+08:00' },
    ...overrides,
  };
}

export function repairOrder(overrides: Row = {}): Row {
  return {
    id: 'RO-100',
    vin: VIN,
    status: 'closed',
    openedAt: '2024-09-10T08:30:00+08:00',
    odometerInKm: 15_000,
    ...overrides,
  };
}

const laborTimes = [
  {
    opCode: '21-0100',
    standardHours: '2.5',
    system: 'transmission',
    partGroups: ['transmission-valve-body', 'gaskets'],
  },
  { opCode: '46-1120', standardHours: '1.2', system: 'brakes', partGroups: ['brake-discs'] },
];

export function settings(overrides: Partial<AuditSettingsInput> = {}): AuditSettingsInput {
  return {
    timeZone: 'Asia/Shanghai',
    asOf: '2024-10-08T09:00:00+08:00',
    partGroups: { 'TVB-100': 'transmission-valve-body', 'GSK-7': 'gaskets', 'BD-1': 'brake-discs' },
    failureCodes: [{ code: 'P07', partGroups: ['transmission-valve-body'], opCodes: ['21-0100'] }],
    partPrices: [
      { partNumber: 'TVB-100', dealerNet: '1260.00' },
      { partNumber: 'GSK-7', dealerNet: '10.00' },
    ],
    ...overrides,
  };
}

/** Options with the example policies; `history` and `options` merged over the defaults. */
export function auditOptions(
  history: Partial<AuditHistory> = {},
  overrides: Partial<AuditSettingsInput> = {},
  more: Partial<AuditClaimsOptions> = {},
): AuditClaimsOptions {
  return {
    policies: [huaxiaPolicy2022, huaxiaPolicy2024],
    history: { vehicles: [vehicle()], ...history },
    laborTimes,
    options: settings(overrides),
    ...more,
  };
}

/** Audits claims with {@link auditOptions}. */
export function audit(
  claims: readonly unknown[],
  history: Partial<AuditHistory> = {},
  overrides: Partial<AuditSettingsInput> = {},
  more: Partial<AuditClaimsOptions> = {},
): ClaimAuditReport {
  return auditClaims(claims, auditOptions(history, overrides, more));
}

/** The result of one claim audited alone. */
export function auditOne(
  row: Row,
  history: Partial<AuditHistory> = {},
  overrides: Partial<AuditSettingsInput> = {},
  more: Partial<AuditClaimsOptions> = {},
): ClaimAuditResult {
  return audit([row], history, overrides, more).results[0] as ClaimAuditResult;
}

/** The codes of a result's findings. */
export const codesOf = (result: ClaimAuditResult): string[] => result.findings.map((finding) => finding.code);

/**
 * A legal floor like the 三包 包修期 (3 years or 60,000 km from the invoice or delivery date,
 * household vehicles, quality problems), as a plugin-shaped pack without rights rules.
 */
export const floorPack: Jurisdiction = {
  id: 'test-floor',
  version: '1.0.0',
  market: 'CN',
  name: { en: 'Test repair floor', zh: '测试包修期' },
  governs: { from: '2022-01-01' },
  start: 'invoice_or_delivery',
  repairFloor: {
    period: { months: 36, km: 60_000 },
    start: 'invoice_or_delivery',
    householdOnly: true,
    exemptCauses: ['wear', 'accident', 'misuse', 'modification', 'mishandling', 'force_majeure'],
    cites: {
      period: 'regulation:cn-sanbao-2021#18',
      scope: 'regulation:cn-sanbao-2021#2',
      exemptions: 'regulation:cn-sanbao-2021#32',
      start: 'regulation:cn-sanbao-2021#18',
    },
  },
  evaluateRights: () => ({ outcome: 'none', trace: [], details: {} }),
};

export { huaxiaPolicy2022, huaxiaPolicy2024 };

/** The coded error `run` throws; any other outcome fails the test. */
export function thrown(run: () => unknown): AftersalesError {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return error;
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

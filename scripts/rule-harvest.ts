/**
 * The rules the docs/rules.md generator finds by running the packages' public functions on fixed
 * cases and reading the traces: every rule id and citation a decision of theirs can carry, with the
 * ids of the example data in the citations replaced by what they stand for (`oem:<policy>#…`).
 */
import { type LocalizedText, readCitation } from '@aftersales/core';
import { detectComebacks } from '@aftersales/kpi';
import {
  checkPartsHealth,
  classifyParts,
  defaultStockingPolicy,
  demandHistory,
  stocktakeSheet,
  suggestOrder,
  trackOldParts,
} from '@aftersales/parts';
import { generatePartsData, generateWarrantyData, repairOrderRecords } from '@aftersales/testkit';
import {
  cnSanbao2013,
  cnSanbao2021,
  evaluateRights,
  evaluateWarranty,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
  parseWarrantyPolicy,
  type SanbaoJurisdiction,
} from '@aftersales/warranty';

/** A step of a trace: the rule and what it cites. */
export interface Step {
  readonly rule: string;
  readonly cite: string;
}

const ZONE = 'Asia/Shanghai';
const t = (en: string, zh: string): LocalizedText => ({ en, zh });

// ——— Whose data an `oem:` citation names, generalized ———

const PROBE_POLICY = 'probe-2020';
const OLD_PART_POLICY = 'old-part-probe';
const AUDIT_SETTINGS = 'audit-options';
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  [huaxiaPolicy2022.id]: '<policy>',
  [huaxiaPolicy2024.id]: '<policy>',
  [PROBE_POLICY]: '<policy>',
  [defaultStockingPolicy.id]: '<stocking policy>',
  [OLD_PART_POLICY]: '<old-part policy>',
  [AUDIT_SETTINGS]: '<audit settings>',
  'parts-master': 'parts-master',
};

/** A harvested citation with the ids of the data it was run on replaced by what they stand for. */
export function generalizeCite(cite: string): string {
  const parsed = readCitation(cite);
  if (parsed?.scheme !== 'oem') return cite;
  const owner = PLACEHOLDERS[parsed.policy];
  if (owner === undefined) throw new Error(`rule-table: no placeholder for the OEM source in ${cite}`);
  const field = parsed.field.replace(
    /^coverages\.[^.]+\.(period|firstOwner|laterOwners)$/,
    'coverages.<coverage>.$1',
  );
  return `oem:${owner}#${field}`;
}

// ——— Harvest: the traces of public functions on fixed cases ———

const vin = 'LHXAB2C31R0000012';

function sanbaoSteps(pack: SanbaoJurisdiction, start: string): Step[] {
  const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
  const [rights] = evaluateRights(
    {
      vehicle: { vin, brand: 'Huaxia', model: 'HX5', modelYear: 2024, use: 'private', invoiceDate: start },
      repairs: [
        {
          roId: 'RO-1',
          vin,
          agreedAt: at(start, '09:00'),
          finishedAt: at(start, '17:00'),
          odometerKm: 900,
          problem: 'P0700',
          system: 'transmission',
        },
      ],
      useCompensationRate: '0.005',
      requested: 'return',
      requestedAt: at(start, '18:00'),
    },
    { jurisdictions: [pack], timeZone: ZONE },
  );
  return [...(rights?.decision?.trace ?? [])];
}

function eligibilitySteps(): Step[] {
  const probe = parseWarrantyPolicy({
    id: PROBE_POLICY,
    version: '1.0.0',
    name: { en: 'Probe', zh: '探测' },
    oem: 'Huaxia Motors',
    soldFrom: '2015-01-01',
    coverages: [{ id: 'basic', class: 'basic', period: { months: 12 }, covers: { systems: ['electrical'] } }],
  });
  const old = {
    vin,
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: 2020,
    use: 'private' as const,
    invoiceDate: '2020-06-01',
  };
  const repair = { date: '2022-03-01', odometerKm: 20_000, system: 'electrical' as const, amount: '500.00' };
  const cases = [
    // The 2013 floor pays after the policy's 12 months; with only the 2021 pack, no pack governs a 2020 car.
    evaluateWarranty(
      { vehicle: old, repair },
      { policy: probe, jurisdictions: [cnSanbao2021, cnSanbao2013], timeZone: ZONE },
    ),
    evaluateWarranty(
      { vehicle: old, repair },
      { policy: probe, jurisdictions: [cnSanbao2021], timeZone: ZONE },
    ),
    // Commercial use and an exempt cause: the floor's scope and exemptions.
    evaluateWarranty(
      { vehicle: { ...old, use: 'commercial' }, repair },
      { policy: probe, jurisdictions: [cnSanbao2013], timeZone: ZONE },
    ),
    evaluateWarranty(
      { vehicle: old, repair: { ...repair, cause: 'modification' } },
      { policy: probe, jurisdictions: [cnSanbao2013], timeZone: ZONE },
    ),
  ];
  const steps = cases.flatMap((decision) => decision.trace);
  // The example policies on a generated brand: every coverage, condition, owner rule and the authority.
  const data = generateWarrantyData({ seed: 6, vehicles: 100, claims: 200, repairOrders: 300 });
  const options = {
    policy: [huaxiaPolicy2022, huaxiaPolicy2024],
    jurisdictions: [cnSanbao2021, cnSanbao2013],
    timeZone: ZONE,
  };
  for (const request of data.requests) steps.push(...evaluateWarranty(request as never, options).trace);
  return steps;
}

export interface PartsHarvest {
  readonly steps: Step[];
  readonly health: Map<string, LocalizedText>;
}

function partsSteps(): PartsHarvest {
  const data = generatePartsData({ seed: 3, parts: 60, from: '2023-01', months: 24 });
  const history = demandHistory(data.movements, { timeZone: ZONE, from: data.from, to: data.to });
  const order = suggestOrder(history, { parts: data.parts, positions: data.positions, budget: '20000.00' });
  const steps: Step[] = [...order.lines.flatMap((line) => line.decision.trace), ...order.aggregate.trace];
  // A superseded part: its demand counts as the part that replaces it.
  const movement = (id: string, partNumber: string, type: string, quantity: string, roId?: string) => ({
    id,
    partNumber,
    type,
    quantity,
    unitCost: '50.00',
    currency: 'CNY',
    occurredAt: '2024-03-05T09:00:00+08:00',
    ...(roId === undefined ? {} : { roId }),
  });
  const small = demandHistory(
    [movement('M1', 'A-1', 'receipt', '10'), movement('M2', 'B-2', 'issue_ro', '-1', 'RO-1')],
    {
      timeZone: ZONE,
      from: '2024-01',
      to: '2024-03',
    },
  );
  const master = [
    {
      partNumber: 'A-1',
      description: 'Filter',
      unit: 'EA',
      price: '80.00',
      cost: '50.00',
      currency: 'CNY',
      source: 'oem',
    },
    {
      partNumber: 'B-2',
      description: 'Filter (old)',
      unit: 'EA',
      price: '80.00',
      cost: '50.00',
      currency: 'CNY',
      source: 'oem',
      supersededBy: 'A-1',
    },
  ];
  steps.push(...suggestOrder(small, { parts: master }).lines.flatMap((line) => line.decision.trace));
  steps.push(
    ...classifyParts(history, {
      parts: data.parts,
      positions: data.positions,
      asOf: '2024-12-31',
    }).parts.flatMap((part) => part.decision.trace),
  );
  const sheet = stocktakeSheet([
    {
      countId: 'CNT-1',
      partNumber: 'A-1',
      bookQuantity: '10',
      countedQuantity: '9',
      unitCost: '50.00',
      countedAt: '2024-03-31T17:00:00+08:00',
    },
  ]);
  steps.push(...sheet.stocktakes.flatMap((count) => count.decision.trace));
  const claims = generateWarrantyData({ seed: 6, vehicles: 100, claims: 200, repairOrders: 300 }).claims;
  const rejected = claims.map((claim, index) =>
    index % 10 === 0 ? { ...claim, status: 'rejected' } : claim,
  );
  const tracking = trackOldParts(rejected, {
    policy: { id: OLD_PART_POLICY, returnWithinDays: 15, from: 'submitted' },
    asOf: '2026-06-30',
    timeZone: ZONE,
  });
  steps.push(...tracking.items.flatMap((item) => item.decision.trace));
  const report = checkPartsHealth(
    { stockMovements: data.movements },
    { timeZone: ZONE, period: { from: '2024-12-01', to: '2024-12-31' } },
  );
  const health = new Map<string, LocalizedText>();
  for (const kpi of report.groups.flatMap((group) => group.kpis)) {
    steps.push(...kpi.decision.trace);
    health.set(kpi.rule, t(`${kpi.name.en} meets its target`, `${kpi.name.zh}达到目标`));
  }
  return { steps, health };
}

function comebackSteps(): Step[] {
  const repairOrders = [...repairOrderRecords({ seed: 1, count: 400, comebackRate: 0.1 })];
  return detectComebacks(repairOrders, { timeZone: ZONE }).results.flatMap((result) => result.decision.trace);
}

/** Every step the fixed cases produce, and the parts-health rules' KPI names. */
export function harvestRuleSteps(): PartsHarvest {
  const { steps, health } = partsSteps();
  return {
    steps: [
      ...sanbaoSteps(cnSanbao2021, '2024-03-01'),
      ...sanbaoSteps(cnSanbao2013, '2020-03-01'),
      ...eligibilitySteps(),
      ...steps,
      ...comebackSteps(),
    ],
    health,
  };
}

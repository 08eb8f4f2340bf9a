/**
 * Issue #6's first figure: warranty eligibility with full traces ≥ 500,000 claims/s,
 * single-threaded; and the same policy in json-rules-engine, the library a team would otherwise
 * use, in the same run. Requests are generated (vehicle + repair, as JSON.parse gives them) and
 * evaluated against the example carmaker's two policy versions and the 三包 2021 and 2013 packs:
 * each decision validates its request, picks the policy by sale date, checks the conditions and
 * every coverage that covers the part, the legal floor and the dealer's authority, and writes its
 * trace (every step with facts, en/zh message and citation).
 *
 * json-rules-engine gets the same coverages as rules (scope, vehicle kind, cause, conditions,
 * months as a fact computed per coverage, km) and the authority check; its per-condition results
 * are its trace. It is given the derived facts (days and km since the start) ready-made, which
 * favours it, and its requests are not validated.
 */

import { generateWarrantyData } from '@aftersales/testkit';
import {
  cnSanbao2013,
  cnSanbao2021,
  evaluateWarranty,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
} from '@aftersales/warranty';
import { Engine } from 'json-rules-engine';
import { type BenchRow, bestOf } from './table';

const REQUESTS = 200_000;
const ENGINE_REQUESTS = 20_000;

// biome-ignore lint/suspicious/noExplicitAny: requests are read untyped, as JSON.parse gives them
type Row = any;

const DAY = 86_400_000;
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
/** The day number of `date` + `months` (month-end rule), with Date.UTC: a second method. */
function plusMonths(date: string, months: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return Date.UTC(y, m - 1 + months, Math.min(d, last)) / DAY;
}

function ruleEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('withinMonths', (params: Row, almanac: Row) =>
    almanac
      .factValue('startDate')
      .then(
        async (start: string) => plusMonths(start, params.months) >= (await almanac.factValue('repairDay')),
      ),
  );
  for (const policy of [huaxiaPolicy2024]) {
    policy.coverages.forEach((coverage, index) => {
      const scope: Row[] = [];
      if (coverage.covers.systems.length > 0)
        scope.push({ fact: 'system', operator: 'in', value: [...coverage.covers.systems] });
      if (coverage.covers.partGroups.length > 0)
        scope.push({ fact: 'partGroup', operator: 'in', value: [...coverage.covers.partGroups] });
      if (coverage.covers.failureCodes.length > 0)
        scope.push({ fact: 'failurePrefix', operator: 'in', value: [...coverage.covers.failureCodes] });
      const all: Row[] = [{ any: scope }, { fact: 'cause', operator: 'in', value: [...coverage.causes] }];
      if (coverage.excludes)
        all.push({ fact: 'partGroup', operator: 'notIn', value: [...coverage.excludes.partGroups] });
      if (coverage.vehicles !== 'all')
        all.push({ fact: 'isNev', operator: 'equal', value: coverage.vehicles === 'nev' });
      if (coverage.period.months !== undefined)
        all.push({
          fact: 'withinMonths',
          params: { months: coverage.period.months },
          operator: 'equal',
          value: true,
        });
      if (coverage.period.km !== undefined)
        all.push({ fact: 'drivenKm', operator: 'lessThanInclusive', value: coverage.period.km });
      if (coverage.id === 'powertrain' || coverage.id === 'basic')
        all.push({ fact: 'firstMaintenanceOk', operator: 'equal', value: true });
      all.push({ fact: 'use', operator: 'notEqual', value: 'commercial' });
      engine.addRule({
        name: coverage.id,
        priority: 100 - index,
        conditions: { all },
        event: { type: 'covered', params: { coverage: coverage.id } },
      });
    });
  }
  engine.addRule({
    name: 'authority',
    conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: 5000 }] },
    event: { type: 'above-authority' },
  });
  return engine;
}

function engineFacts(request: Row): Row {
  const start = request.vehicle.invoiceDate as string;
  const done = request.firstMaintenance;
  const windowEnd = plusMonths(start, 6);
  return {
    startDate: start,
    repairDay: dayOf(request.repair.date),
    drivenKm: request.repair.odometerKm,
    system: request.repair.system,
    partGroup: request.repair.partGroup,
    failurePrefix: undefined,
    cause: request.repair.cause ?? 'quality',
    isNev: request.vehicle.isNev === true,
    use: request.vehicle.use,
    firstMaintenanceOk: done ? dayOf(done.date) <= windowEnd && done.odometerKm <= 7_500 : false,
    amount: Number(request.repair.amount),
  };
}

/** Runs the eligibility bench and returns its row. */
export async function benchWarrantyEligibility(): Promise<BenchRow[]> {
  // Only the parsed requests stay reachable: the generator's objects are not marked in the rounds.
  const requests: Row[] = JSON.parse(
    JSON.stringify(
      generateWarrantyData({ seed: 6, vehicles: 50_000, claims: REQUESTS, repairOrders: 0 }).requests,
    ),
  );
  const options = {
    policy: [huaxiaPolicy2022, huaxiaPolicy2024],
    jurisdictions: [cnSanbao2021, cnSanbao2013],
    timeZone: 'Asia/Shanghai',
  };
  let steps = 0;
  const ms = bestOf(
    5,
    () => {
      steps = 0;
      for (const request of requests) steps += evaluateWarranty(request, options).trace.length;
    },
    { collect: true },
  );
  const perSecond = (REQUESTS / ms) * 1000;
  const engine = ruleEngine();
  const sample = requests
    .filter((request) => request.vehicle.invoiceDate >= '2024-01-01')
    .slice(0, ENGINE_REQUESTS);
  const facts = sample.map(engineFacts);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const fact of facts) await engine.run(fact);
    best = Math.min(best, performance.now() - start);
  }
  const enginePerSecond = (sample.length / best) * 1000;
  const ratio = perSecond / enginePerSecond;
  console.log(
    `warranty eligibility: ${Math.round(perSecond)} claims/s (${(steps / REQUESTS).toFixed(1)} trace steps each); ` +
      `json-rules-engine ${Math.round(enginePerSecond)}/s; ratio ${ratio.toFixed(1)}×`,
  );
  return [
    {
      figure: 'warranty eligibility with traces (claims/s)',
      measured: perSecond,
      target: '≥ 500000',
      baseline: `json-rules-engine 7.3, same policy: ${Math.round(enginePerSecond)} (×${ratio.toFixed(1)})`,
    },
  ];
}

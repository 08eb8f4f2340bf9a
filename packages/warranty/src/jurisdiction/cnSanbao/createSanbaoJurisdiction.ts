import type { Citation } from '@aftersales/core';
import { deepFreeze } from '../../deepFreeze';
import type { VehicleCase } from '../../rights/vehicleCase';
import type { Jurisdiction, RightsContext } from '../jurisdiction';
import { evaluateSanbaoRights, type SanbaoPack } from './evaluateSanbaoRights';
import { resolveSanbaoParameters } from './overrides';
import type { SanbaoOverrides, SanbaoParameters } from './parameters';
import { makeSanbaoRules } from './rules';
import type { SanbaoVersion } from './sanbaoVersion';

/**
 * A 三包 jurisdiction pack, with the figures it applies (the law, or a carmaker's promise).
 *
 * @example
 * const days: number = cnSanbao2021.parameters.cumulativeRepairDays; // 30
 */
export interface SanbaoJurisdiction extends Jurisdiction {
  readonly parameters: SanbaoParameters;
}

/**
 * Builds the jurisdiction pack of one version of the 三包 rules, with a carmaker's overrides
 * checked against the legal minimum. Shared by `createSanbaoJurisdiction2021` and `…2013`.
 *
 * @param version - the version's data (articles, legal figures, dates)
 * @param overrides - what a carmaker promises beyond the law
 * @returns a {@link SanbaoJurisdiction}, its data frozen all the way down (its `evaluateRights`
 *   cannot be replaced)
 * @throws AftersalesError `warranty.invalid_jurisdiction` naming each bad override
 * @example
 * const pack = createSanbaoJurisdiction(sanbao2021Version, { substituteCarDays: 3 });
 */
export function createSanbaoJurisdiction(
  version: SanbaoVersion,
  overrides?: SanbaoOverrides,
): SanbaoJurisdiction {
  const resolved = resolveSanbaoParameters(version.legal, overrides);
  const governs = resolved.governs ?? version.governs;
  const pack: SanbaoPack = { version, params: resolved.parameters, governs, rules: makeSanbaoRules(version) };
  const cite = (article: string): Citation => `regulation:${version.id}#${article}`;
  return deepFreeze({
    id: version.id,
    version: '1.0.0',
    market: 'CN',
    name: version.name,
    governs,
    start: version.start,
    parameters: resolved.parameters,
    repairFloor: {
      period: resolved.parameters.repairPeriod,
      start: version.start,
      householdOnly: true,
      exemptCauses: version.exemptCauses,
      cites: {
        period: cite(version.articles.start),
        scope: cite(version.articles.scope),
        exemptions: cite(version.articles.exemptions),
        start: cite(version.articles.start),
      },
    },
    evaluateRights: (input: VehicleCase, context: RightsContext) =>
      evaluateSanbaoRights(pack, input, context),
  });
}

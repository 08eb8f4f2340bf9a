import { addExact, type Citation, type ExactDecimal, formatExact, parseExact } from '@aftersales/core';
import type { ClaimRules, WarrantyPolicy } from '../policy/warrantyPolicy';

/** A figure an audit check reads, with the field it comes from. */
export interface RuleFigure<T> {
  readonly value: T;
  readonly cite: Citation;
}

/** The claim figures in force for one policy (or for claims without one), with their citations. */
export interface ResolvedClaimRules {
  /** The policy id, or the settings id for claims without a policy. */
  readonly source: string;
  /** `oem:<source>#claims`: the claim checks as a whole (odometer consistency). */
  readonly claimsCite: Citation;
  readonly submitWithinDays: RuleFigure<number> | undefined;
  readonly duplicateWindowDays: RuleFigure<number> | undefined;
  readonly maxKmPerDay: RuleFigure<number> | undefined;
  readonly oldPartReturnDays: RuleFigure<number> | undefined;
  readonly laborRate: RuleFigure<string> | undefined;
  readonly partPriceMarkup: RuleFigure<string> | undefined;
  /** 1 + markup (1 when none is set: then no price is compared), for agreed part prices. */
  readonly priceFactor: string;
  /** Agreed prices computed so far, by part number (memo of the part-price check). */
  readonly agreedPrices: Map<string, string>;
}

type Field = keyof ClaimRules;

/**
 * The claim figures of each policy, an override in the settings winning over the policy's own
 * figure (and cited as `oem:<settingsId>#claimRules.<field>`). Resolved once per policy.
 */
export function createRulesResolver(
  settingsId: string,
  overrides: ClaimRules | undefined,
): (policy: WarrantyPolicy | undefined) => ResolvedClaimRules {
  const known = new Map<WarrantyPolicy | undefined, ResolvedClaimRules>();
  const figure = <T>(policy: WarrantyPolicy | undefined, field: Field): RuleFigure<T> | undefined => {
    const override = overrides?.[field];
    if (override !== undefined) {
      return { value: override as T, cite: `oem:${settingsId}#claimRules.${field}` };
    }
    const own = policy?.claims[field];
    return own === undefined
      ? undefined
      : { value: own as T, cite: `oem:${(policy as WarrantyPolicy).id}#claims.${field}` };
  };
  return (policy) => {
    const cached = known.get(policy);
    if (cached !== undefined) return cached;
    const source = policy?.id ?? settingsId;
    const markup = figure<string>(policy, 'partPriceMarkup');
    const one: ExactDecimal = { units: 1n, places: 0 };
    const rules: ResolvedClaimRules = {
      source,
      claimsCite: `oem:${source}#claims`,
      submitWithinDays: figure(policy, 'submitWithinDays'),
      duplicateWindowDays: figure(policy, 'duplicateWindowDays'),
      maxKmPerDay: figure(policy, 'maxKmPerDay'),
      oldPartReturnDays: figure(policy, 'oldPartReturnDays'),
      laborRate: figure(policy, 'laborRate'),
      partPriceMarkup: markup,
      priceFactor: formatExact(
        markup === undefined ? one : addExact(one, parseExact(markup.value) as ExactDecimal),
      ),
      agreedPrices: new Map(),
    };
    known.set(policy, rules);
    return rules;
  };
}

import type { Assembly, SevereFailure } from '../../history/repairAttempt';

/**
 * The figures of a 三包 pack, as data: the legal minimum of the 2021 or the 2013 rules, or what a
 * carmaker promises on top of it (see {@link SanbaoOverrides}). Every "more than" figure is the
 * number that is *not yet* enough (`cumulativeRepairDays: 30` means 31 days give the right);
 * every period is "whichever comes first" and includes its last day and its km limit.
 *
 * - `repairPeriod` 包修期 (2021 Art. 18: 36 months / 60,000 km);
 * - `sanbaoPeriod` 三包有效期 (24 months / 50,000 km);
 * - `sevenDays` the 7-day right (2021 Art. 22; `null`: the 2013 rules have none);
 * - `sixtyDays` the 60-day / 3,000 km window (Arts. 20 and 23);
 * - `severeFailures` the Art. 23 list; `swapAssemblies` the assemblies of Arts. 20 and 22;
 * - `assemblyGroundAssemblies` / `mainPartGroundAssemblies` the lists of Art. 24(2) and 24(3);
 * - `seriousSafetyRepairs`, `assemblyReplacements`, `mainPartReplacements`: the "2" of Art. 24(1)–(3);
 * - `countAssemblyWithMainPart`: whether a whole-assembly and a main-part replacement of the same
 *   assembly add up (not settled by the text; default `false`, counted separately);
 * - `cumulativeRepairDays` (> 30; 2013 > 35) and `sameProblemRepairs` (> 4; 2013 > 5), Art. 24(4);
 * - `cumulativeOutcome`: what Art. 24(4) gives (`replacement_or_return`; 2013 `replacement`);
 * - `substituteCarDays` (> 5, Art. 21); `maxUseCompensationRate` the highest n (Art. 27: 0.005;
 *   2013: 0.008, the top of its 0.5–0.8 % range);
 * - `answerWorkingDays` (10) and `completeWorkingDays` (20; 2013: 15, the certificate of Art. 24).
 *
 * @example
 * const figures: Pick<SanbaoParameters, 'cumulativeRepairDays' | 'sameProblemRepairs'> = {
 *   cumulativeRepairDays: 30,
 *   sameProblemRepairs: 4,
 * };
 */
export interface SanbaoParameters {
  readonly repairPeriod: { readonly months: number; readonly km: number };
  readonly sanbaoPeriod: { readonly months: number; readonly km: number };
  readonly sevenDays: number | null;
  readonly sixtyDays: { readonly days: number; readonly km: number };
  readonly severeFailures: readonly SevereFailure[];
  readonly swapAssemblies: readonly Assembly[];
  readonly assemblyGroundAssemblies: readonly Assembly[];
  readonly mainPartGroundAssemblies: readonly Assembly[];
  readonly seriousSafetyRepairs: number;
  readonly assemblyReplacements: number;
  readonly mainPartReplacements: number;
  readonly countAssemblyWithMainPart: boolean;
  readonly cumulativeRepairDays: number;
  readonly sameProblemRepairs: number;
  readonly cumulativeOutcome: 'replacement_or_return' | 'replacement';
  readonly substituteCarDays: number;
  readonly maxUseCompensationRate: string;
  readonly answerWorkingDays: number;
  readonly completeWorkingDays: number;
}

/**
 * What a carmaker may promise beyond the law (2021 Art. 18 "不低于", 2013 Art. 3): longer periods
 * and windows, fewer repairs or days before a right arises, a lower n, shorter deadlines. Never
 * less for the customer: an override below the legal minimum is refused. The lists (which
 * failures, which assemblies) are the regulation's and cannot be changed here.
 *
 * `governs` moves the start dates the pack governs (e.g. a carmaker applying the 2021 rules to
 * cars bought earlier).
 *
 * @example
 * const acme: SanbaoOverrides = { repairPeriod: { months: 48, km: 100_000 }, substituteCarDays: 3 };
 */
export interface SanbaoOverrides {
  readonly repairPeriod?: { readonly months?: number; readonly km?: number };
  readonly sanbaoPeriod?: { readonly months?: number; readonly km?: number };
  readonly sevenDays?: number;
  readonly sixtyDays?: { readonly days?: number; readonly km?: number };
  readonly seriousSafetyRepairs?: number;
  readonly assemblyReplacements?: number;
  readonly mainPartReplacements?: number;
  readonly countAssemblyWithMainPart?: boolean;
  readonly cumulativeRepairDays?: number;
  readonly sameProblemRepairs?: number;
  readonly substituteCarDays?: number;
  readonly maxUseCompensationRate?: string;
  readonly answerWorkingDays?: number;
  readonly completeWorkingDays?: number;
  readonly governs?: { readonly from: string; readonly until?: string };
}

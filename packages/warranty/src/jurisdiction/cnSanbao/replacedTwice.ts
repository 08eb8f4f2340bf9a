import type { LocalizedText, Rule } from '@aftersales/core';
import type { Assembly } from '../../history/repairAttempt';
import { assemblyNames, capitalize, namesOf, roList } from './messages';
import type { RuleResult } from './outcome';
import { groundRepairs, type SanbaoContext, type SanbaoRepair } from './sanbaoCase';
import { groundItem } from './seriousSafety';

/** One thing that may have been replaced twice: an assembly, or one main part of it. */
interface Candidate {
  readonly assembly: Assembly;
  readonly mainPart: string | null;
  readonly repairs: SanbaoRepair[];
}

const touches = (r: SanbaoRepair, assembly: Assembly): boolean =>
  (r.repair.system as string) === assembly || r.repair.replaced.some((x) => x.assembly === assembly);

/**
 * Whether the thing is "still not usable" after its `limit`-th replacement, read from the history:
 * that repair is `resolved: false`, or a later counted repair works on the same assembly again.
 */
function evidence(c: Candidate, limit: number, counted: readonly SanbaoRepair[]): LocalizedText | undefined {
  const limiting = c.repairs[limit - 1];
  if (limiting === undefined) return undefined;
  if (!limiting.repair.resolved) {
    return {
      en: `${limiting.repair.roId} did not make it usable`,
      zh: `${limiting.repair.roId} 更换后仍不能正常使用`,
    };
  }
  const later = counted.find((r) => r.agreedMs > limiting.agreedMs && touches(r, c.assembly));
  return later === undefined
    ? undefined
    : {
        en: `it failed again (${later.repair.roId} on ${later.date})`,
        zh: `此后再次出现故障（${later.repair.roId}，${later.date}）`,
      };
}

function label(c: Candidate): LocalizedText {
  const name = assemblyNames[c.assembly];
  return c.mainPart === null
    ? { en: `the ${name.en}`, zh: `${name.zh}总成` }
    : { en: `main part ${c.mainPart} of the ${name.en}`, zh: `${name.zh}主要零部件 ${c.mainPart}` };
}

function judge(
  context: SanbaoContext,
  rule: Rule,
  candidates: Candidate[],
  item: 2 | 3,
  extra: object,
): RuleResult {
  const limit = item === 2 ? context.params.assemblyReplacements : context.params.mainPartReplacements;
  const { counted } = groundRepairs(context);
  const where = groundItem(context, item);
  const rows = candidates.map((c) => ({ c, proof: evidence(c, limit, counted) }));
  const facts = {
    required: limit,
    countAssemblyWithMainPart: context.params.countAssemblyWithMainPart,
    candidates: rows.map(({ c, proof }) => ({
      assembly: c.assembly,
      mainPart: c.mainPart,
      replacements: c.repairs.map((r) => r.repair.roId),
      stillNotUsable: proof !== undefined,
    })),
    ...extra,
  };
  const hit = rows.find((row) => row.proof !== undefined);
  if (hit?.proof !== undefined) {
    const what = label(hit.c);
    return {
      remedy: 'replacement_or_return',
      step: rule.passed(facts, {
        en: `${capitalize(what.en)} was replaced ${hit.c.repairs.length} times (${roList(hit.c.repairs)}) and ${hit.proof.en}: replacement or return, the customer's choice (${where.en})`,
        zh: `${what.zh}因质量问题累计更换 ${hit.c.repairs.length} 次（${roList(hit.c.repairs)}），${hit.proof.zh}：消费者可选择换车或退车（${where.zh}）`,
      }),
    };
  }
  const most = [...candidates].sort((a, b) => b.repairs.length - a.repairs.length)[0];
  if (most === undefined) {
    const names = namesOf(
      item === 2 ? context.params.assemblyGroundAssemblies : context.params.mainPartGroundAssemblies,
    );
    return {
      step: rule.failed(facts, {
        en:
          item === 2
            ? `None of the ${names.en} was replaced as a whole in the 三包 period (${where.en})`
            : `No main part of the ${names.en} was replaced in the 三包 period (${where.en})`,
        zh: `三包有效期内${names.zh}未${item === 2 ? '更换总成' : '更换主要零部件'}（${where.zh}）`,
      }),
    };
  }
  const what = label(most);
  const why =
    most.repairs.length < limit
      ? { en: `${limit} are needed`, zh: `需累计 ${limit} 次` }
      : { en: 'it has been usable since', zh: '此后可正常使用' };
  return {
    step: rule.failed(facts, {
      en: `${capitalize(what.en)} replaced ${most.repairs.length} time(s) (${roList(most.repairs)}); ${why.en} (${where.en})`,
      zh: `${what.zh}更换 ${most.repairs.length} 次（${roList(most.repairs)}），${why.zh}（${where.zh}）`,
    }),
  };
}

/**
 * 2021 Art. 24(2) (2013 Art. 20(2)): the engine, transmission, traction battery or drive motor
 * (2013: engine or transmission) replaced twice for quality problems in the 三包 period and still
 * not usable: replacement or return. Whole-assembly replacements count; a main-part replacement of
 * the same assembly adds to them only with `countAssemblyWithMainPart` (the text counts them
 * separately, "不重复计算"; whether one of each makes two is not settled).
 *
 * @example
 * assemblyReplacedTwiceStep(context, rule).remedy; // 'replacement_or_return' when established
 */
export function assemblyReplacedTwiceStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { counted } = groundRepairs(context);
  const withMainParts = context.params.countAssemblyWithMainPart;
  const candidates = context.params.assemblyGroundAssemblies.flatMap((assembly): Candidate[] => {
    const repairs = counted.filter((r) =>
      r.repair.replaced.some((x) => x.assembly === assembly && (x.level === 'assembly' || withMainParts)),
    );
    return repairs.length === 0 ? [] : [{ assembly, mainPart: null, repairs }];
  });
  return judge(context, rule, candidates, 2, {});
}

/**
 * 2021 Art. 24(3) (2013 Art. 20(2)–(3)): the same main part of the engine, transmission, traction
 * battery, drive motor, steering, brakes, suspension, drivetrain, emission control or body (2013:
 * engine, transmission, steering, brakes, suspension, front/rear axle, body) replaced twice and
 * still not usable. "The same" compares `mainPart`; a replacement without it cannot be compared and
 * is listed in the facts. With `countAssemblyWithMainPart`, a whole-assembly replacement also
 * counts for each main part of that assembly that was replaced (one of each makes two).
 *
 * @example
 * mainPartReplacedTwiceStep(context, rule).remedy; // 'replacement_or_return' when established
 */
export function mainPartReplacedTwiceStep(context: SanbaoContext, rule: Rule): RuleResult {
  const { counted } = groundRepairs(context);
  const unidentified: string[] = [];
  const candidates: Candidate[] = [];
  for (const assembly of context.params.mainPartGroundAssemblies) {
    const groups = new Map<string, SanbaoRepair[]>();
    const wholes = counted.filter((r) =>
      r.repair.replaced.some((x) => x.assembly === assembly && x.level === 'assembly'),
    );
    for (const r of counted) {
      for (const x of r.repair.replaced) {
        if (x.assembly !== assembly || x.level !== 'main_part') continue;
        if (x.mainPart === undefined) unidentified.push(r.repair.roId);
        else groups.set(x.mainPart, [...new Set([...(groups.get(x.mainPart) ?? []), r])]);
      }
    }
    for (const [mainPart, repairs] of groups) {
      const all = context.params.countAssemblyWithMainPart ? [...new Set([...repairs, ...wholes])] : repairs;
      candidates.push({ assembly, mainPart, repairs: all.sort((a, b) => a.agreedMs - b.agreedMs) });
    }
  }
  return judge(context, rule, candidates, 3, { unidentifiedMainParts: unidentified });
}

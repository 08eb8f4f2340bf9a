import type { Assembly, Replacement } from '../../history/repairAttempt';
import type { SanbaoRepair } from './sanbaoCase';

/** The first replacement in `r` of one of `assemblies` (either level), or undefined. */
export function replacementOf(r: SanbaoRepair, assemblies: readonly Assembly[]): Replacement | undefined {
  return r.repair.replaced.find((x) => assemblies.includes(x.assembly));
}

/** Facts of a replacement: which assembly, the level, the main part. */
export function replacementFacts(x: Replacement): {
  assembly: string;
  level: string;
  mainPart: string | null;
} {
  return { assembly: x.assembly, level: x.level, mainPart: x.mainPart ?? null };
}

/** "a main part of the transmission (valve-body)" / "变速器主要零部件（valve-body）". */
export function describeReplacement(
  x: Replacement,
  name: { en: string; zh: string },
): { en: string; zh: string } {
  if (x.level === 'assembly') return { en: `the whole ${name.en}`, zh: `${name.zh}总成` };
  const part =
    x.mainPart === undefined ? { en: '', zh: '' } : { en: ` (${x.mainPart})`, zh: `（${x.mainPart}）` };
  return { en: `a main part of the ${name.en}${part.en}`, zh: `${name.zh}主要零部件${part.zh}` };
}

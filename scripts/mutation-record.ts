/**
 * Records one target's Stryker report: its survivors in mutation/survivors/<target>.md and its row
 * in docs/quality.md. `pnpm mutation` calls it after each run; run it alone
 * (`tsx scripts/mutation-record.ts <target> <commit>`) for a whole-target run made by hand in a
 * clone of <commit>, its report copied to mutation/reports/<target>.json. A run narrowed with
 * `--mutate` is not the target's score and is not recorded.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutationTargets } from '../mutation/targets.mjs';
import { mutationRows, scoreOf, spliceMutationRows, survivorLines } from './mutation-score';

/** Writes the survivors list and the docs/quality.md row of `target` from its report. */
export function recordMutation(root: string, target: string, commit: string, date: string): string {
  const json = JSON.parse(readFileSync(join(root, 'mutation/reports', `${target}.json`), 'utf8'));
  const score = scoreOf(target, json);
  mkdirSync(join(root, 'mutation/survivors'), { recursive: true });
  writeFileSync(
    join(root, `mutation/survivors/${target}.md`),
    [
      `# Surviving mutants: ${mutationTargets[target]?.title ?? target}`,
      '',
      `Measured at ${commit}: score ${score.score} %, ${score.survived} survived,`,
      `${score.noCoverage} reached by no test. Each one is either killed by a real test on a later run or`,
      'marked equivalent in the source (`// Stryker disable next-line <mutator>: <why it changes nothing>`).',
      ...survivorLines(json),
      '',
    ].join('\n'),
  );
  const qualityPath = join(root, 'docs/quality.md');
  const [row = ''] = mutationRows([score], { date, commit });
  writeFileSync(qualityPath, spliceMutationRows(readFileSync(qualityPath, 'utf8'), [row]));
  return row;
}

if (process.argv[1]?.endsWith('mutation-record.ts')) {
  const [target = '', commit = ''] = process.argv.slice(2);
  if (!(target in mutationTargets) || !/^[0-9a-f]{7,40}$/.test(commit)) {
    throw new Error('usage: tsx scripts/mutation-record.ts <target> <commit>');
  }
  const root = new URL('..', import.meta.url).pathname;
  console.log(recordMutation(root, target, commit, new Date().toISOString().slice(0, 10)));
}

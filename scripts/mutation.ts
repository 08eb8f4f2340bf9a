/**
 * `pnpm mutation [target…]`: Stryker over each target in mutation/targets.mjs, then the scores into
 * docs/quality.md.
 *
 * Stryker mutates files in place, so it runs in a throw-away clone of the committed HEAD: the work
 * tree stays untouched, and the score is of a commit anyone can check out. Too slow for CI (about
 * an hour a target on two cores); the date in docs/quality.md says when it was last measured.
 *
 * Runs are incremental: each target's last results are committed in mutation/incremental/
 * (gzipped: Stryker's file is megabytes of JSON), and Stryker re-tests only the mutants whose code
 * or covering tests changed since. The file comes back from the clone for the next commit.
 * `MUTATION_FORCE=1` tests every mutant afresh.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mutationTargets } from '../mutation/targets.mjs';
import { recordMutation } from './mutation-record';

const root = new URL('..', import.meta.url).pathname;
const pnpm = ['-y', 'pnpm@10.34.9'];
const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : Object.keys(mutationTargets);
for (const name of names) {
  if (!(name in mutationTargets)) throw new Error(`unknown mutation target '${name}'`);
}

const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const clone = mkdtempSync(join(tmpdir(), 'aftersales-mutation-'));
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd: clone, stdio: 'inherit', env: { ...process.env, ...env } });

try {
  execFileSync('git', ['clone', '--quiet', root, clone], { stdio: 'inherit' });
  run('npx', [...pnpm, 'install', '--frozen-lockfile', '--prefer-offline']);
  mkdirSync(join(root, 'mutation/reports'), { recursive: true });
  mkdirSync(join(root, 'mutation/incremental'), { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  for (const name of names) {
    const incremental = `mutation/incremental/${name}.json`;
    if (existsSync(join(root, `${incremental}.gz`))) {
      mkdirSync(join(clone, 'mutation/incremental'), { recursive: true });
      writeFileSync(join(clone, incremental), gunzipSync(readFileSync(join(root, `${incremental}.gz`))));
    }
    const force = process.env.MUTATION_FORCE === '1' ? ['--force'] : [];
    run('npx', ['stryker', 'run', 'mutation/stryker.config.mjs', ...force], { MUTATION_TARGET: name });
    writeFileSync(join(root, `${incremental}.gz`), gzipSync(readFileSync(join(clone, incremental))));
    copyFileSync(join(clone, `mutation/reports/${name}.json`), join(root, `mutation/reports/${name}.json`));
    console.log(recordMutation(root, name, head, date));
  }
} finally {
  rmSync(clone, { recursive: true, force: true });
}

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import budgets from '../../.size-limit.js';

/** Every published package of the workspace, by folder. */
const published = ['packages', 'packages/adapters'].flatMap((parent) =>
  readdirSync(new URL(`../../${parent}`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`)
    .filter((folder) => {
      try {
        const pkg = JSON.parse(
          readFileSync(new URL(`../../${folder}/package.json`, import.meta.url), 'utf8'),
        );
        return pkg.private !== true;
      } catch {
        return false; // packages/adapters itself holds only a README
      }
    }),
);

describe('size budgets (.size-limit.js)', () => {
  it('finds the ten published packages (the list below is not empty by accident)', () => {
    expect(published).toHaveLength(10);
  });

  it.each(published)('%s has a budget with its dependencies and one for its own code', (folder) => {
    const checks = budgets.filter((check: { path: string }) => check.path === `${folder}/dist/index.js`);
    expect(checks).toHaveLength(2);
    for (const check of checks) expect(check.limit).toMatch(/^\d+(\.\d+)? kB$/);
    // The own-code check leaves out exactly the package's declared dependencies.
    const pkg = JSON.parse(readFileSync(new URL(`../../${folder}/package.json`, import.meta.url), 'utf8'));
    const own = checks.find((check: { ignore?: string[] }) => check.ignore !== undefined);
    expect(own?.ignore).toEqual(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
  });
});

// Size budgets, one pair per published entry point (`pnpm size`, part of `pnpm verify` and so of CI).
//
// - "<package>" is what an app pays for `import * from` it once bundled and minified, brotli'd:
//   the package's own code plus every dependency it pulls in (zod, decimal.js, date-fns, …).
// - "<package> (own code)" leaves the dependencies out, so a budget broken there is our code.
//
// Budgets sit about 10 % over the size measured when they were set (docs/quality.md has the date):
// enough for a fix, not for an unnoticed new dependency. Raise one only on purpose, in the commit
// that needs it, saying why.
import { readFileSync } from 'node:fs';

// Adapters for Node import node:fs, node:http, …; the bundler must treat those as built in.
const forNode = (config) => ({ ...config, platform: 'node' });

const entries = [
  // [folder, runs only on Node, budget with dependencies, budget of own code]
  ['packages/core', false, '152 kB', '56 kB'],
  ['packages/kpi', false, '165 kB', '35 kB'],
  ['packages/parts', false, '184 kB', '25 kB'],
  ['packages/warranty', false, '175 kB', '46 kB'],
  ['packages/adapters/star', false, '146 kB', '22 kB'],
  ['packages/adapters/ui', false, '132 kB', '2.5 kB'],
  ['packages/adapters/files', true, '150 kB', '19 kB'],
  ['packages/adapters/http', true, '251 kB', '12.5 kB'],
  ['packages/adapters/sql', true, '167 kB', '12 kB'],
  ['packages/adapters/cli', true, '690 kB', '43 kB'],
];

export default entries.flatMap(([folder, node, withDependencies, ownCode]) => {
  const pkg = JSON.parse(readFileSync(new URL(`${folder}/package.json`, import.meta.url), 'utf8'));
  const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const check = {
    path: `${folder}/dist/index.js`,
    import: '*',
    ...(node ? { modifyEsbuildConfig: forNode } : {}),
  };
  return [
    { name: pkg.name, limit: withDependencies, ...check },
    { name: `${pkg.name} (own code)`, limit: ownCode, ignore: dependencies, ...check },
  ];
});

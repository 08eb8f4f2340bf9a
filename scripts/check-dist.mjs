// After `pnpm build`: loads every public package's dist/ the way users do, once with `import`
// (ESM) and once with `require` (CommonJS, which DMS codebases still run), and checks that both
// export the same names and that core computes the same money in both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const roots = ['packages', 'packages/adapters'];
let failures = 0;
for (const root of roots) {
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.private) continue;
    const esm = await import(pathToFileURL(join(process.cwd(), dir, 'dist/index.js')).href);
    const cjs = require(join(process.cwd(), dir, 'dist/index.cjs'));
    const esmNames = Object.keys(esm)
      .filter((key) => key !== 'default')
      .sort()
      .join(',');
    const cjsNames = Object.keys(cjs).sort().join(',');
    if (esmNames !== cjsNames) {
      failures += 1;
      console.error(`${pkg.name}: ESM and CJS export different names`);
    }
    if (pkg.name === '@aftersales/core') {
      const viaEsm = esm.money('0.10', 'CNY').add(esm.money('0.20', 'CNY')).toDecimalString();
      const viaCjs = cjs.money('0.10', 'CNY').add(cjs.money('0.20', 'CNY')).toDecimalString();
      if (viaEsm !== '0.3' && viaEsm !== '0.30') failures += 1;
      if (viaEsm !== viaCjs) failures += 1;
      // Money made by one build must work in the other (a CJS DMS, an ESM plugin): brand check.
      const mixed = esm.money('1.10', 'CNY').add(cjs.money('2.20', 'CNY'));
      if (mixed.toDecimalString() !== '3.30' || !cjs.isMoney(esm.money('1', 'CNY'))) {
        failures += 1;
        console.error('@aftersales/core: Money from the CJS build is not accepted by the ESM build');
      }
    }
    console.log(`${pkg.name}: ESM and CJS load (${esmNames.split(',').filter(Boolean).length} exports)`);
  }
}
if (failures > 0) {
  console.error(`${failures} dist check(s) failed`);
  process.exit(1);
}

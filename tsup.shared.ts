import { defineConfig, type Options } from 'tsup';

/**
 * One build recipe for every public package (as TanStack shares one factory):
 * ESM + CJS + declaration files, because DMS codebases still run CommonJS.
 */
export function createPackageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    ...overrides,
  });
}

import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { CaseDigest, HostSettings } from './outputDigest';

const CASES = fileURLToPath(new URL('./determinismCases.ts', import.meta.url));

/**
 * Bundles the child process (`childMain` of determinismCases.ts) with the packages' sources (the
 * `@aftersales/source` condition, as the tests import them) into one ES module in `dir`, and returns
 * its path. A child started under tsx
 * spends about 2 s of CPU compiling and loading some 300 source files; the bundle loads in a
 * fraction of that, which is what lets six of them run in the suite's time budget.
 *
 * @example
 * const script = await bundleChild(join(tmp, 'bin'));
 */
export async function bundleChild(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    `import { childMain } from ${JSON.stringify(CASES)};\nawait childMain(process.argv.slice(2));\n`,
  );
  await build({
    entry: { child: entry },
    outDir: dir,
    format: ['esm'],
    outExtension: () => ({ js: '.mjs' }),
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    splitting: false,
    sourcemap: false,
    dts: false,
    silent: true,
    config: false,
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    esbuildOptions(options) {
      options.conditions = ['@aftersales/source'];
    },
  });
  return join(dir, 'child.mjs');
}

/** The settings a child runs under: `TZ` and any of `LANG`, `LC_ALL`, `AFTERSALES_LANG`. */
export interface ChildHost {
  readonly TZ: string;
  readonly LANG?: string;
  readonly LC_ALL?: string;
  readonly AFTERSALES_LANG?: string;
  /** Also generate the whole demo dealer (about 2 s). */
  readonly withDemo?: boolean;
}

/** What a child printed: its host settings as the engine saw them, and the digest of each case. */
export interface ChildReport {
  readonly host: HostSettings;
  readonly cases: Record<string, CaseDigest>;
}

// Variables that set the host's zone, locale or the CLI's language: a child gets only its own.
const HOST_VARIABLE = /^(TZ|LANG|LANGUAGE|LC_[A-Z]+|AFTERSALES_LANG|NODE_OPTIONS)$/;

/**
 * Runs the bundled child on the inputs in `inputDir` under `host`'s settings, writing its outputs to
 * `outDir`, and returns what it printed; a child that fails rejects with its standard error.
 *
 * @example
 * const report = await runChild(script, inputs, join(tmp, 'out-utc'), { TZ: 'UTC', LANG: 'C' });
 */
export async function runChild(
  script: string,
  inputDir: string,
  outDir: string,
  host: ChildHost,
): Promise<ChildReport> {
  await mkdir(outDir, { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !HOST_VARIABLE.test(key)) env[key] = value;
  for (const key of ['TZ', 'LANG', 'LC_ALL', 'AFTERSALES_LANG'] as const) {
    const value = host[key];
    if (value !== undefined) env[key] = value;
  }
  const args = [script, inputDir, outDir, ...(host.withDemo === true ? ['--with-demo'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) reject(new Error(`child under TZ=${host.TZ} exited ${code}: ${stderr}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ChildReport);
    });
  });
}

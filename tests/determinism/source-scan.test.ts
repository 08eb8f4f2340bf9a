import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type ScanFinding,
  type ScanRule,
  scanDirectory,
  scanRuleReasons,
  scanSource,
  sourceFiles,
} from './sourceScan';

/**
 * Issue #9, determinism, at the source: nothing in the packages reads the clock, a random number,
 * the host's time zone or locale, or the environment, except where listed below with the reason.
 * The domain packages (core, kpi, parts, warranty) also do no I/O (docs/STYLE: "No clock, no
 * process.env, no I/O in domain packages").
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOMAIN = ['packages/core/src', 'packages/kpi/src', 'packages/parts/src', 'packages/warranty/src'];
const OTHERS = [
  ...readdirSync(`${ROOT}packages/adapters`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/adapters/${entry.name}/src`),
  'packages/testkit/src',
];

interface Allowed {
  readonly file: string;
  readonly rule: ScanRule;
  readonly reason: string;
}

/** The legitimate uses, each with why it cannot change an answer about the input. */
const ALLOWED: readonly Allowed[] = [
  {
    file: 'packages/adapters/cli/src/bin.ts',
    rule: 'environment',
    reason: 'the command line entry: hands argv, env, the streams and the exit code to runCli as arguments',
  },
  {
    file: 'packages/adapters/http/src/bin.ts',
    rule: 'environment',
    reason: 'the HTTP server entry: hands argv and env to parseServeArgs, exits on signals',
  },
  {
    file: 'packages/adapters/http/src/app/createApp.ts',
    rule: 'random',
    reason: 'the reference of a logged 500, for support to find the log line: unique on purpose',
  },
];

// Each directory is parsed once, whichever test asks first.
const scans = new Map<string, ScanFinding[]>();
function scan(dir: string): ScanFinding[] {
  let found = scans.get(dir);
  if (found === undefined) {
    found = scanDirectory(ROOT, dir);
    scans.set(dir, found);
  }
  return found;
}

const show = (f: ScanFinding): string =>
  `${f.file}:${f.line} ${f.rule}: ${f.code} — ${scanRuleReasons[f.rule]}`;
const allowed = (f: ScanFinding): boolean => ALLOWED.some((a) => a.file === f.file && a.rule === f.rule);

describe('scanSource', () => {
  it('flags each use of the clock, randomness, host zone and locale, environment and I/O', () => {
    const source = [
      'const a = Date.now();',
      'const b = new Date();',
      'const c = Math.random();',
      'const d = crypto.randomUUID();',
      'const e = new Date(2024, 0, 1);',
      'const f = day.getHours();',
      'const g = amount.toLocaleString();',
      'const h = left.localeCompare(right);',
      'const i = new Intl.NumberFormat();',
      "const j = new Intl.DateTimeFormat('en-US');",
      'const k = process.env.TZ;',
      "import { cpus } from 'node:os';",
      "import { readFile } from 'node:fs';",
      'const l = Intl.DateTimeFormat().resolvedOptions().timeZone;',
      "const m = day.toLocaleDateString('en-US');",
      'const n = Date();',
      "const o = await import('fs');",
      'const p = performance.now();',
    ].join('\n');
    const found = scanSource('x.ts', source).map((f) => [f.line, f.rule]);
    expect(found).toEqual([
      [1, 'clock'],
      [2, 'clock'],
      [3, 'random'],
      [4, 'random'],
      [5, 'host-zone'],
      [6, 'host-zone'],
      [7, 'host-locale'],
      [8, 'host-locale'],
      [9, 'host-locale'],
      [10, 'host-zone'],
      [11, 'environment'],
      [12, 'environment'],
      [13, 'io'],
      [14, 'host-locale'],
      [14, 'host-zone'],
      [15, 'host-zone'],
      [16, 'clock'],
      [17, 'io'],
      [18, 'clock'],
    ]);
  });

  it('passes explicit locales and zones, UTC methods, and anything in comments or strings', () => {
    const source = [
      '// Date.now() and Math.random() in a comment',
      '/* new Date() and process.env.TZ */',
      "const s = 'process.env.TZ and x.toLocaleString()';",
      'const t = new Date(ms).toISOString();',
      'const u = day.getUTCHours() + Date.UTC(2024, 0, 1);',
      "const v = amount.toLocaleString('zh-CN');",
      "const w = left.localeCompare(right, 'en');",
      "const x = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });",
      "const y = new Intl.NumberFormat(locale, { style: 'currency', currency });",
      'const z = { process: 1 }.process;',
      'function g(process: number): number { return 1; }',
      "import type { Money } from '@aftersales/core';",
    ].join('\n');
    expect(scanSource('x.ts', source)).toEqual([]);
  });
});

describe('the packages read no clock, randomness, host zone or locale, or environment', () => {
  it.each(DOMAIN)('%s: none of them, and no I/O', (dir) => {
    expect(sourceFiles(ROOT, dir).length).toBeGreaterThan(10);
    expect(scan(dir).map(show)).toEqual([]);
  });

  it.each(OTHERS)('%s: none of them but the listed uses (I/O is theirs to do)', (dir) => {
    expect(sourceFiles(ROOT, dir).length).toBeGreaterThan(0);
    const found = scan(dir).filter((f) => f.rule !== 'io' && !allowed(f));
    expect(found.map(show)).toEqual([]);
  });

  it('needs every listed use still (a use removed from the code leaves the list)', () => {
    const found = OTHERS.flatMap(scan);
    const stale = ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.rule === a.rule));
    expect(stale).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DealerDataset, generateDemoDealer, inputSchemaNames } from '@aftersales/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, type ChildHost, type ChildReport, runChild } from './childProcess';
import { type CaseOutput, DEMO_CASE, demoOutput, runDeterminismCases } from './determinismCases';
import { demoSlice, SLICE, writeDeterminismInputs } from './determinismInputs';
import { type CaseDigest, digestOutputs, firstDifference } from './outputDigest';

/**
 * Issue #9, determinism: the same inputs give byte-identical outputs twice in one process, and in
 * fresh processes under six time zones and six host locale settings (the suite itself runs under UTC and
 * America/Los_Angeles). Runs are compared with each other, never with a committed hash: outputs
 * may change, but never with the run or the host. The cases are listed in determinismCases.ts.
 */

interface Host {
  readonly host: ChildHost;
  /** `Date#getTimezoneOffset` on 2024-01-15 under this TZ: UTC minus local time, in minutes. */
  readonly januaryOffset: number;
  /** The language of the default `Intl` locale LANG / LC_ALL give (LC_ALL wins). */
  readonly language: string;
}

const HOSTS: readonly Host[] = [
  { host: { TZ: 'UTC', LANG: 'C' }, januaryOffset: 0, language: 'en' },
  // AFTERSALES_LANG would choose the CLI's language, were --lang not given.
  {
    host: { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', AFTERSALES_LANG: 'en' },
    januaryOffset: -480,
    language: 'zh',
  },
  { host: { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8' }, januaryOffset: 480, language: 'en' },
  // +13:45 in January (summer time there), +12:45 in June; Turkish has a dotted and a dotless i.
  {
    host: { TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', AFTERSALES_LANG: 'zh', withDemo: true },
    januaryOffset: -825,
    language: 'tr',
  },
  // +05:30; German writes 1.234,5.
  { host: { TZ: 'Asia/Kolkata', LC_ALL: 'de_DE.UTF-8' }, januaryOffset: -330, language: 'de' },
  // −03:30 in January; Egyptian Arabic writes its own digits. LC_ALL wins over LANG.
  {
    host: { TZ: 'America/St_Johns', LANG: 'zh_CN.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
    januaryOffset: 210,
    language: 'ar',
  },
];

// `pnpm test` runs the suite twice, under TZ=UTC and TZ=America/Los_Angeles, and each pass compares
// its own process with children under other zones. The two passes share the hosts out between them
// (every output is compared with both zones of the passes' own processes that way, and CI's 15-minute
// budget pays for each child once); under any other TZ, a run compares with every host. A child under
// the process's own zone would add nothing but time.
const SHARE: Readonly<Record<string, readonly string[]>> = {
  UTC: ['Asia/Shanghai', 'Pacific/Chatham', 'America/St_Johns'],
  // Chatham in both: its child also generates the whole demo dealer, compared in each pass.
  'America/Los_Angeles': ['UTC', 'Asia/Kolkata', 'Pacific/Chatham'],
};
const share = SHARE[process.env.TZ ?? ''];
const CHILDREN = HOSTS.filter(
  ({ host }) => host.TZ !== process.env.TZ && (share === undefined || share.includes(host.TZ)),
);

const label = ({ host }: Host): string =>
  `TZ=${host.TZ} ${host.LC_ALL === undefined ? `LANG=${host.LANG}` : `LC_ALL=${host.LC_ALL}`}`;

let tmp = '';
let slice: DealerDataset;
let demoDigest: CaseDigest | undefined;
let demoRepairOrders = 0;
let first: Record<string, CaseOutput> = {};
let second: Record<string, CaseOutput> = {};
let children: ChildReport[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'aftersales-determinism-'));
  const inputs = join(tmp, 'in');
  const script = await bundleChild(join(tmp, 'bin'));
  const demo = generateDemoDealer({ seed: 8 });
  demoDigest = digestOutputs({ [DEMO_CASE]: demoOutput(demo) })[DEMO_CASE];
  demoRepairOrders = demo.repairOrders.length;
  slice = demoSlice(demo);
  await writeDeterminismInputs(inputs, slice);
  // The children run in their own processes while this one runs the cases twice.
  const running = Promise.all(
    CHILDREN.map((host, index) => runChild(script, inputs, join(tmp, `out-${index}`), host.host)),
  );
  running.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
  first = await runDeterminismCases(inputs, process.env, { withDemo: false });
  second = await runDeterminismCases(inputs, process.env, { withDemo: false });
  children = await running;
}, 180_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

/** Each case whose digest differs from the in-process run's, with where its text first differs. */
function differences(report: ChildReport, outDir: string): string[] {
  const reference = digestOutputs(first);
  const found: string[] = [];
  let outputs: Record<string, CaseOutput> | undefined;
  for (const [name, digest] of Object.entries(reference)) {
    const other = report.cases[name];
    if (other === undefined) {
      found.push(`${name}: missing`);
      continue;
    }
    if (JSON.stringify(other) === JSON.stringify(digest)) continue;
    outputs ??= JSON.parse(readFileSync(join(outDir, 'outputs.json'), 'utf8')) as Record<string, CaseOutput>;
    const [ours, theirs] = [first[name], outputs[name]];
    const stdout = firstDifference(ours?.stdout ?? '', theirs?.stdout ?? '');
    const stderr = firstDifference(ours?.stderr ?? '', theirs?.stderr ?? '');
    found.push(`${name}: exit ${ours?.exitCode} vs ${theirs?.exitCode}; stdout ${stdout}; stderr ${stderr}`);
  }
  return found;
}

describe('determinism: the same inputs give the same bytes', () => {
  it('gives byte-identical outputs when one process runs every case twice', () => {
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const [name, output] of Object.entries(first)) {
      const again = second[name];
      expect(again?.exitCode, name).toBe(output.exitCode);
      expect(firstDifference(output.stdout, again?.stdout ?? ''), name).toBe('identical');
      expect(firstDifference(output.stderr, again?.stderr ?? ''), name).toBe('identical');
    }
  });

  it.each(CHILDREN.map((host, index) => [label(host), host, index] as const))(
    'gives the same bytes in a fresh process under %s',
    (_, host, index) => {
      const report = children[index] as ChildReport;
      // The child really ran under its settings, or the comparison would prove nothing.
      expect(report.host.januaryOffset).toBe(host.januaryOffset);
      expect(report.host.locale.split('-')[0]).toBe(host.language);
      expect(Object.keys(report.cases).filter((name) => name !== DEMO_CASE)).toEqual(Object.keys(first));
      expect(differences(report, join(tmp, `out-${index}`))).toEqual([]);
    },
  );

  it('generates the same whole demo dealer under Pacific/Chatham and a Turkish locale as here', () => {
    const withDemo = CHILDREN.findIndex((host) => host.host.withDemo === true);
    expect(children[withDemo]?.cases[DEMO_CASE]).toEqual(demoDigest);
  });
});

/** The JSON a case printed. */
function jsonOf(name: string): Record<string, unknown> {
  const output = first[name];
  expect(output, name).toBeDefined();
  return JSON.parse(output?.stdout ?? '') as Record<string, unknown>;
}

// Outputs that are empty or all errors would be identical for the wrong reason: each is checked for
// what it must hold, from the inputs and the docs, not from the code's own answer.
describe('determinism: the outputs compared are the real answers', () => {
  it('audits the demo slice: its period, every record counted, the offsetless RO refused, findings', () => {
    const audit = jsonOf('audit dataset.json --format json');
    expect(Object.keys(audit)).toEqual(
      expect.arrayContaining([
        'dealer',
        'period',
        'asOf',
        'inputs',
        'rejections',
        'service',
        'parts',
        'warranty',
      ]),
    );
    expect(audit.period).toEqual({ from: SLICE.from, to: SLICE.to });
    expect(audit.asOf).toBe(SLICE.asOf);
    expect(audit.findingCount).toBeGreaterThan(0);
    const inputs = audit.inputs as Record<string, { read: number }>;
    expect(inputs.repairOrders?.read).toBe(slice.repairOrders.length);
    expect(inputs['warranty.claims']?.read).toBe(slice.warranty.claims.length);
    const refused = (audit.rejections as { input: string; row: number; issues: { path: string[] }[] }[]).map(
      (r) => [r.input, r.row, r.issues[0]?.path.join('.')],
    );
    // The RO and the movement added last to their lists (demoSlice).
    expect(refused).toEqual([
      ['repairOrders', slice.repairOrders.length - 1, 'openedAt'],
      ['parts.movements', slice.parts.movements.length - 1, 'type'],
    ]);
    expect(first['audit dataset.json --format json']?.exitCode).toBe(1);
  });

  it('writes the HTML report in Chinese with its charts', () => {
    const page = first['audit dataset.json --format html (zh)']?.stdout ?? '';
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="zh');
    expect(page.match(/<svg role="img"/g)?.length).toBeGreaterThanOrEqual(3); // ABC, ageing, trends
  });

  it('scores KPIs, audits the claims and plans the parts of the slice', () => {
    const kpi = jsonOf('kpi dataset.json --format json') as { scorecard: { rows: { value: unknown }[] } };
    expect(kpi.scorecard.rows.filter((row) => row.value !== null).length).toBeGreaterThan(5);
    const claims = jsonOf('claims audit dataset.json --format json') as {
      summary: { read: number };
      findings: unknown[];
    };
    expect(claims.summary.read).toBe(slice.warranty.claims.length);
    expect(claims.findings.length).toBeGreaterThan(0);
    const plan = jsonOf('parts plan dataset.json --format json (zh)') as { lines: { partNumber: string }[] };
    const partNumbers = slice.parts.parts.map((part) => (part as { partNumber: string }).partNumber);
    expect(plan.lines.map((line) => line.partNumber).sort()).toEqual([...partNumbers].sort());
  });

  it('reads the DMS export: its refused rows, and its wall-clock times on the dealer clock', () => {
    const audit = jsonOf('audit DMS CSV --format json') as { inputs: Record<string, unknown> };
    // tests/cli/audit-files.test.ts: 7 labor lines, the 月结 one refused.
    expect(audit.inputs['file.laborLines']).toEqual({ read: 7, accepted: 6, rejected: 1 });
    // The export's times are wall-clock times without an offset, read on --time-zone's clock
    // (docs/cli.md): R1 opened 2024/03/05, R3 closed 2024/04/01 00:20, in Los Angeles as anywhere.
    const kpi = jsonOf('kpi DMS CSV --time-zone America/Los_Angeles --format json');
    expect(kpi.period).toEqual({ from: '2024-03-01', to: '2024-04-01' });
    expect(first['audit DMS CSV --format table (zh)']?.stdout).toContain('经销商审计');
    // Two claims, three review findings each, under the CSV header.
    expect(first['claims audit DMS CSV --format csv (zh)']?.stdout.trim().split('\n')).toHaveLength(7);
  });

  it('decides the warranty requests as docs/warranty.md counts them', () => {
    const docs = jsonOf('warranty check request-docs.json --format json');
    expect(docs.outcome).toBe('needs_preauthorization');
    // Powertrain ends 2029-03-01: 1,034 days after 2026-05-02 (365 + 366 + 303).
    expect(docs.details).toMatchObject({ coverage: 'powertrain', endDate: '2029-03-01', daysLeft: 1034 });
    const expired = jsonOf('warranty check request-expired.json --format json (zh)');
    expect(expired.outcome).toBe('not_covered');
    expect(expired.details).toMatchObject({ expired: { coverage: 'powertrain', daysAgo: 12, kmAgo: 3200 } });
    // 17:30 UTC is 01:30 on 2 May in Shanghai: the same 1,034 days left.
    const instant = first['warranty check request-instant.json --format table (zh)'];
    expect(instant?.exitCode).toBe(0);
    expect(instant?.stdout).toContain('剩余1,034天');
    // 02:00 UTC on 2 May is 23:30 on 1 May in St. John's (NDT, UTC−2:30): one day more.
    const stJohns = jsonOf('lib: evaluateWarranty (instant, St. John’s dealer)');
    expect(stJohns).toMatchObject({ outcome: 'covered', details: { daysLeft: 1035 } });
    const bad = first['warranty check request-bad.json (zh, exit 2)'];
    expect([bad?.exitCode, bad?.stdout]).toEqual([2, '']);
    expect(bad?.stderr).toContain('[input.invalid_format] repair.date');
    expect(bad?.stderr).toContain('repair.odometerKm');
  });

  it('gives the library results: schemas, KPI cells, flow states and audit, zoned dates, money', () => {
    expect(Object.keys(jsonOf('schema (all inputs)'))).toEqual(inputSchemaNames);
    const cells = jsonOf('lib: computeKpisSync by dealer and week in St. John’s').cells as unknown[];
    expect(cells.length).toBeGreaterThan(0);
    const flows = jsonOf('lib: replay and auditRepairOrders in Pacific/Chatham') as {
      states: { ok: boolean }[];
      audit: { results: unknown[] };
    };
    expect(flows.states.filter((state) => state.ok).length).toBeGreaterThan(0);
    expect(flows.audit.results).toHaveLength(120);
    const time = jsonOf('lib: zoned time and working days') as { dates: string[][]; workingDays: string[] };
    // 2024-04-06T13:44:59Z: 03:29:59 on 7 April in Chatham (+13:45), 19:14:59 on 6 April in Kolkata.
    expect([time.dates[2]?.[3], time.dates[3]?.[3]]).toEqual(['2024-04-07', '2024-04-06']);
    // The README's 三包 answer deadline: 10 working days after 2024-09-28 over the National Day week.
    expect(time.workingDays[3]).toBe('2024-10-16');
    const cash = jsonOf('lib: money formats and JSON') as { json: unknown; formatted: string[] };
    expect(cash.json).toEqual({ amount: '1234567.895', currency: 'CNY' });
    expect(cash.formatted[0]).toBe('¥1,234,567.90');
  });

  it('compares a whole demo dealer: about 20 repair orders a day for a year (README)', () => {
    expect(demoRepairOrders).toBeGreaterThan(250 * 20);
  });
});

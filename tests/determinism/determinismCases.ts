import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DealerDataset, generateDemoDealer, runCli } from '@aftersales/cli';
import {
  addWorkingDays,
  allocate,
  auditRepairOrders,
  createBusinessCalendar,
  formatMoney,
  money,
  repairOrderFlow,
  safeReplay,
  startOfCalendarDate,
  toCalendarDate,
  zonedDateTime,
} from '@aftersales/core';
import { computeKpisSync, kpiCatalog } from '@aftersales/kpi';
import { generateRepairOrderLogs } from '@aftersales/testkit';
import {
  cnSanbao2013,
  cnSanbao2021,
  evaluateWarranty,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
  safeEvaluateWarranty,
} from '@aftersales/warranty';
import { DMS_FILES, warrantyRequest } from './determinismInputs';
import { digestOutputs, hostSettings } from './outputDigest';

/**
 * Every output the determinism test compares: the JSON (and HTML, CSV, table) a user gets from the
 * command line, and the JSON of the library's results. The same list runs in the test's process and
 * in each child process, on the inputs `writeDeterminismInputs` put in one directory.
 */

/** What one case gave: the exit code (commands only) and the text written to each stream. */
export interface CaseOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command line, run with `runCli`; the language is always pinned with `--lang`. */
const commands: Readonly<Record<string, readonly string[]>> = {
  'schema (all inputs)': ['--lang', 'en', 'schema'],
  'audit dataset.json --format json': ['--lang', 'en', 'audit', 'dataset.json', '--format', 'json'],
  'audit dataset.json --format html (zh)': ['--lang', 'zh', 'audit', 'dataset.json', '--format', 'html'],
  'kpi dataset.json --format json': ['--lang', 'en', 'kpi', 'dataset.json', '--format', 'json'],
  'claims audit dataset.json --format json': [
    '--lang',
    'en',
    'claims',
    'audit',
    'dataset.json',
    '--format',
    'json',
  ],
  'parts plan dataset.json --format json (zh)': [
    '--lang',
    'zh',
    'parts',
    'plan',
    'dataset.json',
    '--format',
    'json',
  ],
  'audit DMS CSV --format json': [
    '--lang',
    'en',
    'audit',
    ...DMS_FILES,
    '--as-of',
    '2024-04-02',
    '--format',
    'json',
  ],
  'audit DMS CSV --format table (zh)': ['--lang', 'zh', 'audit', ...DMS_FILES, '--as-of', '2024-04-02'],
  'kpi DMS CSV --time-zone America/Los_Angeles --format json': [
    '--lang',
    'en',
    'kpi',
    ...DMS_FILES.slice(0, 3),
    '--time-zone',
    'America/Los_Angeles',
    '--format',
    'json',
  ],
  'claims audit DMS CSV --format csv (zh)': [
    '--lang',
    'zh',
    'claims',
    'audit',
    ...DMS_FILES.slice(3),
    DMS_FILES[0] ?? '',
    '--as-of',
    '2024-04-02',
    '--format',
    'csv',
  ],
  'warranty check request-docs.json --format json': [
    '--lang',
    'en',
    'warranty',
    'check',
    'request-docs.json',
    '--format',
    'json',
  ],
  'warranty check request-expired.json --format json (zh)': [
    '--lang',
    'zh',
    'warranty',
    'check',
    'request-expired.json',
    '--format',
    'json',
  ],
  'warranty check request-instant.json --format table (zh)': [
    '--lang',
    'zh',
    'warranty',
    'check',
    'request-instant.json',
  ],
  'warranty check request-bad.json (zh, exit 2)': ['--lang', 'zh', 'warranty', 'check', 'request-bad.json'],
};

/** The names of the command-line cases, for the test's checks. */
export const commandCaseNames: readonly string[] = Object.keys(commands);

async function runCommand(
  argv: readonly string[],
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<CaseOutput> {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: false,
    cwd: dir,
    env,
  });
  return { exitCode, stdout: out.join(''), stderr: err.join('') };
}

// A request as the JSON a caller sends: evaluateWarranty checks it (the bad one on purpose).
type WarrantyRequest = Parameters<typeof evaluateWarranty>[0];

const json = (value: unknown): CaseOutput => ({
  exitCode: 0,
  stdout: `${JSON.stringify(value, null, 2)}\n`,
  stderr: '',
});

// The demo's zone, and zones whose offsets are not whole hours, or change twice a year, or both.
const ZONES = ['Asia/Shanghai', 'America/St_Johns', 'Pacific/Chatham', 'Asia/Kolkata', 'America/Los_Angeles'];
// Instants around the 2024 daylight-saving changes of the zones above, and a leap day.
const INSTANTS = [
  '2024-02-29T23:59:59Z',
  '2024-03-10T09:59:59Z',
  '2024-03-10T10:00:00Z',
  '2024-04-06T13:44:59Z',
  '2024-09-28T14:00:00Z',
  '2024-11-03T08:30:00Z',
  '2024-12-31T16:00:00+08:00',
];

/** The library's results, each as the JSON a caller would store or send. */
function libraryCases(slice: DealerDataset): Record<string, () => CaseOutput> {
  return {
    'lib: evaluateWarranty (instant, St. John’s dealer)': () =>
      json(
        evaluateWarranty(
          warrantyRequest({
            at: '2026-05-02T02:00:00Z',
            odometerKm: 41_200,
            system: 'transmission',
            amount: '4999.99',
          }) as WarrantyRequest,
          {
            policy: [huaxiaPolicy2022, huaxiaPolicy2024],
            jurisdictions: [cnSanbao2021, cnSanbao2013],
            timeZone: 'America/St_Johns',
          },
        ),
      ),
    'lib: safeEvaluateWarranty issues': () =>
      json(
        safeEvaluateWarranty(warrantyRequest({ date: '2026-02-30', odometerKm: 1.5 }) as WarrantyRequest, {
          policy: [huaxiaPolicy2024],
          timeZone: 'Asia/Kolkata',
        }),
      ),
    'lib: computeKpisSync by dealer and week in St. John’s': () =>
      json(
        computeKpisSync(
          { repairOrders: slice.repairOrders, complaints: slice.complaints, surveys: slice.surveys },
          { kpis: kpiCatalog, groupBy: ['dealer', 'week'], timeZone: 'America/St_Johns' },
        ),
      ),
    'lib: replay and auditRepairOrders in Pacific/Chatham': () => {
      const logs = generateRepairOrderLogs({ seed: 9, count: 120, faultRate: 0.3 });
      return json({
        states: logs.slice(0, 10).map((log) => safeReplay(repairOrderFlow, log.events)),
        audit: auditRepairOrders(logs, { timeZone: 'Pacific/Chatham', asOf: '2024-02-01T00:00:00+13:45' }),
      });
    },
    'lib: zoned time and working days': () => {
      const calendar = createBusinessCalendar({
        timeZone: 'Asia/Shanghai',
        holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
        workingWeekends: ['2024-09-29', '2024-10-12'],
      });
      return json({
        dates: ZONES.map((zone) => INSTANTS.map((instant) => toCalendarDate(instant, zone))),
        starts: ZONES.map((zone) =>
          ['2024-03-10', '2024-04-07', '2024-11-03'].map((d) => startOfCalendarDate(d, zone)),
        ),
        times: ZONES.map((zone) => zonedDateTime('2024-03-10', '02:30', zone)),
        workingDays: [0, 1, 5, 10, 20].map((days) => addWorkingDays(calendar, '2024-09-28', days)),
      });
    },
    'lib: money formats and JSON': () => {
      const total = money('1234567.895', 'CNY');
      return json({
        json: total,
        formatted: ['zh-CN', 'en-US', 'de-DE', 'tr-TR', 'ar-EG'].map((locale) => formatMoney(total, locale)),
        allocated: allocate(money('100.00', 'CNY'), ['1', '1', '1']),
      });
    },
  };
}

/**
 * Runs every case against the inputs in `dir`, in a fixed order. With `withDemo`, also the whole
 * demo dealer as JSON (about 35 MB: the child processes that check it pay its ~2 s).
 *
 * @example
 * const outputs = await runDeterminismCases(dir, process.env, { withDemo: false });
 * outputs['schema (all inputs)']?.exitCode; // 0
 */
export async function runDeterminismCases(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  options: { readonly withDemo: boolean },
): Promise<Record<string, CaseOutput>> {
  const outputs: Record<string, CaseOutput> = {};
  for (const [name, argv] of Object.entries(commands)) outputs[name] = await runCommand(argv, dir, env);
  const slice = JSON.parse(await readFile(join(dir, 'dataset.json'), 'utf8')) as DealerDataset;
  for (const [name, run] of Object.entries(libraryCases(slice))) outputs[name] = run();
  if (options.withDemo) outputs[DEMO_CASE] = demoOutput(generateDemoDealer({ seed: 8 }));
  return outputs;
}

/** The name of the whole-demo case. */
export const DEMO_CASE = 'generateDemoDealer({ seed: 8 })';

/**
 * The whole-demo case's output, from a dealer generated by the caller.
 *
 * @example
 * demoOutput(generateDemoDealer({ seed: 8 })).stdout.length > 1e7; // true
 */
export function demoOutput(demo: DealerDataset): CaseOutput {
  return { exitCode: 0, stdout: JSON.stringify(demo), stderr: '' };
}

/**
 * The child process's whole job (`bundleChild` makes it the bundle's entry): runs every case on the
 * inputs in `args[0]`, writes the outputs to `args[1]/outputs.json` (read back only to show where two
 * runs differ) and prints one JSON line, a `ChildReport`: the host settings it ran under, and per
 * case its exit code and the SHA-256 of each stream. `--with-demo` adds the whole demo dealer.
 *
 * @public (called from the generated bundle entry only)
 * @example
 * await childMain(['/tmp/in', '/tmp/out', '--with-demo']);
 */
export async function childMain(args: readonly string[]): Promise<void> {
  const [inputDir, outDir, flag] = args;
  if (inputDir === undefined || outDir === undefined)
    throw new Error('usage: child INPUT_DIR OUTPUT_DIR [--with-demo]');
  // The CLI gets the process's whole environment, as its bin does: LANG, LC_ALL and AFTERSALES_LANG
  // are there to be ignored, since every case pins --lang.
  const outputs = await runDeterminismCases(inputDir, process.env, { withDemo: flag === '--with-demo' });
  await writeFile(join(outDir, 'outputs.json'), JSON.stringify(outputs), 'utf8');
  process.stdout.write(`${JSON.stringify({ host: hostSettings(), cases: digestOutputs(outputs) })}\n`);
}

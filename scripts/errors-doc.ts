/**
 * Renders docs/errors.md from the error catalogue and the bad-input examples (`pnpm docs:errors`
 * writes it; a test checks it is current), so the one documented list of codes can never drift
 * from the code, and each example shown is the one the test runs.
 */
import { describeError, type ErrorCode, errorCodes, type IssueParams } from '@aftersales/core';
import { exampleSources } from './error-examples/exampleSources';
import { errorExamples } from './error-examples/index';

const areas: Readonly<Record<string, string>> = {
  input:
    'Record shape: a field missing, of the wrong type or format, out of range, unknown, or inconsistent with another',
  vin: 'Vehicle identification number (ISO 3779 / GB 16735)',
  money: 'Money: floats, malformed amounts, currencies, allocation, minor units, rounding',
  time: 'Business time: dates, instants, time zones, ranges, periods, calendars',
  pricing: 'Pricing a repair order',
  flow: 'Flows: definitions, refused events in a replayed log, versions and migrations',
  kpi: 'KPI definitions and the records a KPI report reads',
  parts: 'Parts stock policy: movements, stock positions, the parts master and supersession',
  warranty: 'Warranty: coverage policies, jurisdictions, eligibility requests and claim audits',
  file: 'Files (adapter-files): encodings, headers, columns, unmapped codes and column-mapping profiles',
  star: 'STAR repair orders (adapter-star): values read leniently and fields that cannot be mapped',
  http: 'HTTP service (adapter-http): requests refused before they reach a rule',
  sql: 'SQL (adapter-sql): KPI definitions that cannot be compiled to SQL',
  ui: 'UI store (adapter-ui): a subscriber that threw, reported without stopping the store',
  cli: 'Command line (@aftersales/cli): arguments and files refused before any rule runs (exit code 2)',
  decision: 'Decisions and rule traces',
  plugin: 'Plugins',
  registry: 'The plugin registry',
};

/** The mark of every example block: the doc-examples test type-checks it, this file's test runs it. */
const FENCE =
  '```ts no-run run in-process by tests/docs/errors-doc.test.ts, which checks the code it produces';

const OUTCOME = {
  throws: 'Thrown as an `AftersalesError` (a promise rejects with it) by:',
  returns:
    "Returned, not thrown (an issue, note or rejection in the value, an HTTP error body, the CLI's standard error) by:",
} as const;

// Every parameter a template reads is shown as {name}, so the doc shows the message's shape.
const placeholders = new Proxy(
  {},
  { get: (_, key) => (typeof key === 'string' ? `{${key}}` : undefined) },
) as IssueParams;

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The section of one code: meaning, messages, and the example that produces it. */
function codeSection(code: ErrorCode, sources: ReadonlyMap<string, string>): string[] {
  const text = describeError(code, placeholders);
  const messages = ['', `- English: \`${text.en}\``, `- 中文：\`${text.zh}\``, ''];
  const heading = ['', `### \`${code}\``, ''];
  const example = errorExamples.find((entry) => entry.code === code);
  if (example) {
    const source = sources.get(code);
    if (source === undefined) throw new Error(`no source text for the example of ${code}`);
    return [
      ...heading,
      example.meaning,
      '',
      example.meaningZh,
      ...messages,
      OUTCOME[example.outcome],
      '',
      FENCE,
      source,
      '```',
    ];
  }
  throw new Error(`${code} has no example in scripts/error-examples/: every code needs one`);
}

/** The Markdown text of docs/errors.md. */
export function renderErrorsDoc(): string {
  const sources = exampleSources();
  const lines = [
    '# Error codes',
    '',
    'Every issue and every `AftersalesError` carries one of these stable codes, with the path of the',
    'field it concerns and a message in English and 简体中文 (the path is put in front of the message).',
    'Codes are never renamed; new ones are added. `{name}` marks a value filled in from the input.',
    '',
    'Each code below says what it means and what to fix, and shows a small program that produces it',
    'through the public API. `tests/docs/errors-doc.test.ts` runs every one of them and checks that it',
    'throws or returns its code, with a message in both languages.',
    '',
    'This file is generated from `packages/core/src/errors/codes.ts` and `scripts/error-examples/` by',
    '`pnpm docs:errors`.',
  ];
  for (const [area, title] of Object.entries(areas)) {
    const codes = errorCodes.filter((code: ErrorCode) => code.startsWith(`${area}.`));
    if (codes.length === 0) continue;
    lines.push('', `## ${area}.* — ${title}`, '', '| code | meaning |', '| --- | --- |');
    for (const code of codes) {
      const meaning = errorExamples.find((entry) => entry.code === code)?.meaning ?? '';
      lines.push(`| \`${code}\` | ${cell(meaning)} |`);
    }
    for (const code of codes) lines.push(...codeSection(code, sources));
  }
  const listed = Object.keys(areas);
  const orphans = errorCodes.filter((code) => !listed.includes(code.split('.')[0] ?? ''));
  if (orphans.length > 0)
    throw new Error(`codes without an area in scripts/errors-doc.ts: ${orphans.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

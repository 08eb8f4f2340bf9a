/**
 * Renders docs/errors.md from the error catalogue (`pnpm docs:errors` writes it; a test checks it
 * is current), so the one documented list of codes can never drift from the code.
 */
import { describeError, type ErrorCode, errorCodes, type IssueParams } from '@aftersales/core';

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

// Every parameter a template reads is shown as {name}, so the doc shows the message's shape.
const placeholders = new Proxy(
  {},
  { get: (_, key) => (typeof key === 'string' ? `{${key}}` : undefined) },
) as IssueParams;

/** The Markdown text of docs/errors.md. */
export function renderErrorsDoc(): string {
  const lines = [
    '# Error codes',
    '',
    'Every issue and every `AftersalesError` carries one of these stable codes, with the path of the',
    'field it concerns and a message in English and 简体中文 (the path is put in front of the message).',
    'Codes are never renamed; new ones are added. `{name}` marks a value filled in from the input.',
    '',
    'This file is generated from `packages/core/src/errors/codes.ts` by `pnpm docs:errors`.',
  ];
  for (const [area, title] of Object.entries(areas)) {
    const codes = errorCodes.filter((code: ErrorCode) => code.startsWith(`${area}.`));
    if (codes.length === 0) continue;
    lines.push('', `## ${area}.* — ${title}`, '', '| code | English | 中文 |', '| --- | --- | --- |');
    for (const code of codes) {
      const text = describeError(code, placeholders);
      lines.push(`| \`${code}\` | ${text.en.replaceAll('|', '\\|')} | ${text.zh.replaceAll('|', '\\|')} |`);
    }
  }
  const listed = Object.keys(areas);
  const orphans = errorCodes.filter((code) => !listed.includes(code.split('.')[0] ?? ''));
  if (orphans.length > 0)
    throw new Error(`codes without an area in scripts/errors-doc.ts: ${orphans.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

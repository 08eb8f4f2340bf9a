import { AftersalesError } from '@aftersales/core';
import { runAudit } from '../audit/runAudit';
import { chooseLang } from '../cli/messages';
import { parseOptions } from '../cli/parseOptions';
import { generateDemoDealer } from '../demo/generateDemoDealer';
import { writeResult } from '../output/writeResult';
import { renderHtmlReport } from '../report/renderHtmlReport';
import { auditResult } from './auditResult';
import type { Command } from './command';
import { formatOf, outputOptionSpecs } from './datasetOptions';
import { writeReport } from './writeReport';

const usage = `Usage: aftersales demo [--seed N] [--as-of YYYY-MM-DD] [--report FILE] [--format table|json|csv] [--out FILE] [--lang en|zh]

Generates a demo dealer (a year of repair orders, claims, two years of parts movements, vehicles
with long repair histories; the same for the same seed), audits it, prints a summary and writes the
HTML report.

  --seed N        the demo dealer's seed (default 8)
  --as-of D       the audit's "today" (default 2025-01-01)
  --report FILE   where the HTML report goes (default aftersales-report.html)
  --format F      the summary: table (default), json (the whole audit) or csv (the findings)
  --out FILE      write the summary to FILE instead of standard output
  --lang L        en or zh (default: AFTERSALES_LANG, LANG)

Exits 0 when the demo ran: its findings are the demo's point, not a failure.`;

function seedOf(value: string | undefined): number {
  if (value === undefined) return 8;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw AftersalesError.of('cli.invalid_argument', ['--seed'], {
      reason: `--seed must be a whole number ≥ 0 (received '${value}')`,
      reasonZh: `--seed 必须是不小于 0 的整数（实际为“${value}”）`,
    });
  }
  return seed;
}

/** `aftersales demo`: the README's main job. */
export const demoCommand: Command = {
  words: ['demo'],
  summary: {
    en: 'audit a generated demo dealer and write the HTML report',
    zh: '审计生成的演示经销商并输出 HTML 报告',
  },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, {
      ...outputOptionSpecs,
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      report: { type: 'string' },
    });
    if (positionals.length > 0) {
      throw AftersalesError.of('cli.invalid_argument', [positionals[0] ?? ''], {
        reason: `demo takes no files (received '${positionals[0]}'); use aftersales audit for your own`,
        reasonZh: `demo 不读取文件（收到“${positionals[0]}”）；审计自己的数据请用 aftersales audit`,
      });
    }
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format);
    const dataset = generateDemoDealer({
      seed: seedOf(values.seed),
      ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
    });
    const report = runAudit(dataset);
    const reportPath = values.report ?? 'aftersales-report.html';
    await writeReport(io, reportPath, renderHtmlReport(report, { lang }));
    await writeResult(io, auditResult(report, lang, reportPath), {
      format,
      ...(values.out === undefined ? {} : { out: values.out }),
    });
    return 0;
  },
};

import { AftersalesError, type LocalizedText } from '@aftersales/core';
import { runAudit } from '../audit/runAudit';
import { chooseLang } from '../cli/messages';
import { parseOptions } from '../cli/parseOptions';
import { generateDemoDealer } from '../demo/generateDemoDealer';
import { writeResult } from '../output/writeResult';
import { renderHtmlReport } from '../report/renderHtmlReport';
import { auditResult } from './auditResult';
import type { Command } from './command';
import { formatOf, outputOptionSpecs, outputOptionsUsage } from './datasetOptions';
import { writeReport } from './writeReport';

const summaryFormats: LocalizedText = {
  en: 'the summary: table (default), json (the whole audit) or csv (the findings)',
  zh: '概要格式：table（默认）、json（完整审计结果）或 csv（发现的问题）',
};

const usage: LocalizedText = {
  en: `Usage: aftersales demo [--seed N] [--as-of YYYY-MM-DD] [--report FILE] [--format table|json|csv] [--out FILE] [--lang en|zh]

Generates a demo dealer (a year of repair orders, claims, two years of parts movements, vehicles
with long repair histories; the same for the same seed), audits it, prints a summary and writes the
HTML report.

  --seed N        the demo dealer's seed (default 8)
  --as-of D       the audit's "today" (default 2025-01-01)
  --report FILE   where the HTML report goes (default aftersales-report.html)
${outputOptionsUsage(summaryFormats).en}

Exits 0 when the demo ran: its findings are the demo's point, not a failure.`,
  zh: `用法：aftersales demo [--seed N] [--as-of YYYY-MM-DD] [--report FILE] [--format table|json|csv] [--out FILE] [--lang en|zh]

生成一家演示经销商（一年的工单与索赔、两年的配件出入库、维修历史较长的车辆；同一种子结果相同），
对其进行审计，输出概要并写出 HTML 报告。

  --seed N        演示经销商的随机种子（默认 8）
  --as-of D       审计的"今天"（默认 2025-01-01）
  --report FILE   HTML 报告的写入位置（默认 aftersales-report.html）
${outputOptionsUsage(summaryFormats).zh}

演示运行完成即以 0 退出：发现问题正是演示的目的，不算失败。`,
};

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

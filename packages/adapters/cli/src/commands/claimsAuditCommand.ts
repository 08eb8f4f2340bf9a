import type { LocalizedText } from '@aftersales/core';
import { auditWarranty } from '../audit/warrantySection';
import { exitCodes } from '../cli/exitCodes';
import { chooseLang, say } from '../cli/messages';
import { parseOptions } from '../cli/parseOptions';
import type { TextTable } from '../output/renderTable';
import { writeResult } from '../output/writeResult';
import { filesUsage } from './auditCommand';
import { fileCounts } from './auditResult';
import type { Command } from './command';
import {
  datasetOptionSpecs,
  datasetOptionsUsage,
  formatOf,
  loadDataset,
  outputOptionSpecs,
  outputOptionsUsage,
  tableJsonCsv,
} from './datasetOptions';

const usage: LocalizedText = {
  en: `Usage: aftersales claims audit <kind=path>... [options]

The carmaker's audit of warranty claims: each claim approved, with findings, or refused, against
the RO history, the standard labor times, part groups and prices given.

${filesUsage.en}

${datasetOptionsUsage.en}
${outputOptionsUsage(tableJsonCsv).en}

Exit codes: 0 every claim approved, 1 findings or refused rows, 2 bad input.`,
  zh: `用法：aftersales claims audit <类型=路径>... [选项]

按主机厂规则审核保修索赔：对照所给的工单历史、标准工时、配件组与价格，逐单判定通过、有问题或拒收。

${filesUsage.zh}

${datasetOptionsUsage.zh}
${outputOptionsUsage(tableJsonCsv).zh}

退出码：0 全部通过，1 发现问题或有被拒绝的行，2 输入有误。`,
};

const H = {
  claim: { en: 'claim', zh: '索赔单' },
  row: { en: 'row', zh: '行' },
  code: { en: 'code', zh: '代码' },
  severity: { en: 'severity', zh: '严重性' },
  rule: { en: 'rule', zh: '规则' },
  cite: { en: 'citation', zh: '依据' },
  message: { en: 'message', zh: '说明' },
} satisfies Record<string, LocalizedText>;

/** `aftersales claims audit`: the claim audit of a dealer's files. */
export const claimsAuditCommand: Command = {
  words: ['claims', 'audit'],
  summary: { en: 'audit warranty claims as the carmaker does', zh: '按主机厂规则审核保修索赔' },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, { ...datasetOptionSpecs, ...outputOptionSpecs });
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format);
    const { dataset, read } = await loadDataset(io, positionals, values);
    const warranty = auditWarranty({ ...dataset, vehicleCases: [] });
    const { summary } = warranty.section.claims;
    // Claims read from files alone are audited in file order: name the spreadsheet row a person
    // opens, not the position in the list (a dataset document keeps its positions).
    const fromFiles = read.json.dataset === undefined;
    const findings = warranty.section.claims.findings.map((finding) =>
      fromFiles ? { ...finding, row: read.claimRows[finding.row] ?? finding.row } : finding,
    );
    const t = (text: LocalizedText) => say(lang, text);
    const table: TextTable = {
      columns: [
        { header: t(H.claim) },
        { header: t(H.row), align: 'right' },
        { header: t(H.code) },
        { header: t(H.severity) },
        { header: t(H.rule) },
        { header: t(H.cite) },
        { header: t(H.message) },
      ],
      rows: findings.map((f) => [
        f.claimId ?? '',
        String(f.row),
        f.code,
        f.severity,
        f.rule,
        f.cite,
        t(f.message),
      ]),
    };
    const files = fileCounts(read);
    const rejections = [...files.rejections, ...warranty.rejections];
    const exitCode =
      findings.length > 0 || summary.rejected > 0 || rejections.length > 0
        ? exitCodes.findings
        : exitCodes.clean;
    await writeResult(
      io,
      {
        exitCode,
        json: { summary, findings, inputs: { ...files.inputs, ...warranty.inputs }, rejections },
        lines: [
          lang === 'zh'
            ? `索赔 ${summary.read} 张：通过 ${summary.approved}，有问题 ${summary.withFindings}，拒收 ${summary.rejected}`
            : `${summary.read} claims: ${summary.approved} approved, ${summary.withFindings} with findings, ${summary.rejected} refused`,
        ],
        tables: [table],
      },
      { format, ...(values.out === undefined ? {} : { out: values.out }) },
    );
    return exitCode;
  },
};

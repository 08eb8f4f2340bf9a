import type { LocalizedText } from '@aftersales/core';
import { runAudit } from '../audit/runAudit';
import { chooseLang } from '../cli/messages';
import { parseOptions } from '../cli/parseOptions';
import { outputFormats, writeResult } from '../output/writeResult';
import { renderHtmlReport } from '../report/renderHtmlReport';
import { auditResult, withFileInputs } from './auditResult';
import type { Command } from './command';
import {
  datasetOptionSpecs,
  datasetOptionsUsage,
  formatOf,
  loadDataset,
  outputOptionSpecs,
  outputOptionsUsage,
} from './datasetOptions';
import { writeReport } from './writeReport';

/** The file arguments every file-reading command takes, for its usage text. */
export const filesUsage: LocalizedText = {
  en: `Files are given as kind=path: repairOrders, laborLines, partLines, subletLines, roCharges, parts,
stockMovements, warrantyClaims, claimLaborOps, claimParts (CSV, JSON or JSON Lines, read through the
profile; UTF-8 or GB18030); star (STAR repair orders, JSON); stockPositions, vehicles, vehicleCases,
laborTimes, partGroups, partPrices, appointments, complaints, surveys (JSON). A bare .json file is a
whole dataset (see aftersales schema dataset).`,
  zh: `文件以 类型=路径 给出：repairOrders、laborLines、partLines、subletLines、roCharges、parts、
stockMovements、warrantyClaims、claimLaborOps、claimParts（CSV、JSON 或 JSON Lines，按列映射配置读取；
UTF-8 或 GB18030）；star（STAR 工单，JSON）；stockPositions、vehicles、vehicleCases、laborTimes、
partGroups、partPrices、appointments、complaints、surveys（JSON）。单独给出的 .json 文件视为完整数据集
（见 aftersales schema dataset）。`,
};

const auditFormats: LocalizedText = {
  en: 'table (default), json (the whole audit), csv (the findings) or html (the report)',
  zh: 'table（默认）、json（完整审计结果）、csv（发现的问题）或 html（报告）',
};

const usage: LocalizedText = {
  en: `Usage: aftersales audit <kind=path>... [options]

Audits a dealer's own exported files the way demo audits the demo dealer.

${filesUsage.en}

${datasetOptionsUsage.en}
  --report FILE       also write the HTML report to FILE
${outputOptionsUsage(auditFormats).en}

Exit codes: 0 nothing found, 1 findings or refused rows (each listed), 2 bad arguments or unreadable files.`,
  zh: `用法：aftersales audit <类型=路径>... [选项]

像 demo 审计演示经销商一样，审计经销商自己导出的文件。

${filesUsage.zh}

${datasetOptionsUsage.zh}
  --report FILE       同时把 HTML 报告写入 FILE
${outputOptionsUsage(auditFormats).zh}

退出码：0 未发现问题，1 发现问题或有被拒绝的行（逐条列出），2 参数有误或文件无法读取。`,
};

/** `aftersales audit`: the demo's audit on a dealer's own files. */
export const auditCommand: Command = {
  words: ['audit'],
  summary: {
    en: "audit a dealer's exported files (ROs, claims, parts)",
    zh: '审计经销商导出的文件（工单、索赔、配件）',
  },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, {
      ...datasetOptionSpecs,
      ...outputOptionSpecs,
      report: { type: 'string' },
    });
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format, outputFormats);
    const { dataset, read } = await loadDataset(io, positionals, values);
    const report = withFileInputs(runAudit(dataset), read);
    if (values.report !== undefined) await writeReport(io, values.report, renderHtmlReport(report, { lang }));
    const result = auditResult(report, lang, values.report);
    await writeResult(io, result, { format, ...(values.out === undefined ? {} : { out: values.out }) });
    return result.exitCode;
  },
};

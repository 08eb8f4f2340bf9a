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
} from './datasetOptions';
import { writeReport } from './writeReport';

/** The file arguments every file-reading command takes, for its usage text. */
export const filesUsage = `Files are given as kind=path: repairOrders, laborLines, partLines, subletLines, roCharges, parts,
stockMovements, warrantyClaims, claimLaborOps, claimParts (CSV, JSON or JSON Lines, read through the
profile; UTF-8 or GB18030); star (STAR repair orders, JSON); stockPositions, vehicles, vehicleCases,
laborTimes, partGroups, partPrices, appointments, complaints, surveys (JSON). A bare .json file is a
whole dataset (see aftersales schema dataset).`;

const usage = `Usage: aftersales audit <kind=path>... [options]

Audits a dealer's own exported files the way demo audits the demo dealer.

${filesUsage}

${datasetOptionsUsage}
  --report FILE       also write the HTML report to FILE
  --format F          table (default), json (the whole audit), csv (the findings) or html (the report)
  --out FILE          write to FILE instead of standard output
  --lang L            en or zh

Exit codes: 0 nothing found, 1 findings or refused rows (each listed), 2 bad arguments or unreadable files.`;

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

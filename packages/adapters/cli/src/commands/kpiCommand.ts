import type { LocalizedText } from '@aftersales/core';
import { auditService } from '../audit/serviceSection';
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
  en: `Usage: aftersales kpi <kind=path>... [options]

The KPI scorecard of a dealer's files over the period, against the manuals' targets.

${filesUsage.en}

${datasetOptionsUsage.en}
${outputOptionsUsage(tableJsonCsv).en}

Exit codes: 0 every KPI with a target meets it, 1 a KPI misses its target or rows were refused, 2 bad input.`,
  zh: `用法：aftersales kpi <类型=路径>... [选项]

按手册目标，为经销商文件在审计期间内的 KPI 计分。

${filesUsage.zh}

${datasetOptionsUsage.zh}
${outputOptionsUsage(tableJsonCsv).zh}

退出码：0 有目标的 KPI 全部达成，1 有 KPI 未达成或有被拒绝的行，2 输入有误。`,
};

const H = {
  kpi: { en: 'KPI', zh: 'KPI' },
  name: { en: 'name', zh: '名称' },
  period: { en: 'period', zh: '期间' },
  value: { en: 'value', zh: '数值' },
  unit: { en: 'unit', zh: '单位' },
  target: { en: 'target', zh: '目标' },
  status: { en: 'status', zh: '状态' },
  gap: { en: 'gap', zh: '差距' },
} satisfies Record<string, LocalizedText>;

const STATUS: Record<string, LocalizedText> = {
  met: { en: 'met', zh: '达成' },
  at_risk: { en: 'at risk', zh: '有风险' },
  missed: { en: 'missed', zh: '未达成' },
  no_data: { en: 'no data', zh: '无数据' },
  no_target: { en: 'no target', zh: '无目标' },
};

function bound(target: Record<string, unknown> | undefined): string {
  if (target === undefined) return '';
  const signs: [string, string][] = [
    ['atLeast', '≥'],
    ['above', '>'],
    ['atMost', '≤'],
    ['below', '<'],
  ];
  return signs
    .filter(([key]) => typeof target[key] === 'string')
    .map(([key, sign]) => `${sign} ${target[key]}`)
    .join(', ');
}

/** `aftersales kpi`: the scorecard of a dealer's files. */
export const kpiCommand: Command = {
  words: ['kpi'],
  summary: { en: "score a dealer's KPIs against the manuals' targets", zh: '按手册目标为经销商 KPI 计分' },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, { ...datasetOptionSpecs, ...outputOptionSpecs });
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format);
    const { dataset, read } = await loadDataset(io, positionals, values);
    const service = auditService(dataset);
    const rows = service.section.scorecard.rows;
    const t = (text: LocalizedText) => say(lang, text);
    const table: TextTable = {
      columns: [
        { header: t(H.kpi) },
        { header: t(H.name) },
        { header: t(H.period) },
        { header: t(H.value), align: 'right' },
        { header: t(H.unit) },
        { header: t(H.target) },
        { header: t(H.status) },
        { header: t(H.gap), align: 'right' },
      ],
      rows: rows.map((row) => [
        row.kpi,
        t(row.name),
        row.period?.label ?? '',
        row.value ?? '',
        row.unit,
        bound(row.target as Record<string, unknown> | undefined),
        t(STATUS[row.status] ?? { en: row.status, zh: row.status }),
        row.gap ?? '',
      ]),
    };
    const files = fileCounts(read);
    const rejected = read.rejections.length + service.rejections.length;
    const missed = rows.some((row) => row.status === 'missed');
    await writeResult(
      io,
      {
        exitCode: missed || rejected > 0 ? exitCodes.findings : exitCodes.clean,
        json: {
          dealer: dataset.dealer,
          period: dataset.period,
          scorecard: service.section.scorecard,
          inputs: { ...files.inputs, ...service.inputs },
          rejections: [...files.rejections, ...service.rejections],
        },
        lines: [`${dataset.dealer.name} · ${dataset.period.from} – ${dataset.period.to}`],
        tables: [table],
      },
      { format, ...(values.out === undefined ? {} : { out: values.out }) },
    );
    return missed || rejected > 0 ? exitCodes.findings : exitCodes.clean;
  },
};

import { AftersalesError, addCalendarMonths, type LocalizedText } from '@aftersales/core';
import {
  defaultStockingPolicy,
  demandHistory,
  parseStockingPolicy,
  type StockingPolicy,
  suggestOrder,
} from '@aftersales/parts';
import type { AuditRejection } from '../audit/auditTypes';
import { reasonOf } from '../audit/partsOrderSummary';
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
import { readJsonFile } from './readJsonFile';

const usage: LocalizedText = {
  en: `Usage: aftersales parts plan <kind=path>... [--policy FILE] [--budget AMOUNT] [--months N] [options]

The suggested order: safety stock, reorder point and min/max per part from the stock movements,
against the stock positions (stockPositions=positions.json), each line with its reason.

${filesUsage.en}

  --policy FILE       a stocking policy as JSON (default: the manual's defaults)
  --budget AMOUNT     the most the order may cost, a decimal (default: the policy's budget)
  --months N          months of movement history to plan from, ending with --as-of's month (default 24)
${datasetOptionsUsage.en}
${outputOptionsUsage(tableJsonCsv).en}

Exit codes: 0 nothing to order, 1 lines to order or refused rows, 2 bad input.`,
  zh: `用法：aftersales parts plan <类型=路径>... [--policy FILE] [--budget AMOUNT] [--months N] [选项]

建议订货：根据出入库记录计算每个零件的安全库存、再订货点与最低/最高库存，对照库存状况
（stockPositions=positions.json），每行附原因。

${filesUsage.zh}

  --policy FILE       JSON 格式的库存策略（默认取手册的默认值）
  --budget AMOUNT     订货金额上限，十进制数（默认取策略中的预算）
  --months N          用于计算的出入库历史月数，截至 --as-of 所在月（默认 24）
${datasetOptionsUsage.zh}
${outputOptionsUsage(tableJsonCsv).zh}

退出码：0 无需订货，1 有需订货的行或有被拒绝的行，2 输入有误。`,
};

const H = {
  part: { en: 'part', zh: '零件号' },
  quantity: { en: 'quantity', zh: '数量' },
  value: { en: 'value', zh: '金额' },
  abc: { en: 'ABC', zh: 'ABC' },
  onHand: { en: 'on hand', zh: '库存' },
  min: { en: 'min', zh: '最低' },
  max: { en: 'max', zh: '最高' },
  reason: { en: 'reason', zh: '原因' },
} satisfies Record<string, LocalizedText>;

function monthsOf(value: string | undefined): number {
  if (value === undefined) return 24;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw AftersalesError.of('cli.invalid_argument', ['--months'], {
      reason: `--months must be a whole number from 1 to 120 (received '${value}')`,
      reasonZh: `--months 必须是 1 到 120 之间的整数（实际为“${value}”）`,
    });
  }
  return months;
}

/** `aftersales parts plan`: the suggested order of a dealer's parts files. */
export const partsPlanCommand: Command = {
  words: ['parts', 'plan'],
  summary: { en: 'plan the parts order from movements and stock', zh: '根据出入库与库存生成建议订货' },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, {
      ...datasetOptionSpecs,
      ...outputOptionSpecs,
      policy: { type: 'string' },
      budget: { type: 'string' },
      months: { type: 'string' },
    });
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format);
    const months = monthsOf(values.months);
    const policy: StockingPolicy =
      values.policy === undefined
        ? defaultStockingPolicy
        : parseStockingPolicy(await readJsonFile(io, values.policy, '--policy'));
    const { dataset, read } = await loadDataset(io, positionals, values);
    const lastMonth = dataset.asOf.slice(0, 7);
    const history = demandHistory(dataset.parts.movements, {
      timeZone: dataset.dealer.timeZone,
      from: addCalendarMonths(`${lastMonth}-01`, 1 - months).slice(0, 7),
      to: lastMonth,
      currency: dataset.dealer.currency,
    });
    const order = suggestOrder(history, {
      parts: dataset.parts.parts,
      positions: dataset.parts.positions,
      asOf: dataset.asOf,
      policy,
      ...(values.budget === undefined ? {} : { budget: values.budget }),
    });
    const t = (text: LocalizedText) => say(lang, text);
    const ordered = order.lines.filter((line) => !/^0(\.0*)?$/.test(line.quantity));
    const table: TextTable = {
      columns: [
        { header: t(H.part) },
        { header: t(H.quantity), align: 'right' },
        { header: t(H.value), align: 'right' },
        { header: t(H.abc) },
        { header: t(H.onHand), align: 'right' },
        { header: t(H.min), align: 'right' },
        { header: t(H.max), align: 'right' },
        { header: t(H.reason) },
      ],
      rows: ordered.map((line) => [
        line.partNumber,
        line.quantity,
        line.value,
        line.abc,
        line.onHand,
        line.min,
        line.max,
        t(reasonOf(line)),
      ]),
    };
    const files = fileCounts(read);
    const refused = (input: 'parts' | 'positions') =>
      order.rejections.filter((r) => r.input === input).length;
    const count = (total: number, rejected: number) => ({
      read: total,
      accepted: total - rejected,
      rejected,
    });
    // Every record in is counted: the movements the history read, the parts and positions the plan read.
    const inputs = {
      ...files.inputs,
      'parts.movements': count(dataset.parts.movements.length, history.rejections.length),
      'parts.parts': count(dataset.parts.parts.length, refused('parts')),
      'parts.positions': count(dataset.parts.positions.length, refused('positions')),
    };
    const rejections: AuditRejection[] = [
      ...files.rejections,
      ...history.rejections.map((r) => ({ input: 'parts.movements', row: r.row, issues: r.issues })),
      ...order.rejections.map((r) => ({ input: `parts.${r.input}`, row: r.row, issues: r.issues })),
    ];
    const exitCode = ordered.length > 0 || rejections.length > 0 ? exitCodes.findings : exitCodes.clean;
    await writeResult(
      io,
      {
        exitCode,
        json: {
          asOf: dataset.asOf,
          total: order.total,
          lines: order.lines,
          unplanned: order.unplanned,
          inputs,
          rejections,
        },
        lines: [
          lang === 'zh'
            ? `建议订货 ${ordered.length} 行，合计 ${order.total} ${dataset.dealer.currency}（截至 ${dataset.asOf}）`
            : `${ordered.length} lines to order, ${order.total} ${dataset.dealer.currency} in all (as of ${dataset.asOf})`,
        ],
        tables: [table],
      },
      { format, ...(values.out === undefined ? {} : { out: values.out }) },
    );
    return exitCode;
  },
};

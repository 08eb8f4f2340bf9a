import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type FileProfile, genericProfile, validateProfile } from '@aftersales/adapter-files';
import { AftersalesError, type LocalizedText } from '@aftersales/core';
import type { DealerDataset } from '../audit/auditTypes';
import type { CliIo } from '../cli/cliIo';
import { type OptionSpecs, oneOf } from '../cli/parseOptions';
import { datasetFromFiles } from '../input/datasetFromFiles';
import { parseFileArgs } from '../input/fileArgs';
import { type FileInputs, readFileInputs } from '../input/readFileInputs';
import { type OutputFormat, outputFormats } from '../output/writeResult';

/** The options of every command that reads a dealer's files. */
export const datasetOptionSpecs = {
  profile: { type: 'string' },
  'time-zone': { type: 'string' },
  dealer: { type: 'string' },
  'dealer-name': { type: 'string' },
  brand: { type: 'string' },
  currency: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
} as const satisfies OptionSpecs;

/** The options of every command's output. */
export const outputOptionSpecs = {
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
} as const satisfies OptionSpecs;

/** The usage lines of the options above, for `--help`, in English and Chinese. */
export const datasetOptionsUsage: LocalizedText = {
  en: `  --profile P         column-mapping profile: 'generic' (default) or a JSON file
  --time-zone Z       the dealer's IANA time zone (default Asia/Shanghai)
  --dealer ID         dealer id (default: the first repair order's)
  --dealer-name N     dealer name shown in the report
  --brand B           brand the scorecard's targets are chosen by
  --currency C        ISO 4217 currency (default CNY)
  --from D, --to D    audited days, YYYY-MM-DD (default: the span of the data)
  --as-of D           the audit's "today" (default: the day after --to)`,
  zh: `  --profile P         列映射配置：'generic'（默认）或 JSON 文件
  --time-zone Z       经销商所在的 IANA 时区（默认 Asia/Shanghai）
  --dealer ID         经销商代码（默认取第一张工单的）
  --dealer-name N     报告中显示的经销商名称
  --brand B           品牌，用于选择计分卡目标
  --currency C        ISO 4217 币种（默认 CNY）
  --from D, --to D    审计日期范围，YYYY-MM-DD（默认取数据覆盖的范围）
  --as-of D           审计的"今天"（默认 --to 的次日）`,
};

/**
 * The usage lines of `--format`, `--out` and `--lang`, with the formats a command offers.
 *
 * @example
 * outputOptionsUsage({ en: 'table (default), json or csv', zh: 'table（默认）、json 或 csv' }).en;
 */
export function outputOptionsUsage(formats: LocalizedText): LocalizedText {
  return {
    en: `  --format F          ${formats.en}
  --out FILE          write to FILE instead of standard output
  --lang L            en or zh (default: AFTERSALES_LANG, LANG)`,
    zh: `  --format F          ${formats.zh}
  --out FILE          写入文件 FILE，而不是标准输出
  --lang L            en 或 zh（默认取 AFTERSALES_LANG、LANG）`,
  };
}

/** The formats most commands offer, for {@link outputOptionsUsage}. */
export const tableJsonCsv: LocalizedText = {
  en: 'table (default), json or csv',
  zh: 'table（默认）、json 或 csv',
};

async function readProfile(io: CliIo, value: string | undefined): Promise<FileProfile> {
  if (value === undefined || value === 'generic') return genericProfile;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, value), 'utf8');
  } catch (error) {
    throw AftersalesError.of('cli.unreadable_file', ['--profile'], {
      file: value,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw AftersalesError.of('cli.invalid_json', ['--profile'], {
      file: value,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return validateProfile(json);
}

type DatasetValues = { readonly [K in keyof typeof datasetOptionSpecs]?: string };

/**
 * Reads the files named on the command line into a dataset, with what was read and refused.
 *
 * @example
 * const { dataset, read } = await loadDataset(io, ['repairOrders=ro.csv'], { 'time-zone': 'Asia/Shanghai' });
 */
export async function loadDataset(
  io: CliIo,
  files: readonly string[],
  values: DatasetValues,
): Promise<{ dataset: DealerDataset; read: FileInputs }> {
  if (files.length === 0) {
    throw AftersalesError.of('cli.missing_argument', ['files'], {
      what: 'at least one file, as kind=path (e.g. repairOrders=工单.csv) or a dataset .json',
      whatZh: '至少一个文件，形如 类型=路径（如 repairOrders=工单.csv）或数据集 .json 文件',
    });
  }
  const args = parseFileArgs(files);
  const profile = await readProfile(io, values.profile);
  const timeZone = values['time-zone'] ?? 'Asia/Shanghai';
  const read = await readFileInputs(io, args, {
    profile,
    timeZone,
    ...(values.dealer === undefined ? {} : { dealerId: values.dealer }),
    currency: values.currency ?? 'CNY',
  });
  const dataset = datasetFromFiles(read, {
    timeZone,
    ...(values.dealer === undefined ? {} : { dealerId: values.dealer }),
    ...(values['dealer-name'] === undefined ? {} : { dealerName: values['dealer-name'] }),
    ...(values.brand === undefined ? {} : { brand: values.brand }),
    ...(values.currency === undefined ? {} : { currency: values.currency }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
  });
  return { dataset, read };
}

/**
 * The output format asked for, checked against the ones the command offers.
 *
 * @example
 * formatOf('json', ['table', 'json', 'csv']); // 'json'
 */
export function formatOf(
  value: string | undefined,
  allowed: readonly OutputFormat[] = outputFormats.filter((format) => format !== 'html'),
): OutputFormat {
  return value === undefined ? 'table' : oneOf('--format', value, allowed);
}

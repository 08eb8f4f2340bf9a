import { AftersalesError, type LocalizedText } from '@aftersales/core';
import {
  californiaLemonLaw,
  cnSanbao2013,
  cnSanbao2021,
  evaluateWarranty,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
  type Jurisdiction,
  parseWarrantyPolicy,
  type WarrantyPolicy,
} from '@aftersales/warranty';
import { exitCodes } from '../cli/exitCodes';
import { chooseLang, say } from '../cli/messages';
import { oneOf, parseOptions } from '../cli/parseOptions';
import type { TextTable } from '../output/renderTable';
import { writeResult } from '../output/writeResult';
import type { Command } from './command';
import { formatOf, outputOptionSpecs, outputOptionsUsage, tableJsonCsv } from './datasetOptions';
import { readJsonFile } from './readJsonFile';

const packs: readonly Jurisdiction[] = [cnSanbao2021, cnSanbao2013, californiaLemonLaw];
const packIds = packs.map((pack) => pack.id);

const usage: LocalizedText = {
  en: `Usage: aftersales warranty check <request.json> [--policy FILE]... [--jurisdiction ID]... [--time-zone Z] [--format table|json|csv] [--out FILE] [--lang en|zh]

Decides whether a repair is covered: the carmaker's policy, and the legal rule packs of the
vehicle's market, each step with its rule id and citation.

  --policy FILE       a carmaker's warranty policy as JSON (repeat for its versions; default: the
                      bundled sample policies huaxia-2022 and huaxia-2024)
  --jurisdiction ID   a legal rule pack: ${packIds.join(', ')} (repeat; default: the 三包 packs)
  --time-zone Z       the dealer's IANA time zone (default Asia/Shanghai)
${outputOptionsUsage(tableJsonCsv).en}

Exit codes: 0 covered, 1 not covered or needs pre-authorization, 2 bad input.`,
  zh: `用法：aftersales warranty check <request.json> [--policy FILE]... [--jurisdiction ID]... [--time-zone Z] [--format table|json|csv] [--out FILE] [--lang en|zh]

判定一次维修是否在保：依据主机厂保修政策及车辆所在市场的法规规则包，每一步给出规则编号与依据。

  --policy FILE       JSON 格式的主机厂保修政策（可重复给出各版本；默认为内置示例政策
                      huaxia-2022 与 huaxia-2024）
  --jurisdiction ID   法规规则包：${packIds.join('、')}（可重复；默认为三包规则包）
  --time-zone Z       经销商所在的 IANA 时区（默认 Asia/Shanghai）
${outputOptionsUsage(tableJsonCsv).zh}

退出码：0 在保，1 不在保或需预授权，2 输入有误。`,
};

const H = {
  rule: { en: 'rule', zh: '规则' },
  status: { en: 'status', zh: '结果' },
  cite: { en: 'citation', zh: '依据' },
  message: { en: 'message', zh: '说明' },
  outcome: { en: 'outcome', zh: '结论' },
} satisfies Record<string, LocalizedText>;

const OUTCOME: Record<string, LocalizedText> = {
  covered: { en: 'covered', zh: '在保' },
  not_covered: { en: 'not covered', zh: '不在保' },
  needs_preauthorization: { en: 'needs pre-authorization', zh: '需预授权' },
};

/** `aftersales warranty check`: one warranty decision with its trace. */
export const warrantyCheckCommand: Command = {
  words: ['warranty', 'check'],
  summary: {
    en: 'decide whether a repair is covered, with the cited trace',
    zh: '判定维修是否在保，并给出依据',
  },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, {
      ...outputOptionSpecs,
      policy: { type: 'string', multiple: true },
      jurisdiction: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
    });
    const lang = chooseLang(values.lang ?? io.lang, io.env);
    const format = formatOf(values.format);
    const [file, extra] = positionals;
    if (file === undefined) {
      throw AftersalesError.of('cli.missing_argument', ['request'], {
        what: 'a warranty request as a JSON file',
        whatZh: 'JSON 格式的保修判定请求文件',
      });
    }
    if (extra !== undefined) {
      throw AftersalesError.of('cli.invalid_argument', [extra], {
        reason: `one request at a time (received '${extra}' too)`,
        reasonZh: `每次只判定一个请求（多出“${extra}”）`,
      });
    }
    const request = await readJsonFile(io, file, 'request');
    const policies: WarrantyPolicy[] = [];
    for (const path of values.policy ?? [])
      policies.push(parseWarrantyPolicy(await readJsonFile(io, path, '--policy')));
    const chosen = (values.jurisdiction ?? ['cn-sanbao-2021', 'cn-sanbao-2013']).map((id) =>
      oneOf('--jurisdiction', id, packIds),
    );
    const decision = evaluateWarranty(request as Parameters<typeof evaluateWarranty>[0], {
      policy: policies.length > 0 ? policies : [huaxiaPolicy2022, huaxiaPolicy2024],
      jurisdictions: packs.filter((pack) => chosen.includes(pack.id)),
      timeZone: values['time-zone'] ?? 'Asia/Shanghai',
    });
    const t = (text: LocalizedText) => say(lang, text);
    const table: TextTable = {
      columns: [
        { header: t(H.rule) },
        { header: t(H.status) },
        { header: t(H.cite) },
        { header: t(H.message) },
      ],
      rows: decision.trace.map((step) => [step.rule, step.status, step.cite, t(step.message)]),
    };
    const exitCode = decision.outcome === 'covered' ? exitCodes.clean : exitCodes.findings;
    await writeResult(
      io,
      {
        exitCode,
        json: decision,
        lines: [
          `${t(H.outcome)}: ${t(OUTCOME[decision.outcome] ?? { en: decision.outcome, zh: decision.outcome })}`,
        ],
        tables: [table],
      },
      { format, ...(values.out === undefined ? {} : { out: values.out }) },
    );
    return exitCode;
  },
};

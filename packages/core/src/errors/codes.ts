import type { LocalizedText } from '../i18n/LocalizedText';
import { zhTerm } from './zhTerms';

/** Parameters a message template may read; plain JSON so an issue stays serializable. */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

type Template = (params: IssueParams) => LocalizedText;

// Never throws: a symbol, or an object whose toString throws, becomes a plain description.
const one = (value: unknown): string => {
  if (typeof value === 'symbol') return 'a symbol';
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
};
const s = (value: unknown): string => (Array.isArray(value) ? value.map(one).join(', ') : one(value));

/**
 * The Chinese of a prose parameter (a format, a type name, a reason): its `<key>Zh` twin from the
 * call site, else core's term table, else the text as given (a user's value, a name).
 */
const zh = (p: IssueParams, key: string): string => {
  const twin = p[`${key}Zh`];
  if (twin !== undefined && twin !== null) return s(twin);
  const text = s(p[key]);
  return zhTerm(text) ?? text;
};
// A Latin word after Chinese gets a space (应为 BigInt); Chinese runs on (应为整数).
const spaced = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/**
 * Every error code the library can produce, with its English and Chinese message.
 *
 * Codes are stable: a DMS may branch on them, translate them, or count them. Add new codes here,
 * never rename one. Grouped by the area that raises them.
 */
const catalog = {
  // Input shape (raised while validating records against the domain schemas).
  'input.required': () => ({ en: 'is required', zh: '为必填项' }),
  'input.invalid_type': (p) => ({
    en: `must be ${s(p.expected)} (received ${s(p.received)})`,
    zh: `应为${spaced(zh(p, 'expected'))}（实际为${spaced(zh(p, 'received'))}）`,
  }),
  'input.invalid_value': (p) => ({
    en: `must be one of: ${s(p.allowed)}`,
    zh: `必须是以下之一：${s(p.allowed)}`,
  }),
  'input.invalid_format': (p) => ({
    en: `is not a valid ${s(p.format)}`,
    zh: `不是有效的${spaced(zh(p, 'format'))}`,
  }),
  'input.too_small': (p) => ({
    en: `must be ${p.inclusive === false ? 'greater than' : 'at least'} ${s(p.minimum)}`,
    zh: `必须${p.inclusive === false ? '大于' : '不小于'} ${zh(p, 'minimum')}`,
  }),
  'input.too_big': (p) => ({
    en: `must be ${p.inclusive === false ? 'less than' : 'at most'} ${s(p.maximum)}`,
    zh: `必须${p.inclusive === false ? '小于' : '不大于'} ${zh(p, 'maximum')}`,
  }),
  'input.unrecognized_keys': (p) => ({
    en: `has unknown field(s): ${s(p.keys)}`,
    zh: `含有未知字段：${s(p.keys)}`,
  }),
  'input.inconsistent': (p) => ({
    en: `is inconsistent: ${s(p.reason)}`,
    zh: `前后不一致：${zh(p, 'reason')}`,
  }),
  'input.invalid': (p) => ({
    en: `is invalid${p.detail ? `: ${s(p.detail)}` : ''}`,
    zh: `无效${p.detail ? `：${zh(p, 'detail')}` : ''}`,
  }),

  // Vehicle identification number (ISO 3779 / GB 16735).
  'vin.length': (p) => ({
    en: `VIN must have 17 characters (has ${s(p.length)})`,
    zh: `车辆识别代号（VIN）应为17位（实际 ${s(p.length)} 位）`,
  }),
  'vin.character': (p) => ({
    en: `VIN contains a character not allowed by ISO 3779 at position ${s(p.position)}: '${s(p.character)}' (letters I, O, Q are never used)`,
    zh: `VIN 第 ${s(p.position)} 位含有不允许的字符“${s(p.character)}”（不得使用字母 I、O、Q）`,
  }),
  'vin.check_digit': (p) => ({
    en: `VIN check digit (position 9) is '${s(p.actual)}' but should be '${s(p.expected)}'; the VIN is mistyped`,
    zh: `VIN 校验位（第9位）为“${s(p.actual)}”，应为“${s(p.expected)}”，VIN 录入有误`,
  }),

  // Money.
  'money.float': (p) => ({
    en: `${s(p.value)} is a non-integer JS number; pass a decimal string (e.g. '12.34') or integer minor units`,
    zh: `${s(p.value)} 是非整数的 JS 数值；请传入十进制字符串（如“12.34”）或以分为单位的整数`,
  }),
  'money.unsafe_integer': (p) => ({
    en: `${s(p.value)} is beyond the JS safe-integer range (±9007199254740991) and may have lost digits; pass a decimal string or a bigint`,
    zh: `${s(p.value)} 超出 JS 安全整数范围（±9007199254740991），可能已丢失精度；请传入十进制字符串或 BigInt`,
  }),
  'money.invalid_amount': (p) => ({
    en: `'${s(p.value)}' is not a decimal amount`,
    zh: `“${s(p.value)}”不是有效的十进制金额`,
  }),
  'money.invalid_currency': (p) => ({
    en: `'${s(p.currency ?? p.value)}' is not an ISO 4217 currency code`,
    zh: `“${s(p.currency ?? p.value)}”不是 ISO 4217 货币代码`,
  }),
  'money.currency_mismatch': (p) => ({
    en: `cannot combine ${s(p.left)} with ${s(p.right)}`,
    zh: `不能将 ${s(p.left)} 与 ${s(p.right)} 混合计算`,
  }),
  'money.invalid_ratios': (p) => ({
    en: `allocation ratios must be non-negative decimals with a positive sum (${s(p.reason)})`,
    zh: `分摊比例必须为非负数且总和大于零（${zh(p, 'reason')}）`,
  }),
  'money.not_minor_units': (p) => ({
    en: `${s(p.value)} is not a whole number of minor units (e.g. fen); round it first with an explicit rounding mode`,
    zh: `${s(p.value)} 不是整数个最小货币单位（如分）；请先按明确的舍入方式取整`,
  }),
  'money.invalid_rounding': (p) => ({
    en: `'${s(p.rounding)}' is not a rounding mode`,
    zh: `“${s(p.rounding)}”不是有效的舍入方式`,
  }),

  // Business time.
  'time.invalid_date': (p) => ({
    en: `'${s(p.value)}' is not a calendar date (YYYY-MM-DD)`,
    zh: `“${s(p.value)}”不是有效日期（YYYY-MM-DD）`,
  }),
  'time.invalid_instant': (p) => ({
    en: `'${s(p.value)}' is not an instant (ISO 8601 with a UTC offset, e.g. 2024-03-01T09:30:00+08:00)`,
    zh: `“${s(p.value)}”不是有效时刻（需带时区偏移的 ISO 8601，如 2024-03-01T09:30:00+08:00）`,
  }),
  'time.invalid_zone': (p) => ({
    en: `'${s(p.value)}' is not an IANA time zone (e.g. Asia/Shanghai)`,
    zh: `“${s(p.value)}”不是 IANA 时区（如 Asia/Shanghai）`,
  }),
  'time.invalid_range': (p) => ({
    en: `the range ends (${s(p.end)}) before it starts (${s(p.start)})${p.reason ? `: ${s(p.reason)}` : ''}`,
    zh: `区间结束（${s(p.end)}）早于开始（${s(p.start)}）${p.reason ? `：${zh(p, 'reason')}` : ''}`,
  }),
  'time.invalid_period': (p) => ({
    en: `invalid period: ${s(p.reason)}`,
    zh: `期限无效：${zh(p, 'reason')}`,
  }),
  'time.invalid_calendar': (p) => ({
    en: `invalid business calendar: ${s(p.reason)}`,
    zh: `营业日历无效：${zh(p, 'reason')}`,
  }),
  'time.range_too_long': (p) => ({
    en: `the range ${s(p.start)} … ${s(p.end)} spans more than ${s(p.maximum)} days, the most business time is counted over`,
    zh: `区间 ${s(p.start)} … ${s(p.end)} 超过 ${s(p.maximum)} 天，超出营业时间的计算上限`,
  }),

  // Pricing.
  'pricing.unpriced_line': (p) => ({
    en: `has no amount and no labor rate for pay type ${s(p.payType)}: the line cannot be priced`,
    zh: `既无金额也无 ${s(p.payType)} 付费类型的工时单价，无法计价`,
  }),

  // Decisions.
  'decision.invalid_citation': (p) => ({
    en: `'${s(p.value)}' is not a citation (regulation:<id>#<article>, manual:<key> or oem:<policy>#<field>)`,
    zh: `“${s(p.value)}”不是有效出处（regulation:<id>#<条款>、manual:<键> 或 oem:<政策>#<字段>）`,
  }),

  // Flows (state machines, event logs).
  'flow.invalid_definition': (p) => ({
    en: `invalid flow definition: ${s(p.reason)}`,
    zh: `流程定义无效：${zh(p, 'reason')}`,
  }),
  'flow.rejected_event': (p) => ({
    en: `event ${s(p.index)} ('${s(p.event)}') was refused in state '${s(p.state)}': ${s(p.reason)}`,
    zh: `第 ${s(p.index)} 个事件（“${s(p.event)}”）在状态“${s(p.state)}”下被拒绝：${zh(p, 'reason')}`,
  }),
  'flow.unknown_version': (p) => ({
    en: `flow '${s(p.flow)}' has no version ${s(p.version)} (known: ${s(p.known)})`,
    zh: `流程“${s(p.flow)}”没有版本 ${s(p.version)}（已知版本：${s(p.known)}）`,
  }),
  'flow.no_migration': (p) => ({
    en: `flow '${s(p.flow)}' has no migration from version ${s(p.from)} to ${s(p.to)}`,
    zh: `流程“${s(p.flow)}”缺少从版本 ${s(p.from)} 到 ${s(p.to)} 的迁移`,
  }),
  'flow.state_mismatch': (p) => ({
    en: `the state belongs to flow '${s(p.stateFlow)}' version ${s(p.stateVersion)}, not '${s(p.flow)}' version ${s(p.version)}`,
    zh: `该状态属于流程“${s(p.stateFlow)}”版本 ${s(p.stateVersion)}，而不是“${s(p.flow)}”版本 ${s(p.version)}`,
  }),

  // KPIs (definitions as data, and the records they read).
  'kpi.invalid_definition': (p) => ({
    en: `KPI '${s(p.kpi)}' is invalid: ${s(p.reason)}`,
    zh: `指标“${s(p.kpi)}”定义无效：${zh(p, 'reason')}`,
  }),
  'kpi.currency_mismatch': (p) => ({
    en: `is in ${s(p.currency)}, but this report sums ${s(p.expected)} (pass currency to report another)`,
    zh: `币种为 ${s(p.currency)}，但本报表按 ${s(p.expected)} 汇总（可通过 currency 选项指定）`,
  }),

  // Parts (stock policy over movements, positions and the parts master).
  'parts.currency_mismatch': (p) => ({
    en: `is in ${s(p.currency)}, but this plan is in ${s(p.expected)} (pass currency to plan in another)`,
    zh: `币种为 ${s(p.currency)}，但本计划按 ${s(p.expected)} 计算（可通过 currency 选项指定）`,
  }),
  'parts.supersession_cycle': (p) => ({
    en: `part ${s(p.partNumber)} is in a supersession cycle (${s(p.chain)}): no part number to order`,
    zh: `配件 ${s(p.partNumber)} 的替代关系成环（${s(p.chain)}），无法确定订货件号`,
  }),
  'parts.unknown_part': (p) => ({
    en: `part ${s(p.partNumber)} is not in the parts master`,
    zh: `配件 ${s(p.partNumber)} 不在配件主数据中`,
  }),
  'parts.duplicate': (p) => ({
    en: `part ${s(p.partNumber)} appears more than once (first in row ${s(p.firstRow)})`,
    zh: `配件 ${s(p.partNumber)} 重复出现（首次在第 ${s(p.firstRow)} 行）`,
  }),
  'parts.no_cost': (p) => ({
    en: `part ${s(p.partNumber)} has no unit cost (in its stock position or the parts master): its order cannot be valued`,
    zh: `配件 ${s(p.partNumber)} 无成本单价（库存明细与配件主数据均无），无法计算订货金额`,
  }),

  // Warranty: policies, jurisdictions, eligibility requests and claim audits.
  'warranty.invalid_policy': (p) => ({
    en: `invalid warranty policy: ${s(p.reason)}`,
    zh: `保修政策无效：${zh(p, 'reason')}`,
  }),
  'warranty.no_policy': (p) => ({
    en: `no warranty policy is in force for ${s(p.vehicle)} sold on ${s(p.soldOn)}`,
    zh: `${s(p.vehicle)}（销售日期 ${zh(p, 'soldOn')}）没有适用的保修政策`,
  }),
  'warranty.invalid_jurisdiction': (p) => ({
    en: `invalid jurisdiction: ${s(p.reason)}`,
    zh: `法规包无效：${zh(p, 'reason')}`,
  }),
  'warranty.missing_fact': (p) => ({
    en: `${s(p.fact)} is needed to decide (${s(p.rule)})`,
    zh: `判定需要${spaced(zh(p, 'fact'))}（${s(p.rule)}）`,
  }),
  'warranty.currency_mismatch': (p) => ({
    en: `amounts are in ${s(p.received)} but the policy is in ${s(p.expected)}`,
    zh: `金额币种为 ${s(p.received)}，但政策币种为 ${s(p.expected)}`,
  }),
  'warranty.duplicate': (p) => ({
    en: `${s(p.what)} ${s(p.id)} appears more than once (first in row ${s(p.firstRow)})`,
    zh: `${zh(p, 'what')} ${s(p.id)} 重复出现（首次在第 ${s(p.firstRow)} 行）`,
  }),

  // Files (adapter-files): a file that cannot be read as a whole, and mapping profiles.
  'file.encoding': (p) => ({
    en: `is not valid ${s(p.encoding)} text (first bad byte at offset ${s(p.offset)})`,
    zh: `不是有效的 ${zh(p, 'encoding')} 文本（第一个错误字节在偏移 ${s(p.offset)}）`,
  }),
  'file.no_header': () => ({
    en: 'has no header row (the first line must name the columns)',
    zh: '没有表头行（第一行必须是列名）',
  }),
  'file.missing_column': (p) => ({
    en: `has no column for ${s(p.field)} (looked for: ${s(p.columns)})`,
    zh: `缺少 ${s(p.field)} 对应的列（查找的列名：${s(p.columns)}）`,
  }),
  'file.duplicate_column': (p) => ({
    en: `names column '${s(p.column)}' more than once`,
    zh: `列名“${s(p.column)}”重复`,
  }),
  'file.malformed_row': (p) => ({
    en: `cannot be read: ${s(p.reason)}`,
    zh: `无法读取：${zh(p, 'reason')}`,
  }),
  'file.unmapped_code': (p) => ({
    en: `'${s(p.value)}' is not a known code for ${s(p.field)} (mapped: ${s(p.known)})`,
    zh: `“${s(p.value)}”不是 ${s(p.field)} 的已知代码（已映射：${s(p.known)}）`,
  }),
  'file.invalid_profile': (p) => ({
    en: `invalid column-mapping profile: ${s(p.reason)}`,
    zh: `列映射配置无效：${zh(p, 'reason')}`,
  }),
  'file.unreadable': (p) => ({
    en: `cannot be read: ${s(p.reason)}`,
    zh: `无法读取文件：${zh(p, 'reason')}`,
  }),
  'file.invalid_json': (p) => ({
    en: `is not a JSON array of objects: ${s(p.reason)}`,
    zh: `不是由对象组成的 JSON 数组：${zh(p, 'reason')}`,
  }),
  'file.orphan_line': (p) =>
    p.claimNumber !== undefined
      ? {
          en: `belongs to claim ${s(p.claimNumber)}, which ${p.rejected === true ? 'was rejected with its lines' : 'is not among the claims read from the claim file'}`,
          zh: `所属索赔单 ${s(p.claimNumber)}${p.rejected === true ? '已连同其明细被拒收' : '不在索赔单文件已读入的索赔单中'}`,
        }
      : {
          en: `belongs to RO ${s(p.roNumber)}, which ${p.rejected === true ? 'was rejected with its lines' : 'is not among the ROs read from the header file'}`,
          zh: `所属工单 ${s(p.roNumber)}${p.rejected === true ? '已连同其明细被拒收' : '不在工单主表已读入的工单中'}`,
        },
  'file.duplicate_key': (p) => ({
    en: `${s(p.key)} '${s(p.value)}' was already read in row ${s(p.firstRow)}`,
    zh: `${s(p.key)}“${s(p.value)}”已在第 ${s(p.firstRow)} 行出现`,
  }),

  // STAR documents (adapter-star).
  'star.lenient_value': (p) => ({
    en: `'${s(p.value)}' is not in STAR's ${s(p.list)} list; read as ${s(p.readAs)}`,
    zh: `“${s(p.value)}”不在 STAR 的 ${zh(p, 'list')} 列表中；按 ${zh(p, 'readAs')} 读取`,
  }),
  'star.unmappable': (p) => ({
    en: `cannot be mapped to the aftersales model: ${s(p.reason)}`,
    zh: `无法映射到 aftersales 模型：${zh(p, 'reason')}`,
  }),
  'star.kept_in_extensions': (p) => ({
    en: `has STAR field(s) with no place in the aftersales model, kept in extensions.star: ${s(p.keys)}`,
    zh: `含有 aftersales 模型中无对应字段的 STAR 字段，已保存在 extensions.star 中：${s(p.keys)}`,
  }),
  'star.assumed_value': (p) => ({
    en: `is absent from the STAR document; taken as ${s(p.readAs)} (${s(p.reason)})`,
    zh: `STAR 文档中缺少该值；按 ${zh(p, 'readAs')} 处理（${zh(p, 'reason')}）`,
  }),
  'star.total_mismatch': (p) => ({
    en: `says ${s(p.stated)} but ${s(p.what)} give ${s(p.computed)}; both are kept as sent`,
    zh: `记载为 ${s(p.stated)}，但${zh(p, 'what')}合计为 ${s(p.computed)}；两者均按原值保留`,
  }),
  'star.not_exported': (p) => ({
    en: `has no place in a STAR repair order and is left out of the export: ${s(p.reason)}`,
    zh: `STAR 工单中没有对应字段，导出时省略：${zh(p, 'reason')}`,
  }),

  // HTTP service (adapter-http): requests refused before they reach a rule.
  'http.unauthorized': () => ({
    en: 'needs a valid API key (header x-api-key or Authorization: Bearer)',
    zh: '需要有效的 API 密钥（请求头 x-api-key 或 Authorization: Bearer）',
  }),
  'http.payload_too_large': (p) => ({
    en: `request body is larger than the limit of ${s(p.limit)} bytes`,
    zh: `请求体超过 ${s(p.limit)} 字节的上限`,
  }),
  'http.unsupported_media_type': (p) => ({
    en: `request body must be application/json (received ${s(p.received)})`,
    zh: `请求体必须是 application/json（实际为 ${zh(p, 'received')}）`,
  }),
  'http.invalid_json': (p) => ({
    en: `request body is not valid JSON: ${s(p.reason)}`,
    zh: `请求体不是有效的 JSON：${zh(p, 'reason')}`,
  }),
  'http.forbidden_key': (p) => ({
    en: `key '${s(p.key)}' is not accepted in a request body`,
    zh: `请求体中不接受键“${s(p.key)}”`,
  }),
  'http.too_deep': (p) => ({
    en: `request body nests arrays and objects deeper than ${s(p.limit)} levels`,
    zh: `请求体中数组与对象的嵌套超过 ${s(p.limit)} 层`,
  }),
  'http.not_found': (p) => ({
    en: `no endpoint ${s(p.method)} ${s(p.path)} (see /openapi.json)`,
    zh: `没有接口 ${s(p.method)} ${s(p.path)}（见 /openapi.json）`,
  }),
  'http.internal': (p) => ({
    en: `the service failed on this request (reference ${s(p.reference)})`,
    zh: `服务处理该请求时出错（参考号 ${s(p.reference)}）`,
  }),

  // SQL (adapter-sql): KPI definitions that cannot run in a database.
  'sql.unsupported': (p) => ({
    en: `KPI '${s(p.kpi)}' cannot be compiled to SQL: ${s(p.reason)}`,
    zh: `KPI“${s(p.kpi)}”无法编译为 SQL：${zh(p, 'reason')}`,
  }),

  // UI store (adapter-ui): a subscriber's own failure, reported without stopping the others.
  'ui.listener_failed': (p) => ({
    en: `a store listener threw: ${s(p.detail)}`,
    zh: `状态仓库的监听函数抛出错误：${zh(p, 'detail')}`,
  }),

  // Command line (@aftersales/cli): arguments and files refused before any rule runs (exit code 2).
  'cli.unknown_command': (p) => ({
    en: `no command '${s(p.command)}' (run aftersales --help)`,
    zh: `没有命令“${s(p.command)}”（运行 aftersales --help 查看）`,
  }),
  'cli.invalid_argument': (p) => ({
    en: `invalid argument: ${s(p.reason)}`,
    zh: `参数无效：${zh(p, 'reason')}`,
  }),
  'cli.missing_argument': (p) => ({
    en: `needs ${s(p.what)}`,
    zh: `缺少${spaced(zh(p, 'what'))}`,
  }),
  'cli.unreadable_file': (p) => ({
    en: `cannot read file ${s(p.file)}: ${s(p.reason)}`,
    zh: `无法读取文件 ${s(p.file)}：${zh(p, 'reason')}`,
  }),
  'cli.unwritable_file': (p) => ({
    en: `cannot write file ${s(p.file)}: ${s(p.reason)}`,
    zh: `无法写入文件 ${s(p.file)}：${zh(p, 'reason')}`,
  }),
  'cli.invalid_json': (p) => ({
    en: `file ${s(p.file)} is not valid JSON: ${s(p.reason)}`,
    zh: `文件 ${s(p.file)} 不是有效的 JSON：${zh(p, 'reason')}`,
  }),

  // Plugins and the registry.
  'plugin.invalid': (p) => ({
    en: `invalid plugin: ${s(p.reason)}`,
    zh: `插件无效：${zh(p, 'reason')}`,
  }),
  'plugin.duplicate_id': (p) => ({
    en: `plugin '${s(p.id)}' is registered twice`,
    zh: `插件“${s(p.id)}”被重复注册`,
  }),
  'plugin.duplicate_contribution': (p) => ({
    en: `${s(p.kind)} '${s(p.id)}' is contributed by both '${s(p.first)}' and '${s(p.second)}'`,
    zh: `${zh(p, 'kind')}“${s(p.id)}”同时由插件“${s(p.first)}”和“${s(p.second)}”提供`,
  }),
  'registry.unknown': (p) => ({
    en: `no ${s(p.kind)} with id '${s(p.id)}' is registered`,
    zh: `未注册 id 为“${s(p.id)}”的${zh(p, 'kind')}`,
  }),
} satisfies Record<string, Template>;

/**
 * The stable code of an {@link AftersalesIssue}. See `docs/errors.md` for the full list.
 *
 * - `input.*`: a record does not match its schema (type, format, range, unknown field).
 * - `vin.*`: a VIN fails ISO 3779 / GB 16735 structure or check digit.
 * - `money.*`: a float, a malformed amount, a currency mix, bad allocation ratios.
 * - `time.*`: a malformed date, instant, time zone, period or business calendar.
 * - `pricing.*`: a repair-order line that cannot be priced.
 * - `flow.*`: flow definitions, refused events in a replayed log, versions and migrations.
 * - `kpi.*`: KPI definitions that do not check, and records in another currency than the report's.
 * - `warranty.*`: warranty policies and jurisdictions that do not check, facts a decision needs,
 *   claims for unknown vehicles, duplicates and currency mixes.
 * - `file.*`: files that cannot be read as a whole, unmapped codes and bad column-mapping profiles.
 * - `star.*`: STAR documents read leniently or that cannot be mapped.
 * - `http.*`: HTTP requests refused before they reach a rule.
 * - `sql.*`: KPI definitions that cannot be compiled to SQL.
 * - `ui.*`: a UI store's subscriber that threw (reported, never stopping the store).
 * - `decision.*`, `plugin.*`, `registry.*`: rule traces and the plugin registry.
 */
export type ErrorCode = keyof typeof catalog;

/** All codes, for documentation and exhaustive tests. */
export const errorCodes = Object.freeze(Object.keys(catalog) as ErrorCode[]);

/** Renders the English and Chinese message of `code` with its parameters. */
export function describeError(code: ErrorCode, params: IssueParams = {}): LocalizedText {
  if (!isErrorCode(code)) {
    return catalog['input.invalid']({
      detail: `'${one(code)}' is not an error code (see docs/errors.md)`,
      detailZh: `“${one(code)}”不是错误代码（见 docs/errors.md）`,
    });
  }
  return catalog[code](params !== null && typeof params === 'object' ? params : {});
}

/** True when `value` is one of the documented {@link ErrorCode}s. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(catalog, value);
}

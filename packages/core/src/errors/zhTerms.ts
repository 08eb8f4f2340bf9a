/**
 * Chinese for the English terms call sites pass into message templates: format names
 * (`input.invalid_format`), type names (`input.invalid_type`'s `expected` and `received`, as
 * written by hand or given by `typeName`, `typeof` and zod), encodings and the kinds of registry
 * entries.
 *
 * A term is shared vocabulary, the same few words in every package ('decimal string', 'array',
 * 'an integer'), so it is translated once, here, instead of at some 300 call sites. A sentence (a
 * `reason`, a `detail`) is not a term: its call site passes its Chinese twin (`reasonZh`).
 * tests/docs/zh-messages.test.ts renders every template with the terms written at every call
 * site and fails on an English word, so a new term without its Chinese is caught.
 */

/** Formats: what a string must look like. */
const formats: readonly (readonly [string, string])[] = [
  // Named by fromZod for zod's string formats.
  ['calendar date (YYYY-MM-DD)', '日期（YYYY-MM-DD）'],
  ['ISO 8601 date-time with offset', '带时区偏移的 ISO 8601 日期时间'],
  ['e-mail address', '电子邮件地址'],
  ['value of the expected pattern', '符合规定格式的值'],
  // Dates, times and months.
  ['date', '日期'],
  ['calendar date YYYY-MM-DD', '日期（YYYY-MM-DD）'],
  ['date YYYY-MM-DD', '日期（YYYY-MM-DD）'],
  ['a date YYYY-MM-DD', '日期（YYYY-MM-DD）'],
  ['an ISO 8601 instant with an offset', '带时区偏移的 ISO 8601 时刻'],
  ['time of day (HH:MM)', '时刻（HH:MM）'],
  ['time of day (HH:mm, 00:00–24:00)', '时刻（HH:mm，00:00–24:00）'],
  ['time of day (HH:mm, 00:00–23:59)', '时刻（HH:mm，00:00–23:59）'],
  ['month YYYY-MM (e.g. 2024-01)', '月份 YYYY-MM（如 2024-01）'],
  ['non-empty list of months YYYY-MM', '非空的月份列表（YYYY-MM）'],
  ['consecutive months YYYY-MM', '连续的月份（YYYY-MM）'],
  // Numbers written as text.
  ['whole number', '整数'],
  ['whole number ≥ 0', '不小于 0 的整数'],
  ['decimal string', '十进制数字字符串'],
  ['decimal string (e.g. 98 or 0.3)', '十进制数字字符串（如 98 或 0.3）'],
  ['decimal string, at most four places', '十进制数字字符串，最多四位小数'],
  ['decimal string, at most eight places', '十进制数字字符串，最多八位小数'],
  ['a decimal (at most 4 places)', '十进制数（最多 4 位小数）'],
  ['an amount (at most 4 places)', '金额（最多 4 位小数）'],
  ['decimal with at most four places (e.g. 1.5)', '最多四位小数的十进制数（如 1.5）'],
  [
    'decimal with at most four places (and at most 879,609,302 units)',
    '最多四位小数的十进制数（且不超过 879,609,302 个单位）',
  ],
  ["non-negative decimal percentage (e.g. '0.3')", '非负的十进制百分数（如“0.3”）'],
  // Names and codes.
  ['identifier (no surrounding spaces)', '标识符（首尾不得有空格）'],
  [
    'rule id (dotted lower-case, e.g. cn-sanbao-2021.seven-days)',
    '规则 id（以点分隔的小写字母，如 cn-sanbao-2021.seven-days）',
  ],
  ['policy id (letters, digits, ".", "_", "-")', '政策 id（字母、数字、“.”“_”“-”）'],
  ['citation (oem:<policy>#<field>, manual:<key>, …)', '出处（oem:<政策>#<字段>、manual:<键> 等）'],
  ['BCP 47 locale tag (e.g. zh-CN)', 'BCP 47 语言区域标记（如 zh-CN）'],
  ['ISO 4217 currency code', 'ISO 4217 货币代码'],
  [
    'a plain SQL identifier (letters, digits, _; at most 63)',
    '普通 SQL 标识符（字母、数字和 _，最多 63 个字符）',
  ],
  ['part number', '配件号'],
  ['each part once', '每个配件只出现一次'],
  ['list of part demands', '配件需求列表'],
];

/** Types: what a value must be (`expected`) and what it was (`received`). */
const types: readonly (readonly [string, string])[] = [
  // JavaScript's own (typeof, typeName, zod's `expected`); null, undefined and NaN stay as written.
  ['string', '字符串'],
  ['number', '数字'],
  ['bigint', 'BigInt'],
  ['boolean', '布尔值'],
  ['symbol', 'Symbol'],
  ['object', '对象'],
  ['function', '函数'],
  ['array', '数组'],
  ['int', '整数'],
  ['date', '日期'],
  ['record', '对象'],
  ['map', 'Map'],
  ['set', 'Set'],
  ['tuple', '元组'],
  ['nan', 'NaN'],
  ['never', '（不应有值）'],
  ['void', 'undefined'],
  ['nonoptional', '非空值'],
  ['file', '文件'],
  // describeValue's descriptions, and other stand-ins for what was received.
  ['a string', '字符串'],
  ['a boolean', '布尔值'],
  ['a symbol', 'Symbol'],
  ['a function', '函数'],
  ['an array', '数组'],
  ['an object', '对象'],
  ['something else', '其他值'],
  ['other', '其他值'],
  ['no Content-Type', '无 Content-Type'],
  // Numbers.
  ['an integer', '整数'],
  ['an integer ≥ 1', '不小于 1 的整数'],
  ['whole number of days', '整数天数'],
  ['a finite number', '有限数值'],
  ['a positive number', '正数'],
  ['a probability strictly between 0 and 1', '严格介于 0 与 1 之间的概率'],
  ['a row number (a whole number, 0 or more)', '行号（不小于 0 的整数）'],
  ['milliseconds since 1970 (a finite number)', '自 1970 年起的毫秒数（有限数值）'],
  ['a bigint', 'BigInt'],
  ['a bigint or safe integer', 'BigInt 或安全整数'],
  ['a safe integer or BigInt of fixed units', '以固定单位计的安全整数或 BigInt'],
  ['integer minor units', '以最小货币单位计的整数'],
  ['an exact decimal', '精确十进制数'],
  ["decimal string (e.g. '0.3')", '十进制数字字符串（如“0.3”）'],
  ['Money', '金额（Money）'],
  ['MinorUnitSum', 'MinorUnitSum 对象'],
  // Text and time.
  ['non-empty string', '非空字符串'],
  ['a string or null', '字符串或 null'],
  ['string, number or boolean', '字符串、数字或布尔值'],
  ['text, number or boolean', '文本、数字或布尔值'],
  ['{ en, zh }', '{ en, zh } 对象'],
  ['{ en, zh } with non-empty text', '文本非空的 { en, zh } 对象'],
  ['a locale tag', '语言区域标记'],
  ['a calendar date string (YYYY-MM-DD)', '日期字符串（YYYY-MM-DD）'],
  ['an ISO 8601 instant string', 'ISO 8601 时刻字符串'],
  ['a time of day string (HH:mm)', '时刻字符串（HH:mm）'],
  ['an IANA time zone name', 'IANA 时区名'],
  ['a period from periodBucketOf', 'periodBucketOf 给出的期间'],
  // Lists and objects.
  ['array of strings', '字符串数组'],
  ['array of integers', '整数数组'],
  ['array of keys', '键数组'],
  ['array of keys and indexes', '由键和下标组成的数组'],
  ['an array of keys and indexes', '由键和下标组成的数组'],
  ['an array, an iterable or an async iterable', '数组、可迭代对象或异步可迭代对象'],
  ['a JSON array', 'JSON 数组'],
  ['a JSON object of part number → text', '配件号 → 文本的 JSON 对象'],
  ['a plain JSON object', '普通 JSON 对象'],
  ['an object with error()', '带 error() 方法的对象'],
  ['an object { from, to }', '对象 { from, to }'],
  ['{ from, to } (calendar dates)', '{ from, to }（日期）'],
  ['object of parameter values', '参数值对象'],
  ['object of parameters by KPI id', '按 KPI id 分组的参数对象'],
  ['object (CliIo)', '对象（CliIo）'],
  ['Uint8Array or string chunks', 'Uint8Array 或字符串分块'],
  [
    'a file path, { path }, { text }, a Readable, an AsyncIterable of Uint8Array or a Uint8Array',
    '文件路径、{ path }、{ text }、Readable、Uint8Array 的 AsyncIterable 或 Uint8Array',
  ],
  // Values made by the library's own functions.
  ['ZodError', 'ZodError'],
  ['a Result', 'Result 结果'],
  ['a Decision', '判定结果（Decision）'],
  ['a record schema (e.g. RepairOrderSchema)', '记录模式（如 RepairOrderSchema）'],
  ['registry', '注册表'],
  ['registry from createAftersales', 'createAftersales 创建的注册表'],
  ['a registry from createAftersales()', 'createAftersales() 创建的注册表'],
  ['a flow made with createFlow()', 'createFlow() 创建的流程'],
  ['a flow state', '流程状态'],
  ['a non-empty array of flows', '非空的流程数组'],
  ['flow versions', '流程版本集'],
  ['function (assign from xstate)', '函数（XState 的赋值动作）'],
  ['a store from createFlowStore()', 'createFlowStore() 创建的状态仓库'],
  ['a KPI cell', 'KPI 单元格'],
  ['a KpiCell (with a kpi id)', 'KpiCell（含 KPI id）'],
  ['a KpiReport (with cells)', 'KpiReport（含单元格）'],
  ['KpiTarget', 'KPI 目标（KpiTarget）'],
  ['KPI id (non-empty string)', 'KPI id（非空字符串）'],
  ['array of KPI definitions', 'KPI 定义数组'],
  ['the result of compileKpis', 'compileKpis 的结果'],
  ['a report from detectComebacks', 'detectComebacks 的报告'],
  ['a comeback result (roId and decision)', '返修判定结果（含 roId 与判定）'],
  [
    'an object of record lists by input (e.g. { repairOrders })',
    '按输入分组的记录列表对象（如 { repairOrders }）',
  ],
  ['array of row results', '行结果数组'],
  ['{ row, ok, value } or { row, ok: false, issues }', '{ row, ok, value } 或 { row, ok: false, issues }'],
  ['array of stock movements', '出入库记录数组'],
  ['a demand history (from demandHistory)', '需求历史（由 demandHistory 生成）'],
  ['array of dimensions', '维度数组'],
  ['array of stocktake lines', '盘点行数组'],
  ['an old-part policy (from parseOldPartPolicy)', '旧件政策（由 parseOldPartPolicy 生成）'],
  ['the result of trackOldParts, or its items', 'trackOldParts 的结果或其条目'],
  ['an item of trackOldParts', 'trackOldParts 的条目'],
  ['array of warranty claims', '保修索赔单数组'],
];

/** Encodings a file was read as (`file.encoding`). */
const encodings: readonly (readonly [string, string])[] = [
  ['UTF-8 or GB18030', 'UTF-8 或 GB18030'],
  ['GB18030 (the file starts with a UTF-8 byte order mark)', 'GB18030（但文件以 UTF-8 字节顺序标记开头）'],
];

/** Kinds of registry entries: plugin contributions (`contributionKinds`) and the HTTP catalogs. */
const kinds: readonly (readonly [string, string])[] = [
  ['kpis', '指标'],
  ['policies', '保修政策'],
  ['jurisdictions', '法规包'],
  ['flows', '流程'],
  ['parts', '库存策略'],
  ['targets', '指标目标配置'],
  ['policy', '保修政策'],
  ['jurisdiction', '法规包'],
  ['flow', '流程'],
  ['stocking policy', '库存策略'],
  ['KPI', '指标'],
];

// A Map, not an object: a term such as 'constructor' must not find Object.prototype's.
const table: ReadonlyMap<string, string> = new Map([...formats, ...types, ...encodings, ...kinds]);

/**
 * The Chinese of an English term, or `undefined` when the table has none (a user's value, a
 * type name invented by a caller).
 *
 * @param text - a term as a call site wrote it, e.g. `'decimal string'`
 * @returns its Chinese, e.g. `'十进制数字字符串'`
 * @example
 * zhTerm('calendar date (YYYY-MM-DD)'); // '日期（YYYY-MM-DD）'
 * zhTerm('an integer'); // '整数'
 * zhTerm('LSVAU2180N2123456'); // undefined
 */
export function zhTerm(text: string): string | undefined {
  return table.get(text);
}

import type { LocalizedText } from '@aftersales/core';

/**
 * The languages a report is written in.
 *
 * @example
 * const lang: ReportLang = 'zh';
 */
export type ReportLang = 'en' | 'zh';

/**
 * Every label of the HTML report, in English and Simplified Chinese. `{shown}`, `{total}`: filled
 * in by {@link reportMessage}.
 *
 * @example
 * reportMessages.scorecard.zh; // 'KPI 计分卡'
 */
export const reportMessages = {
  title: { en: 'After-sales audit report', zh: '售后审计报告' },
  dealer: { en: 'Dealer', zh: '经销商' },
  period: { en: 'Period', zh: '审计期间' },
  asOf: { en: 'As of', zh: '截至' },
  inputs: { en: 'Records read', zh: '读取的记录' },
  input: { en: 'Input', zh: '输入' },
  read: { en: 'Read', zh: '读取' },
  accepted: { en: 'Accepted', zh: '采用' },
  rejected: { en: 'Rejected', zh: '拒收' },
  rejections: { en: 'Rejected records', zh: '拒收的记录' },
  findingCount: { en: 'Findings', zh: '发现的问题' },
  row: { en: 'Row', zh: '行' },
  path: { en: 'Field', zh: '字段' },
  scorecard: { en: 'KPI scorecard', zh: 'KPI 计分卡' },
  kpi: { en: 'KPI', zh: '指标' },
  value: { en: 'Value', zh: '数值' },
  target: { en: 'Target', zh: '目标' },
  status: { en: 'Status', zh: '状态' },
  gap: { en: 'Gap', zh: '差距' },
  trend: { en: 'Trend', zh: '趋势' },
  'status.met': { en: 'Met', zh: '达标' },
  'status.at_risk': { en: 'At risk', zh: '有风险' },
  'status.missed': { en: 'Missed', zh: '未达标' },
  'status.no_data': { en: 'No data', zh: '无数据' },
  'status.no_target': { en: 'No target', zh: '无目标' },
  'trend.improving': { en: 'Improving', zh: '改善' },
  'trend.worsening': { en: 'Worsening', zh: '恶化' },
  'trend.flat': { en: 'Flat', zh: '持平' },
  'trend.unknown': { en: '–', zh: '–' },
  previous: { en: 'previous', zh: '上期' },
  trends: { en: 'KPI trends by month', zh: 'KPI 月度趋势' },
  repairOrderAudit: { en: 'Repair-order audit', zh: '维修工单审计' },
  audited: { en: 'Audited', zh: '已审计' },
  withFindings: { en: 'With findings', zh: '有问题' },
  repairOrder: { en: 'Repair order', zh: '维修工单' },
  code: { en: 'Code', zh: '代码' },
  rule: { en: 'Rule', zh: '规则' },
  citation: { en: 'Citation', zh: '依据' },
  message: { en: 'Message', zh: '说明' },
  comebacks: { en: 'Comebacks', zh: '返修' },
  complaints: { en: 'Complaints', zh: '投诉' },
  id: { en: 'ID', zh: '编号' },
  date: { en: 'Date', zh: '日期' },
  description: { en: 'Description', zh: '描述' },
  facts: { en: 'Facts', zh: '事实' },
  partsHealth: { en: 'Parts health', zh: '配件健康度' },
  abc: { en: 'Stock value by ABC class', zh: '按 ABC 分类的库存金额' },
  'abc.none': { en: 'No class', zh: '未分类' },
  parts: { en: 'parts', zh: '种' },
  ageing: { en: 'Stock value by age', zh: '按库龄的库存金额' },
  suggestedOrder: { en: 'Suggested order', zh: '建议订单' },
  orderLines: { en: 'Lines', zh: '行数' },
  orderValue: { en: 'Value', zh: '金额' },
  partNumber: { en: 'Part number', zh: '零件号' },
  quantity: { en: 'Quantity', zh: '数量' },
  reason: { en: 'Reason', zh: '原因' },
  claims: { en: 'Warranty claim findings', zh: '索赔审计发现' },
  claim: { en: 'Claim', zh: '索赔单' },
  approved: { en: 'Approved', zh: '通过' },
  severity: { en: 'Severity', zh: '严重程度' },
  'severity.reject': { en: 'Reject', zh: '拒付' },
  'severity.review': { en: 'Review', zh: '复核' },
  'severity.info': { en: 'Info', zh: '提示' },
  sanbao: { en: '三包 cases (replacement and return rights)', zh: '三包案例（换车退车权利）' },
  vin: { en: 'VIN', zh: '车架号' },
  jurisdiction: { en: 'Rules', zh: '适用规定' },
  outcome: { en: 'Outcome', zh: '结论' },
  citedSteps: { en: 'Cited steps', zh: '引用条款' },
  'outcome.replacement_or_return': { en: 'Replacement or return', zh: '换车或退车' },
  'outcome.replacement': { en: 'Replacement', zh: '换车' },
  'outcome.assembly_replacement': { en: 'Assembly replacement', zh: '更换总成' },
  'outcome.repair': { en: 'Repair', zh: '修理' },
  'outcome.none': { en: 'No right', zh: '无三包权利' },
  'outcome.out_of_scope': { en: 'Out of scope', zh: '不适用' },
  'outcome.not_governed': { en: 'Not governed by these rules', zh: '不受该规定管辖' },
  'outcome.undetermined': { en: 'Undetermined', zh: '无法确定' },
  'step.passed': { en: 'applies', zh: '成立' },
  'step.failed': { en: 'does not apply', zh: '不成立' },
  none: { en: 'None.', zh: '无。' },
  moreRows: {
    en: 'Showing {shown} of {total}; the JSON output lists all.',
    zh: '显示 {total} 条中的 {shown} 条；JSON 输出包含全部。',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The key of a report label.
 *
 * @example
 * const key: ReportMessageKey = 'scorecard';
 */
export type ReportMessageKey = keyof typeof reportMessages;

/**
 * A label in the report's language, with its `{name}` placeholders filled in.
 *
 * @example
 * reportMessage('moreRows', 'en', { shown: 200, total: 950 });
 * // 'Showing 200 of 950; the JSON output lists all.'
 */
export function reportMessage(
  key: ReportMessageKey,
  lang: ReportLang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return reportMessages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The label of a coded value (`status.met`, `outcome.repair`, …), or the code itself when the
 * table has none (an outcome named by a jurisdiction plugin).
 *
 * @example
 * codeLabel('outcome', 'repair', 'zh');        // '修理'
 * codeLabel('outcome', 'presumed_lemon', 'en'); // 'presumed_lemon'
 */
export function codeLabel(prefix: string, code: string, lang: ReportLang): string {
  const key = `${prefix}.${code}`;
  return Object.hasOwn(reportMessages, key) ? reportMessage(key as ReportMessageKey, lang) : code;
}

import type { LocalizedText } from '@aftersales/core';
import type { AuditRejection, AuditReport, InputCount } from '../audit/auditTypes';
import { exitCodes } from '../cli/exitCodes';
import { type Lang, say } from '../cli/messages';
import type { FileInputs } from '../input/readFileInputs';
import type { CommandResult } from '../output/commandResult';
import type { TextTable } from '../output/renderTable';
import { renderHtmlReport } from '../report/renderHtmlReport';

const L = {
  title: { en: 'Dealer audit', zh: '经销商审计' },
  period: { en: 'period', zh: '期间' },
  asOf: { en: 'as of', zh: '截至' },
  inputs: { en: 'Inputs', zh: '输入' },
  input: { en: 'input', zh: '输入项' },
  read: { en: 'read', zh: '读取' },
  accepted: { en: 'accepted', zh: '接受' },
  rejected: { en: 'rejected', zh: '拒绝' },
  findings: { en: 'Findings', zh: '发现的问题' },
  section: { en: 'section', zh: '部分' },
  subject: { en: 'subject', zh: '对象' },
  code: { en: 'code', zh: '代码' },
  rule: { en: 'rule', zh: '规则' },
  cite: { en: 'citation', zh: '依据' },
  message: { en: 'message', zh: '说明' },
  summary: { en: 'Summary', zh: '概要' },
  scorecard: { en: 'scorecard', zh: '计分卡' },
  roAudit: { en: 'RO audit', zh: '工单审核' },
  parts: { en: 'parts health', zh: '配件健康' },
  order: { en: 'suggested order', zh: '建议订货' },
  claims: { en: 'claim audit', zh: '索赔审核' },
  sanbao: { en: '三包 cases', zh: '三包案例' },
  report: { en: 'HTML report', zh: 'HTML 报告' },
  clean: { en: 'no findings', zh: '未发现问题' },
  count: { en: 'count', zh: '数量' },
  example: { en: 'example', zh: '示例' },
  result: { en: 'result', zh: '结果' },
} satisfies Record<string, LocalizedText>;

// 三包 outcomes that give the customer more than a free repair: the dealer has to act on them.
const SANBAO_RIGHTS = new Set(['replacement_or_return', 'replacement', 'assembly_replacement']);
const SANBAO_GATES =
  /\.(scope|start|version|repair-period|sanbao-period|use-compensation|substitute-car|answer-deadline|completion-deadline)$/;

/** One finding of any section, flattened for a table or a CSV. */
interface FlatFinding {
  readonly section: string;
  readonly subject: string;
  readonly code: string;
  readonly rule: string;
  readonly cite: string;
  readonly message: LocalizedText;
}

function flatFindings(report: AuditReport): FlatFinding[] {
  const findings: FlatFinding[] = [];
  for (const f of report.service.repairOrderAudit.findings) {
    findings.push({
      section: 'ro',
      subject: f.repairOrderId,
      code: f.code,
      rule: f.rule,
      cite: f.cite,
      message: f.message,
    });
  }
  for (const row of report.service.scorecard.rows) {
    if (row.status !== 'missed') continue;
    findings.push({
      section: 'kpi',
      subject: row.period?.label ?? row.kpi,
      code: `kpi.${row.status}`,
      rule: row.kpi,
      cite: row.target?.cite ?? '',
      message: row.message,
    });
  }
  for (const f of report.parts.health.findings) {
    const group = Object.values(f.group)
      .filter((value) => value !== null)
      .join(' ');
    findings.push({
      section: 'parts',
      subject: group === '' ? f.kpi : group,
      code: `parts.${f.status}`,
      rule: f.rule,
      cite: f.cite,
      message: f.message,
    });
  }
  for (const f of report.warranty.claims.findings) {
    findings.push({
      section: 'claims',
      subject: f.claimId ?? `row ${f.row}`,
      code: f.code,
      rule: f.rule,
      cite: f.cite,
      message: f.message,
    });
  }
  for (const c of report.warranty.sanbao) {
    if (!SANBAO_RIGHTS.has(c.decision.outcome)) continue;
    // The step that gave the right: a passed step other than the pack's gates (scope, start,
    // version, periods) and its follow-ons (use compensation, substitute car, deadlines).
    const step =
      c.decision.trace.find((s) => s.status === 'passed' && !SANBAO_GATES.test(s.rule)) ??
      c.decision.trace.at(-1);
    findings.push({
      section: 'sanbao',
      subject: c.vin,
      code: `sanbao.${c.decision.outcome}`,
      rule: step?.rule ?? c.jurisdiction,
      cite: step?.cite ?? '',
      message: step?.message ?? { en: c.decision.outcome, zh: c.decision.outcome },
    });
  }
  return findings;
}

/**
 * What was read from files, by `file.<kind>`: a file's rows (spreadsheet rows) are counted apart
 * from the records the sections read (0-based rows) even where both are `repairOrders`.
 *
 * @example
 * const { inputs, rejections } = fileCounts(read);
 * inputs['file.laborLines']; // { read: 7, accepted: 6, rejected: 1 }
 */
export function fileCounts(read: FileInputs): {
  inputs: Record<string, InputCount>;
  rejections: AuditRejection[];
} {
  return {
    inputs: Object.fromEntries(Object.entries(read.inputs).map(([name, count]) => [`file.${name}`, count])),
    rejections: read.rejections.map((rejection) => ({ ...rejection, input: `file.${rejection.input}` })),
  };
}

/**
 * The audit's inputs as the files gave them, put in front of what the sections counted: a row
 * refused while reading a file is a rejection of the audit like any other.
 *
 * @example
 * const whole = withFileInputs(runAudit(dataset), read);
 */
export function withFileInputs(report: AuditReport, read: FileInputs): AuditReport {
  const { inputs, rejections } = fileCounts(read);
  return {
    ...report,
    inputs: { ...inputs, ...report.inputs },
    rejections: [...rejections, ...report.rejections],
  };
}

/**
 * The audit as a command's result: a short summary and the findings in the terminal, the whole
 * report as JSON, the findings as CSV, the report as HTML. `findings` when anything was found or
 * refused, else `clean`.
 *
 * @example
 * const result = auditResult(runAudit(generateDemoDealer()), 'zh', 'aftersales-report.html');
 */
export function auditResult(report: AuditReport, lang: Lang, reportPath?: string): CommandResult {
  const t = (text: LocalizedText) => say(lang, text);
  const findings = flatFindings(report);
  const statuses = report.service.scorecard.summary.counts;
  const claims = report.warranty.claims.summary;
  const summary: TextTable = {
    title: t(L.summary),
    columns: [{ header: t(L.section) }, { header: t(L.result) }],
    rows: [
      [t(L.scorecard), `✓ ${statuses.met} · ~ ${statuses.at_risk} · ✗ ${statuses.missed}`],
      [
        t(L.roAudit),
        `${report.service.repairOrderAudit.withFindings} / ${report.service.repairOrderAudit.audited}`,
      ],
      [t(L.parts), String(report.parts.health.findings.length)],
      [t(L.order), `${report.parts.suggestedOrder.lines} · ${report.parts.suggestedOrder.value}`],
      [
        t(L.claims),
        `${claims.read} · ✓ ${claims.approved} · ! ${claims.withFindings} · ✗ ${claims.rejected}`,
      ],
      [t(L.sanbao), String(report.warranty.sanbao.length)],
    ],
  };
  const inputs: TextTable = {
    title: t(L.inputs),
    columns: [
      { header: t(L.input) },
      { header: t(L.read), align: 'right' },
      { header: t(L.accepted), align: 'right' },
      { header: t(L.rejected), align: 'right' },
    ],
    rows: Object.entries(report.inputs).map(([name, c]) => [
      name,
      String(c.read),
      String(c.accepted),
      String(c.rejected),
    ]),
  };
  const findingTable: TextTable = {
    title: `${t(L.findings)} (${findings.length})`,
    columns: [
      { header: t(L.section) },
      { header: t(L.subject) },
      { header: t(L.code) },
      { header: t(L.rule) },
      { header: t(L.cite) },
      { header: t(L.message) },
    ],
    rows: findings.map((f) => [f.section, f.subject, f.code, f.rule, f.cite, t(f.message)]),
  };
  // The terminal shows findings counted by code, with one example each: the full list (thousands
  // in a year's audit) is in the CSV, the JSON and the HTML report.
  const byCode = new Map<string, { first: FlatFinding; count: number }>();
  for (const f of findings) {
    const key = `${f.section}\u0000${f.code}`;
    const seen = byCode.get(key);
    if (seen === undefined) byCode.set(key, { first: f, count: 1 });
    else seen.count += 1;
  }
  const shown: TextTable = {
    title: `${t(L.findings)} (${findings.length})`,
    columns: [
      { header: t(L.section) },
      { header: t(L.code) },
      { header: t(L.count), align: 'right' },
      { header: t(L.rule) },
      { header: t(L.cite) },
      { header: t(L.example) },
    ],
    rows: [...byCode.values()].map(({ first, count }) => [
      first.section,
      first.code,
      String(count),
      first.rule,
      first.cite,
      `${first.subject}: ${t(first.message)}`,
    ]),
  };
  const lines = [
    `${t(L.title)}: ${report.dealer.name} (${report.dealer.id}) · ${t(L.period)} ${report.period.from} – ${report.period.to} · ${t(L.asOf)} ${report.asOf}`,
    ...(reportPath === undefined ? [] : [`${t(L.report)}: ${reportPath}`]),
    ...(findings.length === 0 && report.rejections.length === 0 ? [t(L.clean)] : []),
  ];
  return {
    exitCode: report.findingCount > 0 || report.rejections.length > 0 ? exitCodes.findings : exitCodes.clean,
    json: report,
    lines,
    tables: [summary, inputs, shown],
    csv: findingTable,
    html: () => renderHtmlReport(report, { lang }),
  };
}

/**
 * Renders docs/rules.md, the regulation ↔ rule table (`pnpm docs:rules` writes it; a test checks
 * it is current): every rule with a stable id and a citation, from the packages' public rule lists
 * (KPI catalog, flow definitions, care rules, California rules, claim-audit rule ids) and from the
 * traces of their public functions run on fixed cases (scripts/rule-harvest.ts: 三包 rights,
 * warranty eligibility, parts planning, stocktake, old parts, parts health, comebacks), so that a
 * rule added to the code shows up here. What a rule decides comes from its public title where it
 * has one, else from scripts/rule-descriptions.ts, which must describe every rule found, and only those.
 */
import {
  careRules,
  complaintFlow,
  type FlowDefinition,
  type LocalizedText,
  repairOrderFlow,
  warrantyClaimFlow,
} from '@aftersales/core';
import { type KpiTarget, kpiCatalog } from '@aftersales/kpi';
import {
  auditRules,
  californiaLemonLaw,
  californiaRules,
  cnSanbao2013,
  cnSanbao2021,
  type Jurisdiction,
} from '@aftersales/warranty';
import { type AuditRuleName, auditRuleSources, describedRules, describeRule } from './rule-descriptions';
import { generalizeCite, harvestRuleSteps } from './rule-harvest';

export { auditRuleSources } from './rule-descriptions';
export { generalizeCite } from './rule-harvest';

/** One row of the table: a rule, one source it cites (ids of a caller's data as `<placeholders>`). */
export interface RuleRow {
  readonly rule: string;
  readonly cite: string;
  readonly pkg: 'core' | 'kpi' | 'parts' | 'warranty';
  readonly what: LocalizedText;
}

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

// ——— Collecting the rows ———

function flowRows(flow: FlowDefinition): RuleRow[] {
  const guards = Object.entries(flow.guards ?? {}).map(([rule, guard]) => ({
    rule,
    cite: guard.cite,
    title: guard.title,
  }));
  const slas = [...(flow.slas ?? []), ...Object.values(flow.states).flatMap((state) => state.slas ?? [])];
  return [...guards, ...slas.map((sla) => ({ rule: sla.id, cite: sla.cite, title: sla.title }))].map(
    ({ rule, cite, title }) => ({ rule, cite, pkg: 'core' as const, what: title }),
  );
}

function bounds(target: KpiTarget): string {
  const parts: [string | undefined, string][] = [
    [target.atLeast, '≥'],
    [target.above, '>'],
    [target.atMost, '≤'],
    [target.below, '<'],
  ];
  return parts.flatMap(([value, sign]) => (value === undefined ? [] : [`${sign} ${value}`])).join(', ');
}

function kpiRows(): RuleRow[] {
  return kpiCatalog.flatMap((kpi) => {
    const rows: RuleRow[] = [
      {
        rule: kpi.id,
        cite: kpi.cite,
        pkg: 'kpi',
        what: t(`${kpi.name.en}: ${kpi.formula.en}`, `${kpi.name.zh}：${kpi.formula.zh}`),
      },
    ];
    const target = kpi.target;
    if (target !== undefined && target.cite !== kpi.cite) {
      const unit = kpi.unit === 'percent' ? ' %' : '';
      rows.push({
        rule: kpi.id,
        cite: target.cite,
        pkg: 'kpi',
        what: t(
          `${kpi.name.en}: default target ${bounds(target)}${unit}`,
          `${kpi.name.zh}：默认目标 ${bounds(target)}${unit}`,
        ),
      });
    }
    return rows;
  });
}

/** Describes a harvested rule, or throws: every rule found must say what it decides. */
function describe(rule: string, health: ReadonlyMap<string, LocalizedText>): LocalizedText {
  const what = describeRule(rule, health);
  if (what === undefined)
    throw new Error(`rule-table: rule '${rule}' has no description in scripts/rule-descriptions.ts`);
  return what;
}

const pkgOf = (rule: string): RuleRow['pkg'] =>
  rule.startsWith('parts.') ? 'parts' : rule.startsWith('ro.comeback.') ? 'kpi' : 'warranty';

/** Every rule with its sources: one row per rule and (generalized) citation, sorted for the table. */
export function collectRules(): RuleRow[] {
  const { steps: harvested, health } = harvestRuleSteps();
  const described = new Set<string>();
  const rows: RuleRow[] = [
    ...[repairOrderFlow, complaintFlow, warrantyClaimFlow].flatMap((flow) => flowRows(flow.definition)),
    ...Object.values(careRules).map((rule) => ({
      rule: rule.id,
      cite: rule.cite,
      pkg: 'core' as const,
      what: rule.title,
    })),
    ...kpiRows(),
    ...Object.values(californiaRules).map((rule) => ({
      rule: rule.id,
      cite: rule.cite,
      pkg: 'warranty' as const,
      what: rule.title,
    })),
    ...harvested.map((step) => {
      described.add(step.rule);
      return {
        rule: step.rule,
        cite: generalizeCite(step.cite),
        pkg: pkgOf(step.rule),
        what: describe(step.rule, health),
      };
    }),
    ...(Object.keys(auditRules) as AuditRuleName[]).flatMap((name) =>
      auditRuleSources[name].cites.map((cite) => ({
        rule: auditRules[name],
        cite,
        pkg: 'warranty' as const,
        what: auditRuleSources[name].what,
      })),
    ),
  ];
  const unused = describedRules.filter((rule) => !described.has(rule));
  if (unused.length > 0)
    throw new Error(`rule-table: described but not found in any trace: ${unused.join(', ')}`);
  const seen = new Set<string>();
  return rows
    .filter((row) => {
      const key = `${row.rule} ${row.cite}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en') || a.rule.localeCompare(b.rule, 'en'));
}

// ——— Rendering ———

/** The laws the regulation citations name, by source id. */
const REGULATIONS: Readonly<
  Record<string, { readonly pack: Jurisdiction; readonly article: (id: string) => string }>
> = {
  [cnSanbao2021.id]: { pack: cnSanbao2021, article: (id) => `Art. ${id} 第${id}条` },
  [cnSanbao2013.id]: { pack: cnSanbao2013, article: (id) => `Art. ${id} 第${id}条` },
  'us-ca-civ-1793.22': {
    pack: californiaLemonLaw,
    article: (id) => `§1793.22${id.replace(/([a-z])|(\d+)/g, '($&)')}`,
  },
};

const OWNERS: Readonly<Record<string, string>> = {
  '<policy>': 'OEM policy',
  '<stocking policy>': 'Stocking policy',
  '<old-part policy>': 'Old-part policy',
  '<audit settings>': 'Audit settings',
  'parts-master': 'OEM parts master',
};

function parts(cite: string): { scheme: string; source: string; key: string } {
  const match = /^(regulation|manual|oem):([^#]+)(?:#(.*))?$/.exec(cite);
  if (!match) throw new Error(`rule-table: '${cite}' is not a citation`);
  const [, scheme = '', source = '', key = ''] = match;
  return { scheme, source, key };
}

/** Regulations first (by law, then article number), then manual keys, then OEM fields. */
function sortKey(row: RuleRow): string {
  const { scheme, source, key } = parts(row.cite);
  const order = { regulation: 0, manual: 1, oem: 2 }[scheme] ?? 3;
  const number = /^\d+/.exec(key)?.[0] ?? '';
  return `${order} ${OWNERS[source] ?? source} ${number.padStart(4, '0')}${key.slice(number.length)}`;
}

function sourceCell(row: RuleRow): string {
  const { scheme, source, key } = parts(row.cite);
  if (scheme === 'regulation') {
    const law = REGULATIONS[source];
    if (law === undefined) throw new Error(`rule-table: no name for the regulation '${source}'`);
    return `${law.article(key)} · \`${row.cite}\``;
  }
  if (scheme === 'manual') return `\`${row.cite}\``;
  const owner = OWNERS[source];
  if (owner === undefined) throw new Error(`rule-table: no name for the OEM source '${source}'`);
  return `${owner}: \`${key}\``;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const HEADER = ['| source | rule id | package | what it decides |', '| --- | --- | --- | --- |'];
const line = (row: RuleRow): string =>
  `| ${sourceCell(row)} | \`${row.rule}\` | ${row.pkg} | ${cell(row.what.en)}<br>${cell(row.what.zh)} |`;

/** The Markdown text of docs/rules.md. */
export function renderRuleTable(rows: readonly RuleRow[] = collectRules()): string {
  const out = [
    '# Rules and their sources',
    '',
    'Every rule of the library that carries a stable id and a citation, with the source it cites: a',
    'regulation article (`regulation:<law>#<article>`), a figure of the dealer manuals (`manual:<key>`,',
    "see SEED-FIGURES) or a field of a carmaker's policy (`oem:<policy>#<field>`, written here",
    '"OEM policy: `<field>`"). A decision\'s trace names the rule and the citation of each step, so',
    'this table answers "on what authority?" for any of them. A rule that reads a field of the',
    "caller's data cites that field of the policy actually applied; `<coverage>` stands for a",
    'coverage id. A rule may cite several sources and appears once for each.',
    '',
    "Generated by `pnpm docs:rules` (scripts/rule-table.ts) from the packages' public rule lists and",
    'from the traces of their public functions on fixed cases; a test keeps it current. Design',
    'notes: [concepts.md](concepts.md#decisions-and-rule-traces).',
  ];
  const regulations = rows.filter((row) => parts(row.cite).scheme === 'regulation');
  out.push('', '## Regulations');
  for (const [source, law] of Object.entries(REGULATIONS)) {
    const own = regulations.filter((row) => parts(row.cite).source === source);
    if (own.length === 0) continue;
    out.push(
      '',
      `### ${law.pack.name.en}`,
      '',
      `${law.pack.name.zh} · \`regulation:${source}\``,
      '',
      ...HEADER,
      ...own.map(line),
    );
  }
  const manual = rows.filter((row) => parts(row.cite).scheme === 'manual');
  out.push(
    '',
    '## Dealer manuals',
    '',
    'Figures of the dealer manuals this library grew out of; `manual:catalog.<id>` is the',
    "after-sales KPI catalog's own definition of a KPI ([kpi-catalog.md](kpi-catalog.md)).",
    '',
    ...HEADER,
    ...manual.map(line),
  );
  const oem = rows.filter((row) => parts(row.cite).scheme === 'oem');
  out.push(
    '',
    "## OEM policies and the carmaker's data",
    '',
    "Fields of a carmaker's warranty policy ([oem-policy-plugin.md](oem-policy-plugin.md)), stocking",
    'policy, old-part return policy and claim-audit settings, and of its parts master.',
    '',
    ...HEADER,
    ...oem.map(line),
  );
  return `${out.join('\n')}\n`;
}

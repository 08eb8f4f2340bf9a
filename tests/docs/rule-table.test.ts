import { readFileSync } from 'node:fs';
import { careRules, complaintFlow, repairOrderFlow, warrantyClaimFlow } from '@aftersales/core';
import { kpiCatalog } from '@aftersales/kpi';
import { generateWarrantyData } from '@aftersales/testkit';
import {
  auditClaims,
  auditRules,
  californiaRules,
  cnSanbao2013,
  cnSanbao2021,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
} from '@aftersales/warranty';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditRuleSources,
  collectRules,
  generalizeCite,
  type RuleRow,
  renderRuleTable,
} from '../../scripts/rule-table';

describe('docs/rules.md', () => {
  let rows: RuleRow[] = [];
  const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const find = (rule: string, cite: string) => rows.find((row) => row.rule === rule && row.cite === cite);

  beforeAll(() => {
    rows = collectRules();
  }, 30_000);

  it('is current (run `pnpm docs:rules` after changing a rule or its citation)', () => {
    expect(doc).toBe(renderRuleTable(rows));
  });

  it('maps the 三包 rules to the articles of the 2021 text (SAMR Order No. 43)', () => {
    // WARRANTY.md: scope Art. 40; periods and start 18; assembly swap 20; substitute car 21; 7 days 22;
    // 60 days 23; the 三包-period grounds 24; use compensation 27; deadlines 28.
    const articles: [string, string][] = [
      ['scope', '40'],
      ['start', '18'],
      ['repair-period', '18'],
      ['assembly-swap', '20'],
      ['substitute-car', '21'],
      ['seven-days', '22'],
      ['sixty-days', '23'],
      ['serious-safety', '24'],
      ['assembly-replaced-twice', '24'],
      ['main-part-replaced-twice', '24'],
      ['repair-time', '24'],
      ['same-problem', '24'],
      ['use-compensation', '27'],
      ['answer-deadline', '28'],
      ['completion-deadline', '28'],
    ];
    for (const [name, article] of articles) {
      expect(find(`cn-sanbao-2021.${name}`, `regulation:cn-sanbao-2021#${article}`), name).toBeDefined();
    }
  });

  it('states the figures of each version, which differ where the 2013 text differs', () => {
    const what = (rule: string) => rows.find((row) => row.rule === rule)?.what.en ?? '';
    // 2021 Art. 24: over 30 days or more than 4 repairs, replacement or return; 2013: over 35 days or
    // more than 5, replacement. n at most 0.5 % (2013: up to 0.8 %). Deadlines 10 and 20 working days
    // (2013: the certificate within 15). Substitute car after more than 5 days, from day 6 (Art. 21).
    expect(what('cn-sanbao-2021.repair-time')).toBe(
      'Cumulative repair time over 30 days: replacement or return',
    );
    expect(what('cn-sanbao-2013.repair-time')).toBe('Cumulative repair time over 35 days: replacement');
    expect(what('cn-sanbao-2021.same-problem')).toContain('more than 4 times');
    expect(what('cn-sanbao-2013.same-problem')).toContain('more than 5 times');
    expect(what('cn-sanbao-2021.use-compensation')).toContain('n at most 0.5 %');
    expect(what('cn-sanbao-2013.use-compensation')).toContain('n at most 0.8 %');
    expect(what('cn-sanbao-2021.completion-deadline')).toContain('within 20 working days');
    expect(what('cn-sanbao-2013.completion-deadline')).toContain('within 15 working days');
    expect(what('cn-sanbao-2021.substitute-car')).toContain('over 5 days');
    expect(what('cn-sanbao-2021.substitute-car')).toContain('from day 6');
    expect(what('cn-sanbao-2021.repair-period')).toContain('36 months or 60,000 km');
    expect(what('cn-sanbao-2021.repair-period')).toContain('24 months or 50,000 km');
    expect(what('cn-sanbao-2021.sixty-days')).toContain('traction-battery fire');
    expect(what('cn-sanbao-2013.sixty-days')).not.toContain('fire');
  });

  it('maps the California rules to the paragraphs of Civil Code §1793.22', () => {
    expect(find('us-ca-lemon-law.safety-repairs', 'regulation:us-ca-civ-1793.22#b1')).toBeDefined();
    expect(find('us-ca-lemon-law.repeated-repairs', 'regulation:us-ca-civ-1793.22#b2')).toBeDefined();
    expect(find('us-ca-lemon-law.days-out-of-service', 'regulation:us-ca-civ-1793.22#b3')).toBeDefined();
    expect(doc).toContain(
      '| §1793.22(b)(1) · `regulation:us-ca-civ-1793.22#b1` | `us-ca-lemon-law.safety-repairs` |',
    );
  });

  it('lists every rule of the public rule lists, with its own citation', () => {
    const expected: [string, string][] = [
      ...kpiCatalog.map((kpi): [string, string] => [kpi.id, kpi.cite]),
      ...Object.values(careRules).map((rule): [string, string] => [rule.id, rule.cite]),
      ...Object.values(californiaRules).map((rule): [string, string] => [rule.id, rule.cite]),
      ...[repairOrderFlow, complaintFlow, warrantyClaimFlow].flatMap((flow) =>
        Object.entries(flow.definition.guards ?? {}).map(([name, guard]): [string, string] => [
          name,
          guard.cite,
        ]),
      ),
    ];
    for (const [rule, cite] of expected) expect(find(rule, cite), `${rule} ${cite}`).toBeDefined();
    for (const rule of Object.values(auditRules))
      expect(
        rows.some((row) => row.rule === rule),
        rule,
      ).toBe(true);
  });

  it('lists every rule of both 三包 packs, and the 2013 documents rule only for 2013', () => {
    const names = (pack: string) =>
      new Set(
        rows.filter((row) => row.rule.startsWith(`${pack}.`)).map((row) => row.rule.slice(pack.length + 1)),
      );
    const shared = [
      'scope',
      'start',
      'version',
      'repair-period',
      'seven-days',
      'sixty-days',
      'assembly-swap',
    ];
    const grounds = [
      'serious-safety',
      'assembly-replaced-twice',
      'main-part-replaced-twice',
      'repair-time',
      'same-problem',
    ];
    const rest = ['substitute-car', 'use-compensation', 'answer-deadline', 'completion-deadline'];
    const floor = ['repair-scope', 'repair-exemptions'];
    for (const name of [...shared, ...grounds, ...rest]) {
      expect(names(cnSanbao2021.id).has(name), `2021 ${name}`).toBe(true);
      expect(names(cnSanbao2013.id).has(name), `2013 ${name}`).toBe(true);
    }
    for (const name of floor) expect(names(cnSanbao2013.id).has(name), `2013 ${name}`).toBe(true);
    expect(names(cnSanbao2013.id).has('documents')).toBe(true);
    expect(names(cnSanbao2021.id).has('documents')).toBe(false);
  });

  it('documents every source a claim-audit finding cites', () => {
    // A generated brand with a fault in half its claims: the sources the audit actually cites.
    const data = generateWarrantyData({
      seed: 6,
      vehicles: 200,
      claims: 400,
      repairOrders: 1_200,
      faultShare: 0.5,
    });
    const report = auditClaims(data.claims, {
      policies: [huaxiaPolicy2022, huaxiaPolicy2024],
      jurisdictions: [cnSanbao2021, cnSanbao2013],
      history: { vehicles: data.vehicles, repairOrders: data.repairOrders },
      laborTimes: data.laborTimes,
      options: {
        timeZone: 'Asia/Shanghai',
        asOf: '2026-06-30T18:00:00+08:00',
        partGroups: data.partGroups,
        partPrices: data.partPrices,
      },
    });
    const nameOf = new Map<string, keyof typeof auditRules>(
      Object.entries(auditRules).map(([name, id]) => [id, name as keyof typeof auditRules]),
    );
    const findings = report.results.flatMap((result) =>
      result.status === 'findings' ? result.findings : [],
    );
    expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThan(5);
    for (const finding of findings) {
      const name = nameOf.get(finding.rule);
      expect(name, finding.rule).toBeDefined();
      expect(auditRuleSources[name as keyof typeof auditRules].cites, finding.rule).toContain(
        generalizeCite(finding.cite),
      );
    }
  });

  it('names the OEM data a rule read, never the example data the table was made from', () => {
    expect(doc).not.toMatch(/huaxia-20|probe|aftersales-default|audit-options/);
    expect(doc).toContain('| OEM policy: `coverages.<coverage>.firstOwner` | `warranty.coverage.period` |');
  });
});

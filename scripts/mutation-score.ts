/**
 * Mutation scores from Stryker's JSON reports (mutation-testing-report-schema), and the table of
 * them in docs/quality.md. Stryker's own definition: detected (killed or timed out) over all valid
 * mutants (detected, survived, or reached by no test); mutants that do not compile or crash on load
 * are not valid, and ignored ones (a `Stryker disable` comment with its reason) are left out.
 */

/** The part of a Stryker JSON report this reads. */
export interface StrykerReport {
  readonly files: Readonly<
    Record<
      string,
      { readonly mutants: readonly { readonly status: string; readonly statusReason?: string }[] }
    >
  >;
}

/** One target's counts and score. */
export interface MutationScore {
  readonly target: string;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Left out by a `Stryker disable` comment that says why the mutant is equivalent. */
  readonly ignored: number;
  /** Static mutants, not run (see mutation/stryker.config.mjs). */
  readonly static: number;
  readonly invalid: number;
  /** Detected ÷ valid, in percent to two places, as text ('87.25'). */
  readonly score: string;
}

const valid = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];

/**
 * Counts a report's mutants by status.
 *
 * @example
 * scoreOf('parts', { files: { 'a.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }] } } }).score;
 * // → '50.00'
 */
export function scoreOf(target: string, report: StrykerReport): MutationScore {
  const count: Record<string, number> = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      const status =
        mutant.status === 'Ignored' && /static/i.test(mutant.statusReason ?? '') ? 'Static' : mutant.status;
      count[status] = (count[status] ?? 0) + 1;
    }
  }
  const n = (status: string) => count[status] ?? 0;
  const total = Object.values(count).reduce((sum, value) => sum + value, 0);
  const validCount = valid.reduce((sum, status) => sum + n(status), 0);
  const detected = n('Killed') + n('Timeout');
  const hundredths = validCount === 0 ? 0 : Math.round((detected * 10000) / validCount);
  return {
    target,
    killed: n('Killed'),
    timeout: n('Timeout'),
    survived: n('Survived'),
    noCoverage: n('NoCoverage'),
    ignored: n('Ignored'),
    static: n('Static'),
    invalid: total - validCount - n('Ignored') - n('Static'),
    score: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`,
  };
}

const start = '<!-- mutation:start (pnpm mutation writes this table) -->';
const end = '<!-- mutation:end -->';
const header = [
  '| target | score (%) | target (%) | killed | timed out | survived | no test reached | equivalent (ignored) | static (not run) | measured | commit |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

/** A table row for each score, measured on `date` at `commit`. */
export function mutationRows(
  scores: readonly MutationScore[],
  at: { date: string; commit: string },
): string[] {
  return scores.map(
    (s) =>
      `| ${s.target} | ${s.score} | ≥ 85 | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.static} | ${at.date} | ${at.commit} |`,
  );
}

/**
 * Puts `rows` into the marked table of `doc`, replacing the rows of the same targets and keeping
 * the others (so `pnpm mutation kpi` updates one row), in target order.
 *
 * @example
 * spliceMutationRows(doc, mutationRows([score], { date: '2026-11-25', commit: 'abc1234' }));
 */
export function spliceMutationRows(doc: string, rows: readonly string[]): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/quality.md has no mutation table markers (${start})`);
  const target = (row: string) => row.split('|')[1]?.trim() ?? '';
  const kept = doc
    .slice(from + start.length, to)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| target') && !line.startsWith('| ---'));
  const byTarget = new Map(kept.map((row) => [target(row), row]));
  for (const row of rows) byTarget.set(target(row), row);
  const ordered = [...byTarget.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  return `${doc.slice(0, from + start.length)}\n${[...header, ...ordered].join('\n')}\n${doc.slice(to)}`;
}

interface ReportedMutant {
  readonly status: string;
  readonly mutatorName?: string;
  readonly replacement?: string;
  readonly location?: { readonly start: { readonly line: number; readonly column: number } };
}

/**
 * The surviving and unreached mutants of a report, a Markdown line each, grouped by file: what
 * mutation/survivors/<target>.md lists for review.
 *
 * @example
 * survivorLines({ files: { 'a.ts': { mutants: [{ status: 'Survived', mutatorName: 'BooleanLiteral',
 *   replacement: 'false', location: { start: { line: 3, column: 7 } } }] } } });
 * // → ['', '### a.ts', '', '- L3:7 BooleanLiteral → `false` (survived)']
 */
export function survivorLines(report: {
  readonly files: Readonly<Record<string, { readonly mutants: readonly ReportedMutant[] }>>;
}): string[] {
  const lines: string[] = [];
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const open = file.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => (a.location?.start.line ?? 0) - (b.location?.start.line ?? 0));
    if (open.length === 0) continue;
    lines.push('', `### ${path}`, '');
    for (const m of open) {
      const at = m.location ? `L${m.location.start.line}:${m.location.start.column}` : 'L?';
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80).replaceAll('`', "'");
      const status = m.status === 'Survived' ? 'survived' : 'no test reached it';
      lines.push(`- ${at} ${m.mutatorName ?? '?'} → \`${replacement}\` (${status})`);
    }
  }
  return lines;
}

import { describe, expect, it } from 'vitest';
import { mutationRows, scoreOf, spliceMutationRows, survivorLines } from '../../scripts/mutation-score';

// 'Static' stands for Stryker's Ignored status with its ignoreStatic reason.
const mutant = (status: string): { status: string; statusReason?: string } => {
  if (status === 'Static')
    return { status: 'Ignored', statusReason: 'Static mutant (and "ignoreStatic" was enabled)' };
  if (status === 'Ignored') return { status, statusReason: 'Ignored because of excluded mutation "x"' };
  return { status };
};
const report = (statuses: string[]) => ({
  files: {
    'a.ts': { mutants: statuses.slice(0, 5).map(mutant) },
    'b.ts': { mutants: statuses.slice(5).map(mutant) },
  },
});

describe('scoreOf', () => {
  it("takes Stryker's definition: detected over valid; compile errors, ignored and static left out", () => {
    // 7 killed + 1 timed out = 8 detected; + 2 survived = 10 valid; 8 / 10 = 80 %.
    const score = scoreOf(
      'parts',
      report([
        ...Array(7).fill('Killed'),
        'Timeout',
        'Survived',
        'Survived',
        'Ignored',
        'CompileError',
        'Static',
        'Static',
      ]),
    );
    expect(score).toEqual({
      target: 'parts',
      killed: 7,
      timeout: 1,
      survived: 2,
      noCoverage: 0,
      ignored: 1,
      static: 2,
      invalid: 1,
      score: '80.00',
    });
  });

  it('counts mutants no test reaches as undetected, and rounds to two places', () => {
    // 2 detected of 3 valid = 66.666… % → 66.67.
    expect(scoreOf('kpi', report(['Killed', 'Timeout', 'NoCoverage'])).score).toBe('66.67');
    // 1 of 8 = 12.5 % exactly.
    expect(scoreOf('kpi', report(['Killed', ...Array(7).fill('Survived')])).score).toBe('12.50');
  });
});

describe('spliceMutationRows', () => {
  const doc = [
    '# Quality',
    '<!-- mutation:start (pnpm mutation writes this table) -->',
    '| target | score (%) |',
    '| --- | --- |',
    '| kpi | old kpi row |',
    '| warranty | old warranty row |',
    '<!-- mutation:end -->',
    'after',
  ].join('\n');

  it('replaces the rows of the targets measured and keeps the others, in target order', () => {
    const [row] = mutationRows([scoreOf('kpi', report(['Killed']))], {
      date: '2026-11-25',
      commit: 'abc1234',
    });
    const next = spliceMutationRows(doc, [row ?? '']);
    expect(next).toContain('| kpi | 100.00 | ≥ 85 | 1 | 0 | 0 | 0 | 0 | 0 | 2026-11-25 | abc1234 |');
    expect(next).not.toContain('old kpi row');
    expect(next.indexOf('| kpi |')).toBeLessThan(next.indexOf('| warranty | old warranty row |'));
    expect(next.startsWith('# Quality\n')).toBe(true);
    expect(next.endsWith('<!-- mutation:end -->\nafter')).toBe(true);
  });

  it('refuses a document without the markers rather than writing nowhere', () => {
    expect(() => spliceMutationRows('# Quality', [])).toThrow(/markers/);
  });
});

describe('survivorLines', () => {
  it('lists survivors and unreached mutants by file and line, and nothing that was detected', () => {
    const at = (line: number) => ({ start: { line, column: 1 } });
    const lines = survivorLines({
      files: {
        'b.ts': { mutants: [{ status: 'Killed', mutatorName: 'X', replacement: 'y', location: at(1) }] },
        'a.ts': {
          mutants: [
            { status: 'NoCoverage', mutatorName: 'StringLiteral', replacement: '""', location: at(9) },
            { status: 'Survived', mutatorName: 'EqualityOperator', replacement: 'a <= b', location: at(4) },
          ],
        },
      },
    });
    expect(lines).toEqual([
      '',
      '### a.ts',
      '',
      '- L4:1 EqualityOperator → `a <= b` (survived)',
      '- L9:1 StringLiteral → `""` (no test reached it)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { displayWidth } from './displayWidth';
import { renderCsv } from './renderCsv';
import { renderTable } from './renderTable';

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters as two columns, ASCII as one, combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('返修率')).toBe(6);
    expect(displayWidth('三包 Art. 22')).toBe(4 + 1 + 7);
    expect(displayWidth('ＡＢ')).toBe(4); // fullwidth Latin
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
  });
});

describe('renderTable', () => {
  it('pads Chinese cells by display width so the columns line up', () => {
    const text = renderTable({
      columns: [{ header: 'KPI' }, { header: '值', align: 'right' }],
      rows: [
        ['返修率', '2'],
        ['ro.count', '148'],
      ],
    });
    // Column 1 is 8 wide (ro.count; 返修率 is 6), column 2 is 3 wide (148; 值 is 2).
    expect(text).toBe(['KPI        值', '--------  ---', '返修率      2', 'ro.count  148', ''].join('\n'));
  });

  it('keeps a cell with a line break on one line', () => {
    const text = renderTable({ columns: [{ header: 'a' }], rows: [['x\ny']] });
    expect(text.split('\n')[2]).toBe('x y');
  });
});

describe('renderCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = renderCsv({
      columns: [{ header: 'part' }, { header: 'note' }],
      rows: [['A, B', 'say "hi"\nthen']],
    });
    expect(csv).toBe('part,note\n"A, B","say ""hi""\nthen"\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative numbers', () => {
    const csv = renderCsv({ columns: [{ header: 'x' }], rows: [['=SUM(A1)'], ['-12.50'], ['@cmd'], ['+1']] });
    expect(csv).toBe("x\n'=SUM(A1)\n-12.50\n'@cmd\n+1\n");
  });
});

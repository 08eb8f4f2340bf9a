import { displayWidth } from './displayWidth';

/** A table as the commands hand it to an output format: headers, alignment, rows of text. */
export interface TextTable {
  /** Shown above the table in the terminal; the CSV and JSON forms leave it out. */
  readonly title?: string;
  readonly columns: readonly { readonly header: string; readonly align?: 'left' | 'right' }[];
  readonly rows: readonly (readonly string[])[];
}

const pad = (text: string, width: number, align: 'left' | 'right') => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
};

// One line per cell: a line break inside a cell would break the grid.
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A table for the terminal, columns padded to the widest cell counting CJK characters as two
 * columns so Chinese labels line up.
 *
 * @example
 * renderTable({ columns: [{ header: 'KPI' }, { header: '值', align: 'right' }], rows: [['返修率', '2']] });
 * // 'KPI     值\n------  --\n返修率   2\n'
 */
export function renderTable(table: TextTable): string {
  const rows = table.rows.map((row) => table.columns.map((_, index) => oneLine(row[index] ?? '')));
  const headers = table.columns.map((column) => oneLine(column.header));
  const widths = headers.map((header, index) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => pad(cell, widths[index] ?? 0, table.columns[index]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const out = [
    ...(table.title === undefined ? [] : [table.title]),
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ];
  return `${out.join('\n')}\n`;
}

import type { TextTable } from './renderTable';

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field that a
// spreadsheet would run as a formula (= + - @ first) is prefixed with a quote mark (OWASP CSV
// injection advice), except a plain number such as -12.50.
function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A table as CSV text (header row first, `\n` line ends).
 *
 * @example
 * renderCsv({ columns: [{ header: 'part' }, { header: 'qty' }], rows: [['A, B', '2']] });
 * // 'part,qty\n"A, B",2\n'
 */
export function renderCsv(table: TextTable): string {
  const lines = [
    table.columns.map((column) => field(column.header)),
    ...table.rows.map((row) => row.map(field)),
  ];
  return lines.map((cells) => `${cells.join(',')}\n`).join('');
}

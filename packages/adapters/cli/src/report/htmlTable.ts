import { type Html, type HtmlValue, html } from './escape';
import { reportMessage } from './messages';
import type { RenderContext } from './renderContext';

/**
 * One row of a report table: its cells (text is escaped), a key that identifies it (`data-key`)
 * and an optional status (`data-status`, which also colours it).
 *
 * @example
 * const row: TableRow = { key: 'ro.comeback', cells: ['Comeback rate', '1.8 %'], status: 'met' };
 */
export interface TableRow {
  readonly key: string;
  readonly cells: readonly HtmlValue[];
  readonly status?: string;
}

/**
 * A report table: `data-testid` on the table, `<testId>-row` on each body row, the headers, and the
 * indexes of the right-aligned (numeric) columns.
 *
 * @example
 * const spec: TableSpec = { testId: 'inputs-table', headers: ['Input', 'Read'], numeric: [1], rows: [] };
 */
export interface TableSpec {
  readonly testId: string;
  readonly headers: readonly string[];
  readonly numeric?: readonly number[];
  readonly rows: readonly TableRow[];
}

/**
 * Renders a table, showing at most `maxRows` rows and saying how many more there are (never
 * dropping rows silently), or "None." under the headers when there is no row.
 *
 * @example
 * const table = renderTable(
 *   { testId: 'order-table', headers: ['Part number'], rows: [{ key: 'P1', cells: ['P1'] }] },
 *   { lang: 'en', maxRows: 100 },
 * );
 */
export function renderTable(spec: TableSpec, limit: RenderContext): Html {
  const numeric = new Set(spec.numeric ?? []);
  const align = (index: number): string | undefined => (numeric.has(index) ? 'num' : undefined);
  const shown = spec.rows.slice(0, limit.maxRows);
  const rows = shown.map(
    (row) =>
      html`<tr data-testid="${spec.testId}-row" data-key="${row.key}"${row.status === undefined ? '' : html` data-status="${row.status}"`}>${row.cells.map((cell, index) => html`<td class="${align(index)}">${cell}</td>`)}</tr>`,
  );
  const note =
    spec.rows.length === 0
      ? html`<p class="none">${reportMessage('none', limit.lang)}</p>`
      : spec.rows.length > shown.length
        ? html`<p class="more" data-testid="${spec.testId}-more">${reportMessage('moreRows', limit.lang, { shown: shown.length, total: spec.rows.length })}</p>`
        : '';
  return html`<table data-testid="${spec.testId}"><thead><tr>${spec.headers.map((header, index) => html`<th class="${align(index)}">${header}</th>`)}</tr></thead><tbody>${rows}</tbody></table>${note}`;
}

import { type Html, html } from './escape';
import { codeLabel, type ReportLang } from './messages';

/**
 * A target status as a coloured badge: green met, amber at risk, red missed, grey without data or
 * target. The status code stays in `data-status` for tests and scripts.
 *
 * @example
 * String(statusBadge('at_risk', 'en'));
 * // '<span class="status status-at_risk" data-status="at_risk">At risk</span>'
 */
export function statusBadge(status: string, lang: ReportLang): Html {
  return html`<span class="status status-${status}" data-status="${status}">${codeLabel('status', status, lang)}</span>`;
}

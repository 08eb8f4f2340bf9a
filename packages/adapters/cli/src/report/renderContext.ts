import type { ReportLang } from './messages';

/**
 * What every section of the report is rendered with: the language, and the most rows a table shows
 * (the rest are counted in a note under it).
 *
 * @example
 * const context: RenderContext = { lang: 'zh', maxRows: 200 };
 */
export interface RenderContext {
  readonly lang: ReportLang;
  readonly maxRows: number;
}

import { type Html, type HtmlValue, html, rawHtml } from './escape';
import type { ReportLang } from './messages';

// Print-friendly, no web font, no image: everything the page shows is in the file.
const css = `
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#202124;background:#fff}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid #e0e3e7}
h3{font-size:14px;margin:16px 0 6px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}
dl.facts dt{color:#5f6368}
dl.facts dd{margin:0}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
th,td{border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f4}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{display:inline-block;padding:0 8px;border-radius:10px;font-weight:600;white-space:nowrap}
.status-met{background:#e6f4ea;color:#137333}
.status-at_risk{background:#fef7e0;color:#b06000}
.status-missed{background:#fce8e6;color:#c5221f}
.status-no_data,.status-no_target{background:#f1f3f4;color:#5f6368}
.severity-reject{color:#c5221f;font-weight:600}
.severity-review{color:#b06000;font-weight:600}
.severity-info{color:#5f6368}
.chips span{margin-right:8px}
.charts{display:flex;flex-wrap:wrap;gap:12px}
figure.chart{margin:0;border:1px solid #e0e3e7;border-radius:6px;padding:6px}
figure.chart figcaption{font-weight:600;font-size:13px;margin:0 0 4px 4px}
figure.chart svg{display:block;max-width:100%;height:auto}
ul.steps{margin:0;padding-left:18px}
.muted,.none,.more{color:#5f6368}
code{font-size:12px}
`;

/**
 * A report section: an `<h2>` title and its content, with a stable `data-testid`.
 *
 * @example
 * const part = reportSection('scorecard', 'KPI scorecard', html`<p>…</p>`);
 */
export function reportSection(testId: string, title: string, content: HtmlValue): Html {
  return html`<section data-testid="${testId}"><h2>${title}</h2>${content}</section>`;
}

/**
 * The whole page: one HTML document with its CSS inline, a Content-Security-Policy that allows
 * nothing from outside (no script, no fetch), and the body given.
 *
 * @example
 * renderPage({ lang: 'en', title: 'Audit', body: html`<h1>Audit</h1>` }).startsWith('<!doctype html>'); // true
 */
export function renderPage(page: { lang: ReportLang; title: string; body: Html }): string {
  return String(html`<!doctype html>
<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${page.title}</title>
<style>${rawHtml(css)}</style>
</head>
<body>
${page.body}
</body>
</html>
`);
}

/**
 * HTML that is already safe to insert as it is: built by {@link html}, or marked by {@link rawHtml}
 * (the page's own CSS, the SVG that ECharts renders and escapes itself).
 *
 * @example
 * String(html`<b>${'<i>'}</b>`); // '<b>&lt;i&gt;</b>'
 */
export class Html {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What {@link html} takes between its pieces: text is escaped, `Html` kept, lists joined. */
export type HtmlValue = Html | string | number | null | undefined | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML element or a quoted attribute value.
 *
 * @example
 * escapeHtml('<b>&"'); // '&lt;b&gt;&amp;&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/**
 * Marks a string as HTML to insert unescaped. Only for markup this module makes or trusts.
 *
 * @example
 * String(html`<div>${rawHtml('<svg></svg>')}</div>`); // '<div><svg></svg></div>'
 */
export function rawHtml(markup: string): Html {
  return new Html(markup);
}

function piece(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(piece).join('');
}

/**
 * A template tag that escapes every interpolated string: the one way report markup is written.
 *
 * @example
 * const name = 'A & B <Motors>';
 * String(html`<h1 title="${name}">${name}</h1>`);
 * // '<h1 title="A &amp; B &lt;Motors&gt;">A &amp; B &lt;Motors&gt;</h1>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += piece(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

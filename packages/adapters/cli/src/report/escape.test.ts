import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawHtml } from './escape';

describe('escapeHtml', () => {
  it('returns the five HTML-special characters as entities', () => {
    expect(escapeHtml(`<b>&"'`)).toBe('&lt;b&gt;&amp;&quot;&#39;');
  });

  it('returns other text, Chinese included, unchanged', () => {
    expect(escapeHtml('杭州华夏汽车 4S 店 · ¥1,280.50')).toBe('杭州华夏汽车 4S 店 · ¥1,280.50');
  });
});

describe('html', () => {
  it('escapes interpolated strings in text and attributes', () => {
    const name = '<script>alert("x")</script>';
    expect(String(html`<p title="${name}">${name}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it('keeps nested html and raw markup, joins lists, and drops null and undefined', () => {
    const items = ['a&b', html`<i>${'<c>'}</i>`, null, undefined, 3];
    expect(String(html`<div>${items}${rawHtml('<svg></svg>')}</div>`)).toBe(
      '<div>a&amp;b<i>&lt;c&gt;</i>3<svg></svg></div>',
    );
  });
});

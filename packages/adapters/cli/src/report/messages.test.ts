import { describe, expect, it } from 'vitest';
import { codeLabel, reportMessage, reportMessages } from './messages';

describe('reportMessages', () => {
  it('has an English and a Chinese text for every label', () => {
    for (const [key, text] of Object.entries(reportMessages)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.zh.trim(), key).not.toBe('');
    }
  });
});

describe('reportMessage', () => {
  it('returns the label in the language asked, placeholders filled', () => {
    expect(reportMessage('scorecard', 'zh')).toBe('KPI 计分卡');
    expect(reportMessage('moreRows', 'en', { shown: 200, total: 950 })).toBe(
      'Showing 200 of 950; the JSON output lists all.',
    );
    expect(reportMessage('moreRows', 'zh', { shown: 200, total: 950 })).toBe(
      '显示 950 条中的 200 条；JSON 输出包含全部。',
    );
  });
});

describe('codeLabel', () => {
  it('returns the label of a known code and the code itself otherwise', () => {
    expect(codeLabel('status', 'missed', 'zh')).toBe('未达标');
    expect(codeLabel('outcome', 'replacement_or_return', 'en')).toBe('Replacement or return');
    expect(codeLabel('outcome', 'presumed_nonconforming', 'en')).toBe('presumed_nonconforming');
  });
});

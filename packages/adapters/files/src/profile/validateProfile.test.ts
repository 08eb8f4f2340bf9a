import { describe, expect, it } from 'vitest';
import { compileDateFormat } from './dateFormats';
import { genericProfile } from './genericProfile';
import { safeValidateProfile, validateProfile } from './validateProfile';

const paths = (input: unknown) => {
  const result = safeValidateProfile(input);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
};

describe('validateProfile', () => {
  it('accepts the generic profile', () => {
    expect(validateProfile(genericProfile).id).toBe('generic');
  });

  it('names the spot of a shape problem', () => {
    expect(paths({ ...genericProfile, dateFormats: [] })).toEqual([
      ['file.invalid_profile', 'profile.dateFormats'],
    ]);
    expect(paths({ ...genericProfile, extra: 1 })).toEqual([['file.invalid_profile', 'profile']]);
  });

  it('refuses an unknown field, a header of two fields, and a code to a value that does not exist', () => {
    const profile = {
      ...genericProfile,
      kinds: {
        parts: {
          columns: { partNumber: ['配件编号'], description: ['配件编号'], colour: ['颜色'] },
          codes: { source: { 纯正件: 'genuine' } },
        },
      },
    };
    expect(paths(profile)).toEqual([
      ['file.invalid_profile', 'profile.kinds.parts.columns.description.0'],
      ['file.invalid_profile', 'profile.kinds.parts.columns.colour'],
      ['file.invalid_profile', 'profile.kinds.parts.codes.source.纯正件'],
    ]);
  });

  it('refuses formats it cannot read and words that mean yes and no', () => {
    const profile = {
      ...genericProfile,
      dateFormats: ['dd/MM'],
      dateTimeFormats: ['yyyy-MM-dd hh:mm'],
      booleans: { true: ['Y'], false: ['y'] },
    };
    expect(paths(profile)).toEqual([
      ['file.invalid_profile', 'profile.dateFormats.0'],
      ['file.invalid_profile', 'profile.dateTimeFormats.0'],
      ['file.invalid_profile', 'profile.booleans.false.0'],
    ]);
  });

  it('throws the issues from validateProfile', () => {
    expect(() => validateProfile(null)).toThrow(expect.objectContaining({ code: 'file.invalid_profile' }));
  });
});

describe('compileDateFormat', () => {
  const read = (format: string, text: string) => {
    const compiled = compileDateFormat(format);
    if (typeof compiled === 'string') return compiled;
    const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    return compiled.matcher(text, parts) ? parts : undefined;
  };

  it('reads one- or two-digit fields and literal text', () => {
    expect(read('yyyy/M/d H:mm', '2024/3/8 9:05')).toEqual({
      year: 2024,
      month: 3,
      day: 8,
      hour: 9,
      minute: 5,
      second: 0,
    });
    expect(read('yyyy年M月d日', '2024年12月31日')).toMatchObject({ year: 2024, month: 12, day: 31 });
    expect(read("yyyy-MM-dd'T'HH:mm", '2024-03-08T14:30')).toMatchObject({ hour: 14, minute: 30 });
  });

  it('refuses text that does not fit', () => {
    expect(read('yyyy-MM-dd', '2024-3-8')).toBeUndefined();
    expect(read('yyyy-MM-dd', '2024-03-08 ')).toBeUndefined();
    expect(read('yyyyMMdd', '2024038')).toBeUndefined();
  });
});

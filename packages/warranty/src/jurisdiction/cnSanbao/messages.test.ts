import { describe, expect, it } from 'vitest';
import { days, km, namesOf } from './messages';
import { describeReplacement } from './replacements';

describe('the pieces of the 三包 messages', () => {
  it('writes km with thousands separators, as the regulation does (3,000; 1,234,567)', () => {
    expect(km(999)).toBe('999');
    expect(km(3_000)).toBe('3,000');
    expect(km(60_000)).toBe('60,000');
    expect(km(1_234_567)).toBe('1,234,567');
  });

  it('writes 1 day and 6 days', () => {
    expect(days(1)).toBe('1 day');
    expect(days(6)).toBe('6 days');
    expect(days(0)).toBe('0 days');
  });

  it('lists assemblies in English with commas and in Chinese with 、', () => {
    expect(namesOf(['engine', 'transmission', 'drive_motor'])).toEqual({
      en: 'engine, transmission, drive motor',
      zh: '发动机、变速器、行驶驱动电机',
    });
  });

  it('names a whole assembly, or a main part of it with the part where one is recorded', () => {
    const engine = { en: 'engine', zh: '发动机' };
    const transmission = { en: 'transmission', zh: '变速器' };
    expect(describeReplacement({ assembly: 'engine', level: 'assembly' }, engine)).toEqual({
      en: 'the whole engine',
      zh: '发动机总成',
    });
    expect(
      describeReplacement(
        { assembly: 'transmission', level: 'main_part', mainPart: 'valve-body' },
        transmission,
      ),
    ).toEqual({ en: 'a main part of the transmission (valve-body)', zh: '变速器主要零部件（valve-body）' });
    expect(describeReplacement({ assembly: 'transmission', level: 'main_part' }, transmission)).toEqual({
      en: 'a main part of the transmission',
      zh: '变速器主要零部件',
    });
  });
});

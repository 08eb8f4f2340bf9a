import { validateVin } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Vehicle identification numbers: structure (ISO 3779) and the check digit (GB 16735). */
export const vinExamples: readonly ErrorExample[] = [
  {
    code: 'vin.length',
    meaning:
      'A VIN does not have exactly 17 characters (often a character dropped or a space typed): copy it again from the registration certificate or the windscreen plate.',
    meaningZh: 'VIN 不是 17 位（常见为漏输一位或多输空格）：请从行驶证或风挡铭牌重新录入。',
    outcome: 'returns',
    example: () => validateVin('LSVAU2187N212345'),
  },
  {
    code: 'vin.character',
    meaning:
      'A VIN contains a character ISO 3779 never uses (I, O, Q, or anything not a capital letter or digit): usually a 1 or 0 typed as a letter; correct it.',
    meaningZh:
      'VIN 含有 ISO 3779 不允许的字符（I、O、Q 或非大写字母、数字）：多为把 1、0 误输成字母，请改正。',
    outcome: 'returns',
    example: () => validateVin('LSVAU2187N2I23456'),
  },
  {
    code: 'vin.check_digit',
    meaning:
      'The check digit (position 9) does not match the other 16 characters, so the VIN is mistyped: compare it with the vehicle; the check applies to Chinese and North American VINs.',
    meaningZh:
      '校验位（第 9 位）与其余 16 位不符，说明 VIN 录入有误：请与车辆核对；中国和北美 VIN 必须通过校验。',
    outcome: 'returns',
    example: () => validateVin('LSVAU2180N2123456'),
  },
];

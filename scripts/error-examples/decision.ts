import { citation } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Decisions and rule traces: every rule cites where it comes from, in a checked form. */
export const decisionExamples: readonly ErrorExample[] = [
  {
    code: 'decision.invalid_citation',
    meaning:
      'A rule, target or policy cites its source in free text instead of a citation (regulation:<id>#<article>, manual:<key>, oem:<policy>#<field>): write it in one of these forms.',
    meaningZh:
      '规则、目标或政策的出处是自由文本，而不是规范的出处格式（regulation:<id>#<条款>、manual:<键>、oem:<政策>#<字段>）：请按其中一种格式书写。',
    outcome: 'throws',
    example: () => citation('三包规定第二十二条'),
  },
];

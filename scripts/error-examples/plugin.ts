import { createAftersales, definePlugin } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Plugins: checked when defined, and never allowed to replace one another silently. */
export const pluginExamples: readonly ErrorExample[] = [
  {
    code: 'plugin.invalid',
    meaning:
      'A plugin is malformed (an id without a namespace, a version that is not semantic, an unknown extension point, a contribution without an id) or was not made with `definePlugin`: fix the field named.',
    meaningZh:
      '插件格式有误（id 无命名空间、版本号不是语义化版本、未知扩展点、扩展项缺少 id），或不是通过 `definePlugin` 创建：请修正所指字段。',
    outcome: 'throws',
    example: () => definePlugin({ id: 'brand-x', version: '1.0.0' }),
  },
  {
    code: 'plugin.duplicate_id',
    meaning: 'The same plugin id is installed twice (often two versions of one plugin): install it once.',
    meaningZh: '同一插件 id 被安装了两次（常见为同一插件的两个版本）：请只安装一次。',
    outcome: 'throws',
    example: () => {
      const brandX = definePlugin({ id: '@acme/brand-x', version: '1.0.0' });
      const brandXNext = definePlugin({ id: '@acme/brand-x', version: '1.1.0' });
      return createAftersales({ plugins: [brandX, brandXNext], timeZone: 'Asia/Shanghai' });
    },
  },
  {
    code: 'plugin.duplicate_contribution',
    meaning:
      'Two plugins contribute a KPI, policy, jurisdiction, flow or profile with the same id; a rule is never silently replaced: give one of them another id.',
    meaningZh:
      '两个插件提供了 id 相同的指标、政策、法规包、流程或配置；规则绝不会被静默替换：请给其中之一改用其他 id。',
    outcome: 'throws',
    example: () => {
      const policy = { id: 'brand-x-2024', coverages: [] };
      const brandX = definePlugin({ id: '@acme/brand-x', version: '1.0.0', policies: [policy] });
      const dealerCopy = definePlugin({ id: '@dealer/policies', version: '1.0.0', policies: [policy] });
      return createAftersales({ plugins: [brandX, dealerCopy], timeZone: 'Asia/Shanghai' });
    },
  },
];

import { createAftersales } from '@aftersales/core';
import type { ErrorExample } from './types';

/** The plugin registry: what a plugin contributed, looked up by id. */
export const registryExamples: readonly ErrorExample[] = [
  {
    code: 'registry.unknown',
    meaning:
      'An id (a KPI, a policy, a jurisdiction, a target profile) was looked up but no installed plugin contributes it: check the spelling, or install the plugin that provides it.',
    meaningZh:
      '按 id 查找指标、政策、法规包或目标配置，但没有已安装的插件提供它：请检查拼写，或安装提供它的插件。',
    outcome: 'throws',
    example: () => createAftersales({ timeZone: 'Asia/Shanghai' }).get('policies', 'brand-x-2024'),
  },
];

import { createFlowStore, type ListenerFailure } from '@aftersales/adapter-ui';
import { complaintFlow } from '@aftersales/core';
import type { ErrorExample } from './types';

/** UI store (adapter-ui): a subscriber's own failure is reported, never stopping the store. */
export const uiExamples: readonly ErrorExample[] = [
  {
    code: 'ui.listener_failed',
    meaning:
      'A function subscribed to a UI store threw while the store notified its subscribers; the failure is passed to `onListenerError` (by default logged), and the other subscribers and the store carry on: fix the subscriber (usually a render function).',
    meaningZh:
      '订阅 UI 状态仓库的函数在通知时抛出错误；该错误交给 `onListenerError`（默认写入日志），其他订阅者和仓库照常运行：请修正该订阅函数（通常是渲染函数）。',
    outcome: 'returns',
    example: () => {
      const failures: ListenerFailure[] = [];
      const store = createFlowStore(complaintFlow, { onListenerError: (failure) => failures.push(failure) });
      store.subscribe(() => {
        throw new Error('render failed: #complaint-panel is not in the page');
      });
      store.dispatch({ type: 'record_complaint', at: '2024-03-04T09:00:00+08:00', actor: 'EMP-CR-01' });
      return failures;
    },
  },
];

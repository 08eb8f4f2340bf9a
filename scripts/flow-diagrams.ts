/**
 * Renders docs/flow-diagrams.md from the standard flows (`pnpm docs:flows` writes it; a test checks
 * it is current), so the diagrams an auditor reads are the flows the code runs.
 */
import { complaintFlow, type Flow, repairOrderFlow, toMermaid, warrantyClaimFlow } from '@aftersales/core';

const flows: readonly Flow[] = [
  repairOrderFlow as unknown as Flow,
  complaintFlow as unknown as Flow,
  warrantyClaimFlow as unknown as Flow,
];

/** The Markdown text of docs/flow-diagrams.md. */
export function renderFlowDiagrams(): string {
  const lines = [
    '# The standard flows, drawn',
    '',
    "Generated from the flow definitions by `pnpm docs:flows` (`toMermaid(flow, { locale: 'zh' })`);",
    'a test keeps this file current. Transitions that stay in their state (adding or pricing a line,',
    'a hold, a further follow-up call) are left out; guards are shown in brackets. See [flows.md](flows.md).',
  ];
  for (const flow of flows) {
    const { title, version } = flow.definition;
    lines.push('', `## ${title.en} · ${title.zh} (\`${flow.id}\`, version ${version})`, '', '```mermaid');
    lines.push(toMermaid(flow, { locale: 'zh' }).trimEnd(), '```');
  }
  return `${lines.join('\n')}\n`;
}

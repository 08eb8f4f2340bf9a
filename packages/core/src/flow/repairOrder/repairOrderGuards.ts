import type { FlowGuardDefinition, GuardCheck, GuardVerdict } from '../types';
import type { RepairOrderFlowData, RepairOrderFlowLine } from './repairOrderData';

/**
 * The guards of the repair-order flow, from the dealer manuals: each a rule with a stable id, a
 * citation, the message shown when it blocks, and what would unblock it.
 */

type Check = GuardCheck<RepairOrderFlowData>;

// Guards run on every replayed event: loops, and arrays only when a guard fails, keep them
// from allocating on the way through.
function lineOf(data: RepairOrderFlowData, id: unknown): RepairOrderFlowLine | undefined {
  for (const line of data.lines) if (line.id === id) return line;
  return undefined;
}
const lineIdOf = (event: { data?: unknown }): unknown =>
  (event.data as { lineId?: unknown } | undefined)?.lineId;

/** Passes when no line matches `blocks`; otherwise fails naming the lines that do. */
function blocking(
  data: RepairOrderFlowData,
  blocks: (line: RepairOrderFlowLine) => boolean,
  en: string,
  zh: string,
): GuardVerdict {
  let any = false;
  for (const line of data.lines) any ||= blocks(line);
  if (!any) return true;
  const ids = data.lines.filter(blocks).map((line) => line.id);
  return {
    passed: false,
    facts: { lines: ids },
    message: { en: `${en}: ${ids.join(', ')}`, zh: `${zh}：${ids.join('、')}` },
  };
}

/** Guard definitions (data) of the repair-order flow. */
export const repairOrderGuards: Record<string, FlowGuardDefinition> = {
  'ro.line-exists': {
    title: { en: 'The line is on the repair order', zh: '该项目在工单上' },
    cite: 'manual:flows.repair-order',
    message: { en: 'no such line on this repair order', zh: '工单上没有该项目' },
    unblock: {
      message: { en: 'add the line first', zh: '请先添加该项目' },
      events: ['add_line'],
      fields: ['data.lineId'],
    },
    readsPayload: true,
  },
  'ro.line-is-new': {
    title: { en: 'The line id is not used yet', zh: '项目编号未被使用' },
    cite: 'manual:flows.repair-order',
    message: { en: 'a line with this id is already on the repair order', zh: '工单上已有相同编号的项目' },
    unblock: { message: { en: 'use a new line id', zh: '请使用新的项目编号' }, fields: ['data.lineId'] },
    readsPayload: true,
  },
  'ro.line-approved': {
    title: { en: 'The customer approved the line', zh: '客户已确认该项目' },
    cite: 'manual:flows.repair-order',
    message: { en: 'no repair on a line the customer has not approved', zh: '客户未确认的项目不得施工' },
    unblock: {
      message: { en: 'get the customer to approve the line', zh: '请先取得客户对该项目的确认' },
      events: ['approve_line'],
    },
    readsPayload: true,
  },
  'ro.line-not-started': {
    title: { en: 'Work on the line has not started', zh: '该项目尚未开工' },
    cite: 'manual:flows.repair-order',
    message: {
      en: 'work on the line has started: the customer’s answer can no longer change',
      zh: '该项目已开工，客户答复不能再更改',
    },
    unblock: {
      message: { en: 'answer only lines not yet worked on', zh: '只能答复尚未开工的项目' },
      fields: ['data.lineId'],
    },
    readsPayload: true,
  },
  'ro.has-lines': {
    title: { en: 'The estimate has lines', zh: '估价单有维修项目' },
    cite: 'manual:flows.repair-order',
    message: { en: 'an estimate needs at least one line', zh: '估价单至少需要一个维修项目' },
    unblock: { message: { en: 'add the lines to quote', zh: '请添加需报价的项目' }, events: ['add_line'] },
  },
  'ro.estimate-priced': {
    title: { en: 'Every line of the estimate is priced', zh: '估价单各项目均已报价' },
    cite: 'manual:flows.repair-order',
    message: { en: 'the customer cannot approve an unpriced estimate', zh: '未报价的估价单不能交客户确认' },
    unblock: { message: { en: 'price the lines', zh: '请为各项目报价' }, events: ['price_line'] },
  },
  'ro.no-pending-lines': {
    title: { en: 'The customer answered every line', zh: '客户已答复所有项目' },
    cite: 'manual:flows.repair-order',
    message: { en: 'lines still wait for the customer', zh: '仍有项目待客户确认' },
    unblock: {
      message: {
        en: 'approve, decline or defer each line with the customer',
        zh: '请与客户逐项确认：同意、拒绝或暂缓',
      },
      events: ['approve_line', 'decline_line', 'defer_line'],
    },
  },
  'ro.some-line-approved': {
    title: { en: 'At least one line is approved', zh: '至少一个项目已确认' },
    cite: 'manual:flows.repair-order',
    message: { en: 'no line is approved: there is no work to dispatch', zh: '没有已确认的项目，无工可派' },
    unblock: {
      message: { en: 'approve a line, or cancel the repair order', zh: '请确认至少一个项目，或取消工单' },
      events: ['approve_line', 'cancel'],
    },
  },
  'ro.no-work-started': {
    title: { en: 'No work has started', zh: '尚未开工' },
    cite: 'manual:flows.repair-order',
    message: { en: 'work has started: the repair order cannot be cancelled', zh: '已开工，工单不能取消' },
    unblock: {
      message: {
        en: 'finish the work and settle: a started repair is not cancelled',
        zh: '请完工并结算：已开工的工单不能取消',
      },
    },
  },
  'ro.on-hold': {
    title: { en: 'The repair order is on hold', zh: '工单处于挂起状态' },
    cite: 'manual:flows.repair-order',
    message: { en: 'the repair order is not on hold', zh: '工单未挂起' },
    unblock: { message: { en: 'nothing to release', zh: '无需解除挂起' } },
  },
  'ro.not-on-hold': {
    title: { en: 'No hold is open', zh: '没有未解除的挂起' },
    cite: 'manual:flows.repair-order',
    message: { en: 'the repair order is on hold', zh: '工单处于挂起状态' },
    unblock: {
      message: {
        en: 'release the hold (parts arrived, customer or insurer answered)',
        zh: '请解除挂起（配件到货、客户或保险公司已答复）',
      },
      events: ['release_hold'],
    },
  },
  'ro.approved-lines-done': {
    title: { en: 'Every approved line is done', zh: '已确认项目均已完工' },
    cite: 'manual:flows.repair-order',
    message: { en: 'approved lines are not done', zh: '有已确认项目未完工' },
    unblock: { message: { en: 'complete the lines', zh: '请完成这些项目' }, events: ['complete_line'] },
  },
  'ro.peer-is-another-person': {
    title: {
      en: 'The peer check is done by someone other than the self-check',
      zh: '互检由自检以外的人员完成',
    },
    cite: 'manual:qc.three.checks',
    message: { en: 'the peer check must be done by another technician', zh: '互检须由其他技师完成' },
    unblock: {
      message: { en: 'have another technician check the work', zh: '请由另一名技师互检' },
      fields: ['data.inspectorId'],
    },
    readsPayload: true,
  },
  'ro.lines-priced': {
    title: { en: 'Every approved line is priced', zh: '已确认项目均已计价' },
    cite: 'manual:flows.repair-order',
    message: { en: 'no settlement with an unpriced line', zh: '有未计价项目，不能结算' },
    unblock: { message: { en: 'price the lines', zh: '请为这些项目计价' }, events: ['price_line'] },
  },
  'ro.warranty-eligibility': {
    title: { en: 'Every warranty line has an eligibility decision', zh: '保修项目均已附保修资格判定' },
    cite: 'manual:flows.warranty-claim',
    message: { en: 'warranty lines need an eligibility decision attached', zh: '保修项目须附保修资格判定' },
    unblock: {
      message: {
        en: 'evaluate warranty eligibility and attach the decision',
        zh: '请判定保修资格并附上结果',
      },
      events: ['attach_eligibility'],
    },
  },
  'ro.final-inspection-passed': {
    title: { en: 'The final inspection passed', zh: '终检已通过' },
    cite: 'manual:qc.three.checks',
    message: { en: 'no delivery before the final inspection', zh: '终检未通过，不得交车' },
    unblock: {
      message: { en: 'pass the final inspection', zh: '请完成终检' },
      events: ['pass_final_inspection'],
    },
    requireMarks: ['qc.final-passed'],
  },
};

/** The checks behind the guards that read data or payload. */
export const repairOrderGuardChecks: Record<string, Check> = {
  'ro.line-exists': (data, event) => lineOf(data, lineIdOf(event)) !== undefined,
  'ro.line-is-new': (data, event) => lineOf(data, lineIdOf(event)) === undefined,
  'ro.line-not-started': (data, event) => {
    const line = lineOf(data, lineIdOf(event));
    return line === undefined || line.work === 'not_started'
      ? true
      : { passed: false, facts: { lineId: line.id, work: line.work } };
  },
  'ro.line-approved': (data, event) => {
    const line = lineOf(data, lineIdOf(event));
    if (line?.answer === 'approved') return true;
    return { passed: false, facts: { lineId: String(lineIdOf(event)), answer: line?.answer ?? null } };
  },
  'ro.has-lines': (data) => data.lines.length > 0,
  'ro.estimate-priced': (data) => blocking(data, (l) => !l.priced, 'unpriced lines', '未报价项目'),
  'ro.no-pending-lines': (data) =>
    blocking(data, (l) => l.answer === 'pending', 'lines waiting for the customer', '待客户确认项目'),
  'ro.some-line-approved': (data) => data.lines.some((l) => l.answer === 'approved'),
  'ro.no-work-started': (data) =>
    blocking(data, (l) => l.work !== 'not_started', 'work started on', '已开工项目'),
  'ro.on-hold': (data) => data.hold !== null,
  'ro.not-on-hold': (data) => (data.hold === null ? true : { passed: false, facts: { hold: data.hold } }),
  'ro.approved-lines-done': (data) =>
    blocking(data, (l) => l.answer === 'approved' && l.work !== 'done', 'lines not done', '未完工项目'),
  'ro.peer-is-another-person': (data, event) => {
    const by = (event.data as { inspectorId?: unknown } | undefined)?.inspectorId;
    const self = data.qc.self?.by ?? null;
    return by !== self ? true : { passed: false, facts: { selfCheckBy: self, peerCheckBy: String(by) } };
  },
  'ro.lines-priced': (data) =>
    blocking(data, (l) => l.answer === 'approved' && !l.priced, 'unpriced lines', '未计价项目'),
  'ro.warranty-eligibility': (data) =>
    blocking(
      data,
      (l) => l.answer === 'approved' && l.payType === 'W' && l.eligibility === null,
      'warranty lines without an eligibility decision',
      '未附保修资格判定的保修项目',
    ),
};

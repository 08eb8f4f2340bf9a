import type { KindProfile } from '../profileSchema';
import { authorization, payType, payTypeDetail, source } from './codeWords';

/** Labor and part lines (工时明细 / 配件明细) of the generic profile. */

const lineKeys = {
  roNumber: ['roNumber', 'RO Number', 'RO No', '工单号', '委托书号', '工单编号'],
  jobId: ['jobId', 'Job ID', '项目号', '维修项目编号'],
  concern: ['concern', 'Concern', '客户描述', '故障现象'],
};

export const laborLines: KindProfile = {
  columns: {
    ...lineKeys,
    jobAuthorization: ['jobAuthorization', 'Job Authorization', '项目确认'],
    id: ['id', 'Line ID', 'Line No', '行号', '工时行号'],
    opCode: ['opCode', 'Op Code', 'Labor Code', '工时代码', '工时编号'],
    description: ['description', 'Description', 'Labor Description', '工时名称', '维修项目'],
    standardHours: ['standardHours', 'Standard Hours', '标准工时'],
    soldHours: ['soldHours', 'Sold Hours', 'Billed Hours', '结算工时', '工时数'],
    clockedHours: ['clockedHours', 'Clocked Hours', '实际工时'],
    technicianId: ['technicianId', 'Technician', 'Technician ID', '维修技师', '技师'],
    payType: ['payType', 'Pay Type', '付费类型', '收费类别', '结算类型'],
    payTypeDetail: ['payTypeDetail', 'Pay Type Detail', '细分付费类型'],
    authorization: ['authorization', 'Authorization', '客户确认'],
    authorizationNote: ['authorizationNote', 'Authorization Note', '确认说明'],
    laborRate: ['laborRate', 'Labor Rate', '工时单价'],
    laborAmount: ['laborAmount', 'Labor Amount', '工时费'],
    laborCost: ['laborCost', 'Labor Cost', '工时成本'],
    startedAt: ['startedAt', 'Started At', '开工时间'],
    completedAt: ['completedAt', 'Completed At', '完工时间'],
  },
  codes: { payType, payTypeDetail, authorization, jobAuthorization: authorization },
};

export const partLines: KindProfile = {
  columns: {
    ...lineKeys,
    id: ['id', 'Line ID', 'Line No', '行号', '配件行号'],
    partNumber: ['partNumber', 'Part Number', 'Part No', '配件编号', '配件代码', '零件号'],
    description: ['description', 'Description', 'Part Description', '配件名称'],
    quantity: ['quantity', 'Quantity', 'Qty', '数量'],
    unit: ['unit', 'Unit', '单位'],
    unitPrice: ['unitPrice', 'Unit Price', '销售单价', '单价'],
    unitCost: ['unitCost', 'Unit Cost', '成本单价', '成本价'],
    amount: ['amount', 'Amount', '金额'],
    source: ['source', 'Source', '配件来源', '来源'],
    payType: ['payType', 'Pay Type', '付费类型', '收费类别', '结算类型'],
    payTypeDetail: ['payTypeDetail', 'Pay Type Detail', '细分付费类型'],
    warrantyClaimId: ['warrantyClaimId', 'Warranty Claim ID', '索赔单'],
    issuedAt: ['issuedAt', 'Issued At', '出库时间'],
  },
  codes: { payType, payTypeDetail, source },
};

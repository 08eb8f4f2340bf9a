import type { KindProfile } from '../profileSchema';

/** Claim labor ops and claim parts (索赔工时明细 / 索赔配件明细) of the generic profile. */

const claimNumber = ['claimNumber', 'Claim Number', 'Claim No', '索赔单号', '索赔单编号'];

export const claimLaborOps: KindProfile = {
  columns: {
    claimNumber,
    opCode: ['opCode', 'Op Code', 'Labor Code', '工时代码', '工时编号'],
    description: ['description', 'Description', 'Labor Description', '工时名称', '维修项目'],
    hours: ['hours', 'Hours', 'Claimed Hours', '索赔工时', '工时数'],
    laborRate: ['laborRate', 'Labor Rate', '工时单价', '索赔工时单价'],
    amount: ['amount', 'Amount', '金额', '工时费'],
  },
};

export const claimParts: KindProfile = {
  columns: {
    claimNumber,
    partNumber: ['partNumber', 'Part Number', 'Part No', '配件编号', '配件代码', '零件号'],
    description: ['description', 'Description', 'Part Description', '配件名称'],
    quantity: ['quantity', 'Quantity', 'Qty', '数量'],
    unitPrice: ['unitPrice', 'Unit Price', '单价', '索赔单价'],
    amount: ['amount', 'Amount', '金额'],
    isCausal: ['isCausal', 'Causal Part', 'Is Causal', '主损件', '是否主损件'],
  },
};

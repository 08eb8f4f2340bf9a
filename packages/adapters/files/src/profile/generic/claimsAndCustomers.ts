import type { KindProfile } from '../profileSchema';
import { currency } from './codeWords';

/** Warranty claims (索赔单) and customers (客户档案) of the generic profile. */
export const warrantyClaims: KindProfile = {
  columns: {
    id: ['id', 'Claim ID', '索赔单ID', '系统编号'],
    dealerId: ['dealerId', 'Dealer ID', 'Dealer Code', '经销商代码', '经销商'],
    vin: ['vin', 'VIN', '车架号', '车辆识别代号', '底盘号'],
    roId: ['roId', 'RO ID', 'RO Number', '工单号'],
    claimNumber: ['claimNumber', 'Claim Number', '索赔单号'],
    repairDate: ['repairDate', 'Repair Date', '维修日期'],
    repairCompletedAt: ['repairCompletedAt', 'Repair Completed At', '完工时间'],
    odometerKm: ['odometerKm', 'Odometer', 'Mileage', '维修里程', '行驶里程'],
    failureCode: ['failureCode', 'Failure Code', '故障代码'],
    causalPartNumber: ['causalPartNumber', 'Causal Part', '主损件编号', '主损件'],
    description: ['description', 'Description', '故障描述'],
    'amounts.labor': ['amounts.labor', 'Labor Amount', '工时费'],
    'amounts.parts': ['amounts.parts', 'Parts Amount', '配件费'],
    'amounts.sublet': ['amounts.sublet', 'Sublet Amount', '外包费'],
    'amounts.other': ['amounts.other', 'Other Amount', '其他费用'],
    'amounts.total': ['amounts.total', 'Total', 'Total Amount', '合计', '索赔金额'],
    currency: ['currency', 'Currency', '币种'],
    status: ['status', 'Status', 'Claim Status', '索赔状态', '状态'],
    submittedAt: ['submittedAt', 'Submitted At', '提交时间', '首次提交时间'],
    submissionCount: ['submissionCount', 'Submissions', '提交次数'],
    adjudicatedAt: ['adjudicatedAt', 'Adjudicated At', '审核时间'],
    approvedAmount: ['approvedAmount', 'Approved Amount', '批准金额'],
    rejectionReason: ['rejectionReason', 'Rejection Reason', '拒赔原因'],
    paidAt: ['paidAt', 'Paid At', '结算时间'],
    paidAmount: ['paidAmount', 'Paid Amount', '结算金额'],
    chargedBackAt: ['chargedBackAt', 'Charged Back At', '扣款时间'],
    chargedBackAmount: ['chargedBackAmount', 'Charged Back Amount', '扣款金额'],
    'preAuthorization.number': ['preAuthorization.number', 'Pre-authorization No', '授权号'],
    'preAuthorization.requestedAt': [
      'preAuthorization.requestedAt',
      'Pre-authorization Requested At',
      '授权申请时间',
    ],
    'preAuthorization.approvedAt': [
      'preAuthorization.approvedAt',
      'Pre-authorization Approved At',
      '授权批准时间',
    ],
    'oldPart.retained': ['oldPart.retained', 'Old Part Retained', '旧件已保留'],
    'oldPart.deadline': ['oldPart.deadline', 'Old Part Deadline', '旧件回运截止日期'],
    'oldPart.shippedAt': ['oldPart.shippedAt', 'Old Part Shipped At', '旧件回运时间'],
    'oldPart.shipmentNumber': ['oldPart.shipmentNumber', 'Old Part Shipment No', '旧件回运单号'],
    warrantyAdminId: ['warrantyAdminId', 'Warranty Admin', '索赔员'],
  },
  codes: {
    currency,
    status: {
      草稿: 'draft',
      已提交: 'submitted',
      已批准: 'approved',
      部分批准: 'partially_approved',
      已拒赔: 'rejected',
      拒赔: 'rejected',
      已结算: 'paid',
      已扣款: 'charged_back',
      索赔扣款: 'charged_back',
    },
  },
};

export const customers: KindProfile = {
  columns: {
    id: ['id', 'Customer ID', '客户编号', '客户代码'],
    name: ['name', 'Name', 'Customer Name', '客户名称', '姓名'],
    kind: ['kind', 'Customer Type', '客户类型', '客户性质'],
    phone: ['phone', 'Phone', 'Mobile', '电话', '手机', '联系电话'],
    createdAt: ['createdAt', 'Created At', '建档时间', '建档日期'],
    dealerId: ['dealerId', 'Dealer ID', '经销商代码', '建档经销商'],
  },
  codes: { kind: { 个人: 'private', 私人: 'private', 单位: 'company', 公司: 'company', 企业: 'company' } },
};

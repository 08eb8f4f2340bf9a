import type { KindProfile } from '../profileSchema';
import { payType, payTypeDetail } from './codeWords';

/** RO sublet lines and charges (外包明细 / 其他费用明细) of the generic profile. */

const roNumber = ['roNumber', 'RO Number', 'RO No', '工单号', '委托书号', '工单编号'];

export const subletLines: KindProfile = {
  columns: {
    roNumber,
    jobId: ['jobId', 'Job ID', '项目号', '维修项目编号'],
    concern: ['concern', 'Concern', '客户描述', '故障现象'],
    id: ['id', 'Line ID', 'Line No', '行号', '外包行号'],
    description: ['description', 'Description', 'Sublet Description', '外包内容', '外包项目'],
    vendorId: ['vendorId', 'Vendor ID', '外包商代码'],
    vendorName: ['vendorName', 'Vendor', 'Vendor Name', '外包商', '外包商名称'],
    vendorInvoiceNumber: ['vendorInvoiceNumber', 'Vendor Invoice No', '外包发票号'],
    amount: ['amount', 'Amount', '销售金额', '金额'],
    cost: ['cost', 'Cost', '外包成本', '成本'],
    payType: ['payType', 'Pay Type', '付费类型', '收费类别', '结算类型'],
    payTypeDetail: ['payTypeDetail', 'Pay Type Detail', '细分付费类型'],
    completedAt: ['completedAt', 'Completed At', '完工时间'],
  },
  codes: { payType, payTypeDetail },
};

export const roCharges: KindProfile = {
  columns: {
    roNumber,
    id: ['id', 'Charge ID', 'Line No', '行号', '费用行号'],
    kind: ['kind', 'Charge Kind', 'Charge Type', '费用类型', '费用类别'],
    description: ['description', 'Description', '费用名称', '费用说明'],
    amount: ['amount', 'Amount', '金额'],
    payType: ['payType', 'Pay Type', '付费类型', '收费类别', '结算类型'],
    payTypeDetail: ['payTypeDetail', 'Pay Type Detail', '细分付费类型'],
  },
  codes: {
    payType,
    payTypeDetail,
    kind: {
      辅料费: 'shop_supplies',
      辅料: 'shop_supplies',
      环保费: 'environmental',
      废弃物处理费: 'environmental',
      废油处理费: 'environmental',
      杂费: 'misc',
      管理费: 'misc',
      其他: 'misc',
      优惠: 'discount',
      折扣: 'discount',
      税费: 'tax',
      税金: 'tax',
    },
  },
};

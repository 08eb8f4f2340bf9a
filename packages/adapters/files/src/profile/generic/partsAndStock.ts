import type { KindProfile } from '../profileSchema';
import { currency, source } from './codeWords';

/** The parts master (配件主数据) and stock movements (出入库明细) of the generic profile. */
export const parts: KindProfile = {
  columns: {
    partNumber: ['partNumber', 'Part Number', 'Part No', '配件编号', '配件代码', '零件号'],
    description: ['description', 'Description', 'Part Name', '配件名称'],
    unit: ['unit', 'Unit', '单位'],
    allowsFractionalQuantity: ['allowsFractionalQuantity', 'Fractional', '可拆零'],
    price: ['price', 'Price', 'Sales Price', '销售单价', '销售价'],
    cost: ['cost', 'Cost', 'Unit Cost', '成本单价', '成本价'],
    currency: ['currency', 'Currency', '币种'],
    source: ['source', 'Source', '配件来源', '来源'],
    supersededBy: ['supersededBy', 'Superseded By', '替代件编号', '替代件'],
    packSize: ['packSize', 'Pack Size', '包装数量'],
    moq: ['moq', 'MOQ', '最小起订量'],
    abcClass: ['abcClass', 'ABC Class', 'ABC分类', 'ABC 分类'],
    bin: ['bin', 'Bin', 'Bin Location', '库位', '货位'],
    isAccessory: ['isAccessory', 'Accessory', '是否精品', '精品'],
    dealerId: ['dealerId', 'Dealer ID', '经销商代码', '经销商'],
  },
  codes: { source, currency },
};

export const stockMovements: KindProfile = {
  columns: {
    id: ['id', 'Movement ID', '流水号', '出入库流水号'],
    partNumber: ['partNumber', 'Part Number', 'Part No', '配件编号', '配件代码', '零件号'],
    type: ['type', 'Type', 'Movement Type', '出入库类型', '业务类型'],
    quantity: ['quantity', 'Quantity', 'Qty', '数量'],
    unitCost: ['unitCost', 'Unit Cost', '成本单价', '成本价'],
    unitPrice: ['unitPrice', 'Unit Price', '销售单价'],
    currency: ['currency', 'Currency', '币种'],
    occurredAt: ['occurredAt', 'Occurred At', 'Date', '发生时间', '业务日期', '出入库时间'],
    roId: ['roId', 'RO ID', 'RO Number', '工单号'],
    warehouse: ['warehouse', 'Warehouse', '仓库'],
    counterparty: ['counterparty', 'Counterparty', 'Supplier', '供应商', '对方仓库'],
    reference: ['reference', 'Reference', 'Document No', '单据号'],
  },
  codes: {
    currency,
    type: {
      采购入库: 'receipt',
      入库: 'receipt',
      客户退货: 'return_from_customer',
      维修退料: 'return_from_ro',
      调拨入库: 'transfer_in',
      维修出库: 'issue_ro',
      维修领料: 'issue_ro',
      柜台销售: 'counter_sale',
      退供应商: 'return_to_supplier',
      采购退货: 'return_to_supplier',
      调拨出库: 'transfer_out',
      库存调整: 'adjustment',
      盘点调整: 'stocktake_adjustment',
      盘盈: 'stocktake_adjustment',
      盘亏: 'stocktake_adjustment',
    },
  },
};

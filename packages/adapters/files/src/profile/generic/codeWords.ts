/** Code words of the generic profile shared by several kinds. */

export const payType = {
  客户付费: 'CP',
  客户: 'CP',
  自费: 'CP',
  'customer pay': 'CP',
  customer: 'CP',
  保修: 'W',
  索赔: 'W',
  三包: 'W',
  warranty: 'W',
  内部: 'I',
  内部结算: 'I',
  internal: 'I',
  保险: 'INS',
  保险理赔: 'INS',
  insurance: 'INS',
} as const;
export const payTypeDetail = {
  厂家承担: 'manufacturer',
  召回: 'manufacturer',
  经销商承担: 'dealer',
  外包: 'sublet',
} as const;
export const source = {
  纯正件: 'oem',
  原厂件: 'oem',
  原厂: 'oem',
  外采件: 'outsourced',
  外采: 'outsourced',
  客户自带件: 'customer_supplied',
  自带件: 'customer_supplied',
} as const;
export const authorization = {
  同意: 'approved',
  已确认: 'approved',
  拒绝: 'declined',
  暂缓: 'deferred',
  待确认: 'pending',
  部分同意: 'partially_approved',
} as const;
export const currency = { 人民币: 'CNY', RMB: 'CNY', 元: 'CNY' } as const;

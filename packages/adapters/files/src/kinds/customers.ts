import { CustomerSchema } from '@aftersales/core';
import { isId, isOptionalId, isOptionalInstant, isOptionalText } from './fastChecks';
import { fields, type KindSpec } from './fieldSpec';

/** Internal: customers (客户档案), one {@link CustomerSchema} record per row. */
export const customersSpec: KindSpec = {
  kind: 'customers',
  schema: CustomerSchema,
  fields: fields([
    ['id', 'id', true],
    ['name', 'text', true],
    ['kind', 'code', true, ['private', 'company']],
    ['phone', 'id'],
    ['createdAt', 'instant', true],
    ['dealerId', 'id'],
  ]),
  fastCheck: (r) =>
    isId(r.id) &&
    r.name !== undefined &&
    isOptionalText(r.name, 200) &&
    (r.kind === 'private' || r.kind === 'company') &&
    (r.phone === undefined || (typeof r.phone === 'string' && r.phone.length <= 40)) &&
    typeof r.createdAt === 'string' &&
    isOptionalInstant(r.createdAt) &&
    isOptionalId(r.dealerId),
};

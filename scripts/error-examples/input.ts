import { divideExact, exactDecimal, PartSchema, safeParseRecord, VehicleSchema } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Record shape: what zod finds wrong with a record, in the library's own codes. */
export const inputExamples: readonly ErrorExample[] = [
  {
    code: 'input.required',
    meaning: 'A field the record needs is missing or blank: fill it in.',
    meaningZh: '记录缺少必填字段，或该字段为空：请补全。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, { vin: 'LSVAU2187N2123456', brand: 'Volkswagen', model: 'Lavida' }),
  },
  {
    code: 'input.invalid_type',
    meaning:
      'A field has the wrong JSON type (text where a number belongs, an object for a list): convert it.',
    meaningZh: '字段的 JSON 类型不对（如应为数字却是文本）：请转换类型。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: '2022',
      }),
  },
  {
    code: 'input.invalid_value',
    meaning:
      'A field holds a value outside its fixed list (an enum such as a pay type or vehicle use): map it to one of the listed values.',
    meaningZh: '字段取值不在固定列表中（如付费类型、使用性质）：请映射为所列值之一。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: 2022,
        use: 'rental',
      }),
  },
  {
    code: 'input.invalid_format',
    meaning:
      'A text field does not have the required format (a date as `YYYY-MM-DD`, an identifier without surrounding spaces): reformat it.',
    meaningZh: '文本字段格式不符（日期应为 `YYYY-MM-DD`，编号不得带首尾空格）：请按要求格式化。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: 2022,
        saleDate: '2022/06/12',
      }),
  },
  {
    code: 'input.too_small',
    meaning:
      'A number or amount is below its minimum (a negative price, a model year before 1900): correct the value.',
    meaningZh: '数值或金额低于下限（如负价格、1900 年以前的年款）：请更正。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(PartSchema, {
        partNumber: 'G052195M4',
        description: 'Engine oil 5W-40',
        unit: 'L',
        price: '-98.00',
        source: 'oem',
      }),
  },
  {
    code: 'input.too_big',
    meaning:
      'A number, text or list is above its maximum (a model year after 2100, a text over its length): correct or shorten it.',
    meaningZh: '数值、文本或列表超出上限（如 2100 年以后的年款、文本过长）：请更正或缩短。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: 2202,
      }),
  },
  {
    code: 'input.unrecognized_keys',
    meaning:
      'A record has a field the model does not know (records are strict, so a typo is not silently ignored): rename it, or keep DMS-specific data under `extensions`.',
    meaningZh:
      '记录含有模型中没有的字段（记录为严格校验，拼写错误不会被静默忽略）：请改正字段名，或把 DMS 特有数据放在 `extensions` 中。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: 2022,
        colour: 'white',
      }),
  },
  {
    code: 'input.inconsistent',
    meaning:
      'Each field is valid alone but two contradict each other (an end before its start, an NEV kind on a car not marked as NEV): fix the one that is wrong.',
    meaningZh: '各字段单独有效，但相互矛盾（如结束早于开始、非新能源车却填了新能源类型）：请改正错误的一项。',
    outcome: 'returns',
    example: () =>
      safeParseRecord(VehicleSchema, {
        vin: 'LSVAU2187N2123456',
        brand: 'Volkswagen',
        model: 'Lavida',
        modelYear: 2022,
        nevKind: 'BEV',
      }),
  },
  {
    code: 'input.invalid',
    meaning:
      'An argument is invalid in a way no more specific code names (its detail says why, e.g. a division by zero or data that is not plain JSON): correct it as the detail says.',
    meaningZh: '参数无效，且没有更具体的代码（详情说明原因，如除以零、数据不是纯 JSON）：请按详情更正。',
    outcome: 'throws',
    example: () => divideExact(exactDecimal(100n, 0), exactDecimal(0n, 0), 2),
  },
];

import { assembleRepairOrders, importRecords, safeValidateProfile } from '@aftersales/adapter-files';
import { parseRecord, RepairOrderSchema } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Files (adapter-files): a file that cannot be read as a whole, or one row of it. */
export const fileExamples: readonly ErrorExample[] = [
  {
    code: 'file.encoding',
    meaning:
      'A file is not valid text in its encoding (a GB18030 export read as UTF-8, a truncated download); the error gives the offset of the first bad byte: pass the right encoding, or export the file again.',
    meaningZh:
      '文件不是所给编码的有效文本（如把 GB18030 导出文件按 UTF-8 读取、下载不完整）；错误给出第一个错误字节的偏移：请指定正确编码，或重新导出。',
    outcome: 'throws',
    example: async () => {
      const header = new TextEncoder().encode('partNumber,description,unit,price,source\n');
      // The next row starts with 机油 written in GB18030, which is not UTF-8.
      const bytes = new Uint8Array([...header, 0xbb, 0xfa, 0xd3, 0xcd]);
      return importRecords(bytes, { kind: 'parts', timeZone: 'Asia/Shanghai', encoding: 'utf-8' });
    },
  },
  {
    code: 'file.no_header',
    meaning:
      'A CSV file is empty or has only blank lines, so it has no header row naming its columns: export it again with its header.',
    meaningZh: 'CSV 文件为空或只有空行，没有列名表头行：请带表头重新导出。',
    outcome: 'throws',
    example: async () => importRecords({ text: '\n\n' }, { kind: 'parts', timeZone: 'Asia/Shanghai' }),
  },
  {
    code: 'file.missing_column',
    meaning:
      'A file has no column for a field the records require (one error per field, listing the headers looked for): add the column, or map its header in the profile.',
    meaningZh:
      '文件缺少记录必填字段对应的列（每个字段一条错误，列出所查找的列名）：请补上该列，或在映射配置中映射其列名。',
    outcome: 'throws',
    example: async () =>
      importRecords(
        { text: 'partNumber,description,unit,source\nG052195M4,Engine oil 5W-40,L,oem\n' },
        { kind: 'parts', timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'file.duplicate_column',
    meaning:
      'A header appears twice, or two headers map to the same field, so it is ambiguous which to read: remove or rename one column.',
    meaningZh: '同一列名出现两次，或两个列名映射到同一字段，无法确定读取哪一列：请删除或重命名其中一列。',
    outcome: 'throws',
    example: async () =>
      importRecords(
        {
          text: '配件编号,partNumber,description,unit,price,source\nG052195M4,G052195M4,Engine oil 5W-40,L,98.00,oem\n',
        },
        { kind: 'parts', timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'file.malformed_row',
    meaning:
      'A row cannot be read as a row (a stray quote, more or fewer fields than the header, a JSON line that is not JSON, a row over `maxRowChars`); the row is rejected and the file goes on: fix the row in the export.',
    meaningZh:
      '某行无法按行读取（引号不配对、字段数与表头不符、JSON 行不是 JSON、超过 `maxRowChars`）；该行被拒收，文件其余部分照常读取：请修正导出文件中的该行。',
    outcome: 'returns',
    example: async () =>
      importRecords(
        { text: 'partNumber,description,unit,price,source\nG052195M4,Engine oil, 5W-40,L,98.00,oem\n' },
        { kind: 'parts', timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'file.unmapped_code',
    meaning:
      "A code column holds a word the profile does not map to a canonical value (a DMS's own term for a pay type or part source); the row is rejected: add the word to the profile's `codes`.",
    meaningZh:
      '代码列中的词在映射配置中没有对应的标准值（如 DMS 自有的付费类型、配件来源叫法）；该行被拒收：请在配置的 `codes` 中添加该词。',
    outcome: 'returns',
    example: async () =>
      importRecords(
        { text: 'partNumber,description,unit,price,source\nG052195M4,Engine oil 5W-40,L,98.00,正厂件\n' },
        { kind: 'parts', timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'file.invalid_profile',
    meaning:
      'A column-mapping profile does not check (an unknown field, a header named for two fields, a code mapped to a value that is not canonical, a bad date format, a word both yes and no): fix the spot the path names.',
    meaningZh:
      '列映射配置未通过校验（字段未知、同一列名对应两个字段、代码映射到非标准值、日期格式错误、同一词既表示是又表示否）：请修正路径所指位置。',
    outcome: 'returns',
    example: () =>
      safeValidateProfile({
        id: 'my-dms',
        kinds: { parts: { columns: { partNo: ['配件编号'] } } },
      }),
  },
  {
    code: 'file.unreadable',
    meaning:
      'The source cannot be read at all (no such file, no permission, a stream that failed): check the path or the stream.',
    meaningZh: '数据源完全无法读取（文件不存在、无权限、数据流出错）：请检查路径或数据流。',
    outcome: 'throws',
    example: async () =>
      importRecords({ path: 'no-such-export.csv' }, { kind: 'parts', timeZone: 'Asia/Shanghai' }),
  },
  {
    code: 'file.invalid_json',
    meaning:
      'A `.json` file is not an array of objects, or the array breaks off or holds an element that is not JSON (the reason gives the element and its offset): export an array of records, or use JSON Lines.',
    meaningZh:
      '`.json` 文件不是由对象组成的数组，或数组中途截断、含有非 JSON 元素（原因中给出元素及其偏移）：请导出记录数组，或改用 JSON Lines。',
    outcome: 'throws',
    example: async () =>
      importRecords(
        { text: '{ "partNumber": "G052195M4" }' },
        { kind: 'parts', timeZone: 'Asia/Shanghai', format: 'json' },
      ),
  },
  {
    code: 'file.orphan_line',
    meaning:
      "A line (labor, part, sublet, charge, or a claim's op or part) names an RO or claim that is not among the headers read, or whose header was rejected; it is listed, not dropped: export the matching header, or fix the header's rejection.",
    meaningZh:
      '明细行（工时、配件、外包、费用或索赔工时、索赔配件）所属的工单或索赔单不在已读入的主表中，或其主表行已被拒收；该行会被列出而不会被丢弃：请导出对应主表，或修正主表被拒收的原因。',
    outcome: 'returns',
    example: async () => {
      const labor = await importRecords(
        {
          text: 'roNumber,id,opCode,description,soldHours,payType\nWX2403010017,L1,01-0010,Oil change,0.8,CP\n',
        },
        { kind: 'laborLines', timeZone: 'Asia/Shanghai' },
      );
      return assembleRepairOrders({ headers: [], laborLines: labor.results });
    },
  },
  {
    code: 'file.duplicate_key',
    meaning:
      'Two header rows have the same RO or claim number, so lines cannot be joined to one of them; the second is rejected: remove the duplicate row from the export.',
    meaningZh: '两行主表的工单号或索赔单号相同，明细无法确定归属；第二行被拒收：请从导出文件中删除重复行。',
    outcome: 'returns',
    example: () => {
      const ro = parseRecord(RepairOrderSchema, {
        id: 'RO-2024-000817',
        roNumber: 'WX2403010017',
        dealerId: 'DLR-SH-001',
        vin: 'LSVAU2187N2123456',
        customerId: 'CUS-000123',
        advisorId: 'EMP-SA-03',
        kind: 'maintenance',
        status: 'open',
        openedAt: '2024-03-01T09:05:00+08:00',
        odometerInKm: 45210,
        jobs: [],
      });
      return assembleRepairOrders({
        headers: [
          { row: 2, ok: true, value: ro },
          { row: 3, ok: true, value: ro },
        ],
      });
    },
  },
];

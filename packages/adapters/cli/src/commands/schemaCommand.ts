import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AftersalesError, type LocalizedText } from '@aftersales/core';
import { chooseLang } from '../cli/messages';
import { parseOptions } from '../cli/parseOptions';
import { type InputSchemaName, inputJsonSchema, inputSchemaNames } from '../schema/inputSchemas';
import type { Command } from './command';

const usage: LocalizedText = {
  en: `Usage: aftersales schema [name] [--out DIR]

Prints the JSON Schema (draft 2020-12) of an input, for integrators who do not write TypeScript.
Without a name, prints all of them as one object by name; with --out, writes one file per input
(DIR/<name>.schema.json).

Names: ${inputSchemaNames.join(', ')}`,
  zh: `用法：aftersales schema [名称] [--out DIR]

输出某一输入数据的 JSON Schema（draft 2020-12），供不使用 TypeScript 的集成方使用。
不给名称时，按名称输出全部 schema 组成的一个对象；给出 --out 时，每个输入写一个文件
（DIR/<名称>.schema.json）。

名称：${inputSchemaNames.join('、')}`,
};

/** `aftersales schema`: the JSON Schema of every input. */
export const schemaCommand: Command = {
  words: ['schema'],
  summary: { en: 'print the JSON Schema of every input', zh: '输出所有输入数据的 JSON Schema' },
  usage,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, { out: { type: 'string' } });
    if (positionals.length > 1) {
      throw AftersalesError.of('cli.invalid_argument', [positionals[1] ?? ''], {
        reason: 'one schema name at most',
        reasonZh: '最多给出一个 schema 名称',
      });
    }
    const [name] = positionals;
    if (name !== undefined && !(inputSchemaNames as readonly string[]).includes(name)) {
      throw AftersalesError.of('cli.invalid_argument', ['name'], {
        reason: `no input '${name}' (names: ${inputSchemaNames.join(', ')})`,
        reasonZh: `没有名为“${name}”的输入（可用名称：${inputSchemaNames.join('、')}）`,
      });
    }
    const names = name === undefined ? inputSchemaNames : [name as InputSchemaName];
    if (values.out === undefined) {
      const json =
        name === undefined
          ? Object.fromEntries(names.map((n) => [n, inputJsonSchema(n)]))
          : inputJsonSchema(names[0] as InputSchemaName);
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const dir = resolve(io.cwd, values.out);
    try {
      await mkdir(dir, { recursive: true });
      for (const n of names) {
        await writeFile(
          resolve(dir, `${n}.schema.json`),
          `${JSON.stringify(inputJsonSchema(n), null, 2)}\n`,
          'utf8',
        );
      }
    } catch (error) {
      throw AftersalesError.of('cli.unwritable_file', ['--out'], {
        file: values.out,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    io.stderr(
      chooseLang(io.lang, io.env) === 'zh'
        ? `已将 ${names.length} 个 schema 文件写入 ${values.out}\n`
        : `${names.length} schema file(s) written to ${values.out}\n`,
    );
    return 0;
  },
};

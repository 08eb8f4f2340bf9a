import { AftersalesError } from '@aftersales/core';

/**
 * The inputs a dealer's files can fill: the adapter-files kinds (CSV, JSON, JSON Lines through a
 * column profile), STAR repair orders, and JSON-only inputs that no DMS export format covers.
 */
export const fileInputKinds = Object.freeze({
  /** Read by adapter-files through the profile. */
  files: [
    'repairOrders',
    'laborLines',
    'partLines',
    'subletLines',
    'roCharges',
    'parts',
    'stockMovements',
    'warrantyClaims',
    'claimLaborOps',
    'claimParts',
  ],
  /** STAR repair-order documents (a JSON object or an array of them), read by adapter-star. */
  star: ['star'],
  /** Plain JSON arrays (or objects, for the maps), checked by the package that reads them. */
  json: [
    'dataset',
    'stockPositions',
    'vehicles',
    'vehicleCases',
    'laborTimes',
    'partGroups',
    'partPrices',
    'appointments',
    'complaints',
    'surveys',
  ],
} as const);

/** Any kind a `kind=path` argument may name. */
export type FileInputKind =
  | (typeof fileInputKinds.files)[number]
  | (typeof fileInputKinds.star)[number]
  | (typeof fileInputKinds.json)[number];

/** One file argument: what it holds and where it is. */
export interface FileArg {
  readonly kind: FileInputKind;
  readonly path: string;
}

const allKinds: readonly string[] = [...fileInputKinds.files, ...fileInputKinds.star, ...fileInputKinds.json];

/**
 * Reads `kind=path` arguments (`repairOrders=工单.csv laborLines=工时.csv`). A bare path ending in
 * `.json` is read as a whole dataset (`dataset=`); any other bare path is refused, because a
 * guessed kind would read the wrong columns.
 *
 * @example
 * parseFileArgs(['repairOrders=ro.csv', 'demo.json']);
 * // [{ kind: 'repairOrders', path: 'ro.csv' }, { kind: 'dataset', path: 'demo.json' }]
 */
export function parseFileArgs(args: readonly string[]): FileArg[] {
  return args.map((arg, index) => {
    const equals = arg.indexOf('=');
    if (equals < 0) {
      if (/\.json$/i.test(arg)) return { kind: 'dataset', path: arg };
      throw AftersalesError.of('cli.invalid_argument', ['files', index], {
        reason: `'${arg}': name what the file holds, as kind=path (kinds: ${allKinds.join(', ')})`,
        reasonZh: `“${arg}”：请以 类型=路径 的形式指明文件内容（类型：${allKinds.join('、')}）`,
      });
    }
    const kind = arg.slice(0, equals);
    const path = arg.slice(equals + 1);
    if (!allKinds.includes(kind)) {
      throw AftersalesError.of('cli.invalid_argument', ['files', index], {
        reason: `unknown file kind '${kind}' (kinds: ${allKinds.join(', ')})`,
        reasonZh: `未知的文件类型“${kind}”（可用类型：${allKinds.join('、')}）`,
      });
    }
    if (path === '') {
      throw AftersalesError.of('cli.missing_argument', ['files', index], {
        what: `a path after '${kind}='`,
        whatZh: `“${kind}=”后的文件路径`,
      });
    }
    return { kind: kind as FileInputKind, path };
  });
}

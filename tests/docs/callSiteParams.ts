/**
 * The parameters every call site of the packages' source passes with an error code, read from the
 * source (for tests/docs/zh-messages.test.ts, which renders each code's template with them).
 *
 * The places are those scripts/error-examples/raisedCodes.ts finds: the argument at the position
 * of a parameter typed `ErrorCode` (`AftersalesError.of`, `createIssue`, `raise`, `addNote`,
 * `errorBody`, …), whose parameters are the argument two places on (after the path); and the
 * `params` of a zod refinement (`params: { code, format }`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ErrorCode, isErrorCode } from '@aftersales/core';
import ts from 'typescript';

/** What a parameter's expression can be: texts written in the source, and what was computed. */
interface ParamValue {
  /** Literal values; a template literal stands with `7` for each substitution. */
  readonly texts: readonly (string | number | boolean)[];
  /** The source of the part that is not a literal, if any (`typeName(value)`). */
  readonly computed?: string;
}

/** One place a code is raised, with the parameters written there. */
export interface CallSite {
  readonly code: ErrorCode;
  /** `packages/core/src/money/allocate.ts:25` */
  readonly at: string;
  readonly params: ReadonlyMap<string, ParamValue>;
}

function sourceFiles(root: string): ts.SourceFile[] {
  const files: ts.SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|\.d\.ts$/.test(entry.name)) {
        const text = readFileSync(join(root, path), 'utf8');
        files.push(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
      }
    }
  };
  for (const parent of ['packages', 'packages/adapters']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'adapters') walk(`${parent}/${entry.name}/src`);
    }
  }
  return files;
}

const merge = (values: readonly ParamValue[]): ParamValue => {
  const computed = values.flatMap((value) => (value.computed === undefined ? [] : [value.computed]));
  return {
    texts: values.flatMap((value) => value.texts),
    ...(computed.length > 0 ? { computed: computed.join(' | ') } : {}),
  };
};

/** The named function (declaration, or `const f = (…) =>`) a node is directly in. */
function enclosingFunction(node: ts.Node): { name: string; parameters: readonly string[] } | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at) && at.name) {
      return { name: at.name.text, parameters: at.parameters.map((p) => p.name.getText()) };
    }
    if ((ts.isArrowFunction(at) || ts.isFunctionExpression(at)) && ts.isVariableDeclaration(at.parent)) {
      return { name: at.parent.name.getText(), parameters: at.parameters.map((p) => p.name.getText()) };
    }
    if (ts.isFunctionLike(at)) return undefined;
  }
  return undefined;
}

/** Per file, its `const`s by name; across files, calls by the callee's name. */
function indexFiles(files: readonly ts.SourceFile[]) {
  const consts = new Map<ts.SourceFile, Map<string, ts.Expression[]>>();
  const calls = new Map<string, ts.CallExpression[]>();
  for (const file of files) {
    const own = new Map<string, ts.Expression[]>();
    consts.set(file, own);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        own.set(node.name.text, [...(own.get(node.name.text) ?? []), node.initializer]);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        calls.set(node.expression.text, [...(calls.get(node.expression.text) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { consts, calls };
}

/**
 * Reads an expression as the literals it can be: through `?:`, `??`, `||`, a `const` of its file,
 * a lookup in a `const` table of its file, and up through the parameters of a helper to what its
 * callers pass (those in the same file; for a helper called from no other place there, all).
 */
function createReader(files: readonly ts.SourceFile[]) {
  const { consts, calls } = indexFiles(files);
  const read = (node: ts.Expression, depth = 0): ParamValue => {
    const file = node.getSourceFile();
    const computed = (): ParamValue => ({ texts: [], computed: node.getText(file).replace(/\s+/g, ' ') });
    const own = consts.get(file) ?? new Map<string, ts.Expression[]>();
    if (depth > 4) return computed();
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { texts: [node.text] };
    if (ts.isNumericLiteral(node)) return { texts: [Number(node.text)] };
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { texts: [true] };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { texts: [false] };
    if (ts.isTemplateExpression(node)) {
      return { texts: [node.head.text + node.templateSpans.map((span) => `7${span.literal.text}`).join('')] };
    }
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node)
    ) {
      return read(node.expression, depth);
    }
    if (ts.isConditionalExpression(node))
      return merge([read(node.whenTrue, depth), read(node.whenFalse, depth)]);
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)
    ) {
      return merge([read(node.left, depth), read(node.right, depth)]);
    }
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const tables = (own.get(node.expression.text) ?? []).filter(ts.isObjectLiteralExpression);
      const cells = tables.flatMap((table) => table.properties.filter(ts.isPropertyAssignment));
      if (cells.length > 0) return merge(cells.map((cell) => read(cell.initializer, depth + 1)));
    }
    if (ts.isIdentifier(node)) {
      const helper = enclosingFunction(node);
      const position = helper?.parameters.indexOf(node.text) ?? -1;
      if (helper && position >= 0) {
        const all = calls.get(helper.name) ?? [];
        const here = all.filter((call) => call.getSourceFile() === file);
        const callers = here.length > 0 ? here : all;
        if (callers.length > 0) {
          return merge(
            callers.map((call) => {
              const argument = call.arguments[position];
              return argument ? read(argument, depth + 1) : { texts: [] };
            }),
          );
        }
      } else {
        const initializers = (own.get(node.text) ?? []).filter((init) => !ts.isFunctionLike(init));
        if (initializers.length > 0) return merge(initializers.map((init) => read(init, depth + 1)));
      }
    }
    return computed();
  };

  /** The parameters of an object literal (or of a `const` of the file holding one). */
  const params = (node: ts.Expression | undefined): Map<string, ParamValue> => {
    const found = new Map<string, ParamValue>();
    if (node === undefined) return found;
    if (ts.isIdentifier(node)) {
      const own = consts.get(node.getSourceFile());
      const literal = (own?.get(node.text) ?? []).find(ts.isObjectLiteralExpression);
      return literal ? params(literal) : found;
    }
    if (!ts.isObjectLiteralExpression(node)) return found;
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) found.set(property.name.getText(), read(property.initializer));
      else if (ts.isShorthandPropertyAssignment(property)) found.set(property.name.text, read(property.name));
    }
    found.delete('code');
    return found;
  };
  return { read, params };
}

/** Per function name, the position of its parameter typed `ErrorCode`. */
function codePositions(files: readonly ts.SourceFile[]): Map<string, number> {
  const positions = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    const fn =
      ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
        ? node
        : ts.isVariableDeclaration(node) && node.initializer && ts.isArrowFunction(node.initializer)
          ? node.initializer
          : undefined;
    const name = ts.isVariableDeclaration(node) ? node.name : fn && 'name' in fn ? fn.name : undefined;
    fn?.parameters.forEach((parameter, position) => {
      if (name && parameter.type && /\bErrorCode\b/.test(parameter.type.getText())) {
        positions.set(name.getText(), position);
      }
    });
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return positions;
}

/**
 * Every call site of an error code in packages/&#42;/src and packages/adapters/&#42;/src (tests
 * excluded), with its parameters.
 *
 * @example
 * callSites('/repo').find((site) => site.code === 'input.invalid_format')?.params.get('format');
 * // { texts: ['BCP 47 locale tag (e.g. zh-CN)'] }
 */
export function callSites(root: string): CallSite[] {
  const files = sourceFiles(root);
  const positions = codePositions(files);
  const reader = createReader(files);
  const sites: CallSite[] = [];
  for (const file of files) {
    const add = (codeNode: ts.Expression, params: Map<string, ParamValue>): void => {
      const { line } = file.getLineAndCharacterOfPosition(codeNode.getStart(file));
      for (const code of reader.read(codeNode).texts) {
        if (typeof code === 'string' && isErrorCode(code)) {
          sites.push({ code, at: `${file.fileName}:${line + 1}`, params });
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        const position = positions.get(name);
        const codeNode = position === undefined ? undefined : node.arguments[position];
        if (position !== undefined && codeNode) add(codeNode, reader.params(node.arguments[position + 2]));
      } else if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(file) === 'params' &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        const code = node.initializer.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === 'code',
        );
        if (code) add(code.initializer, reader.params(node.initializer));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return sites;
}

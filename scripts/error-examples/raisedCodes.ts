/**
 * The error codes the packages' source raises, found by reading it (for "each code in the code is
 * listed" in tests/docs/errors-doc.test.ts).
 *
 * A code is a string literal that looks like `area.snake_case` and stands where a code goes:
 *
 * - an argument at the position of a parameter typed `ErrorCode` (`AftersalesError.of`,
 *   `createIssue`, `raise`, adapter-star's `addNote`, adapter-http's `errorBody`, …), found by
 *   reading every function's parameters, so a new helper of that kind is covered without a list;
 * - the value of a `code` property (zod refinements' `params: { code }`, issue objects);
 * - the right side of a comparison with a `.code`.
 *
 * In each place a conditional (`a ? 'x' : 'y'`) contributes both branches. Literals elsewhere are
 * not codes: `tally.reject('parts.positions', …)` names an input, `id: 'parts.gp'` a KPI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One place a code is raised. */
export interface RaisedCode {
  readonly code: string;
  /** `packages/core/src/money/allocate.ts:25` */
  readonly at: string;
}

const CODE = /^([a-z]+)\.[a-z][a-z0-9_]*$/;

/** The non-test .ts files under a package's src/, relative to the root. */
function sourceFiles(root: string): string[] {
  const packages = ['packages', 'packages/adapters'].flatMap((parent) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'adapters')
      .map((entry) => `${parent}/${entry.name}/src`),
  );
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|\.d\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const dir of packages) walk(dir);
  return files.sort();
}

/** The name a call is made by: `raise` for `raise(…)`, `of` for `AftersalesError.of(…)`. */
function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Per function name, the positions of its parameters typed `ErrorCode`. */
function codeParameters(files: readonly ts.SourceFile[]): Map<string, Set<number>> {
  const positions = new Map<string, Set<number>>();
  const add = (name: string | undefined, parameters: ts.NodeArray<ts.ParameterDeclaration>): void => {
    if (name === undefined) return;
    parameters.forEach((parameter, index) => {
      if (parameter.type !== undefined && /\bErrorCode\b/.test(parameter.type.getText())) {
        positions.set(name, (positions.get(name) ?? new Set()).add(index));
      }
    });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) {
      add(ts.isIdentifier(node.name) ? node.name.text : undefined, node.parameters);
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      add(node.name.text, node.initializer.parameters);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return positions;
}

/** The string literals an expression can evaluate to, through parentheses, `as` and `?:`. */
function literalsOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  return [];
}

/**
 * Every code literal raised in packages/&#42;/src and packages/adapters/&#42;/src (tests excluded),
 * whose area is one of `areas`.
 *
 * @example
 * raisedCodes('/repo', new Set(['money'])).find((raised) => raised.code === 'money.float')?.at;
 * // 'packages/core/src/money/decimal.ts:45'
 */
export function raisedCodes(root: string, areas: ReadonlySet<string>): RaisedCode[] {
  const files = sourceFiles(root).map((path) =>
    ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, true),
  );
  const positions = codeParameters(files);
  const raised: RaisedCode[] = [];
  for (const file of files) {
    const found = (expression: ts.Expression): void => {
      for (const text of literalsOf(expression)) {
        const area = CODE.exec(text)?.[1];
        if (area === undefined || !areas.has(area)) continue;
        const { line } = file.getLineAndCharacterOfPosition(expression.getStart(file));
        raised.push({ code: text, at: `${file.fileName}:${line + 1}` });
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        for (const index of (name !== undefined && positions.get(name)) || []) {
          const argument = node.arguments[index];
          if (argument) found(argument);
        }
      } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'code') {
        found(node.initializer);
      } else if (
        ts.isBinaryExpression(node) &&
        [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
          node.operatorToken.kind,
        )
      ) {
        for (const [side, other] of [
          [node.left, node.right],
          [node.right, node.left],
        ] as const) {
          if (ts.isPropertyAccessExpression(side) && side.name.text === 'code') found(other);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return raised;
}

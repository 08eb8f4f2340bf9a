/**
 * The source text docs/errors.md shows for each example, cut from this folder's files.
 *
 * Why this way: the doc must show exactly the code the test runs. The test runs the `example`
 * functions; the doc shows the same functions' text, read from the .ts files with the TypeScript
 * parser at doc-generation time. There is one copy of each example, so the two cannot drift (a
 * marker comment or a copied string could). The text becomes a program a reader can paste: the
 * imports and the file's own helpers the body uses, then the body, with its `return`s turned into
 * plain statements. tests/docs/doc-examples.test.ts type-checks every such program.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const folder = new URL('./', import.meta.url);

/** The text of a node's lines with their common indentation removed. */
function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return lines.map((line) => line.slice(cut)).join('\n');
}

/** Names an identifier refers to within `node` (property names and keys excluded). */
function referencedNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (child: ts.Node): void => {
    if (ts.isIdentifier(child)) {
      const parent = child.parent;
      const isKey =
        (ts.isPropertyAccessExpression(parent) && parent.name === child) ||
        (ts.isPropertyAssignment(parent) && parent.name === child) ||
        (ts.isPropertySignature(parent) && parent.name === child) ||
        (ts.isMethodDeclaration(parent) && parent.name === child);
      if (!isKey) names.add(child.text);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

/**
 * The body of an example as top-level statements: each `return x;` of the arrow becomes `x;`, or
 * `await x;` in an async arrow (top-level await: the snippets are modules).
 */
function bodyText(arrow: ts.ArrowFunction, file: ts.SourceFile): string {
  const body = arrow.body;
  const isAsync = arrow.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword) === true;
  const value = (expression: ts.Expression): string =>
    isAsync && !ts.isAwaitExpression(expression)
      ? `await ${expression.getText(file)}`
      : expression.getText(file);
  if (!ts.isBlock(body)) return `${dedentExpression(value(body))};`;
  const text = file.text;
  const start = body.statements[0]?.getFullStart() ?? body.getStart(file) + 1;
  const end = body.statements.at(-1)?.getEnd() ?? start;
  const edits: { from: number; to: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    // A nested function's returns are its own.
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) {
      edits.push({
        from: node.getStart(file),
        to: node.getEnd(),
        text: node.expression ? `${value(node.expression)};` : '',
      });
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of body.statements) visit(statement);
  let out = text.slice(start, end);
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    out = out.slice(0, edit.from - start) + edit.text + out.slice(edit.to - start);
  }
  return dedent(out);
}

/** An expression's text: its first line stays, the others lose their common indentation. */
function dedentExpression(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  return rest.length === 0 ? first : `${first}\n${dedent(rest.join('\n'))}`;
}

/** The `code` and `example` of an object literal written as a catalog entry, if it is one. */
function entryOf(node: ts.ObjectLiteralExpression): { code: string; arrow: ts.ArrowFunction } | undefined {
  let code: string | undefined;
  let arrow: ts.ArrowFunction | undefined;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
    if (property.name.text === 'code' && ts.isStringLiteral(property.initializer))
      code = property.initializer.text;
    if (property.name.text === 'example' && ts.isArrowFunction(property.initializer))
      arrow = property.initializer;
  }
  return code !== undefined && arrow !== undefined ? { code, arrow } : undefined;
}

/** The file's imports and non-exported top-level declarations, by the names they declare. */
function topLevel(file: ts.SourceFile) {
  const imports = new Map<string, { module: string; typeOnly: boolean }>();
  const helpers = new Map<string, ts.Statement>();
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      if (!clause || !named || !ts.isNamedImports(named)) continue;
      for (const element of named.elements) {
        imports.set(element.name.text, {
          module: statement.moduleSpecifier.text,
          typeOnly: clause.isTypeOnly || element.isTypeOnly,
        });
      }
    }
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) helpers.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) helpers.set(declaration.name.text, statement);
      }
    }
  }
  return { imports, helpers };
}

/** The program shown for one example: imports, the helpers it uses, and its body. */
function programOf(arrow: ts.ArrowFunction, file: ts.SourceFile): string {
  const { imports, helpers } = topLevel(file);
  const body = bodyText(arrow, file);
  // The helpers the body uses, and those they use in turn, in file order.
  const used = new Set<ts.Statement>();
  const names = new Set<string>();
  const pending = [...referencedNames(arrow.body)];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (names.has(name)) continue;
    names.add(name);
    const helper = helpers.get(name);
    if (helper && !used.has(helper)) {
      used.add(helper);
      pending.push(...referencedNames(helper));
    }
  }
  const byModule = new Map<string, string[]>();
  for (const [name, { module, typeOnly }] of imports) {
    if (!names.has(name)) continue;
    byModule.set(module, [...(byModule.get(module) ?? []), typeOnly ? `type ${name}` : name]);
  }
  const importLines = [...byModule].map(
    ([module, list]) => `import { ${list.join(', ')} } from '${module}';`,
  );
  const helperTexts = file.statements
    .filter((statement) => used.has(statement))
    .map((statement) => dedent(file.text.slice(statement.getFullStart(), statement.getEnd())));
  return [importLines.join('\n'), ...helperTexts, body].filter((part) => part !== '').join('\n\n');
}

/**
 * Every example's program, by code, from the .ts files of scripts/error-examples/.
 *
 * @throws Error when two entries name the same code
 * @example
 * exampleSources().get('money.float'); // "import { money } from '@aftersales/core';\n\nmoney(12.3);"
 */
export function exampleSources(): Map<string, string> {
  const sources = new Map<string, string>();
  const names = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  for (const name of names.sort()) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const entry = entryOf(node);
        if (entry) {
          if (sources.has(entry.code)) throw new Error(`${name}: a second example of ${entry.code}`);
          sources.set(entry.code, programOf(entry.arrow, file));
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return sources;
}

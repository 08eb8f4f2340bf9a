import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * A source scan for what makes an output depend on the run or the host rather than on the input:
 * the clock, randomness, the host's time zone and locale, the environment, I/O. It reads the
 * TypeScript syntax tree, so comments and strings never count and `x.toLocaleString('en')` is told
 * from `x.toLocaleString()`.
 */

/** What a finding is about. */
export type ScanRule = 'clock' | 'random' | 'host-zone' | 'host-locale' | 'environment' | 'io';

/** Why each rule matters, for the failure message. */
export const scanRuleReasons: Readonly<Record<ScanRule, string>> = {
  clock: 'reads the current time: "today" must be an argument (asOf)',
  random: 'random: the same input must give the same output (seed a generator instead)',
  'host-zone': "reads the host's time zone: dates are in the dealer's zone, given as an argument",
  'host-locale': "uses the host's locale: pass the locale, or format without Intl",
  environment: 'reads the process or its environment: options come in as arguments',
  io: 'imports a Node built-in: a domain package does no I/O',
};

/** One use of something a rule forbids. */
export interface ScanFinding {
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly rule: ScanRule;
  /** The offending code, cut to 80 characters. */
  readonly code: string;
}

// Date methods that read or write the host's local time.
const LOCAL_DATE_METHODS = new Set([
  'getFullYear',
  'getYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getMilliseconds',
  'getTimezoneOffset',
  'setFullYear',
  'setYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'setMilliseconds',
  'toDateString',
  'toTimeString',
]);
// Methods that fall back to the host's locale when their locale argument (at this index) is left out.
// A Map, not an object: a method named `toString` must not find Object.prototype's.
const LOCALE_ARGUMENT = new Map([
  ['toLocaleString', 0],
  ['toLocaleDateString', 0],
  ['toLocaleTimeString', 0],
  ['toLocaleUpperCase', 0],
  ['toLocaleLowerCase', 0],
  ['localeCompare', 1],
]);
const INTL_CONSTRUCTORS = new Set([
  'DateTimeFormat',
  'NumberFormat',
  'Collator',
  'PluralRules',
  'RelativeTimeFormat',
  'ListFormat',
  'DisplayNames',
  'Segmenter',
  'DurationFormat',
]);
const RANDOM = new Set(['randomUUID', 'getRandomValues', 'randomBytes', 'randomInt']);
const BUILTINS = new Set(builtinModules);

const isIdentifier = (node: ts.Node, name: string): boolean => ts.isIdentifier(node) && node.text === name;

/** Whether the argument at `index` is given, and is not `undefined`. */
function given(args: readonly ts.Expression[], index: number): boolean {
  const arg = args[index];
  return arg !== undefined && !isIdentifier(arg, 'undefined') && !ts.isVoidExpression(arg);
}

/** Whether `options` is an object literal that names a `timeZone`. */
function namesTimeZone(options: ts.Expression | undefined): boolean {
  return (
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.some(
      (property) => property.name !== undefined && isIdentifier(property.name, 'timeZone'),
    )
  );
}

/** Whether an identifier is read as a value (not a property name, a declared name or an import name). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isBindingElement(parent) ||
      ts.isFunctionDeclaration(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  return !(ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent));
}

function moduleRule(specifier: ts.Expression | undefined): ScanRule | undefined {
  if (specifier === undefined || !ts.isStringLiteral(specifier)) return undefined;
  const name = specifier.text;
  if (/^(node:)?(os|process)$/.test(name)) return 'environment';
  return name.startsWith('node:') || BUILTINS.has(name) ? 'io' : undefined;
}

/**
 * The findings in one file's text.
 *
 * @example
 * scanSource('a.ts', 'const t = Date.now(); // Date.now()').map((f) => f.rule); // ['clock']
 */
export function scanSource(file: string, text: string): ScanFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: ScanFinding[] = [];
  const report = (node: ts.Node, rule: ScanRule) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({ file, line, rule, code: node.getText(source).replace(/\s+/g, ' ').slice(0, 80) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const rule = moduleRule(node.moduleSpecifier);
      if (rule !== undefined) report(node, rule);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const args = node.arguments;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || isIdentifier(callee, 'require')) {
        const rule = moduleRule(args[0]);
        if (rule !== undefined) report(node, rule);
      }
      if (isIdentifier(callee, 'Date')) report(node, 'clock'); // Date() is the time now, as text
      if (ts.isPropertyAccessExpression(callee)) {
        const index = LOCALE_ARGUMENT.get(callee.name.text);
        if (index !== undefined && !given(args, index)) report(node, 'host-locale');
        if (/^toLocale(Date|Time)String$/.test(callee.name.text) && !namesTimeZone(args[1]))
          report(node, 'host-zone');
      }
    } else if (ts.isNewExpression(node) && isIdentifier(node.expression, 'Date')) {
      const count = node.arguments?.length ?? 0;
      // new Date() is now; new Date(y, m, …) is a local time of the host's zone.
      if (count === 0) report(node, 'clock');
      if (count >= 2) report(node, 'host-zone');
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const [base, name] = [node.expression.text, node.name.text];
      if ((base === 'Date' || base === 'performance') && name === 'now') report(node, 'clock');
      if (base === 'Math' && name === 'random') report(node, 'random');
      if (base === 'crypto' && RANDOM.has(name)) report(node, 'random');
      const call = node.parent;
      if (
        base === 'Intl' &&
        INTL_CONSTRUCTORS.has(name) &&
        (ts.isCallExpression(call) || ts.isNewExpression(call)) &&
        call.expression === node
      ) {
        const args = call.arguments ?? [];
        if (!given(args, 0)) report(call, 'host-locale');
        if (name === 'DateTimeFormat' && !namesTimeZone(args[1])) report(call, 'host-zone');
      }
    }
    if (ts.isPropertyAccessExpression(node) && LOCAL_DATE_METHODS.has(node.name.text))
      report(node, 'host-zone');
    if (ts.isIdentifier(node) && node.text === 'process' && isValueReference(node))
      report(node, 'environment');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Test files and test helpers: they may use the clock or I/O, and no published output runs them. */
const isTestFile = (path: string): boolean =>
  /\.test(-d)?\.tsx?$|\.bench\.tsx?$/.test(path) || /(^|\/)testing(\.ts|\/)/.test(path);

/**
 * Every non-test `.ts` file under `dir` (a package's `src`), relative to `root`, sorted.
 *
 * @example
 * sourceFiles(root, 'packages/core/src')[0]; // 'packages/core/src/care/…'
 */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((file) =>
      relative(root, join(root, dir, file))
        .split(sep)
        .join('/'),
    )
    .filter((file) => /\.tsx?$/.test(file) && !isTestFile(file))
    .sort();
}

/**
 * The findings in every file {@link sourceFiles} lists.
 *
 * @example
 * scanDirectory(root, 'packages/core/src'); // [] when core is clean
 */
export function scanDirectory(root: string, dir: string): ScanFinding[] {
  return sourceFiles(root, dir).flatMap((file) => scanSource(file, readFileSync(join(root, file), 'utf8')));
}

/**
 * The architecture kept true (issue 10, part 7; docs/architecture.md). Two guards, each proven to fire:
 * the import graph of client/, common/ and server/src/ read from the sources (no cycle, no forbidden
 * direction), and the lint rules in eslint.config.mjs that say the same thing while a file is edited.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.join(__dirname, '..', '..');

/** A module's path relative to the repository root, with `/` separators and without `.ts`. */
type ModuleId = string;

/** One import of a file: what it names, and whether only types come through (erased at build time). */
interface Import {
  specifier: string;
  typeOnly: boolean;
}

/**
 * The module specifiers a TypeScript file imports or re-exports, found by one pass over its lines: an
 * `import`/`export` statement's `from '...'` (which may sit some lines below the statement's start), a
 * bare `import '...'`, and `import('...')` / `require('...')` calls. Comments and strings elsewhere are
 * not imports; a statement spread over lines is tracked until its `from`.
 */
export function importsOf(text: string): Import[] {
  const found: Import[] = [];
  /** Inside an import or re-export statement whose `from` has not come yet. */
  let open = false;
  let typeOnly = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('//') || line.startsWith('*') || line.startsWith('/*')) continue;
    const isImport = /^import\b(?!\()/.test(line);
    const isReExport = /^export\s*(?:type\s*)?[{*]/.test(line);
    if (isImport || isReExport) typeOnly = /^(?:import|export)\s+type\b/.test(line);
    if (isImport || isReExport || open) {
      const from = /\bfrom\s*['"]([^'"]+)['"]/.exec(line) ?? (isImport ? /^import\s*['"]([^'"]+)['"]/.exec(line) : null);
      if (from) found.push({ specifier: from[1], typeOnly });
      // A statement closes at its `from`, or at a `;` (`import x = require(...)`, `export { a };`).
      open = !from && !line.endsWith(';');
    }
    for (const call of line.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: call[1], typeOnly: false });
  }
  return found;
}

/** Every `.ts` file under the given folders, as module ids. */
function modulesUnder(...dirs: string[]): ModuleId[] {
  const out: ModuleId[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(child.slice(0, -'.ts'.length));
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

/** The module a relative specifier names, or undefined for a package (`vscode`, `node:fs`). */
function resolve(from: ModuleId, specifier: string): ModuleId | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (fs.existsSync(path.join(root, `${target}.ts`))) return target;
  if (fs.existsSync(path.join(root, target, 'index.ts'))) return `${target}/index`;
  return target;
}

/** The graph: each module and the modules (and packages, prefixed `pkg:`) it imports; `runtime` leaves out type-only imports. */
function importGraph(modules: readonly ModuleId[], runtime = false): Map<ModuleId, string[]> {
  const graph = new Map<ModuleId, string[]>();
  for (const id of modules) {
    const text = fs.readFileSync(path.join(root, `${id}.ts`), 'utf8');
    const imports = importsOf(text).filter((i) => !runtime || !i.typeOnly);
    graph.set(
      id,
      imports.map((i) => resolve(id, i.specifier) ?? `pkg:${i.specifier}`),
    );
  }
  return graph;
}

/** The first cycle found (as a path that ends where it starts), or undefined. Iterative: deep graphs cannot overflow. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const edges = graph.get(top.node) ?? [];
      if (top.next >= edges.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const child = edges[top.next++];
      if (!graph.has(child)) continue;
      const seen = state.get(child);
      if (seen === 'open') {
        const from = stack.findIndex((frame) => frame.node === child);
        return [...stack.slice(from).map((frame) => frame.node), child];
      }
      if (seen === undefined) {
        state.set(child, 'open');
        stack.push({ node: child, next: 0 });
      }
    }
  }
  return undefined;
}

/** The glue: the language server's own files outside the pure service. */
const isGlue = (id: ModuleId): boolean => id.startsWith('server/src/') && !id.startsWith('server/src/service/');
const isService = (id: ModuleId): boolean => id.startsWith('server/src/service/');
const isData = (id: ModuleId): boolean => id.startsWith('server/src/service/data/');
const isServer = (id: ModuleId): boolean => id.startsWith('server/');
const facade = 'server/src/service/languageService';
/** The language modules the domain tables must not reach. */
const isLanguageModule = (id: ModuleId): boolean =>
  /^server\/src\/service\/(?:dump|inf|repair)\//.test(id) || id === facade || id === 'server/src/service/rules';

/** The forbidden directions: each returns why an edge `from -> to` breaks the architecture, or undefined. */
const directions: [string, (from: ModuleId, to: string) => boolean][] = [
  ['the client imports only common/ (never the server)', (from, to) => from.startsWith('client/') && isServer(to)],
  ['common/ imports only common/', (from, to) => from.startsWith('common/') && !to.startsWith('pkg:') && !to.startsWith('common/')],
  ['the service never imports the glue or the client', (from, to) => isService(from) && (isGlue(to) || to.startsWith('client/'))],
  [
    'the service imports no editor, protocol or Node API',
    (from, to) => isService(from) && /^pkg:(?:vscode$|vscode-languageserver|vscode-languageclient|node:|(?:fs|path|os|child_process|process|timers)$)/.test(to),
  ],
  ['data/ imports no language module', (from, to) => isData(from) && isLanguageModule(to)],
  ['the glue reaches the service only through the façade', (from, to) => isGlue(from) && isService(to) && to !== facade],
  ['the server never imports the client', (from, to) => isServer(from) && to.startsWith('client/')],
];

/** Every edge of `graph` that breaks a direction, as `rule: from -> to`. */
function violations(graph: ReadonlyMap<ModuleId, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [from, edges] of graph) {
    for (const to of edges) {
      for (const [rule, breaks] of directions) if (breaks(from, to)) out.push(`${rule}: ${from} -> ${to}`);
    }
  }
  return out;
}

describe('architecture: the import graph', () => {
  const modules = modulesUnder('client', 'common', 'server/src');
  const graph = importGraph(modules);

  it('reads the imports of every kind of statement', () => {
    const text = [
      "import * as fs from 'node:fs';",
      "import type { A } from './a';",
      'import {',
      '  b,',
      '  c,',
      "} from '../b';",
      "import './side-effect';",
      "export { d } from './d';",
      "export * from './e';",
      'export {',
      '  f,',
      "} from './f';",
      "export const g = 'from \\'./not-an-import\\'';",
      "// import { h } from './commented';",
      "const i = require('./i');",
      "void import('./j');",
    ].join('\n');
    assert.deepEqual(
      importsOf(text).map((i) => i.specifier),
      ['node:fs', './a', '../b', './side-effect', './d', './e', './f', './i', './j'],
    );
    assert.deepEqual(
      importsOf(text)
        .filter((i) => i.typeOnly)
        .map((i) => i.specifier),
      ['./a'],
    );
  });

  it('finds the modules and their edges', () => {
    assert.ok(modules.includes(facade) && modules.includes('server/src/startServer') && modules.includes('client/src/extension'));
    assert.ok(graph.get('server/src/startServer')?.includes(facade), 'startServer imports the façade');
  });

  it('has no cycle at run time', () => {
    // Type-only imports are erased by the build and may point back (a check file names its options type
    // in dumpChecks.ts, the rule table types its reports with Problem): only what loads must be acyclic.
    assert.equal(findCycle(importGraph(modules, true))?.join(' -> '), undefined);
  });

  it('breaks no forbidden direction', () => {
    assert.deepEqual(violations(graph), []);
  });

  it('would catch a cycle and each forbidden direction', () => {
    assert.deepEqual(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['b']],
        ]),
      ),
      ['b', 'c', 'b'],
    );
    assert.equal(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
      undefined,
    );
    const bad = new Map<ModuleId, string[]>([
      ['client/src/x', ['server/src/service/rules']],
      ['common/x', ['server/src/service/data/providers']],
      ['server/src/service/dump/x', ['server/src/startServer']],
      ['server/src/service/inf/x', ['pkg:vscode-languageserver']],
      ['server/src/service/data/x', ['server/src/service/dump/dumpParser']],
      ['server/src/parseCache', ['server/src/service/repair/repairInf']],
      ['server/src/x', ['client/src/commands']],
    ]);
    const found = violations(bad).map((v) => v.slice(0, v.indexOf(':')));
    assert.deepEqual(
      found,
      directions.map(([rule]) => rule),
    );
  });
});

describe('architecture: the lint rules fire', function () {
  // Loading the ESLint config takes a second or two on a busy machine.
  this.timeout(30_000);
  // Only the import rules run, without type information: what is proven is that the config's
  // restrictions apply to these paths, not the type-aware rules.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ languageOptions: { parserOptions: { project: false, projectService: false } } }],
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
  });

  /** The import rule ids ESLint reports for `code` placed at `file`. */
  async function importErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    assert.deepEqual(
      result.messages.filter((m) => m.fatal),
      [],
      `${file} did not parse`,
    );
    return [...new Set(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? ''))];
  }

  const cases: [string, string, string][] = [
    ['the client imports the service', 'client/src/probe.ts', "import { rules } from '../../server/src/service/rules';\nexport const x = rules;\n"],
    ['common/ imports the server', 'common/probe.ts', "import { rules } from '../server/src/service/rules';\nexport const x = rules;\n"],
    ['the service imports the glue', 'server/src/service/probe.ts', "import { startServer } from '../startServer';\nexport const x = startServer;\n"],
    ['the service imports the protocol', 'server/src/service/dump/probe.ts', "import { TextEdit } from 'vscode-languageserver';\nexport const x = TextEdit;\n"],
    ['the service imports Node', 'server/src/service/inf/probe.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n"],
    ['data/ imports a language module', 'server/src/service/data/probe.ts', "import { rules } from '../rules';\nexport const x = rules;\n"],
  ];
  for (const [what, file, code] of cases) {
    it(`rejects: ${what}`, async () => {
      assert.deepEqual(await importErrors(file, code), ['no-restricted-imports']);
    });
  }

  it('rejects a timer in the service', async () => {
    assert.deepEqual(await importErrors('server/src/service/probe.ts', 'export const x = setTimeout;\n'), ['no-restricted-globals']);
  });

  it('accepts the allowed directions (so the rejections above mean something)', async () => {
    assert.deepEqual(await importErrors('client/src/probe.ts', "import { languageIds } from '../../common/languageIds';\nexport const x = languageIds;\n"), []);
    assert.deepEqual(await importErrors('server/src/service/data/probe.ts', "import { keySpecs } from './keySpec';\nexport const x = keySpecs;\n"), []);
    assert.deepEqual(
      await importErrors('server/src/service/dump/probe.ts', "import { systemStores } from '../data/stores';\nexport const x = systemStores;\n"),
      [],
    );
  });
});

/**
 * Activation outside VS Code: loads `dist/client.js` in a fresh process with a stand-in `vscode` module (every API
 * answers with an inert stand-in; the few values the extension reads are given) and times
 *   load:      require('dist/client.js'): what VS Code pays to evaluate the bundle;
 *   toStart:   activate() until the language client forks the server (the moment `client.start()` has done its
 *              client-side work);
 *   toReady:   activate() until its promise resolves: `client.start()` has spawned `dist/server.js`, sent
 *              initialize and got the answer, so the client is ready.
 * Run as `node -r ./test/register.js bench/activation.ts <root>`; prints one JSON line.
 */

import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Module from 'node:module';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

/** An object that is every API at once: callable, constructible, with any property, never a promise. */
function standIn(name: string, values: Record<string, unknown> = {}): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function () {
    /* a stand-in */
  };
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === Symbol.iterator) return function* () {};
      if (property === Symbol.toPrimitive) return () => name;
      if (property === 'toString' || property === 'toJSON') return () => name;
      if (Object.prototype.hasOwnProperty.call(values, property)) return values[property as string];
      if (!children.has(property)) children.set(property, standIn(`${name}.${String(property)}`));
      return children.get(property);
    },
    set(_target, property, value) {
      children.set(property, value);
      return true;
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`) as object,
  });
}

/**
 * The `vscode` module. esbuild's ES-module interop copies a module's own property names, so every name the API
 * declares (read from @types/vscode) is an own property.
 */
function vscodeModule(root: string, values: Record<string, unknown>): unknown {
  const names = new Set(Object.keys(values));
  const declarations = fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  for (const match of declarations.matchAll(/^\s*export (?:namespace|class|enum|const|let|function) ([A-Za-z_$][\w$]*)/gm)) names.add(match[1]);
  const api = standIn('vscode', values) as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  return new Proxy(target, {
    get: (_target, property) => (property === '__esModule' ? undefined : api[property as string]),
    ownKeys: () => [...names],
    getOwnPropertyDescriptor: (_target, property) => ({ configurable: true, enumerable: true, writable: false, value: api[property as string] }),
  });
}

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? '.');
  let forkedAt: number | undefined;
  const fork = childProcess.fork;
  const trackedChildProcess = {
    ...childProcess,
    fork: (...args: Parameters<typeof fork>) => {
      forkedAt ??= performance.now();
      return fork(...args);
    },
  };
  const bundlePath = path.join(root, 'dist', 'client.js');
  const vscode = vscodeModule(path.join(__dirname, '..'), {
    version: '1.100.0',
    env: standIn('vscode.env', { language: 'en', appName: 'bench', machineId: 'bench', sessionId: 'bench', uiKind: 1, appRoot: root, uriScheme: 'vscode' }),
    workspace: standIn('vscode.workspace', { workspaceFolders: undefined, textDocuments: [], name: undefined, isTrusted: true }),
    window: standIn('vscode.window', {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: () => ({ dispose() {} }) },
    }),
  });
  const load = moduleWithLoad._load;
  moduleWithLoad._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    if (request === 'child_process' || request === 'node:child_process') return trackedChildProcess;
    return load.call(this, request, parent, isMain);
  };

  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath: root,
    extensionUri: standIn('extensionUri'),
    asAbsolutePath: (relative: string) => path.join(root, relative),
    globalState: standIn('globalState'),
    workspaceState: standIn('workspaceState'),
    environmentVariableCollection: standIn('environmentVariableCollection'),
    extensionMode: 1,
    logUri: standIn('logUri'),
    storageUri: undefined,
    globalStorageUri: standIn('globalStorageUri'),
  };

  const loadStart = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundlePath) as { activate(context: unknown): Promise<unknown>; deactivate(): Promise<void> };
  const loaded = performance.now();
  const activateStart = performance.now();
  let error: string | undefined;
  try {
    await extension.activate(context);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ready = performance.now();
  try {
    await Promise.race([extension.deactivate(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  } catch {
    // The server is stopped either way when this process exits.
  }
  const result = {
    loadMs: loaded - loadStart,
    toStartMs: forkedAt !== undefined ? forkedAt - activateStart : undefined,
    toReadyMs: error === undefined ? ready - activateStart : undefined,
    error,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

void main();

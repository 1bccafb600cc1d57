/**
 * Activation outside VS Code: loads the extension's main, `dist/entry.js`, in a fresh process with a stand-in
 * `vscode` module (every API answers with an inert stand-in; the few values the extension reads are given) and
 * activates it in one of three windows:
 *   plain:    a plain-text file that is no dump is open. Times load + activate() and reports which of the
 *             extension's bundles were loaded (their bytes) and whether a language server was forked.
 *   dump:     a Certutil Dump is open. Times as before:
 *     load:      require('dist/entry.js'): what VS Code pays to evaluate the main;
 *     toStart:   activate() until the language client (dist/client.js, required by the entry) forks the server;
 *     toReady:   activate() until the client is ready: server spawned, initialize sent and answered.
 *   command:  nothing open; a contributed command is run first. Checks that it loads the client, starts the
 *             server and reaches the real command (which, with no dump open, asks for one).
 * Run as `node -r ./test/register.js bench/activation.ts <root> <plain|dump|command>`; prints one JSON line.
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

type Window = 'plain' | 'dump' | 'command';

/** A document as the extension reads it: language, URI, and text for the sniff. */
function textDocument(languageId: string, fileName: string, text: string): unknown {
  return {
    languageId,
    isUntitled: false,
    isClosed: false,
    uri: { scheme: 'file', fsPath: `/bench/${fileName}`, path: `/bench/${fileName}`, toString: () => `file:///bench/${fileName}` },
    positionAt: (offset: number) => ({ line: 0, character: Math.min(offset, text.length) }),
    getText: () => text,
  };
}

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? '.');
  const window = (process.argv[3] ?? 'dump') as Window;
  let forkedAt: number | undefined;
  const fork = childProcess.fork;
  const trackedChildProcess = {
    ...childProcess,
    fork: (...args: Parameters<typeof fork>) => {
      forkedAt ??= performance.now();
      return fork(...args);
    },
  };
  const documents = {
    plain: [textDocument('plaintext', 'notes.txt', 'Change window 14:00-16:00: renew the issuing CA certificate.\r\n')],
    dump: [textDocument('certutil-dump', 'machine.txt', '================ Certificate 0 ================\r\n')],
    command: [],
  }[window];
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const warnings: string[] = [];
  const vscode = vscodeModule(path.join(__dirname, '..'), {
    version: '1.100.0',
    env: standIn('vscode.env', { language: 'en', appName: 'bench', machineId: 'bench', sessionId: 'bench', uiKind: 1, appRoot: root, uriScheme: 'vscode' }),
    workspace: standIn('vscode.workspace', { workspaceFolders: undefined, textDocuments: documents, name: undefined, isTrusted: true }),
    window: standIn('vscode.window', {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: () => ({ dispose() {} }) },
      showWarningMessage: (message: string) => (warnings.push(message), Promise.resolve(undefined)),
      showInformationMessage: () => Promise.resolve(undefined),
      showErrorMessage: (message: string) => (warnings.push(message), Promise.resolve(undefined)),
    }),
    // The client's strings go through vscode.l10n.t: English, with its {n} placeholders filled.
    l10n: standIn('vscode.l10n', {
      t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_whole, n: string) => String(args[Number(n)])),
    }),
    // Commands are kept, so the command window can run one the way VS Code would.
    commands: standIn('vscode.commands', {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        if (commands.has(id)) throw new Error(`command '${id}' already exists`);
        commands.set(id, handler);
        return { dispose: () => commands.get(id) === handler && commands.delete(id) };
      },
      executeCommand: (id: string, ...args: unknown[]) => {
        const handler = commands.get(id);
        return handler ? Promise.resolve(handler(...args)) : Promise.reject(new Error(`command '${id}' not found`));
      },
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
  const extension = require(path.join(root, 'dist', 'entry.js')) as {
    activate(context: unknown): { startLanguageClient(): Promise<unknown> };
    deactivate(): Promise<void>;
  };
  const loaded = performance.now();
  const activateStart = performance.now();
  let error: string | undefined;
  let activated = performance.now();
  try {
    const api = extension.activate(context);
    activated = performance.now();
    if (window === 'dump') await api.startLanguageClient();
    if (window === 'command') {
      await commands.get('certutil.generateRepairInf')?.();
      if (!warnings.some((w) => w.includes('open a certutil dump')))
        throw new Error(`the command did not reach its real handler (warnings: ${warnings.join(' | ')})`);
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ready = performance.now();
  const distFolder = path.join(root, 'dist') + path.sep;
  const bundles = Object.keys(require.cache)
    .filter((file) => file.startsWith(distFolder))
    .map((file) => ({ name: path.basename(file), bytes: fs.statSync(file).size }));
  try {
    await Promise.race([extension.deactivate(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  } catch {
    // The server is stopped either way when this process exits.
  }
  const result = {
    window,
    loadMs: loaded - loadStart,
    activateMs: activated - activateStart,
    toStartMs: forkedAt !== undefined ? forkedAt - activateStart : undefined,
    toReadyMs: error === undefined ? ready - activateStart : undefined,
    serverForked: forkedAt !== undefined,
    bundles,
    error,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

void main();

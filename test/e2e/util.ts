// Helpers for journeys that run inside the extension host: polling with a deadline, the workspace
// the runner prepared, and screenshots that the runner takes of the real page. No Node API: the same
// journeys run in the web worker extension host against the browser build (webIndex.ts).
import * as vscode from 'vscode';
import type { CertutilExtensionApi, LanguageClientApi } from '../../client/src/startClient';
import { notesKey } from './results';

/** What the index tells the journeys about the run: set once by index.ts (Node) or webIndex.ts (browser). */
export interface RunSettings {
  /** The folder the extension under test is developed from. */
  developmentRoot: vscode.Uri;
  /** Where the runner looks for screenshot requests; none where no runner takes screenshots. */
  screenshotRequests?: vscode.Uri;
  /** Which build runs: the Node extension or the browser one. */
  build: 'node' | 'browser';
}

/** On the global object: in the Node run the index and each journey file are separate bundles, each with its own copy of this module. */
const runKey = 'certutilE2eRun';
const holder = globalThis as { [runKey]?: RunSettings };

export function configureRun(settings: RunSettings): void {
  holder[runKey] = settings;
}

export function runSettings(): RunSettings {
  const run = holder[runKey];
  if (!run) throw new Error('the e2e index did not configure the run');
  return run;
}

/** The id under which VS Code knows the extension: `publisher.name` from package.json. */
export const extensionId = 'certutil-tools.certutil-keyspec';

const pollMs = 50;

/**
 * Polls `predicate` until it returns a truthy value and returns that value; throws after
 * `timeoutMs`, naming `what` (a text, or a function called on failure) and the last value seen.
 * Journeys wait with this, never with a sleep.
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, timeoutMs = 20_000, what: string | (() => string) = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await predicate();
    if (last) return last;
    // `what` may be a function, to describe the state at the time of failure rather than at the call.
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what} (last value: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The one folder the runner opened: a fresh copy of test/e2e/workspace-template. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run has no workspace folder open');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

/** Opens a workspace file in an editor, as a user clicking it in the explorer would. */
export async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  // Not a preview tab: opening the next file must not close this one.
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * The document currently open for `uri`. Changing a document's language closes and reopens it in
 * the extension host, so a TextDocument object held from before goes stale; look it up each time.
 */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** Opens a workspace file and waits until VS Code reports it in `languageId`. */
export async function expectLanguage(name: string, languageId: string, timeoutMs = 20_000): Promise<vscode.TextDocument> {
  const editor = await openWorkspaceFile(name);
  const uri = editor.document.uri;
  return waitFor(
    () => {
      const document = openDocument(uri);
      return document?.languageId === languageId ? document : undefined;
    },
    timeoutMs,
    `${name} to be ${languageId} (it is ${openDocument(uri)?.languageId ?? 'closed'})`,
  );
}

/** A diagnostic's stable code (`keyspec.ksp-nonzero`), whether VS Code holds it plain or with a target link. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** Waits until `uri` has a diagnostic with `code` and returns it. */
export async function waitForDiagnostic(uri: vscode.Uri, code: string, timeoutMs = 30_000): Promise<vscode.Diagnostic> {
  return waitFor(() => vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnosticCode(diagnostic) === code), timeoutMs, `${code} on ${uri.path}`);
}

/** Records a measurement of the running test; the runner prints it under the test's result. */
export function note(text: string): void {
  const store = globalThis as Record<string, unknown>;
  const notes = Array.isArray(store[notesKey]) ? (store[notesKey] as string[]) : (store[notesKey] = []);
  notes.push(text);
}

/**
 * Asks the runner for a PNG of the whole page, saved as `<name>.png` in its screenshot folder
 * (docs/images with `--screenshots`), and waits until it is taken. Does nothing where no runner
 * takes screenshots (VS Code desktop), so journeys may call it freely.
 */
export async function screenshot(name: string, options: { keepNotifications?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const requests = holder[runKey]?.screenshotRequests;
  if (!requests) return;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  // Toasts from the run (gallery unreachable, say) would cover the editor.
  if (!options.keepNotifications) await vscode.commands.executeCommand('notifications.clearAll');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const request = vscode.Uri.joinPath(requests, `${name}.request`);
  await dropWhole(request, new Uint8Array());
  await waitFor(async () => !(await exists(request)), timeoutMs, `the runner to take screenshot ${name}`);
  const failure = vscode.Uri.joinPath(requests, `${name}.error`);
  if (await exists(failure)) throw new Error(`screenshot ${name} failed: ${await readDiskText(failure)}`);
}

/**
 * Writes a file the runner picks up (a `.request` or `.query`) under another name first, then renames it: through
 * a remote file system (the web extension host's) a write creates the file before it fills it, and the runner,
 * which reads and removes the file as soon as it appears, made that write fail (EntryNotFound) or read half of it.
 */
async function dropWhole(uri: vscode.Uri, content: Uint8Array): Promise<void> {
  const partial = uri.with({ path: `${uri.path}.partial` });
  await vscode.workspace.fs.writeFile(partial, content);
  await vscode.workspace.fs.rename(partial, uri, { overwrite: true });
}

/** Whether a file or folder is at `uri` (VS Code's file system answers a stat). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The visible texts of the workbench elements that match a CSS selector, as the runner's browser page shows them;
 * undefined where no runner drives a page (VS Code desktop).
 */
export async function pageTexts(selector: string, timeoutMs = 10_000): Promise<string[] | undefined> {
  const requests = holder[runKey]?.screenshotRequests;
  if (!requests) return undefined;
  const name = `query-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const answer = vscode.Uri.joinPath(requests, `${name}.answer`);
  await dropWhole(vscode.Uri.joinPath(requests, `${name}.query`), new TextEncoder().encode(selector));
  await waitFor(() => exists(answer), timeoutMs, `the runner to answer ${selector}`);
  const parsed = JSON.parse(await readDiskText(answer)) as string[] | { error: string };
  await vscode.workspace.fs.delete(answer);
  if (!Array.isArray(parsed)) throw new Error(`page query ${selector} failed: ${parsed.error}`);
  return parsed;
}

/** What the extension's `activate()` returns, with its language client started: the picker hooks, the client and the status bar item. */
export type ExtensionApi = Pick<CertutilExtensionApi, 'detection'> & LanguageClientApi;
type Hooks = LanguageClientApi['hooks'];

/** Activates the extension under test without starting its language client, and returns what `activate()` returned. */
export async function activateExtension(): Promise<CertutilExtensionApi> {
  const extension = vscode.extensions.getExtension<CertutilExtensionApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded`);
  const api = await extension.activate();
  if (!api?.detection) throw new Error(`${extensionId} activate() returned no detection hooks: ${JSON.stringify(Object.keys(api ?? {}))}`);
  return api;
}

/** Activates the extension under test, starts its language client if no dump has yet, and returns its API. */
export async function extensionApi(): Promise<ExtensionApi> {
  const api = await activateExtension();
  const started = await api.startLanguageClient();
  if (!started?.hooks) throw new Error(`${extensionId} started a language client without hooks`);
  return { detection: api.detection, ...started };
}

/**
 * Runs `body` with some of the command hooks (pickers) replaced, and puts the originals back
 * afterwards even when it throws, so a failing journey cannot leave a fake picker for the next.
 */
export async function withHooks<T>(overrides: Partial<Hooks>, body: () => Promise<T>): Promise<T> {
  const { hooks } = await extensionApi();
  const saved: Partial<Hooks> = {};
  for (const key of Object.keys(overrides) as (keyof Hooks)[]) Object.assign(saved, { [key]: hooks[key] });
  Object.assign(hooks, overrides);
  try {
    return await body();
  } finally {
    Object.assign(hooks, saved);
  }
}

/** A picker that must not be called: fails the journey with `why` if it is. */
export function unexpectedPicker(name: string): () => never {
  return () => {
    throw new Error(`${name} was called, but this journey must not need it`);
  };
}

/**
 * Copies workspace file `from` (a fixture of workspace-template) to `<folder>/<basename>` and returns
 * the copy, so a journey that writes files beside a dump starts from a folder of its own.
 */
export async function copyFixture(from: string, folder: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceFolder(), folder, from.split('/').pop() ?? from);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceFolder(), folder));
  await vscode.workspace.fs.copy(workspaceFile(from), target, { overwrite: false });
  return target;
}

/** The text of a file as it is on disk (not as an editor may hold it). */
export async function readDiskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** The names of the files in a folder, sorted. */
export async function fileNames(folder: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder))
    .filter(([, type]) => type === vscode.FileType.File)
    .map(([name]) => name)
    .sort();
}

/** Opens a document (any path) in an editor and waits until it is in `languageId`. */
export async function showInLanguage(uri: vscode.Uri, languageId: string, timeoutMs = 20_000): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return waitFor(
    () => {
      const document = openDocument(uri);
      return document?.languageId === languageId ? document : undefined;
    },
    timeoutMs,
    `${uri.path} to be ${languageId} (it is ${openDocument(uri)?.languageId ?? 'closed'})`,
  );
}

/** The diagnostics of `uri` with `code`, sorted by line. */
export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnosticCode(diagnostic) === code)
    .sort((a, b) => a.range.start.line - b.range.start.line);
}

/** `code@line` for each diagnostic (0-based lines): short and readable in an assertion message. */
export function describeDiagnostics(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => `${String(diagnosticCode(d))}@${d.range.start.line}`);
}

/**
 * Closes every editor without a save prompt (which would block the run): dirty documents that a
 * journey edited are reverted first.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme !== 'untitled')) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'untitled')) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves once the language server has published diagnostics for every certutil document opened
 * before the call, so a journey can assert that a document has *no* problems. It opens a sentinel
 * INF with a known problem and waits for that: the server checks documents in the order they were
 * opened (one zero-delay timer each) and VS Code applies published diagnostics in order. (Edited
 * documents are checked after a short debounce, so wait for their own diagnostics instead.)
 */
export async function languageServerCaughtUp(timeoutMs = 20_000): Promise<void> {
  const sentinel = await vscode.workspace.openTextDocument({ language: 'certutil-inf', content: '[Version]\n// the e2e sentinel\n' });
  try {
    await waitForDiagnostic(sentinel.uri, 'inf.slash-comment', timeoutMs);
  } finally {
    const active = vscode.window.activeTextEditor?.document;
    await vscode.window.showTextDocument(sentinel, { preview: true });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (active && !active.isClosed) await vscode.window.showTextDocument(active, { preview: false });
  }
}

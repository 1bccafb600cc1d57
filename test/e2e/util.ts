// Helpers for journeys that run inside the extension host: polling with a deadline, the workspace
// the runner prepared, and screenshots that the runner takes of the real page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { env } from './results';

/** The id under which VS Code knows the extension: `publisher.name` from package.json. */
export const extensionId = 'certutil-tools.certutil-keyspec';

const pollMs = 50;

/**
 * Polls `predicate` until it returns a truthy value and returns that value; throws after
 * `timeoutMs`, naming `what` and the last value seen. Journeys wait with this, never with a sleep.
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await predicate();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
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

/**
 * Asks the runner for a PNG of the whole page, saved as `<name>.png` in its screenshot folder
 * (docs/images with `--screenshots`), and waits until it is taken. Does nothing where no runner
 * takes screenshots (VS Code desktop), so journeys may call it freely.
 */
export async function screenshot(name: string, options: { keepNotifications?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const requests = process.env[env.screenshotRequests];
  if (!requests) return;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  // Toasts from the run (gallery unreachable, say) would cover the editor.
  if (!options.keepNotifications) await vscode.commands.executeCommand('notifications.clearAll');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const request = path.join(requests, `${name}.request`);
  fs.writeFileSync(request, '');
  await waitFor(() => !fs.existsSync(request), timeoutMs, `the runner to take screenshot ${name}`);
  const failure = path.join(requests, `${name}.error`);
  if (fs.existsSync(failure)) throw new Error(`screenshot ${name} failed: ${fs.readFileSync(failure, 'utf8')}`);
}

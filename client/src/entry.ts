/**
 * The extension's `main` (dist/entry.js). Every window with a plain-text file activates it
 * (`onLanguage:plaintext`), so it holds only what plain text needs: the content sniff that turns a
 * certutil dump into a Certutil Dump, and the large-file warning. The language client
 * (client/src/extension.ts, bundled on its own as dist/client.js) is loaded with `require`, and the
 * language server started, only when the first Certutil Dump or Certutil INF document is open (one
 * already open at activation too) or a contributed command runs.
 */

import * as path from 'path';
import * as vscode from 'vscode';
import { contributedCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { watchForDumps, type DetectionHooks } from './detectDumps';
import type * as languageClientModule from './extension';
import type { LanguageClientApi } from './extension';
import { warnAboutUnsyncedFiles } from './largeFiles';

type LanguageClientModule = typeof languageClientModule;

/** What `activate` returns: the detection hooks at once, the language client's part once it has started. */
export interface CertutilExtensionApi {
  detection: DetectionHooks;
  /** The language client's hooks, client and status bar, or undefined while no dump, INF or command has needed them. */
  readonly languageClient: LanguageClientApi | undefined;
  /** Loads the language client and starts the server, if that has not happened yet. */
  startLanguageClient(): Promise<LanguageClientApi>;
}

let loaded: LanguageClientModule | undefined;

export function activate(context: vscode.ExtensionContext): CertutilExtensionApi {
  const detection = watchForDumps(context);
  warnAboutUnsyncedFiles(context);

  let started: Promise<LanguageClientApi> | undefined;
  let languageClient: LanguageClientApi | undefined;
  // Until the client is loaded, each contributed command is a stand-in that loads it and runs the real one
  // (registered under the same id by the client's registerCommands, so the stand-ins go first).
  const standIns = Object.values(contributedCommands).map((id) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      await startLanguageClient();
      return vscode.commands.executeCommand<unknown>(id, ...args);
    }),
  );
  context.subscriptions.push(...standIns);

  const startLanguageClient = (): Promise<LanguageClientApi> => {
    started ??= (async () => {
      for (const standIn of standIns) standIn.dispose();
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the second bundle, loaded on demand
      loaded = require(context.asAbsolutePath(path.join('dist', 'client.js'))) as LanguageClientModule;
      languageClient = await loaded.startLanguageClient(context);
      return languageClient;
    })();
    return started;
  };

  const isCertutilDocument = (document: vscode.TextDocument): boolean => document.languageId === languageIds.dump || document.languageId === languageIds.inf;
  const startFor = (document: vscode.TextDocument): void => {
    if (started || !isCertutilDocument(document)) return;
    startLanguageClient().catch((error: unknown) => {
      void vscode.window.showErrorMessage(`The Certutil language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  // A language change closes and reopens the document, so the sniff's switch to Certutil Dump arrives here too.
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  vscode.workspace.textDocuments.forEach(startFor);

  return {
    detection,
    get languageClient() {
      return languageClient;
    },
    startLanguageClient,
  };
}

export async function deactivate(): Promise<void> {
  await loaded?.deactivate();
}

/** `Certutil: Show CA key health`: the server's report of the active dump in a webview (scripts off, strict CSP). */

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { contributedCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { healthReportRequest } from '../../common/protocol';

export function registerHealthReport(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(contributedCommands.showCaKeyHealth, (uri?: vscode.Uri) => showHealthReport(client, uri)));
}

async function showHealthReport(client: LanguageClient, uri?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== languageIds.dump) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a certutil dump ({0}) to see its CA key health.', 'certutil -v -store my > machine.txt'));
    return undefined;
  }
  // The nonce is the only way the report's style block passes the Content-Security-Policy. Web Crypto, which
  // both the Node and the browser extension host have: 18 random bytes in base64.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const result = await client.sendRequest(healthReportRequest, { uri: document.uri.toString(), nonce });
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The language server could not build the CA key health report for this dump.'));
    return undefined;
  }
  const panel = vscode.window.createWebviewPanel(
    'certutil.caKeyHealth',
    vscode.l10n.t('CA key health: {0}', vscode.workspace.asRelativePath(document.uri)),
    vscode.ViewColumn.Beside,
    { enableScripts: false, localResourceRoots: [] },
  );
  panel.webview.html = result.html;
  return panel;
}

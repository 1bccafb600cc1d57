/**
 * A status bar item on a dump: the server's one-line CA key health summary ("2 KeySpec repairs, 1 lost key,
 * 1 CA certificate expires in 43 days"), the same line as the code lens on its store header. A click writes
 * every KeySpec repair file when there are KeySpec repairs, and opens the CA key health report otherwise.
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { contributedCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { healthSummaryRequest } from '../../common/protocol';

export function showRepairStatus(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('certutil.keySpecStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Certutil CA key health');
  item.command = contributedCommands.generateRepairFiles;
  /** Bumped on every update: an answer to an older request never overwrites a newer one. */
  let asked = 0;

  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    const ask = ++asked;
    if (!document || document.languageId !== languageIds.dump) {
      item.hide();
      return;
    }
    let summary;
    try {
      // The text is the server's (never recomputed here), so the status bar says what the code lens and the report say.
      summary = client.isRunning() ? await client.sendRequest(healthSummaryRequest, { uri: document.uri.toString() }) : null;
    } catch {
      summary = null; // Superseded or cancelled: the diagnostics of the newer version ask again.
    }
    if (ask !== asked) return;
    if (!summary) {
      item.hide();
      return;
    }
    if (summary.count === 0) {
      item.text = `$(pass) ${summary.text}`;
      item.tooltip = vscode.l10n.t('CA key health: nothing in this dump is above Information. Click to open the CA key health report.');
      item.command = contributedCommands.showCaKeyHealth;
      item.backgroundColor = undefined;
    } else {
      item.text = `$(warning) ${summary.text}`;
      item.tooltip =
        summary.keySpecRepairs > 0
          ? vscode.l10n.t('Click to write a KeyProv INF for each certificate that needs KeySpec repair and a script that repairs them all.')
          : vscode.l10n.t('Click to open the CA key health report: each finding with its repair.');
      item.command = summary.keySpecRepairs > 0 ? contributedCommands.generateRepairFiles : contributedCommands.showCaKeyHealth;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    item.show();
  };
  const refresh = (): void => void update();

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((uri) => uri.toString() === active)) refresh();
    }),
    vscode.workspace.onDidOpenTextDocument(refresh),
  );
  refresh();
  return item;
}

/** A status bar item on a dump: how many certificates need KeySpec repair; a click generates all repair files. */

import * as vscode from 'vscode';
import { contributedCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { keySpecCode } from '../../common/diagnosticCodes';

export function showRepairStatus(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('certutil.keySpecStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Certutil KeySpec repair');
  item.command = contributedCommands.generateRepairFiles;

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== languageIds.dump) {
      item.hide();
      return;
    }
    const count = vscode.languages.getDiagnostics(document.uri).filter((d) => codeOf(d) === keySpecCode).length;
    if (count === 0) {
      item.text = `$(pass) ${vscode.l10n.t('KeySpec OK')}`;
      item.tooltip = vscode.l10n.t('No certificate in this dump has a KSP key with a KeySpec other than 0.');
      item.backgroundColor = undefined;
    } else {
      item.text = `$(warning) ${count === 1 ? vscode.l10n.t('1 certificate needs KeySpec repair') : vscode.l10n.t('{0} certificates need KeySpec repair', count)}`;
      item.tooltip = vscode.l10n.t('Click to write a KeyProv INF for each of them and a script that repairs them all.');
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
  );
  update();
  return item;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

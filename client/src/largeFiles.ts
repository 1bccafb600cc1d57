/**
 * VS Code does not give extensions a document for a file over 50 MB, so a huge dump would get no
 * highlighting and no problems without a word. Watch the editor tabs and say so instead.
 */

import * as vscode from 'vscode';

/** The size above which VS Code keeps a file from extensions (its documented 50 MB sync limit). */
const SYNC_LIMIT_BYTES = 50 * 1024 * 1024;

export function warnAboutUnsyncedFiles(context: vscode.ExtensionContext): void {
  const warned = new Set<string>();
  const check = async (uri: vscode.Uri): Promise<void> => {
    const key = uri.toString();
    if (warned.has(key) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size <= SYNC_LIMIT_BYTES || warned.has(key)) return;
      warned.add(key);
      void vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(uri)} is ${(stat.size / 1024 / 1024).toFixed(0)} MB. VS Code does not pass files over 50 MB to extensions, so it is not checked. Dump one certificate at a time instead: certutil -v -store my "<serial>" > cert.txt`,
      );
    } catch {
      // A tab whose file is gone or unreadable: nothing to say.
    }
  };
  const checkTabs = (tabs: readonly vscode.Tab[]): void => {
    for (const tab of tabs) if (tab.input instanceof vscode.TabInputText) void check(tab.input.uri);
  };
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs((e) => checkTabs([...e.opened, ...e.changed])));
  checkTabs(vscode.window.tabGroups.all.flatMap((group) => group.tabs));
}

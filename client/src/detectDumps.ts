/**
 * VS Code gives every `.txt` file to Plain Text before it looks at `firstLine` (checked in 1.100), so
 * dumps are recognised by content when a plain-text document opens, and switched to Certutil Dump.
 */

import * as vscode from 'vscode';
import { settingDefaults, settingKeys, settingsSection } from '../../common/settings';
import { looksLikeDump } from '../../common/dumpSniff';
import { languageIds } from '../../common/languageIds';

export function watchForDumps(context: vscode.ExtensionContext): void {
  // A document switched once is not switched again: an admin who sets Plain Text back keeps it.
  const switched = new Set<string>();
  const consider = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || switched.has(document.uri.toString())) return;
    if (!vscode.workspace.getConfiguration(settingsSection).get<boolean>(settingKeys.detectDumpsInTextFiles, settingDefaults[settingKeys.detectDumpsInTextFiles])) return;
    if (!looksLikeDump(document.getText())) return;
    switched.add(document.uri.toString());
    void vscode.languages.setTextDocumentLanguage(document, languageIds.dump);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
  vscode.workspace.textDocuments.forEach(consider);
}

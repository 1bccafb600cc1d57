/**
 * VS Code does not give extensions a document for a file over 50 MB, so a huge dump would get no
 * highlighting and no problems without a word. Watch the editor tabs and say so instead, reading no more of
 * the file than the 64 KB the dump sniff looks at.
 */

import * as fs from 'fs';
import * as vscode from 'vscode';
import { looksLikeDump } from '../../common/dumpSniff';

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
      // Only dumps: a big log that is no certutil output is none of this extension's business. Only the
      // sniffed head is read: a 200 MB file is never read whole to look at 64 KB of it.
      const head = await readHead(uri);
      if (!head || !looksLikeDump(decodeHead(head))) return;
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} is {1} MB. VS Code does not pass files over 50 MB to extensions, so it is not checked. Dump one certificate at a time instead: {2}',
          vscode.workspace.asRelativePath(uri),
          (stat.size / 1024 / 1024).toFixed(0),
          'certutil -v -store my "<serial>" > cert.txt',
        ),
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

/** How much of a file the sniff looks at (common/dumpSniff.ts reads as much text). */
const SNIFF_BYTES = 64 * 1024;

/**
 * The first SNIFF_BYTES of a local file, read with a ranged read. `vscode.workspace.fs` can only read a whole
 * file, so a file on any other file system is not sniffed (no warning rather than a 200 MB read).
 */
async function readHead(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const file = await fs.promises.open(uri.fsPath, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The first 64 KB as text, by BOM: UTF-16LE (Windows PowerShell 5.1), UTF-16BE, else UTF-8. */
function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head);
}

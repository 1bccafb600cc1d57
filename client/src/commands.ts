/** The commands that need the editor: pick certificates, write KeyProv files without overwriting, open them. */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, contributedCommands } from '../../common/commands';
import { languageIds } from '../../common/languageIds';
import { compareRequest, repairCandidatesRequest, repairEditRequest, type RepairCandidate, type RepairEditResult, type RepairFileInfo } from '../../common/protocol';

/** Replaceable pickers, so tests can answer them. */
export interface CommandHooks {
  pickCertificates: (candidates: RepairCandidate[]) => Promise<RepairCandidate[] | undefined>;
  /** The folder for the repair files: beside the dump, or one the admin picks. */
  pickFolder: (dump: vscode.Uri) => Promise<vscode.Uri | undefined>;
  /** The later dump to compare with. */
  pickLaterDump: (earlier: vscode.Uri) => Promise<vscode.Uri | undefined>;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): CommandHooks {
  const hooks: CommandHooks = { pickCertificates: showCertificatePicker, pickFolder: showFolderPicker, pickLaterDump: showLaterDumpPicker };
  context.subscriptions.push(
    vscode.commands.registerCommand(contributedCommands.generateRepairInf, (uri?: vscode.Uri | string, serial?: string) => generateRepairInf(client, hooks, uri, serial)),
    vscode.commands.registerCommand(contributedCommands.generateRepairFiles, (uri?: vscode.Uri) => generateRepairFiles(client, hooks, uri)),
    vscode.commands.registerCommand(contributedCommands.compareWithLaterDump, (uri?: vscode.Uri) => compareWithLaterDump(client, hooks, uri)),
    vscode.commands.registerCommand(clientCommands.showGeneratedFile, showGeneratedFile),
    vscode.commands.registerCommand(clientCommands.openUntitledInf, openUntitledInf),
    vscode.commands.registerCommand(clientCommands.repairWithStoreChoice, (uri: string, serial: string, question: string, store: string) => repairWithStoreChoice(client, uri, serial, question, store)),
  );
  return hooks;
}

/** The dump a command works on: its argument, else the active editor's document. */
async function dumpDocument(uri: vscode.Uri | string | undefined, what: string): Promise<vscode.TextDocument | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== languageIds.dump) {
    void vscode.window.showWarningMessage(`Open a certutil dump (certutil -v -store my > machine.txt) to ${what}.`);
    return undefined;
  }
  return document;
}

const nothingToRepair = 'No certificate in this dump needs a KeySpec repair: every KSP key already has KeySpec 0.';

async function generateRepairInf(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri | string, serial?: string): Promise<vscode.Uri[]> {
  const document = await dumpDocument(uri, 'generate a repair INF');
  if (!document) return [];
  const all = await client.sendRequest(repairCandidatesRequest, { uri: document.uri.toString() });
  const candidates = serial ? all.filter((c) => c.target.serial === serial) : all;
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(nothingToRepair);
    return [];
  }
  const chosen = candidates.length === 1 ? candidates : await hooks.pickCertificates(candidates);
  if (!chosen || chosen.length === 0) return [];

  // Beside a dump in the workspace the server names and writes the files; otherwise the admin picks a folder.
  const untitled = document.uri.scheme === 'untitled';
  const folder = untitled || vscode.workspace.getWorkspaceFolder(document.uri) ? undefined : await hooks.pickFolder(document.uri);
  if (!untitled && !vscode.workspace.getWorkspaceFolder(document.uri) && !folder) return [];
  const result = await client.sendRequest(repairEditRequest, {
    uri: document.uri.toString(),
    serials: chosen.map((c) => c.target.serial),
    ...(folder ? { folder: folder.toString() } : {}),
  });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`No repair INF written: ${result.reason}`);
    return [];
  }
  if ('untitled' in result) {
    for (const text of result.untitled) await openUntitledInf(text);
    return [];
  }
  const written = await applyRepairEdit(client, result);
  if (written.length === 0) return [];
  await vscode.window.showTextDocument(vscode.Uri.parse(written[0].uri), { preview: false });
  const commands = written.flatMap((f) => (f.command ? [f.command] : []));
  const copy = 'Copy repair command';
  const message = written.length === 1 ? `Wrote ${written[0].fileName}. Run it on the CA: ${commands[0]}` : `Wrote ${written.length} KeyProv INF files. Run each on the CA with certutil -repairstore.`;
  void vscode.window.showInformationMessage(message, copy).then(async (answer) => {
    if (answer === copy) await vscode.env.clipboard.writeText(commands.join('\r\n'));
  });
  return written.map((f) => vscode.Uri.parse(f.uri));
}

/** Applies the server's create-only edit and saves each file with CRLF; the files written, or none when the edit failed. */
async function applyRepairEdit(client: LanguageClient, result: Extract<RepairEditResult, { edit: unknown }>): Promise<RepairFileInfo[]> {
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  // The edit creates each file with overwrite: false, so it fails as a whole rather than replace a file.
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('Nothing was written: a file with one of the names appeared in the folder. Run the command again.');
    return [];
  }
  for (const file of result.files) await saveGenerated(await vscode.workspace.openTextDocument(vscode.Uri.parse(file.uri)));
  return result.files;
}

async function generateRepairFiles(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri): Promise<vscode.Uri[]> {
  const document = await dumpDocument(uri, 'generate repair files');
  if (!document) return [];
  if (document.uri.scheme === 'untitled') {
    void vscode.window.showWarningMessage('Save the dump first: the repair files are written into a folder.');
    return [];
  }
  const candidates = await client.sendRequest(repairCandidatesRequest, { uri: document.uri.toString() });
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(nothingToRepair);
    return [];
  }
  const folder = await hooks.pickFolder(document.uri);
  if (!folder) return [];
  const result = await client.sendRequest(repairEditRequest, { uri: document.uri.toString(), folder: folder.toString(), scripts: true });
  if (!result.ok || 'untitled' in result) {
    void vscode.window.showErrorMessage(`No repair files written: ${result.ok ? 'the dump has no folder' : result.reason}`);
    return [];
  }
  const written = await applyRepairEdit(client, result);
  if (written.length === 0) return [];
  const script = written.find((file) => file.fileName.endsWith('.cmd'));
  if (script) await vscode.window.showTextDocument(vscode.Uri.parse(script.uri), { preview: false });
  void vscode.window.showInformationMessage(
    `Wrote ${written.length - 2} KeyProv INF file(s) and repair-keyspec.cmd / .ps1 to ${folder.fsPath || folder.toString()}. Copy the folder to the CA and run one script from an elevated prompt.`,
  );
  return written.map((f) => vscode.Uri.parse(f.uri));
}

async function showFolderPicker(dump: vscode.Uri): Promise<vscode.Uri | undefined> {
  const beside = vscode.Uri.joinPath(dump, '..');
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Beside the dump', description: beside.fsPath || beside.toString(), folder: beside as vscode.Uri | undefined },
      { label: 'Choose a folder…', folder: undefined as vscode.Uri | undefined },
    ],
    { title: 'Where should the repair files go?' },
  );
  if (!pick) return undefined;
  if (pick.folder) return pick.folder;
  const chosen = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: beside, openLabel: 'Write repair files here' });
  return chosen?.[0];
}

async function compareWithLaterDump(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri): Promise<string | undefined> {
  const earlier = await dumpDocument(uri, 'compare it with a later dump');
  if (!earlier) return undefined;
  const laterUri = await hooks.pickLaterDump(earlier.uri);
  if (!laterUri) return undefined;
  const later = await vscode.workspace.openTextDocument(laterUri);
  if (later.languageId !== languageIds.dump) await vscode.languages.setTextDocumentLanguage(later, languageIds.dump);
  await vscode.window.showTextDocument(later, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  const result = await client.sendRequest(compareRequest, { beforeUri: earlier.uri.toString(), afterUri: later.uri.toString() });
  if (!result) {
    void vscode.window.showErrorMessage('The two dumps could not be compared: is the later file a certutil dump?');
    return undefined;
  }
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.commands.executeCommand('markdown.showPreview', report.uri);
  if (result.allCaFixed) void vscode.window.showInformationMessage('Every CA certificate is fixed: each KSP key now has KeySpec 0.');
  return result.markdown;
}

async function showLaterDumpPicker(earlier: vscode.Uri): Promise<vscode.Uri | undefined> {
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.Uri.joinPath(earlier, '..'),
    openLabel: 'Compare with this dump',
    filters: { 'certutil dumps': ['txt', 'log', 'certdump'], 'All files': ['*'] },
  });
  return chosen?.[0];
}

async function showCertificatePicker(candidates: RepairCandidate[]): Promise<RepairCandidate[] | undefined> {
  type Item = vscode.QuickPickItem & { candidates: RepairCandidate[] };
  const items: Item[] = [{ label: `$(check-all) All ${candidates.length} certificates`, description: 'one KeyProv INF each', candidates }];
  // Certificates that share a key container are listed together: one key backs all of them.
  let group = -1;
  for (const c of candidates) {
    if (c.group.index !== group) {
      group = c.group.index;
      const shared = c.group.size > 1 ? ` (one key, ${c.group.size} certificates)` : '';
      items.push({ label: `Key container ${c.target.container}${shared}`, kind: vscode.QuickPickItemKind.Separator, candidates: [] });
    }
    items.push({
      label: c.target.subject ?? `Certificate ${c.target.index ?? ''}`,
      description: `serial ${c.target.serial}${c.target.isCA ? ' · CA' : ''}`,
      detail: c.target.provider,
      candidates: [c],
    });
  }
  const pick = await vscode.window.showQuickPick(items, { title: 'Generate repair INF', placeHolder: 'Which certificate needs KeySpec=0?' });
  return pick?.candidates;
}

async function showGeneratedFile(uri: string): Promise<void> {
  const document = await saveGenerated(await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
  await vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Saves a file created by a WorkspaceEdit with CRLF line ends. The edit's text has CRLF, but VS Code turns
 * inserted text into the editor's default line end (LF on Linux and macOS), and cmd.exe misreads a batch
 * file with bare LF; generated files must not depend on the admin's platform.
 */
async function saveGenerated(document: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (document.eol !== vscode.EndOfLine.CRLF) {
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, [vscode.TextEdit.setEndOfLine(vscode.EndOfLine.CRLF)]);
    await vscode.workspace.applyEdit(edit);
  }
  if (document.isDirty) await document.save();
  return document;
}

async function openUntitledInf(text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: languageIds.inf, content: text });
  await vscode.window.showTextDocument(document, { preview: false });
}

/**
 * The KeySpec quick fix for a certificate whose dump does not show its store: asks machine or user store
 * (never guessed), then has the server write the repair with that answer.
 */
async function repairWithStoreChoice(client: LanguageClient, uri: string, serial: string, question: string, store: string): Promise<void> {
  const items: (vscode.QuickPickItem & { location: 'machine' | 'user' })[] = [
    { label: `Local machine store "${store}"`, description: `certutil -repairstore ${store}`, location: 'machine' },
    { label: `Current user store "${store}"`, description: `certutil -user -repairstore ${store}`, location: 'user' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Which store holds ${serial}?`, placeHolder: question, ignoreFocusOut: true });
  if (!picked) return;
  const result = await client.sendRequest(repairEditRequest, { uri, serials: [serial], storeChoice: { location: picked.location, store } });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`No repair INF written: ${result.reason}`);
    return;
  }
  if ('untitled' in result) {
    for (const text of result.untitled) await openUntitledInf(text);
    return;
  }
  const written = await applyRepairEdit(client, result);
  if (written.length > 0) await vscode.window.showTextDocument(vscode.Uri.parse(written[0].uri), { preview: false });
}

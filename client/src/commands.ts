/** The commands that need the editor: pick certificates, write KeyProv files without overwriting, open them. */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, compareRequest, repairCandidatesRequest, repairInfRequest, serverCommands, type RepairCandidate } from '../../server/src/protocol';
import { repairInfFileName, repairCommand } from '../../server/src/service/repairCommands';
import { groupByContainer } from '../../server/src/service/containerGroups';
import { languageIds } from '../../server/src/service/languageIds';

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
    vscode.commands.registerCommand('certutil.generateRepairInf', (uri?: vscode.Uri | string, serial?: string) => generateRepairInf(client, hooks, uri, serial)),
    vscode.commands.registerCommand('certutil.generateRepairFiles', (uri?: vscode.Uri) => generateRepairFiles(client, hooks, uri)),
    vscode.commands.registerCommand('certutil.compareWithLaterDump', (uri?: vscode.Uri) => compareWithLaterDump(client, hooks, uri)),
    vscode.commands.registerCommand(clientCommands.showGeneratedFile, showGeneratedFile),
    vscode.commands.registerCommand(clientCommands.openUntitledInf, openUntitledInf),
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

  const untitled = document.uri.scheme === 'untitled';
  const folder = untitled ? undefined : await chooseFolder(document, hooks);
  if (!untitled && !folder) return [];
  const written: vscode.Uri[] = [];
  for (const candidate of chosen) {
    const target = candidate.target;
    const fileName = folder ? await freeFileName(folder, target.serial) : repairInfFileName(target.serial);
    const result = await client.sendRequest(repairInfRequest, { target, fileName });
    if (!result.ok) {
      void vscode.window.showErrorMessage(`No repair INF for serial ${target.serial}: ${result.reason}`);
      continue;
    }
    if (!folder) {
      await openUntitledInf(result.text);
      continue;
    }
    const file = vscode.Uri.joinPath(folder, result.fileName);
    await vscode.workspace.fs.writeFile(file, Buffer.from(result.text, 'utf8'));
    written.push(file);
    const copy = 'Copy repair command';
    void vscode.window.showInformationMessage(`Wrote ${result.fileName}. Run it on the CA: ${repairCommand(target, result.fileName)}`, copy).then(async (answer) => {
      if (answer === copy) await vscode.env.clipboard.writeText(repairCommand(target, result.fileName));
    });
  }
  if (written.length > 0) await vscode.window.showTextDocument(written[0], { preview: false });
  return written;
}

/** Beside the dump when it lies in the workspace; otherwise the admin picks: nothing is written outside unasked. */
async function chooseFolder(dump: vscode.TextDocument, hooks: CommandHooks): Promise<vscode.Uri | undefined> {
  const beside = vscode.Uri.joinPath(dump.uri, '..');
  return vscode.workspace.getWorkspaceFolder(dump.uri) ? beside : hooks.pickFolder(dump.uri);
}

/** `KeyProv-<serial>.inf`, or the first `-n` variant that does not exist yet: nothing is overwritten. */
async function freeFileName(folder: vscode.Uri, serial: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const name = repairInfFileName(serial, attempt);
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name));
    } catch {
      return name;
    }
  }
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
  let edit: vscode.WorkspaceEdit;
  try {
    const result: unknown = await vscode.commands.executeCommand(serverCommands.repairFiles, document.uri.toString(), folder.toString());
    const converted = await client.protocol2CodeConverter.asWorkspaceEdit(result as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
    if (!converted) throw new Error('the server returned no files');
    edit = converted;
  } catch (error) {
    void vscode.window.showErrorMessage(`No repair files written: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  // The edit creates each file with overwrite: false, so it fails as a whole rather than replace a file.
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('No repair files written: a file with one of their names appeared in the folder. Run the command again.');
    return [];
  }
  const written = edit.entries().map(([file]) => file);
  for (const file of written) await saveGenerated(await vscode.workspace.openTextDocument(file));
  const script = written.find((file) => file.path.endsWith('.cmd'));
  if (script) await vscode.window.showTextDocument(script, { preview: false });
  void vscode.window.showInformationMessage(
    `Wrote ${written.length - 2} KeyProv INF file(s) and repair-keyspec.cmd / .ps1 to ${folder.fsPath || folder.toString()}. Copy the folder to the CA and run one script from an elevated prompt.`,
  );
  return written;
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
  for (const group of groupByContainer(candidates)) {
    const shared = group.entries.length > 1 ? ` (one key, ${group.entries.length} certificates)` : '';
    items.push({ label: `Key container ${group.container}${shared}`, kind: vscode.QuickPickItemKind.Separator, candidates: [] });
    for (const c of group.entries) {
      items.push({
        label: c.target.subject ?? `Certificate ${c.target.index ?? ''}`,
        description: `serial ${c.target.serial}${c.target.isCA ? ' · CA' : ''}`,
        detail: c.target.provider,
        candidates: [c],
      });
    }
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

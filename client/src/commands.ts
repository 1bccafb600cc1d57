/** The commands that need the editor: pick certificates, write KeyProv files without overwriting, open them. */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, repairCandidatesRequest, repairInfRequest, type RepairCandidate } from '../../server/src/protocol';
import { repairInfFileName, repairCommand } from '../../server/src/service/repairInf';
import { languageIds } from '../../server/src/service/languageService';

/** Replaceable pickers, so tests can answer them. */
export interface CommandHooks {
  pickCertificates: (candidates: RepairCandidate[]) => Promise<RepairCandidate[] | undefined>;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): CommandHooks {
  const hooks: CommandHooks = { pickCertificates: showCertificatePicker };
  context.subscriptions.push(
    vscode.commands.registerCommand('certutil.generateRepairInf', (uri?: vscode.Uri) => generateRepairInf(client, hooks, uri)),
    vscode.commands.registerCommand(clientCommands.showGeneratedFile, showGeneratedFile),
    vscode.commands.registerCommand(clientCommands.openUntitledInf, openUntitledInf),
  );
  return hooks;
}

async function generateRepairInf(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri): Promise<vscode.Uri[]> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== languageIds.dump) {
    void vscode.window.showWarningMessage('Open a certutil dump (certutil -v -store my > machine.txt) to generate a repair INF.');
    return [];
  }
  const candidates = await client.sendRequest(repairCandidatesRequest, { uri: document.uri.toString() });
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('No certificate in this dump needs a KeySpec repair: every KSP key already has KeySpec 0.');
    return [];
  }
  const chosen = candidates.length === 1 ? candidates : await hooks.pickCertificates(candidates);
  if (!chosen || chosen.length === 0) return [];

  const written: vscode.Uri[] = [];
  for (const candidate of chosen) {
    const target = candidate.target;
    const folder = document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(document.uri, '..');
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

async function showCertificatePicker(candidates: RepairCandidate[]): Promise<RepairCandidate[] | undefined> {
  type Item = vscode.QuickPickItem & { candidates: RepairCandidate[] };
  const items: Item[] = [
    { label: `$(check-all) All ${candidates.length} certificates`, description: 'one KeyProv INF each', candidates },
    ...candidates.map((c) => ({
      label: c.target.subject ?? `Certificate ${c.target.index ?? ''}`,
      description: `serial ${c.target.serial}${c.target.isCA ? ' · CA' : ''}`,
      detail: `${c.target.container} · ${c.target.provider}`,
      candidates: [c],
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Generate repair INF', placeHolder: 'Which certificate needs KeySpec=0?' });
  return pick?.candidates;
}

async function showGeneratedFile(uri: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  if (document.isDirty) await document.save();
  await vscode.window.showTextDocument(document, { preview: false });
}

async function openUntitledInf(text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: languageIds.inf, content: text });
  await vscode.window.showTextDocument(document, { preview: false });
}

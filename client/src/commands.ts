/** The commands that need the editor: pick certificates, write KeyProv files without overwriting, open them. */

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { clientCommands, contributedCommands } from '../../common/commandIds';
import { looksLikeDumpBytes } from '../../common/dumpSniff';
import { ComparisonReports } from './compareReport';
import { languageIds } from '../../common/languageIds';
import {
  compareRequest,
  repairCandidatesRequest,
  keyRepairEditRequest,
  repairEditRequest,
  type RepairCandidate,
  type RepairEditResult,
  type RepairFileInfo,
} from '../../common/protocol';
import type { StoreChoice } from '../../common/repairTarget';

/** Replaceable pickers, so tests can answer them. */
export interface CommandHooks {
  pickCertificates: (candidates: RepairCandidate[]) => Promise<RepairCandidate[] | undefined>;
  /** The folder for the repair files: beside the dump, or one the admin picks. */
  pickFolder: (dump: vscode.Uri) => Promise<vscode.Uri | undefined>;
  /** The later dump to compare with. */
  pickLaterDump: (earlier: vscode.Uri) => Promise<vscode.Uri | undefined>;
  /** Where to save a comparison report. */
  pickReportFile: (proposed: vscode.Uri) => Promise<vscode.Uri | undefined>;
  /** Shows the one message a command ends with, and resolves to the action the admin clicked. */
  notify: (kind: 'info' | 'warning' | 'error', message: string, actions: string[]) => Thenable<string | undefined>;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): CommandHooks {
  const hooks: CommandHooks = {
    pickCertificates: showCertificatePicker,
    pickFolder: showFolderPicker,
    pickLaterDump: showLaterDumpPicker,
    pickReportFile: (proposed) =>
      Promise.resolve(vscode.window.showSaveDialog({ defaultUri: proposed, filters: { Markdown: ['md'] }, saveLabel: vscode.l10n.t('Save Report') })),
    notify: (kind, message, actions) =>
      kind === 'error'
        ? vscode.window.showErrorMessage(message, ...actions)
        : kind === 'warning'
          ? vscode.window.showWarningMessage(message, ...actions)
          : vscode.window.showInformationMessage(message, ...actions),
  };
  const reports = new ComparisonReports();
  reports.register(context);
  context.subscriptions.push(
    vscode.commands.registerCommand(contributedCommands.generateRepairInf, (uri?: vscode.Uri | string, serial?: string) =>
      generateRepairInf(client, hooks, uri, serial),
    ),
    vscode.commands.registerCommand(contributedCommands.generateRepairFiles, (uri?: vscode.Uri) => generateRepairFiles(client, hooks, uri)),
    vscode.commands.registerCommand(contributedCommands.compareWithLaterDump, (uri?: vscode.Uri) => compareWithLaterDump(client, hooks, reports, uri)),
    vscode.commands.registerCommand(contributedCommands.saveComparisonReport, (uri?: vscode.Uri) => saveComparisonReport(hooks, reports, uri)),
    vscode.commands.registerCommand(contributedCommands.openAsDump, openAsDump),
    vscode.commands.registerCommand(clientCommands.showGeneratedFile, showGeneratedFile),
    vscode.commands.registerCommand(clientCommands.openUntitledInf, openUntitledInf),
    vscode.commands.registerCommand(clientCommands.repairWithStoreChoice, (uri: string, serial: string, question: string, store: string, keyRepair?: unknown) =>
      repairWithStoreChoice(hooks, client, uri, serial, question, store, keyRepair),
    ),
  );
  return hooks;
}

/** The dump a command works on: its argument, else the active editor's document. */
async function dumpDocument(uri: vscode.Uri | string | undefined, notADump: string): Promise<vscode.TextDocument | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== languageIds.dump) {
    void vscode.window.showWarningMessage(notADump);
    return undefined;
  }
  return document;
}

const nothingToRepair = (): string => vscode.l10n.t('No certificate in this dump needs a KeySpec repair: every KSP key already has KeySpec 0.');

/** The candidate whose certificate holds the cursor of the dump's active editor, if any. */
function candidateAtCursor(document: vscode.TextDocument, candidates: readonly RepairCandidate[]): RepairCandidate | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== document.uri.toString()) return undefined;
  const line = editor.selection.active.line;
  return candidates.find((c) => c.certificate.startLine <= line && line <= c.certificate.endLine);
}

async function generateRepairInf(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri | string, serial?: string): Promise<vscode.Uri[]> {
  const document = await dumpDocument(uri, vscode.l10n.t('To generate a repair INF, open a certutil dump first ({0}).', 'certutil -v -store my > machine.txt'));
  if (!document) return [];
  const all = await client.sendRequest(repairCandidatesRequest, { uri: document.uri.toString() });
  const candidates = serial ? all.filter((c) => c.target.serial === serial) : all;
  if (candidates.length === 0) {
    void hooks.notify('info', nothingToRepair(), []);
    return [];
  }
  // The certificate under the cursor is the one meant; ask only when there is none and more than one to choose.
  const atCursor = serial ? undefined : candidateAtCursor(document, candidates);
  const chosen = atCursor ? [atCursor] : candidates.length === 1 ? candidates : await hooks.pickCertificates(candidates);
  if (!chosen || chosen.length === 0) return [];

  // Beside a dump in the workspace the server names and writes the files; otherwise the admin picks a folder.
  const untitled = document.uri.scheme === 'untitled';
  const inWorkspace = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  const folder = untitled || inWorkspace ? undefined : await hooks.pickFolder(document.uri);
  if (!untitled && !inWorkspace && !folder) return [];
  const send = (storeChoice?: StoreChoice): Promise<RepairEditResult> =>
    client.sendRequest(repairEditRequest, {
      uri: document.uri.toString(),
      serials: chosen.map((c) => c.target.serial),
      ...(folder ? { folder: folder.toString() } : {}),
      ...(storeChoice ? { storeChoice } : {}),
    });
  let result = await send();
  // The dump does not show the store of a chosen certificate: ask (never guess), then write with the answer.
  if (!result.ok && result.askStore) {
    const choice = await pickStoreChoice(result.askStore.serial, result.reason, result.askStore.store, chosen.length > 1);
    if (!choice) return [];
    result = await send(choice);
  }
  if (!result.ok) {
    void hooks.notify('error', vscode.l10n.t('No repair INF was written: {0}', result.reason), []);
    return [];
  }
  if ('untitled' in result) {
    for (const text of result.untitled) await openUntitledInf(text);
    return [];
  }
  const written = await applyRepairEdit(hooks, client, result);
  if (written.length === 0) return [];
  if (written.length === 1) await vscode.window.showTextDocument(vscode.Uri.parse(written[0].uri), { preview: false });
  const commands = written.flatMap((f) => (f.command ? [f.command] : []));
  const fresh = written.filter((f) => !f.alreadyWritten);
  const wrote =
    fresh.length === 0
      ? ''
      : fresh.length === 1
        ? vscode.l10n.t('Wrote {0}.', fresh[0].fileName)
        : vscode.l10n.t('Wrote {0} KeyProv INF files ({1}).', fresh.length, fresh.map((f) => f.fileName).join(', '));
  const run =
    written.length === 1 ? vscode.l10n.t('On the CA, run: {0}', commands[0]) : vscode.l10n.t('On the CA, run certutil -repairstore with each of them.');
  reportWritten(hooks, [wrote, ...alreadyWrittenAndNotes(written), run].filter(Boolean).join(' '), written, commands);
  return written.map((f) => vscode.Uri.parse(f.uri));
}

const openAction = (): string => vscode.l10n.t('Open');
const revealAction = (): string => vscode.l10n.t('Reveal in Explorer');
const copyAction = (): string => vscode.l10n.t('Copy Repair Commands');

/** The one message of a write: what was written, with Open, Reveal in Explorer and (for INFs) Copy Repair Commands. */
function reportWritten(hooks: CommandHooks, message: string, written: readonly RepairFileInfo[], commands: readonly string[]): void {
  const actions = [openAction(), revealAction(), ...(commands.length > 0 ? [copyAction()] : [])];
  void hooks.notify('info', message, actions).then(async (answer) => {
    const first = vscode.Uri.parse(written[0].uri);
    if (answer === openAction()) for (const file of written) await vscode.window.showTextDocument(vscode.Uri.parse(file.uri), { preview: false });
    else if (answer === revealAction()) await vscode.commands.executeCommand('revealInExplorer', first);
    else if (answer === copyAction()) await vscode.env.clipboard.writeText(commands.join('\r\n'));
  });
}

/** The sentences for files used as they were (written before with the same text) and for files that got a numbered name. */
function alreadyWrittenAndNotes(files: readonly RepairFileInfo[]): string[] {
  const reused = files.filter((f) => f.alreadyWritten).map((f) => f.fileName);
  return [
    ...(reused.length > 0
      ? [
          reused.length === 1
            ? vscode.l10n.t('Already written with the same content, so used as it is: {0}.', reused[0])
            : vscode.l10n.t('Already written with the same content, so used as they are: {0}.', reused.join(', ')),
        ]
      : []),
    ...files.flatMap((f) => (f.note ? [f.note] : [])),
  ];
}

/** Applies the server's create-only edit and saves each file with CRLF; the files written, or none when the edit failed. */
async function applyRepairEdit(hooks: CommandHooks, client: LanguageClient, result: Extract<RepairEditResult, { edit: unknown }>): Promise<RepairFileInfo[]> {
  // Every file already written as this write would give it: nothing to apply (VS Code refuses an empty edit).
  if (result.files.every((file) => file.alreadyWritten)) return result.files;
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  // The edit creates each file with overwrite: false, so it fails as a whole rather than replace a file.
  if (!(await vscode.workspace.applyEdit(edit))) {
    void hooks.notify('error', vscode.l10n.t('Nothing was written: a file with one of the names appeared in the folder meanwhile. Run the command again.'), []);
    return [];
  }
  for (const file of result.files) {
    if (!file.alreadyWritten) await saveGenerated(await vscode.workspace.openTextDocument(vscode.Uri.parse(file.uri)));
  }
  return result.files;
}

async function generateRepairFiles(client: LanguageClient, hooks: CommandHooks, uri?: vscode.Uri): Promise<vscode.Uri[]> {
  const document = await dumpDocument(uri, vscode.l10n.t('To generate repair files, open a certutil dump first ({0}).', 'certutil -v -store my > machine.txt'));
  if (!document) return [];
  if (document.uri.scheme === 'untitled') {
    void hooks.notify('warning', vscode.l10n.t('Save the dump first: the repair files are written into a folder.'), []);
    return [];
  }
  const candidates = await client.sendRequest(repairCandidatesRequest, { uri: document.uri.toString() });
  if (candidates.length === 0) {
    void hooks.notify('info', nothingToRepair(), []);
    return [];
  }
  const folder = await hooks.pickFolder(document.uri);
  if (!folder) return [];
  const send = (storeChoice?: StoreChoice): Promise<RepairEditResult> =>
    client.sendRequest(repairEditRequest, { uri: document.uri.toString(), folder: folder.toString(), scripts: true, ...(storeChoice ? { storeChoice } : {}) });
  let result = await send();
  if (!result.ok && result.askStore) {
    const choice = await pickStoreChoice(result.askStore.serial, result.reason, result.askStore.store, true);
    if (!choice) return [];
    result = await send(choice);
  }
  if (!result.ok || 'untitled' in result) {
    void hooks.notify('error', vscode.l10n.t('No repair files were written: {0}', result.ok ? vscode.l10n.t('the dump has no folder') : result.reason), []);
    return [];
  }
  const written = await applyRepairEdit(hooks, client, result);
  if (written.length === 0) return [];
  const script = written.find((file) => file.fileName.endsWith('.cmd'));
  if (script) await vscode.window.showTextDocument(vscode.Uri.parse(script.uri), { preview: false });
  const fresh = written.filter((file) => !file.alreadyWritten);
  const infs = fresh.filter((file) => file.command !== undefined);
  const scripts = fresh.filter((file) => /\.(cmd|ps1)$/i.test(file.fileName)).map((file) => file.fileName);
  const rollbacks = fresh.length - infs.length - scripts.length;
  const parts = [
    ...(infs.length > 0 ? [infs.length === 1 ? vscode.l10n.t('1 KeyProv INF file') : vscode.l10n.t('{0} KeyProv INF files', infs.length)] : []),
    ...(rollbacks > 0 ? [rollbacks === 1 ? vscode.l10n.t('1 rollback INF file') : vscode.l10n.t('{0} rollback INF files', rollbacks)] : []),
    ...scripts,
  ];
  const where = folder.fsPath || folder.toString();
  const wrote = parts.length > 0 ? vscode.l10n.t('Wrote {0} to {1}.', parts.join(', '), where) : vscode.l10n.t('Every repair file is in {0} already.', where);
  reportWritten(
    hooks,
    [wrote, ...alreadyWrittenAndNotes(written), vscode.l10n.t('Copy the folder to the CA and run one of the scripts from an elevated prompt.')].join(' '),
    script ? [script, ...written.filter((file) => file !== script)] : written,
    [],
  );
  return written.map((f) => vscode.Uri.parse(f.uri));
}

async function showFolderPicker(dump: vscode.Uri): Promise<vscode.Uri | undefined> {
  const beside = vscode.Uri.joinPath(dump, '..');
  const pick = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Beside the Dump'), description: beside.fsPath || beside.toString(), folder: beside as vscode.Uri | undefined },
      { label: vscode.l10n.t('Choose a Folder...'), folder: undefined as vscode.Uri | undefined },
    ],
    { title: vscode.l10n.t('Where should the repair files go?') },
  );
  if (!pick) return undefined;
  if (pick.folder) return pick.folder;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: beside,
    openLabel: vscode.l10n.t('Write Repair Files Here'),
  });
  return chosen?.[0];
}

async function compareWithLaterDump(client: LanguageClient, hooks: CommandHooks, reports: ComparisonReports, uri?: vscode.Uri): Promise<string | undefined> {
  const earlier = await dumpDocument(
    uri,
    vscode.l10n.t('To compare it with a later dump, open a certutil dump first ({0}).', 'certutil -v -store my > machine.txt'),
  );
  if (!earlier) return undefined;
  const laterUri = await hooks.pickLaterDump(earlier.uri);
  if (!laterUri) return undefined;
  let later = await vscode.workspace.openTextDocument(laterUri);
  if (later.languageId !== languageIds.dump) later = await vscode.languages.setTextDocumentLanguage(later, languageIds.dump);
  await vscode.window.showTextDocument(later, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  const result = await client.sendRequest(compareRequest, { beforeUri: earlier.uri.toString(), afterUri: later.uri.toString() });
  if (!result) {
    void hooks.notify('error', vscode.l10n.t('The two dumps could not be compared. Is the later file a certutil dump?'), []);
    return undefined;
  }
  const report = reports.add(earlier.uri, later.uri, result.markdown);
  await vscode.commands.executeCommand('markdown.showPreview', report);
  const save = vscode.l10n.t('Save Report As...');
  const message = result.allCaFixed
    ? vscode.l10n.t('Every CA certificate is fixed: each KSP key now has KeySpec 0.')
    : vscode.l10n.t('The comparison report is open beside the dumps.');
  void hooks.notify('info', message, [save]).then((answer) => (answer === save ? saveComparisonReport(hooks, reports, report) : undefined));
  return result.markdown;
}

/** Saves a comparison report (the one shown, or last shown) to a Markdown file the admin picks; the file written. */
async function saveComparisonReport(hooks: CommandHooks, reports: ComparisonReports, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const report = uri ?? reports.current();
  const text = report ? reports.text(report) : undefined;
  if (!report || text === undefined) {
    void hooks.notify(
      'warning',
      vscode.l10n.t('There is no comparison report to save. Run "{0}" first.', vscode.l10n.t('Certutil: Compare with Later Dump')),
      [],
    );
    return undefined;
  }
  const later = reports.laterDump(report);
  const proposed = later ? vscode.Uri.joinPath(later, '..', 'keyspec-comparison.md') : vscode.Uri.file('keyspec-comparison.md');
  // The save dialog asks before it replaces a file: the admin chose the name.
  const target = await hooks.pickReportFile(proposed);
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n')));
  return target;
}

/**
 * Proposes the later dump: the other dumps beside the earlier one (the repair scripts write theirs there),
 * newest first, and open dumps; or a file the admin browses to.
 */
/** Larger files in the dump's folder are not read to see whether they are dumps (VS Code would not open them either). */
const MAX_SNIFFED_FILE = 50 * 1024 * 1024;

async function showLaterDumpPicker(earlier: vscode.Uri): Promise<vscode.Uri | undefined> {
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const folder = vscode.Uri.joinPath(earlier, '..');
  const seen = new Set<string>([earlier.toString()]);
  const found: { uri: vscode.Uri; mtime: number }[] = [];
  for (const document of vscode.workspace.textDocuments) {
    if (document.languageId === languageIds.dump && !seen.has(document.uri.toString()) && document.uri.scheme !== 'untitled') {
      seen.add(document.uri.toString());
      found.push({ uri: document.uri, mtime: Number.MAX_SAFE_INTEGER });
    }
  }
  try {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
      const uri = vscode.Uri.joinPath(folder, name);
      if (type !== vscode.FileType.File || seen.has(uri.toString())) continue;
      seen.add(uri.toString());
      const stat = await vscode.workspace.fs.stat(uri);
      // Read, not opened: opening would hand every file of the folder to the extensions.
      if (stat.size > 0 && stat.size <= MAX_SNIFFED_FILE && looksLikeDumpBytes(await vscode.workspace.fs.readFile(uri))) found.push({ uri, mtime: stat.mtime });
    }
  } catch {
    // The folder is not readable (a virtual file system): offer what is open and the browse button.
  }
  found.sort((a, b) => b.mtime - a.mtime);
  const items: Item[] = found.map(({ uri }) => ({
    label: uri.path.split('/').pop() ?? uri.toString(),
    description: vscode.workspace.asRelativePath(uri),
    uri,
  }));
  items.push({ label: `$(folder-opened) ${vscode.l10n.t('Browse...')}`, description: vscode.l10n.t('Pick another file') });
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Compare with Later Dump'),
    placeHolder: vscode.l10n.t('The dump taken after the repair (the scripts write {0})', 'machine-after.txt'),
  });
  if (!pick) return undefined;
  if (pick.uri) return pick.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: folder,
    openLabel: vscode.l10n.t('Compare with This Dump'),
    filters: { [vscode.l10n.t('Certutil dumps')]: ['txt', 'log', 'certdump'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return chosen?.[0];
}

/** `#1 · 6/1/2021 8:40 AM – 6/1/2026 8:50 AM · serial 2a00…31 · CA`: what tells two generations of one CA apart. */
export function certificateDescription(c: RepairCandidate): string {
  const validity =
    c.certificate.notBefore !== undefined || c.certificate.notAfter !== undefined
      ? `${c.certificate.notBefore ?? '?'} – ${c.certificate.notAfter ?? '?'}`
      : undefined;
  return [
    c.target.index !== undefined ? `#${c.target.index}` : undefined,
    validity,
    vscode.l10n.t('serial {0}', c.target.serial),
    c.target.isCA ? vscode.l10n.t('CA') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

async function showCertificatePicker(candidates: RepairCandidate[]): Promise<RepairCandidate[] | undefined> {
  type Item = vscode.QuickPickItem & { candidates: RepairCandidate[] };
  const items: Item[] = [
    { label: `$(check-all) ${vscode.l10n.t('All {0} Certificates', candidates.length)}`, description: vscode.l10n.t('one KeyProv INF each'), candidates },
  ];
  // Certificates that share a key container are listed together: one key backs all of them.
  let group = -1;
  for (const c of candidates) {
    if (c.group.index !== group) {
      group = c.group.index;
      const shared = c.group.size > 1 ? vscode.l10n.t(' (one key, {0} certificates)', c.group.size) : '';
      items.push({ label: vscode.l10n.t('Key container {0}{1}', c.target.container, shared), kind: vscode.QuickPickItemKind.Separator, candidates: [] });
    }
    items.push({
      label: c.target.subject ?? vscode.l10n.t('Certificate {0}', c.target.index ?? ''),
      description: certificateDescription(c),
      detail: c.target.provider,
      candidates: [c],
    });
  }
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Generate Repair INF'),
    placeHolder: vscode.l10n.t('Which certificate should get KeySpec=0?'),
    matchOnDescription: true,
  });
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

/** An unsaved INF, titled with the name its own first comment line gives it (`; KeyProv-<serial>.inf: ...`). */
async function openUntitledInf(text: string): Promise<void> {
  const name = /^; ([\w.-]+\.inf):/.exec(text)?.[1];
  const titled = name ? vscode.Uri.from({ scheme: 'untitled', path: name }) : undefined;
  const taken = titled !== undefined && vscode.workspace.textDocuments.some((d) => d.uri.toString() === titled.toString());
  let document: vscode.TextDocument;
  if (titled && !taken) {
    document = await vscode.workspace.openTextDocument(titled);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(titled, new vscode.Position(0, 0), text);
    await vscode.workspace.applyEdit(edit);
    if (document.languageId !== languageIds.inf) document = await vscode.languages.setTextDocumentLanguage(document, languageIds.inf);
  } else {
    document = await vscode.workspace.openTextDocument({ language: languageIds.inf, content: text });
  }
  await vscode.window.showTextDocument(document, { preview: false });
}

/** "Open as Certutil Dump": for a dump that detection left alone (turned off, or VS Code's guess kept). */
async function openAsDump(uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return;
  await vscode.languages.setTextDocumentLanguage(document, languageIds.dump);
}

/**
 * The KeySpec quick fix for a certificate whose dump does not show its store: asks machine or user store
 * (never guessed), then has the server write the repair with that answer.
 */
async function repairWithStoreChoice(
  hooks: CommandHooks,
  client: LanguageClient,
  uri: string,
  serial: string,
  question: string,
  store: string,
  keyRepair?: unknown,
): Promise<void> {
  const choice = await pickStoreChoice(serial, question, store, false);
  if (!choice) return;
  // A key-binding repair (key.missing, keyspec.consumer) goes back as its diagnostic carried it; a KeySpec repair by serial.
  const result =
    keyRepair === undefined
      ? await client.sendRequest(repairEditRequest, { uri, serials: [serial], storeChoice: choice })
      : await client.sendRequest(keyRepairEditRequest, { uri, repair: keyRepair, storeChoice: choice });
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No repair INF written: {0}', result.reason));
    return;
  }
  if ('untitled' in result) {
    for (const text of result.untitled) await openUntitledInf(text);
    return;
  }
  const written = await applyRepairEdit(hooks, client, result);
  if (written.length > 0) await vscode.window.showTextDocument(vscode.Uri.parse(written[0].uri), { preview: false });
}

/** Machine or user store, asked where the dump does not show it; undefined when the admin dismisses the pick. */
async function pickStoreChoice(serial: string, question: string, store: string, several: boolean): Promise<StoreChoice | undefined> {
  const items: (vscode.QuickPickItem & { location: 'machine' | 'user' })[] = [
    { label: vscode.l10n.t('Local machine store "{0}"', store), description: `certutil -repairstore ${store}`, location: 'machine' },
    { label: vscode.l10n.t('Current user store "{0}"', store), description: `certutil -user -repairstore ${store}`, location: 'user' },
  ];
  const title = several
    ? vscode.l10n.t('Which store holds {0} (and every chosen certificate whose store the dump does not show)?', serial)
    : vscode.l10n.t('Which store holds {0}?', serial);
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: question, ignoreFocusOut: true });
  return picked ? { location: picked.location, store } : undefined;
}

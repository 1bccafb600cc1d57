// Issue 4: the quick fix on a KeySpec problem writes the KeyProv.inf beside the dump, and never over a file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  describeDiagnostics,
  exists,
  fileNames,
  languageServerCaughtUp,
  openDocument,
  readDiskText,
  screenshot,
  showInLanguage,
  waitForDiagnostic,
  workspaceFile,
} from '../util';
import { assertSameLines, expectedKeyProv, fixtures } from './expected';

const cert = fixtures.contosoIssuing;
const serial = cert.serial;

/** The preferred quick fix that VS Code's code action machinery offers for the KeySpec diagnostic. */
async function repairAction(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
  const action = actions.find((a) => a.isPreferred && a.edit);
  assert.ok(action, `no preferred quick fix with an edit on ${uri.path}; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `${action.title} is not a quick fix (kind ${action.kind?.value})`);
  return action;
}

/** Applies the action the way VS Code does: its edit, then its command (which saves and shows the new file). */
async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `VS Code refused the edit of "${action.title}"`);
  assert.ok(action.command, `"${action.title}" has no command to save and show the file`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('quick fix on a KeySpec problem', () => {
  afterEach(closeAllEditors);

  it('creates KeyProv-<serial>.inf beside the dump, then shows it, and writes KeyProv-<serial>-2.inf only beside a different file of that name', async () => {
    const dump = workspaceFile('quickfix/machine.txt');
    const folder = vscode.Uri.joinPath(dump, '..');
    const document = await showInLanguage(dump, 'certutil-dump');
    const diagnostic = await waitForDiagnostic(dump, 'keyspec.ksp-nonzero');
    assert.equal(
      document.lineAt(diagnostic.range.start.line).text.trim(),
      'KeySpec = 2 -- AT_SIGNATURE',
      `diagnostics: ${describeDiagnostics(dump).join(', ')}`,
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, 'a CA certificate gets an error');

    // Folders that earlier journeys opened in the explorer would crowd the screenshot below.
    await vscode.commands.executeCommand('workbench.files.action.collapseExplorerFolders');
    const first = await repairAction(dump, diagnostic);
    const firstName = `KeyProv-${serial}.inf`;
    assert.equal(first.title, `Generate ${firstName} (KeySpec=0)`);
    await apply(first);
    const firstFile = vscode.Uri.joinPath(folder, firstName);
    assertSameLines(await readDiskText(firstFile), expectedKeyProv(cert, firstName), `${firstName} on disk`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), firstFile.toString(), 'the generated INF is not the active editor');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'certutil-inf');
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false, 'the generated INF was left unsaved');
    // The picture: the new file in the explorer and the editor, without the Problems panel of earlier journeys.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await screenshot('generated-inf');

    // The stale action again: its edit creates a file that exists now, so VS Code must refuse all of it.
    const staleApplied = await vscode.workspace.applyEdit(first.edit!);
    assert.equal(staleApplied, false, 'applying the first quick fix again was accepted although its file exists');
    assertSameLines(await readDiskText(firstFile), expectedKeyProv(cert, firstName), `${firstName} after the stale quick fix`);
    const firstDocument = openDocument(firstFile);
    assert.ok(!firstDocument?.isDirty, `${firstName} was changed in its editor by the refused edit:\n${firstDocument?.getText()}`);

    // Fresh code actions know the file is there as this fix would write it: they show it, never a second copy.
    const diagnosticAgain = await waitForDiagnostic(dump, 'keyspec.ksp-nonzero');
    const again = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', dump, diagnosticAgain.range)) ?? [];
    const show = again.find((a) => a.isPreferred);
    assert.equal(show?.title, `Show ${firstName} (already written)`, `offered: ${JSON.stringify(again.map((a) => a.title))}`);
    assert.equal(show.edit, undefined, 'the quick fix for a file already written still carries an edit');

    // The admin edits the INF: a different file of that name is never overwritten, the fix writes the next name.
    const edited = `${await readDiskText(firstFile)}; checked by the admin\r\n`;
    await vscode.workspace.fs.writeFile(firstFile, new TextEncoder().encode(edited));
    const second = await repairAction(dump, await waitForDiagnostic(dump, 'keyspec.ksp-nonzero'));
    const secondName = `KeyProv-${serial}-2.inf`;
    assert.equal(second.title, `Generate ${secondName} (KeySpec=0)`);
    await apply(second);
    assertSameLines(await readDiskText(vscode.Uri.joinPath(folder, secondName)), expectedKeyProv(cert, secondName), `${secondName} on disk`);
    assert.equal(await readDiskText(firstFile), edited, `${firstName} after the second quick fix`);
    assert.deepEqual(await fileNames(folder), [firstName, secondName, 'machine.txt'].sort());
  });

  it('leaves the generated INF without problems', async () => {
    const file = workspaceFile(`quickfix/KeyProv-${serial}.inf`);
    // Written by the journey above; on its own, this one writes it first.
    if (!(await exists(file))) {
      const dump = workspaceFile('quickfix/machine.txt');
      await showInLanguage(dump, 'certutil-dump');
      await apply(await repairAction(dump, await waitForDiagnostic(dump, 'keyspec.ksp-nonzero')));
    }
    await closeAllEditors();
    const document = await showInLanguage(file, 'certutil-inf');
    await languageServerCaughtUp();
    assert.deepEqual(describeDiagnostics(document.uri), [], `the generated ${file.path.split('/').pop()} has problems`);
  });
});

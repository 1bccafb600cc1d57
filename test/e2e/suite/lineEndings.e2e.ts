// Every generated file ends its lines in CRLF, whichever way it was made and whatever `files.eol` the
// editor's machine has: the INF writer and the script writer produce CRLF (certutil's own samples and
// cmd.exe's batch parser expect it), and the files go to a Windows CA.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, copyFixture, readDiskText, showInLanguage, unexpectedPicker, waitForDiagnostic, withHooks, workspaceFolder } from '../util';
import { allChecks, assertCrlf } from './expected';

const name = (uri: vscode.Uri): string => uri.path.split('/').pop()!;

describe('line endings of generated files', () => {
  afterEach(closeAllEditors);

  it('are CRLF for the quick fix, the repair INF command and the repair files command', async () => {
    const written: vscode.Uri[] = [];

    // The quick fix: a WorkspaceEdit that creates the file and inserts the text, then a command that saves it.
    const quickFixDump = await copyFixture('quickfix/machine.txt', 'crlf-quick-fix');
    await showInLanguage(quickFixDump, 'certutil-dump');
    const diagnostic = await waitForDiagnostic(quickFixDump, 'keyspec.ksp-nonzero');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', quickFixDump, diagnostic.range)) ?? [];
    const action = actions.find((a) => a.isPreferred && a.edit);
    if (!action?.edit || !action.command)
      throw new Error(`no preferred quick fix with an edit and a command; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    if (!(await vscode.workspace.applyEdit(action.edit))) throw new Error(`VS Code refused "${action.title}"`);
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    written.push(vscode.Uri.joinPath(quickFixDump, '..', action.title.replace(/^Generate (\S+) .*$/, '$1')));

    // "Generate repair INF": the client writes the server's text.
    const commandDump = await copyFixture('single/machine.txt', 'crlf-command');
    await showInLanguage(commandDump, 'certutil-dump');
    await waitForDiagnostic(commandDump, 'keyspec.ksp-nonzero');
    written.push(...((await vscode.commands.executeCommand<vscode.Uri[]>('certutil.generateRepairInf', commandDump)) ?? []));

    // "Generate repair files": a WorkspaceEdit from the server's executeCommand, applied and saved.
    const jobDump = await copyFixture('renewed/machine.txt', 'crlf-job');
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'crlf-job', 'out');
    await vscode.workspace.fs.createDirectory(folder);
    await showInLanguage(jobDump, 'certutil-dump');
    await waitForDiagnostic(jobDump, 'keyspec.ksp-nonzero');
    written.push(
      ...((await withHooks({ pickFolder: () => Promise.resolve(folder), pickCertificates: unexpectedPicker('the certificate picker') }, async () =>
        vscode.commands.executeCommand<vscode.Uri[]>('certutil.generateRepairFiles', jobDump),
      )) ?? []),
    );

    assert.equal(written.length, 8, `expected 1 + 1 + 6 generated files (2 KeyProv, 2 rollback, cmd, ps1), got ${written.map(name).join(', ')}`);
    const how = (uri: vscode.Uri): string =>
      uri.path.includes('/crlf-quick-fix/') ? 'quick fix' : uri.path.includes('/crlf-command/') ? 'Generate repair INF' : 'Generate repair files';
    await allChecks(written.map((uri) => async () => assertCrlf(await readDiskText(uri), `${name(uri)} (${how(uri)})`)));
  });
});

// A certutil dump saved as .txt is recognised, whatever Windows wrote it with.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectLanguage, openDocument, openWorkspaceFile, screenshot, waitForDiagnostic } from '../util';

describe('dump detection', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // First, while machine.txt is the only dump open, so the Problems panel shows just its problem.
  it('shows the KeySpec problem in the editor and the Problems panel', async () => {
    const document = await expectLanguage('machine.txt', 'certutil-dump');
    await waitForDiagnostic(document.uri, 'keyspec.ksp-nonzero');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('dump-problems');
  });

  for (const [name, how] of [
    ['machine.txt', 'UTF-8, LF'],
    ['machine-crlf.txt', 'certutil -store my > machine.txt: CRLF'],
    ['machine-utf16le.txt', 'Windows PowerShell 5.1 >: UTF-16LE with BOM, CRLF'],
    ['machine-utf16be.txt', 'UTF-16BE with BOM, CRLF'],
    ['machine-utf8bom', 'UTF-8 with BOM, CRLF, no extension'],
  ]) {
    it(`opens ${name} (${how}) as certutil-dump`, async () => {
      const document = await expectLanguage(name, 'certutil-dump');
      assert.match(document.lineAt(0).text, /^my "Personal"$/);
      const problem = await waitForDiagnostic(document.uri, 'keyspec.ksp-nonzero');
      assert.match(document.lineAt(problem.range.start.line).text, /^\s*KeySpec = 2 -- AT_SIGNATURE$/);
    });
  }

  it('leaves a text file that is no dump as plaintext', async () => {
    const readme = (await openWorkspaceFile('README.txt')).document.uri;
    // Detection has looked at both files once the dump opened after it has switched.
    await expectLanguage('machine.txt', 'certutil-dump');
    assert.equal(openDocument(readme)?.languageId, 'plaintext');
  });
});

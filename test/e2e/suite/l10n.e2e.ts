// Issue 17 part 1: the extension speaks VS Code's display language. Run as is, VS Code is English; with
// `node out/e2e/runner.js --locale de` (or fr) code-server starts in that language and the same journey expects
// the status bar, and the problem the language server reports, in it, with the same diagnostic code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openWorkspaceFile, screenshot, waitFor, waitForDiagnostic } from '../util';

/** What a dump with one CA certificate to repair shows, by language: the status bar's health summary and how the problem starts. */
const expected: Record<string, { statusBar: string; problem: string }> = {
  en: { statusBar: '1 KeySpec repair', problem: 'Certificate #0 (serial ' },
  de: { statusBar: '1 KeySpec-Reparatur', problem: 'Zertifikat #0 (Seriennummer ' },
  fr: { statusBar: '1 réparation du KeySpec', problem: 'Certificat #0 (numéro de série ' },
};

describe('localization: the extension speaks VS Code’s display language', () => {
  after(closeAllEditors);

  it('the status bar and the problems are in vscode.env.language, with the same code', async () => {
    const language = vscode.env.language.toLowerCase().split('-')[0];
    const want = expected[language] ?? expected.en;
    const { statusBar } = await extensionApi();
    const editor = await openWorkspaceFile('machine.txt');
    const diagnostic = await waitForDiagnostic(editor.document.uri, 'keyspec.ksp-nonzero');
    assert.ok(diagnostic.message.startsWith(want.problem), `${vscode.env.language}: ${diagnostic.message}`);
    await waitFor(
      () => statusBar.text.includes(want.statusBar),
      20_000,
      () => `the status bar in ${vscode.env.language} (shows "${statusBar.text}")`,
    );
    await screenshot(`problems-${language}`);
  });
});

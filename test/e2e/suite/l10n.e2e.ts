// Issue 17 part 1: the extension speaks VS Code's display language. Run as is, VS Code is English; with
// `node out/e2e/runner.js --locale de` (or fr) code-server starts in that language and the same journey expects
// the status bar, the problem the language server reports, the hover on a KeySpec line and the CA key health
// report's title in it, with the same diagnostic code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { healthReportRequest } from '../../../common/protocol';
import { closeAllEditors, extensionApi, openWorkspaceFile, screenshot, waitFor, waitForDiagnostic } from '../util';

/**
 * What a dump with one CA certificate to repair shows, by language: the status bar's health summary, how the
 * problem starts, the verdict of the hover on its KeySpec line, and the health report's title (the server's
 * `<title>` and the client's tab label).
 */
const expected: Record<string, { statusBar: string; problem: string; hover: string; report: string; tab: string }> = {
  en: {
    statusBar: '1 KeySpec repair',
    problem: 'Certificate #0 (serial ',
    hover: 'The key is in a CNG Key Storage Provider: its KeySpec must be 0.',
    report: '<title>CA key health</title>',
    tab: 'CA key health: ',
  },
  de: {
    statusBar: '1 KeySpec-Reparatur',
    problem: 'Zertifikat #0 (Seriennummer ',
    hover: 'Der Schlüssel liegt in einem CNG-Schlüsselspeicheranbieter: Sein KeySpec muss 0 sein.',
    report: '<title>Zustand der ZS-Schlüssel</title>',
    tab: 'Zustand der ZS-Schlüssel: ',
  },
  fr: {
    statusBar: '1 réparation du KeySpec',
    problem: 'Certificat #0 (numéro de série ',
    hover: 'La clé se trouve dans un fournisseur de stockage de clés CNG : son KeySpec doit être 0.',
    report: '<title>État des clés de l’AC</title>',
    tab: 'État des clés de l’AC : ',
  },
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

  it('the hover on a KeySpec line and the CA key health report are in vscode.env.language too', async () => {
    const language = vscode.env.language.toLowerCase().split('-')[0];
    const want = expected[language] ?? expected.en;
    const { client } = await extensionApi();
    const editor = await openWorkspaceFile('machine.txt');
    await waitForDiagnostic(editor.document.uri, 'keyspec.ksp-nonzero');
    const line = editor.document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.includes('KeySpec = 2 -- AT_SIGNATURE'));
    assert.ok(line >= 0, 'machine.txt has no KeySpec 2 line');
    const hovers =
      (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 6))) ?? [];
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hoverText.startsWith('**KeySpec** 2 = AT_SIGNATURE'), hoverText);
    assert.ok(hoverText.includes(want.hover), `${vscode.env.language}: ${hoverText}`);

    // The report's page, as the server writes it for this window's language, and the tab the command opens for it.
    // By method name: this bundle's copy of vscode-jsonrpc is not the client's, so its RequestType object would not be recognised.
    const report = await client.sendRequest<{ html: string } | null>(healthReportRequest.method, {
      uri: editor.document.uri.toString(),
      nonce: 'abcdefghijklmnop1234',
    });
    assert.ok(report && report.html.includes(want.report), `${vscode.env.language}: ${report?.html.slice(0, 600)}`);
    assert.ok(report.html.includes(`<html lang="${language === 'de' || language === 'fr' ? language : 'en'}">`));
    await vscode.commands.executeCommand('certutil.showCaKeyHealth');
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith(want.tab)),
      20_000,
      () =>
        `a health report tab starting "${want.tab}"; the tabs are ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))}`,
    );
    assert.match((tab.input as vscode.TabInputWebview).viewType, /certutil\.caKeyHealth$/);
    await screenshot(`health-report-${language}`);
  });
});

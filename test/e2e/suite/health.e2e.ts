// Issue 15: the admin opens the dump because "Renew CA certificate" failed. Every problem that explains the failure is
// in the Problems, the status bar sums them up, each repair writes its file beside the dump, the certutil error line
// explains itself, and "Certutil: Show CA Key Health" opens the report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostics, diagnosticCode, extensionApi, fileNames, readDiskText, showInLanguage, waitFor, workspaceFolder } from '../util';
import { healthJourneyDump, healthSerials } from './health.fixture';

const { current, lost, web } = healthSerials;

/** Line (0-based) of the `nth` line of `text` (CRLF) that contains `needle`, searching from `from`. */
function lineOf(text: string, needle: string, from = 0): number {
  const line = text.split('\r\n').findIndex((l, i) => i >= from && l.includes(needle));
  assert.ok(line >= 0, `the fixture has no line with "${needle}" after line ${from}`);
  return line;
}

/** The one code action VS Code offers for `diagnostic` that writes a file. */
async function fileAction(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
  const code = String(diagnosticCode(diagnostic));
  // Only this diagnostic covers its range, so the actions that write a file are its own.
  const ours = actions.filter((a) => a.edit);
  assert.equal(ours.length, 1, `${code}: ${JSON.stringify(actions.map((a) => a.title))}`);
  return ours[0];
}

/** Applies the action as VS Code does: its edit, then its command (which saves and shows the file). */
async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `VS Code refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('CA key health on a renewal-failure dump', () => {
  afterEach(closeAllEditors);

  it('shows every finding, sums them up in the status bar, writes each repair and opens the report', async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'health-journey');
    await vscode.workspace.fs.createDirectory(folder);
    const text = healthJourneyDump(Date.now());
    const dump = vscode.Uri.joinPath(folder, 'ca.txt');
    await vscode.workspace.fs.writeFile(dump, new TextEncoder().encode(text));
    await showInLanguage(dump, 'certutil-dump');

    // The Problems: each finding on its line, at its severity.
    const cert = (n: number): number => lineOf(text, `Certificate ${n} ====`);
    const expected: [string, number, vscode.DiagnosticSeverity][] = [
      ['cert.expiring', lineOf(text, 'NotAfter'), vscode.DiagnosticSeverity.Warning],
      ['careg.provider-mismatch', lineOf(text, 'Provider = Microsoft Software Key Storage Provider'), vscode.DiagnosticSeverity.Warning],
      ['keyspec.ksp-nonzero', lineOf(text, 'KeySpec = 2'), vscode.DiagnosticSeverity.Error],
      ['ca.sha1', lineOf(text, 'sha1RSA'), vscode.DiagnosticSeverity.Warning],
      ['ca.csp-no-sha2', lineOf(text, 'Provider = Microsoft Strong Cryptographic Provider'), vscode.DiagnosticSeverity.Warning],
      ['key.container-inconsistent', lineOf(text, 'ERROR: Container name inconsistent'), vscode.DiagnosticSeverity.Warning],
      ['key.missing', lineOf(text, 'Missing stored keyset', cert(2)), vscode.DiagnosticSeverity.Error],
      ['keyspec.consumer', lineOf(text, 'KeySpec = 2', cert(3)), vscode.DiagnosticSeverity.Warning],
      ['certutil.failed', lineOf(text, 'CertUtil: -repairstore command FAILED'), vscode.DiagnosticSeverity.Error],
      ['careg.provider-mismatch', lineOf(text, 'REG_SZ = Microsoft Strong Cryptographic Provider'), vscode.DiagnosticSeverity.Warning],
      ['careg.cng-hash-on-csp', lineOf(text, 'CNGHashAlgorithm'), vscode.DiagnosticSeverity.Warning],
    ];
    const shown = (): [string, number, vscode.DiagnosticSeverity][] =>
      vscode.languages
        .getDiagnostics(dump)
        .map((d): [string, number, vscode.DiagnosticSeverity] => [String(diagnosticCode(d)), d.range.start.line, d.severity])
        .sort((a, b) => a[1] - b[1]);
    await waitFor(
      () => JSON.stringify(shown()) === JSON.stringify(expected),
      30_000,
      () => `the Problems of ca.txt to be ${JSON.stringify(expected)}; they are ${describeDiagnostics(dump).join(', ')}`,
    );

    // The status bar: the server's one line, the same as the code lens on the store header.
    const summary = '1 KeySpec repair, 1 lost key, 1 TLS key with KeySpec 2, 1 CA certificate expires in 43 days, 1 certutil error, 6 other problems';
    const { statusBar } = await extensionApi();
    await waitFor(
      () => statusBar.text === `$(warning) ${summary}`,
      20_000,
      () => `the status bar to say "${summary}"; it says "${statusBar.text}"`,
    );
    assert.equal(statusBar.command, 'certutil.generateRepairFiles');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dump)) ?? [];
    assert.ok(
      lenses.some((l) => l.command?.title === `CA key health: ${summary}`),
      JSON.stringify(lenses.map((l) => l.command?.title)),
    );

    // Each repair: the KeySpec=0 INF of the current generation, the keyless repairstore script of the lost key, the
    // KeySpec=1 INF of the TLS key. Each beside the dump, through VS Code's code action machinery.
    const diagnostic = (code: string): vscode.Diagnostic => vscode.languages.getDiagnostics(dump).find((d) => diagnosticCode(d) === code)!;
    const keySpec = await fileAction(dump, diagnostic('keyspec.ksp-nonzero'));
    assert.equal(keySpec.title, `Generate KeyProv-${current}.inf (KeySpec=0)`);
    await apply(keySpec);
    const missing = await fileAction(dump, diagnostic('key.missing'));
    assert.equal(missing.title, `Generate repairstore-${lost}.cmd`);
    await apply(missing);
    const consumer = await fileAction(dump, diagnostic('keyspec.consumer'));
    assert.equal(consumer.title, `Generate KeyProv-${web}.inf`);
    await apply(consumer);
    let names: string[] = [];
    await waitFor(
      async () => (names = await fileNames(folder)).length === 4,
      10_000,
      () => `four files in health-journey; it holds ${names.join(', ')}`,
    );
    assert.deepEqual(await fileNames(folder), ['KeyProv-0aa1.inf', 'KeyProv-0dd4.inf', 'ca.txt', 'repairstore-0cc3.cmd']);

    const keySpecInf = (await readDiskText(vscode.Uri.joinPath(folder, `KeyProv-${current}.inf`))).replace(/\r\n/g, '\n');
    assert.match(keySpecInf, /^_continue_ = "KeySpec=0"$/m);
    assert.match(keySpecInf, /^_continue_ = "Container=Fabrikam Issuing CA&"$/m);
    assert.match(keySpecInf, new RegExp(`^;   certutil -repairstore my "${current}" KeyProv-${current}\\.inf$`, 'm'));
    const script = await readDiskText(vscode.Uri.joinPath(folder, `repairstore-${lost}.cmd`));
    assert.ok(script.includes('\r\n'), 'the script has no CRLF line ends');
    assert.deepEqual(
      script.split('\r\n').filter((l) => l.includes('certutil.exe')),
      [`"%SystemRoot%\\System32\\certutil.exe" -repairstore my "${lost}"`, `"%SystemRoot%\\System32\\certutil.exe" -v -store my "${lost}"`],
    );
    const tlsInf = (await readDiskText(vscode.Uri.joinPath(folder, `KeyProv-${web}.inf`))).replace(/\r\n/g, '\n');
    assert.match(tlsInf, /^_continue_ = "ProviderType=24&"\n_continue_ = "Flags=0x20&"\n_continue_ = "KeySpec=1"$/m);
    assert.match(tlsInf, /^_continue_ = "Provider=Microsoft Enhanced RSA and AES Cryptographic Provider&"$/m);

    // The next step on certutil's own error line: its hover names the HRESULT from the one table.
    const errorLine = lineOf(text, 'CertUtil: -repairstore command FAILED');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', dump, new vscode.Position(errorLine, 45))) ?? [];
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /\*\*0x80090016 NTE_BAD_KEYSET\*\* \(-2146893802\)/);
    assert.match(hoverText, /Next: /);

    // The report: "Certutil: Show CA Key Health" opens a webview beside the dump.
    await showInLanguage(dump, 'certutil-dump');
    await vscode.commands.executeCommand('certutil.showCaKeyHealth');
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('CA key health: ')),
      20_000,
      () => `a CA key health webview tab; the tabs are ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))}`,
    );
    assert.equal(tab.label, 'CA key health: health-journey/ca.txt');
    assert.match((tab.input as vscode.TabInputWebview).viewType, /certutil\.caKeyHealth$/);
  });
});

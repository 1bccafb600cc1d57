// Issue 4: the outline of a dump is its certificates, by subject CN, each with its key provider.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, showInLanguage, waitFor, workspaceFile } from '../util';
import { fixtures, tailspinWebServerSerial } from './expected';

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  // The first request may reach the server before it has the document; it answers [] then.
  return waitFor(
    async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return symbols && symbols.length > 0 ? symbols : undefined;
    },
    20_000,
    `outline symbols of ${uri.path}`,
  );
}

/** `name [detail] @line > child [detail]` per certificate: one readable line per symbol in a failure. */
function summary(symbols: readonly vscode.DocumentSymbol[]): string[] {
  return symbols.map((s) => `${s.name} [${s.detail}] @${s.range.start.line} > ${s.children.map((c) => `${c.name} [${c.detail}]`).join(' | ')}`);
}

describe('dump outline', () => {
  afterEach(closeAllEditors);

  it('lists each certificate of a renewed CA by subject CN, with its key provider', async () => {
    const dump = workspaceFile('renewed/machine.txt');
    const document = await showInLanguage(dump, 'certutil-dump');
    const symbols = await outline(dump);
    const shown = summary(symbols).join('\n');
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Tailspin Issuing CA 01', 'Tailspin Issuing CA 01', 'pki01.tailspin.local'],
      `outline:\n${shown}`,
    );
    const frames = document
      .getText()
      .split('\n')
      .flatMap((line, i) => (line.startsWith('================ Certificate') ? [i] : []));
    assert.deepEqual(
      symbols.map((s) => s.range.start.line),
      frames,
      `certificate symbols do not start at their frames:\n${shown}`,
    );
    assert.deepEqual(
      symbols.map((s) => s.detail),
      // Two generations of one CA share a name: the index, the validity and the whole serial tell them apart.
      [
        `#0 · 6/1/2021 8:40 AM – 6/1/2026 8:50 AM · serial ${fixtures.tailspinGen1.serial} · CA`,
        `#1 · 5/20/2025 9:12 AM – 5/20/2030 9:22 AM · serial ${fixtures.tailspinGen2.serial} · CA`,
        `#2 · 1/15/2025 7:30 AM – 1/15/2027 7:30 AM · serial ${tailspinWebServerSerial}`,
      ],
      `outline:\n${shown}`,
    );
    for (const symbol of symbols) {
      assert.equal(symbol.kind, vscode.SymbolKind.Class, `${symbol.name} is not a Class symbol`);
      const keyProvider = symbol.children.find((c) => c.name === 'Key provider');
      assert.ok(keyProvider, `${symbol.name} has no "Key provider" child:\n${shown}`);
      assert.equal(keyProvider.kind, vscode.SymbolKind.Key);
      assert.match(
        document.lineAt(keyProvider.selectionRange.start.line).text,
        /CERT_KEY_PROV_INFO_PROP_ID\(2\)/,
        `${symbol.name}'s Key provider does not select its property header`,
      );
      assert.ok(symbol.range.contains(keyProvider.range), `${symbol.name}'s Key provider lies outside it`);
    }
    assert.equal(symbols[0].children[0].detail, 'Tailspin Issuing CA 01 · KSP · KeySpec 2');
    assert.match(symbols[2].children[0].detail, /KeySpec 1/);
  });

  it('takes the CN from a one-line subject', async () => {
    const dump = workspaceFile('machine.txt');
    await showInLanguage(dump, 'certutil-dump');
    const symbols = await outline(dump);
    assert.deepEqual(
      summary(symbols).map((line) => line.split(' [')[0]),
      ['Fabrikam Issuing CA 1'],
      summary(symbols).join('\n'),
    );
    assert.deepEqual(
      symbols[0].children.map((c) => c.name),
      ['Key provider'],
    );
  });
});

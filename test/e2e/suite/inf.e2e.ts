// Issues 3 and 4: a KeyProv.inf is checked as it is typed, with quick fixes, completion and hovers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostics, diagnosticsWithCode, screenshot, showInLanguage, waitFor, waitForDiagnostic, workspaceFile } from '../util';

/** inf/KeyProv-slips.inf: a `//` remark, a Provider without its `&`, and KeySpec=2 for a KSP. */
const slips = 'inf/KeyProv-slips.inf';
const expectedProblems = ['inf.slash-comment@5', 'keyprov.missing-ampersand@8', 'keyspec.ksp-nonzero@11'];

/** The same file after the three preferred quick fixes. */
const fixedText = `; KeyProv.inf as it came out of a forum post: three slips that certutil would misread.
[Version]
Signature="$Windows NT$"

[Properties]
; KeySpec 0 for the CNG key
2 = "{text}"
_continue_ = "Container=Contoso Issuing CA&"
_continue_ = "Provider=Microsoft Software Key Storage Provider&"
_continue_ = "ProviderType=0&"
_continue_ = "Flags=0x20&"
_continue_ = "KeySpec=0"
`.replace(/\n/g, '\r\n');

async function openSlips(): Promise<vscode.TextDocument> {
  const document = await showInLanguage(workspaceFile(slips), 'certutil-inf');
  await waitFor(
    () => expectedProblems.every((p) => describeDiagnostics(document.uri).includes(p)),
    30_000,
    () => `${expectedProblems.join(', ')} on ${slips} (it has ${describeDiagnostics(document.uri).join(', ') || 'none'})`,
  );
  return document;
}

/** Toggles the Problems panel's "Show Active File Only" filter (VS Code's id for its view action). */
const problemsOfActiveFileOnly = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('KeyProv.inf', () => {
  afterEach(closeAllEditors);

  it('gets a diagnostic for each slip, with the right lines', async () => {
    const document = await openSlips();
    assert.deepEqual(describeDiagnostics(document.uri).sort(), [...expectedProblems].sort(), `exactly these problems on ${slips}`);
    const keySpec = diagnosticsWithCode(document.uri, 'keyspec.ksp-nonzero')[0];
    assert.equal(document.getText(keySpec.range), '2', 'the KeySpec problem does not mark the value');
    assert.equal(keySpec.severity, vscode.DiagnosticSeverity.Error);
  });

  it('repairs each slip with its preferred quick fix', async () => {
    const document = await openSlips();
    const uri = document.uri;
    for (const [code, title] of [
      ['inf.slash-comment', 'Use ; to start the comment'],
      ['keyprov.missing-ampersand', "Add the missing '&'"],
      ['keyspec.ksp-nonzero', 'Set KeySpec to 0 (XCN_AT_NONE)'],
    ]) {
      // The diagnostics of the text as it is now: a fix computed from an older check would land off by the edits since.
      const diagnostic = await waitForDiagnostic(uri, code);
      const actions = await codeActions(uri, diagnostic.range);
      // vscode.executeCodeActionProvider does not hand back an action's diagnostics: the range picks the problem (one per line here).
      const action = actions.find((a) => a.isPreferred);
      const offered = actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
      assert.ok(action?.edit, `no preferred quick fix with an edit for ${code}; offered: ${JSON.stringify(offered)}`);
      assert.equal(action.title, title);
      assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused "${title}"`);
      await waitFor(
        () => diagnosticsWithCode(uri, code).length === 0,
        10_000,
        () => `${code} to go after "${title}" (problems: ${describeDiagnostics(uri).join(', ')})`,
      );
    }
    assert.equal(document.getText(), fixedText);
    await waitFor(
      () => vscode.languages.getDiagnostics(uri).length === 0,
      10_000,
      () => `no problems left (has ${describeDiagnostics(uri).join(', ')})`,
    );
  });

  it('completes pair names and provider names inside the key provider string, and property ids in [Properties]', async () => {
    const document = await showInLanguage(workspaceFile('inf/KeyProv.inf'), 'certutil-inf');
    const uri = document.uri;
    const line = (text: string): number => {
      const found = document
        .getText()
        .split(/\r?\n/)
        .findIndex((l) => l.startsWith(text));
      assert.ok(found >= 0, `inf/KeyProv.inf has no line starting with ${text}`);
      return found;
    };

    // Right after the opening quote of a _continue_ string: the five pair names.
    const containerLine = line('_continue_ = "Container=');
    const pairs = await completionLabels(uri, new vscode.Position(containerLine, '_continue_ = "'.length));
    for (const name of ['Container', 'Provider', 'ProviderType', 'Flags', 'KeySpec'])
      assert.ok(pairs.includes(name), `pair ${name} not offered after _continue_ = "; offered: ${pairs.join(', ')}`);

    // After Provider=: the provider names, KSPs and CSPs.
    const providerLine = line('_continue_ = "Provider=');
    const providers = await completionLabels(uri, new vscode.Position(providerLine, '_continue_ = "Provider='.length));
    for (const name of ['Microsoft Software Key Storage Provider', 'Microsoft Enhanced RSA and AES Cryptographic Provider']) {
      assert.ok(providers.includes(name), `provider "${name}" not offered after Provider=; offered: ${providers.join(', ')}`);
    }

    // At the start of a line in [Properties]: _continue_ and the property ids.
    const ids = await completionLabels(uri, new vscode.Position(line('2 = '), 0));
    for (const name of ['_continue_', '2'])
      assert.ok(ids.includes(name), `${name} not offered at the start of a [Properties] line; offered: ${ids.join(', ')}`);
  });

  it('explains property 2 on hover', async () => {
    const document = await showInLanguage(workspaceFile('inf/KeyProv.inf'), 'certutil-inf');
    const line = document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.startsWith('2 = '));
    const text = await waitFor(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 0))),
      10_000,
      'a hover on "2 ="',
    );
    assert.match(text, /CERT_KEY_PROV_INFO_PROP_ID/, `the hover on "2 =" reads:\n${text}`);
  });

  it('shows the quick fix menu on the KeySpec problem (screenshot)', async () => {
    const document = await openSlips();
    const diagnostic = diagnosticsWithCode(document.uri, 'keyspec.ksp-nonzero')[0];
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    editor.revealRange(diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // The Problems panel, showing only this file's problems (dumps of earlier journeys may still be open).
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand(problemsOfActiveFileOnly);
    // Toasts from earlier journeys would cover the menu; clear them now, as screenshot() would, but before the menu opens.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.window.showTextDocument(document, { preview: false });

    // The menu opens once VS Code has asked every code action provider; a watcher provider tells when it asks.
    let asked = false;
    const watcher = vscode.languages.registerCodeActionsProvider(
      { language: 'certutil-inf' },
      {
        provideCodeActions(_document, _range, context) {
          if (context.triggerKind === vscode.CodeActionTriggerKind.Invoke) asked = true;
          return [];
        },
      },
    );
    try {
      await vscode.commands.executeCommand('editor.action.quickFix');
      await waitFor(() => asked, 10_000, 'VS Code to ask for quick fixes after editor.action.quickFix');
      // The language server answers requests in order: once it has answered this one, it has answered the menu's.
      const actions = await codeActions(document.uri, diagnostic.range);
      assert.ok(
        actions.some((a) => a.title === 'Set KeySpec to 0 (XCN_AT_NONE)'),
        `the menu lacks the KeySpec fix: ${JSON.stringify(actions.map((a) => a.title))}`,
      );
      await screenshot('inf-quick-fix', { keepNotifications: true });
    } finally {
      watcher.dispose();
      await vscode.commands.executeCommand(problemsOfActiveFileOnly);
    }
  });
});

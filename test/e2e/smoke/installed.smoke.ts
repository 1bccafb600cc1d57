// The packaged VSIX, installed with code-server --install-extension, is what runs and it works.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { env } from '../results';
import { expectLanguage, extensionId, waitForDiagnostic } from '../util';

describe('installed VSIX', () => {
  it('is the copy in the extensions folder, bundled without node_modules', async () => {
    const extensionsDir = process.env[env.extensionsDir];
    assert.ok(extensionsDir, `${env.extensionsDir} is not set: run this suite with the runner's --vsix`);
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    assert.ok(
      path.resolve(extension.extensionPath).startsWith(path.resolve(extensionsDir) + path.sep),
      `${extensionId} runs from ${extension.extensionPath}, not from ${extensionsDir}`,
    );
    for (const bundle of ['entry.js', 'client.js', 'server.js'])
      assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', bundle)), `dist/${bundle} is not in the VSIX`);
    assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules')), 'the VSIX carries node_modules');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('opens machine.txt as certutil-dump', async () => {
    await expectLanguage('machine.txt', 'certutil-dump');
  });

  it('starts the bundled language server, which reports the KSP key with KeySpec 2', async () => {
    const document = await expectLanguage('machine.txt', 'certutil-dump');
    const keySpecLine = document
      .getText()
      .split(/\r?\n/)
      .findIndex((line) => line.trim().startsWith('KeySpec ='));
    const diagnostic = await waitForDiagnostic(document.uri, 'keyspec.ksp-nonzero');
    assert.equal(diagnostic.range.start.line, keySpecLine);
  });
});

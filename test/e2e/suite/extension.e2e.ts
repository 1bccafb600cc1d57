// The extension under test is the one from this project, and it activates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, extensionId, runSettings } from '../util';

describe('extension', () => {
  it('is loaded from the project and activates', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    // The project (Node build), or the web-only copy the runner assembled (browser build).
    assert.equal(extension.extensionUri.path.replace(/\/$/, ''), runSettings().developmentRoot.path.replace(/\/$/, ''));
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('runs as the build under test: the Node one in the remote extension host, the browser one in the web worker host', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    const { serverRunsIn, serverWhy } = await extensionApi();
    if (runSettings().build === 'browser') {
      // ExtensionKind.UI: the extension runs where the window is, code-server's web worker extension host.
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
      assert.equal(extension.packageJSON.main, undefined, 'the web-only copy has a main');
      // code-server 4.100.3 (VS Code 1.100.3) loads every extension from the remote, and its web worker
      // extension host refuses a worker from a vscode-remote: URL ("Creating workers from remote extensions is
      // currently not supported"): the server runs in a worker started from a blob: URL of the bundle.
      assert.equal(serverRunsIn, 'worker', serverWhy);
      assert.match(serverWhy ?? '', /^from a blob: URL; creating a worker failed: Creating workers from remote extensions/);
    } else {
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
      assert.equal(serverRunsIn, 'node process');
    }
  });

  it('registers the repair INF command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('certutil.generateRepairInf'), 'certutil.generateRepairInf is not registered');
  });
});

// The extension under test is the one from this project, and it activates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, runSettings } from '../util';

describe('extension', () => {
  it('is loaded from the project and activates', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    // The project (Node build), or the web-only copy the runner assembled (browser build).
    assert.equal(extension.extensionUri.path.replace(/\/$/, ''), runSettings().developmentRoot.path.replace(/\/$/, ''));
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers the repair INF command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('certutil.generateRepairInf'), 'certutil.generateRepairInf is not registered');
  });
});

// The extension under test is the one from this project, and it activates.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extensionId } from '../util';

describe('extension', () => {
  it('is loaded from the project and activates', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    // out/e2e/index.js is two folders below the project root.
    assert.equal(path.resolve(extension.extensionPath), path.resolve(__dirname, '..', '..', '..'));
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers the repair INF command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('certutil.generateRepairInf'), 'certutil.generateRepairInf is not registered');
  });
});

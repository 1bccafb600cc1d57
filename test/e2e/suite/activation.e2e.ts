// No cost without a dump (issue 18, part 1): a plain-text file that is no dump loads only the entry's
// sniff; the first dump loads the language client and starts the server. This file sorts first, so it
// runs before any journey opens a dump.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { languageIds } from '../../../common/languageIds';
import { activateExtension, expectLanguage, extensionId, openWorkspaceFile, waitFor, waitForDiagnostic } from '../util';

function extensionPath(): string {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded`);
  return extension.extensionPath;
}

/** Whether the extension host has loaded `dist/<name>` of this extension (Node's module cache holds every file it required). */
function bundleLoaded(name: string): boolean {
  const file = path.join(extensionPath(), 'dist', name);
  return Object.keys(require.cache).some((key) => path.resolve(key) === file);
}

/**
 * The ids of this extension host's child processes that run this extension's dist/server.js (Linux: /proc).
 * Children only: a bench or test run elsewhere on the machine may run the same file.
 */
function serverProcesses(): string[] {
  const server = path.join(extensionPath(), 'dist', 'server.js');
  return fs.readdirSync('/proc').filter((id) => {
    if (!/^\d+$/.test(id)) return false;
    try {
      // /proc/<id>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its last ')'.
      const stat = fs.readFileSync(`/proc/${id}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return parent === process.pid && fs.readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0').includes(server);
    } catch {
      return false; // the process ended while we looked
    }
  });
}

describe('activation', () => {
  it('a plain-text file that is no dump loads only the sniff: no language client, no server', async () => {
    const open = vscode.workspace.textDocuments.filter((d) => d.languageId === languageIds.dump || d.languageId === languageIds.inf);
    assert.deepEqual(
      open.map((d) => d.uri.path),
      [],
      'a Certutil document is already open, so this journey cannot tell what plain text costs',
    );
    const editor = await openWorkspaceFile('README.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const api = await activateExtension();
    assert.ok(bundleLoaded('entry.js'), 'the extension host did not load dist/entry.js from this extension');
    assert.equal(api.languageClient, undefined, 'the language client started for a plain-text file');
    assert.equal(bundleLoaded('client.js'), false, 'dist/client.js (the language client) was loaded for a plain-text file');
    assert.deepEqual(serverProcesses(), [], 'a language server process runs for a plain-text file');
  });

  it('the first dump loads the language client and starts the server, which reports it', async () => {
    const document = await expectLanguage('machine.txt', languageIds.dump);
    const api = await activateExtension();
    await waitFor(() => api.languageClient, 20_000, 'the language client to start');
    assert.ok(bundleLoaded('client.js'), 'dist/client.js is not loaded although the client runs');
    await waitFor(
      () => serverProcesses().length === 1,
      20_000,
      () => `one language server process (found ${serverProcesses().length})`,
    );
    await waitForDiagnostic(document.uri, 'keyspec.ksp-nonzero');
  });
});

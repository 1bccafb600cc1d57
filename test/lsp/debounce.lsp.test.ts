/**
 * Issue 6 part 4: diagnostics are debounced per document but never delayed past the keystroke budget, and the
 * diagnostics of an old version are never published after those of a newer one.
 */

import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startTestServer, type TestServer } from './lspClient';
import { keySpecDigit as digit, keySpecLine, renewed as text } from './renewedCa';

const uri = 'file:///bench/machine.txt';

describe('language server over stdio: diagnostics during rapid edits', () => {
  let server: TestServer;
  /** Every publication for the document, in the order the server sent them. */
  const published: PublishDiagnosticsParams[] = [];
  let onPublish: () => void = () => {};

  /** Resolves when a publication for `version` has arrived; fails after a deadline instead of hanging. */
  const publishedVersion = (version: number): Promise<PublishDiagnosticsParams> =>
    new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no diagnostics for version ${version}; got ${published.map((p) => p.version).join(', ')}`)), 10_000);
      const look = (): void => {
        const found = published.find((p) => p.version === version);
        if (!found) return;
        clearTimeout(deadline);
        resolve(found);
      };
      onPublish = look;
      look();
    });

  /** `KeySpec = 0` on even versions, `= 2` on odd ones: one problem fewer, then back. */
  const change = (version: number): void => {
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line: keySpecLine, character: digit }, end: { line: keySpecLine, character: digit + 1 } }, text: version % 2 === 0 ? '0' : '2' },
      ],
    });
  };
  const problems = (p: PublishDiagnosticsParams): number => p.diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero').length;

  before(async () => {
    server = await startTestServer();
    server.onPublish((params) => {
      if (params.uri !== uri) return;
      published.push(params);
      onPublish();
    });
    server.open(uri, 'certutil-dump', text);
    assert.equal(problems(await publishedVersion(1)), 2);
  });
  after(async () => server.stop());

  it('checks a burst of edits once or a few times, publishing the newest version last with its own problems', async () => {
    const first = published.length;
    for (let version = 2; version <= 30; version++) change(version);
    const last = await publishedVersion(30);
    assert.equal(problems(last), 1);
    // One more edit after the burst: nothing from the burst may be published after it either.
    change(31);
    assert.equal(problems(await publishedVersion(31)), 2);

    const versions = published.slice(first).map((p) => p.version!);
    assert.deepEqual(versions.slice(-2), [30, 31]);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      `published out of order: ${versions.join(', ')}`,
    );
    assert.equal(new Set(versions).size, versions.length, `a version published twice: ${versions.join(', ')}`);
    assert.ok(versions.length < 30, `29 rapid edits were checked ${versions.length - 1} times: no debounce`);
  });

  it('publishes during a long burst of edits instead of waiting for it to end', async () => {
    const first = published.length;
    const lastVersion = 32 + 20 - 1;
    for (let version = 32; version <= lastVersion; version++) {
      change(version);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await publishedVersion(lastVersion);
    const versions = published.slice(first).map((p) => p.version!);
    assert.ok(
      versions.some((v) => v < lastVersion),
      `edits 5 ms apart for 100 ms were only checked at the end: ${versions.join(', ')}`,
    );
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
    );
  });
});

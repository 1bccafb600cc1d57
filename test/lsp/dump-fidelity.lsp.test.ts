import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { repairEditRequest } from '../../common/protocol';
import type { TestServer } from './lspClient';
import { startInTempFolder, stopAndRemove } from './setup';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', 'fidelity', name);

const S1 = '1a00000004f00dfeed0c0ffee000000000004';
const S2 = '3b0000000711aa22bb33cc44dd0000000000007';
const S3 = '44000000091234abcd5678ef0000000000000009';
const H1 = '8e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5';

/** The repair command line a generated KeyProv.inf carries in its comment. */
function repairLine(inf: string): string {
  const line = inf.split('\r\n').find((l) => l.includes('-repairstore'));
  return (line ?? '').replace(/^;\s+/, '').replace(/ KeyProv-[0-9a-f]+(-\d+)?\.inf$/, '');
}

describe('language server over stdio: the full repair command of every dump class', () => {
  let server: TestServer;
  let folder: string;
  let n = 0;
  before(async () => ({ server, folder } = await startInTempFolder('certutil-fidelity-')));
  after(() => stopAndRemove(server, folder));

  /** Opens a fixture in its own folder and returns the KeySpec diagnostics with their code actions. */
  async function open(name: string): Promise<{ uri: string; fixes: { diagnostic: Diagnostic; actions: CodeAction[] }[] }> {
    const dir = path.join(folder, String(n++));
    fs.mkdirSync(dir);
    const uri = pathToFileURL(path.join(dir, name)).toString();
    server.open(uri, 'certutil-dump', fixture(name));
    const diagnostics = (await server.diagnostics(uri)).filter((d) => d.code === 'keyspec.ksp-nonzero');
    const fixes = [];
    for (const diagnostic of diagnostics) fixes.push({ diagnostic, actions: await server.codeActions(uri, diagnostic) });
    return { uri, fixes };
  }

  const shown: [fixture: string, commands: string[]][] = [
    ['appended-runs.txt', [`certutil -repairstore my "${S1}"`, `certutil -repairstore root "${S2}"`]],
    ['machine-flags0.txt', [`certutil -repairstore my "${S1}"`]],
    ['user-then-machine.txt', [`certutil -user -repairstore my "${S3}"`, `certutil -repairstore my "${S1}"`]],
    ['enterprise.txt', [`certutil -enterprise -repairstore NTAuth "${S1}"`]],
    ['hash-only.txt', [`certutil -repairstore my "${H1}"`]],
    ['pt-br.txt', [`certutil -repairstore my "${S1}"`]],
    ['repairstore-output.txt', [`certutil -repairstore my "${S1}"`]],
    ['blog-typography.txt', [`certutil -repairstore my "${S1}"`]],
    ['mail-quoted.txt', [`certutil -repairstore my "${S1}"`]],
    ['crcrlf.txt', [`certutil -repairstore my "${S1}"`]],
    ['latex.txt', [`certutil -repairstore my "${S1}"`]],
    ['hash-comments.txt', [`certutil -repairstore my "${S1}"`]],
    ['markdown-fenced.md', [`certutil -repairstore my "${S1}"`]],
    ['table-br.md', [`certutil -repairstore my "${S1}"`]],
    ['wrapped76.txt', [`certutil -repairstore my "${S1}"`]],
  ];
  for (const [name, commands] of shown) {
    it(`${name}: the preferred quick fix writes a KeyProv.inf whose command names the store, -user or not, and the certificate`, async () => {
      const { fixes } = await open(name);
      const written = fixes.map(({ actions }) => {
        assert.equal(actions.length, 1);
        assert.equal(actions[0].isPreferred, true);
        const edit = actions[0].edit!.documentChanges![1] as TextDocumentEdit;
        return repairLine(edit.edits[0].newText);
      });
      assert.deepEqual(written, commands);
    });
  }

  for (const name of ['conflict.txt', 'no-evidence.txt', 'excerpt-ca-line.txt', 'pfx-dump.txt']) {
    it(`${name}: the quick fix asks for the store, and the answer decides -user`, async () => {
      const { uri, fixes } = await open(name);
      assert.equal(fixes.length, 1);
      const [action] = fixes[0].actions;
      assert.equal(action.edit, undefined);
      assert.equal(action.command?.command, 'certutil.repairWithStoreChoice');
      const [dumpUri, serial, question, store] = action.command.arguments as [string, string, string, string];
      assert.deepEqual([dumpUri, serial, store, question.length > 0], [uri, S1, 'my', true]);
      // Without an answer nothing is written; the refusal tells the client to ask.
      const refused = await server.connection.sendRequest(repairEditRequest, { uri, serials: [serial] });
      assert.deepEqual(!refused.ok && refused.askStore, { serial: S1, store: 'my' });
      for (const [location, command] of [
        ['user', `certutil -user -repairstore my "${S1}"`],
        ['machine', `certutil -repairstore my "${S1}"`],
      ] as const) {
        const result = await server.connection.sendRequest(repairEditRequest, { uri, serials: [serial], storeChoice: { location, store } });
        assert.ok(result.ok && 'edit' in result, JSON.stringify(result));
        assert.equal(result.files[0].command?.replace(/ KeyProv-[0-9a-f]+(-\d+)?\.inf$/, ''), command);
      }
    });
  }

  for (const [name, count] of [
    ['no-container.txt', 1],
    ['cloud-kms.txt', 1],
    ['smartcard-ksp.txt', 1],
    ['key-v.txt', 1],
  ] as const) {
    it(`${name}: a KeySpec error without a repair still has a code action, disabled with the reason`, async () => {
      const { fixes } = await open(name);
      const disabled = fixes.filter(({ actions }) => actions.length === 1 && actions[0].disabled !== undefined);
      assert.equal(disabled.length, count);
      for (const { actions } of disabled) {
        assert.ok(actions[0].disabled!.reason.length > 0);
        assert.equal(actions[0].edit, undefined);
        assert.equal(actions[0].command, undefined);
      }
      for (const { actions } of fixes) assert.equal(actions.length, 1, 'never an empty lightbulb');
    });
  }
});

/**
 * Issue #15: the keyless `repairstore-<serial>.cmd` of a lost key takes its store and `-user` from the same
 * evidence as the KeySpec repair (AccessState, store header, echoed command), and asks when that evidence is
 * missing or contradicts itself. Full text of each script, through the protocol.
 */

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { clientCommands } from '../../common/commandIds';
import { keyRepairEditRequest } from '../../common/protocol';
import type { TestServer } from './lspClient';
import { certificateHead } from './healthDump';
import { startInTempFolder, stopAndRemove } from './setup';

/** A certificate whose key is lost (`Missing stored keyset`), with `access` as its AccessState when given. */
function lostKeyCert(index: number, serial: string, access?: number): string[] {
  return [
    ...certificateHead(index, serial, `Fabrikam user ${index}`),
    `Key Id Hash(sha1): ${serial.padStart(40, '7')}`,
    '',
    ...(access === undefined ? [] : ['  CERT_ACCESS_STATE_PROP_ID(14):', `    AccessState = ${access}`, '']),
    'Missing stored keyset',
    '',
  ];
}

const CRLF = '\r\n';

/** The keyless script as the server must write it, line by line. */
function script(fileName: string, serial: string, user: boolean): string {
  return [
    '@echo off',
    `rem ${fileName}: links certificate ${serial} in ${user ? `the current user's store "my"` : `the local machine's store "my"`} to its private key again.`,
    'rem Without an INF, certutil -repairstore searches the key providers for the key that matches the certificate.',
    user
      ? "rem Run it as the user who owns the certificate (the user store is that user's)."
      : 'rem Run from an elevated command prompt on the machine that holds the key.',
    `"%SystemRoot%\\System32\\certutil.exe" ${user ? '-user ' : ''}-repairstore my "${serial}"`,
    'if not "%errorlevel%"=="0" (echo certutil -repairstore failed with exit code %errorlevel%: nothing was changed. & exit /b 1)',
    'rem The key-provider property and "Encryption test passed" / "Signature test passed" show the repaired link:',
    `"%SystemRoot%\\System32\\certutil.exe" ${user ? '-user ' : ''}-v -store my "${serial}"`,
    '',
  ].join(CRLF);
}

describe('language server over stdio: the keyless repairstore script takes its store from the evidence', () => {
  let server: TestServer;
  let folder: string;
  before(async () => ({ server, folder } = await startInTempFolder('certutil-health-store-')));
  after(() => stopAndRemove(server, folder));

  /** Opens `lines` as `name` and returns its `key.missing` diagnostics and their code actions. */
  async function lostKeys(name: string, lines: string[]): Promise<{ uri: string; found: { diagnostic: Diagnostic; action: CodeAction }[] }> {
    const uri = pathToFileURL(path.join(folder, name)).toString();
    server.open(uri, 'certutil-dump', lines.join(CRLF));
    const diagnostics = (await server.diagnostics(uri)).filter((d) => d.code === 'key.missing');
    const found = [];
    for (const diagnostic of diagnostics) {
      const actions = await server.codeActions(uri, diagnostic);
      assert.equal(actions.length, 1);
      found.push({ diagnostic, action: actions[0] });
    }
    return { uri, found };
  }

  const created = (edit: WorkspaceEdit | undefined): { uri: string; text: string } => {
    const [create, change] = edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
    return { uri: create.uri, text: change.edits[0].newText };
  };

  it('writes -user for a certificate whose AccessState says a current-user store, and none for the machine store', async () => {
    const { found } = await lostKeys('both.txt', ['my "Personal"', ...lostKeyCert(0, '0ee5', 2)]);
    assert.equal(found.length, 1);
    const user = created(found[0].action.edit);
    assert.equal(user.uri, pathToFileURL(path.join(folder, 'repairstore-0ee5.cmd')).toString());
    assert.equal(user.text, script('repairstore-0ee5.cmd', '0ee5', true));

    const { found: machine } = await lostKeys('machine.txt', ['my "Personal"', ...lostKeyCert(0, '0ff6', 6)]);
    assert.equal(created(machine[0].action.edit).text, script('repairstore-0ff6.cmd', '0ff6', false));
  });

  it('takes -user from the echoed "certutil -user -v -store my" when the certificate has no AccessState', async () => {
    const { found } = await lostKeys('echoed.txt', ['C:\\> certutil -user -v -store my', 'my "Personal"', ...lostKeyCert(0, '0aa7')]);
    assert.equal(created(found[0].action.edit).text, script('repairstore-0aa7.cmd', '0aa7', true));
  });

  for (const [what, lines] of [
    ['missing (a store header, nothing that tells machine from user)', ['my "Personal"', ...lostKeyCert(0, '0bb8')]],
    [
      'contradictory (the echoed -user command, AccessState 6: local machine)',
      ['C:\\> certutil -user -v -store my', 'my "Personal"', ...lostKeyCert(0, '0bb8', 6)],
    ],
  ] as const) {
    it(`asks for the store when the evidence is ${what}, then writes the script with the answer`, async () => {
      const { uri, found } = await lostKeys(`ask-${what.split(' ')[0]}.txt`, [...lines]);
      const { action, diagnostic } = found[0];
      assert.equal(action.edit, undefined, 'a script was written without asking');
      assert.equal(action.command?.command, clientCommands.repairWithStoreChoice);
      const [dumpUri, serial, question, store, repair] = action.command.arguments!;
      assert.deepEqual([dumpUri, serial, store], [uri, '0bb8', 'my']);
      assert.match(String(question), /choose the store before a repair is written/);
      assert.deepEqual(repair, diagnostic.data);

      const answered = await server.connection.sendRequest(keyRepairEditRequest, { uri, repair, storeChoice: { location: 'user', store: 'my' } });
      assert.ok(answered.ok && 'edit' in answered, JSON.stringify(answered));
      assert.deepEqual(
        answered.files.map((f) => f.fileName),
        ['repairstore-0bb8.cmd'],
      );
      assert.equal(created(answered.edit).text, script('repairstore-0bb8.cmd', '0bb8', true));
    });
  }

  it('writes the machine-store script, with no -user, when the admin answers "local machine"', async () => {
    const { uri, found } = await lostKeys('unanswered.txt', ['my "Personal"', ...lostKeyCert(0, '0cc9')]);
    const repair: unknown = found[0].diagnostic.data;
    const machine = await server.connection.sendRequest(keyRepairEditRequest, { uri, repair, storeChoice: { location: 'machine' } });
    assert.ok(machine.ok && 'edit' in machine);
    assert.equal(created(machine.edit).text, script('repairstore-0cc9.cmd', '0cc9', false));
  });
});

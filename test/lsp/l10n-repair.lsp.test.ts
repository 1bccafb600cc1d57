/**
 * The texts the server writes around a repair (refusals, the note of a renamed file, command errors, the
 * config-file warning) reach a German or French client in its language, through the protocol; the files and
 * their names are the same as in English.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest, ResponseError } from 'vscode-languageserver-protocol';
import { serverCommands } from '../../common/commandIds';
import { repairEditRequest, type RepairEditResult } from '../../common/protocol';
import { localizeText, type ServerLocale } from '../../server/src/service/l10n/serverMessages';
import { startTestServer, type TestServer } from './lspClient';

const renewed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'dump', 'renewed-ca.txt'), 'utf8');
const serial = '6100000002c0ffee4ab8d1e300000000000002';

describe('language server over stdio: repair notes and refusals in the client language', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-l10n-repair-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** What a server started in `locale` answers in one folder of its own: a KeyProv name taken, an unreadable config file. */
  async function answers(locale: string): Promise<{ notOpen: RepairEditResult; written: RepairEditResult; refused: unknown; warning: string }> {
    const dir = path.join(folder, locale);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, `KeyProv-${serial}.inf`), '; an INF of the admin\r\n');
    fs.writeFileSync(path.join(dir, 'certutil-keyspec.json'), '[]');
    const server: TestServer = await startTestServer({ locale });
    const warnings: string[] = [];
    server.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      warnings.push(params.message);
      return null;
    });
    try {
      const uri = pathToFileURL(path.join(dir, 'machine.txt')).toString();
      const notOpen = await server.connection.sendRequest(repairEditRequest, { uri: pathToFileURL(path.join(dir, 'closed.txt')).toString() });
      const published = server.diagnostics(uri);
      server.open(uri, 'certutil-dump', renewed);
      await published;
      const written = await server.connection.sendRequest(repairEditRequest, { uri, serials: [serial] });
      const refused = await server.connection
        .sendRequest(ExecuteCommandRequest.type, { command: serverCommands.repairFiles, arguments: [uri, 'https://example.com/share'] })
        .then(
          (ok: unknown) => ok,
          (error: unknown) => error,
        );
      const deadline = Date.now() + 15_000;
      while (warnings.length === 0) {
        if (Date.now() > deadline) assert.fail('no warning about the config file');
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { notOpen, written, refused, warning: warnings[0] };
    } finally {
      await server.stop();
    }
  }

  let english: Awaited<ReturnType<typeof answers>>;
  before(async () => {
    english = await answers('en');
  });

  for (const locale of ['de', 'fr'] as const satisfies readonly ServerLocale[]) {
    it(`${locale}: the same files and names as English; the refusals, the note and the warning translated`, async () => {
      const local = await answers(locale);
      const say = (text: string): string => localizeText(text, locale);
      // English first: what the server writes, then that it reaches the client translated, whole.
      assert.deepEqual(english.notOpen, { ok: false, reason: 'The dump is not open in the editor.' });
      assert.deepEqual(local.notOpen, { ok: false, reason: say('The dump is not open in the editor.') });
      assert.notEqual(say('The dump is not open in the editor.'), 'The dump is not open in the editor.');

      assert.ok(english.written.ok && 'files' in english.written && local.written.ok && 'files' in local.written, JSON.stringify(local.written));
      const names = (r: typeof english.written): string[] => ('files' in r ? r.files.map((f) => f.fileName) : []);
      assert.deepEqual(names(local.written), [`KeyProv-${serial}-2.inf`]);
      assert.deepEqual(
        names(local.written),
        names(english.written).map((n) => n),
      );
      const englishNote = english.written.files[0].note!;
      assert.equal(englishNote, `KeyProv-${serial}.inf is in the folder with other content, so it was kept and this file is KeyProv-${serial}-2.inf.`);
      assert.equal(local.written.files[0].note, say(englishNote));
      assert.notEqual(local.written.files[0].note, englishNote);
      assert.ok(local.written.files[0].note?.includes(`KeyProv-${serial}-2.inf`));

      assert.ok(english.refused instanceof ResponseError && local.refused instanceof ResponseError);
      assert.equal(local.refused.code, english.refused.code);
      assert.match(english.refused.message, /^Repair files are written to /);
      assert.equal(local.refused.message, say(english.refused.message));
      assert.notEqual(local.refused.message, english.refused.message);

      assert.match(english.warning, /cannot be read \(expected a JSON object of settings\), so its settings are not used\.$/);
      assert.notEqual(local.warning, english.warning);
      assert.equal(local.warning, say(english.warning.replace(`${path.join(folder, 'en')}`, path.join(folder, locale))));
    });
  }
});

describe('language server over stdio: a client that does not answer window/showMessageRequest', function () {
  this.timeout(60_000);
  it('keeps the server running after the config-file warning (no unhandled rejection)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-no-message-'));
    fs.writeFileSync(path.join(dir, 'certutil-keyspec.json'), '[]');
    const server = await startTestServer({});
    try {
      const first = pathToFileURL(path.join(dir, 'a.inf')).toString();
      const published = server.diagnostics(first);
      server.open(first, 'certutil-inf', '[Version]\r\nSignature="$Windows NT$"\r\n');
      await published;
      // The warning was sent and refused (the test client has no handler); the server still answers.
      const second = pathToFileURL(path.join(dir, 'b.inf')).toString();
      const next = server.diagnostics(second);
      server.open(second, 'certutil-inf', '[Version]\r\nSignature="$Windows NT$"\r\n');
      assert.ok(Array.isArray(await next));
      assert.equal(server.process.exitCode, null);
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

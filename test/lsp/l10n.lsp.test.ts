/**
 * The language of the messages never changes what is reported: the same documents checked by servers started in
 * English, German and French give the same codes, ranges, severities, data and related ranges; only texts differ.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, CodeLensRequest, type CodeAction, type CodeLens, type Diagnostic } from 'vscode-languageserver-protocol';
import { startTestServer, type TestServer } from './lspClient';

const fixtures = path.join(__dirname, '..', 'fixtures');

/** Every dump and INF fixture, with its language id. */
function documents(): { uri: string; languageId: string; text: string }[] {
  const found: { uri: string; languageId: string; text: string }[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(txt|inf)$/.test(entry.name)) {
        found.push({
          uri: `untitled:${path.relative(fixtures, file).replace(/\\/g, '/')}`,
          languageId: entry.name.endsWith('.inf') ? 'certutil-inf' : 'certutil-dump',
          text: fs.readFileSync(file, 'utf8'),
        });
      }
    }
  };
  walk(path.join(fixtures, 'dump'));
  walk(path.join(fixtures, 'inf'));
  return found;
}

/** What must not depend on the language. */
const shape = (d: Diagnostic): unknown => ({
  code: d.code,
  range: d.range,
  severity: d.severity,
  data: d.data,
  related: d.relatedInformation?.map((r) => r.location.range),
  codeDescription: d.codeDescription,
  tags: d.tags,
});

describe('language server over stdio: the locale changes texts, never codes or ranges', function () {
  this.timeout(60_000);
  const docs = documents();
  const results = new Map<string, Map<string, Diagnostic[]>>();
  const servers: TestServer[] = [];
  const byName = new Map<string, TestServer>();
  const run = async (name: string, init: { locale?: string; initializationOptions?: unknown }): Promise<void> => {
    const server = await startTestServer(init);
    servers.push(server);
    byName.set(name, server);
    const byUri = new Map<string, Diagnostic[]>();
    for (const doc of docs) {
      const published = server.diagnostics(doc.uri);
      server.open(doc.uri, doc.languageId, doc.text);
      byUri.set(doc.uri, await published);
    }
    results.set(name, byUri);
  };
  before(async () => {
    await run('default', {});
    await run('en', { locale: 'en' });
    await run('de', { locale: 'de' });
    await run('fr', { locale: 'fr-FR' });
    await run('de (initializationOptions)', { locale: 'en', initializationOptions: { locale: 'de-AT' } });
  });
  after(async () => {
    for (const server of servers) await server.stop();
  });

  it('checks enough documents to mean something', () => {
    const total = [...results.get('en')!.values()].reduce((n, d) => n + d.length, 0);
    assert.ok(docs.length >= 10 && total >= 20, `${docs.length} documents, ${total} diagnostics`);
  });

  for (const locale of ['de', 'fr', 'de (initializationOptions)']) {
    it(`${locale}: the same codes, ranges, severities and data as English, document by document`, () => {
      for (const doc of docs) assert.deepEqual(results.get(locale)!.get(doc.uri)!.map(shape), results.get('en')!.get(doc.uri)!.map(shape), doc.uri);
    });
    it(`${locale}: every message is translated (differs from the English one)`, () => {
      for (const doc of docs) {
        const english = results.get('en')!.get(doc.uri)!;
        results
          .get(locale)!
          .get(doc.uri)!
          .forEach((d, i) => assert.notEqual(d.message, english[i].message, `${doc.uri}: ${String(d.code)}`));
      }
    });
  }

  it('English is the default, and what initializationOptions.locale names wins over the LSP locale', () => {
    for (const doc of docs) {
      assert.deepEqual(results.get('default')!.get(doc.uri), results.get('en')!.get(doc.uri));
      assert.deepEqual(results.get('de (initializationOptions)')!.get(doc.uri), results.get('de')!.get(doc.uri));
    }
  });

  it('code lenses and quick fixes: the same commands, arguments and edits; titles in the language', async () => {
    const dumps = docs.filter((d) => d.languageId === 'certutil-dump');
    const infs = docs.filter((d) => d.languageId === 'certutil-inf');
    const ask = async (name: string): Promise<{ lenses: CodeLens[]; actions: CodeAction[] }> => {
      const server = byName.get(name)!;
      const lenses: CodeLens[] = [];
      const actions: CodeAction[] = [];
      for (const doc of dumps) lenses.push(...((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: doc.uri } })) ?? []));
      for (const doc of [...dumps, ...infs]) {
        for (const diagnostic of results.get(name)!.get(doc.uri)!) {
          const found = (await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: doc.uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          })) as CodeAction[] | null;
          actions.push(...(found ?? []));
        }
      }
      return { lenses, actions };
    };
    const en = await ask('en');
    const de = await ask('de');
    assert.ok(en.lenses.length >= 3 && en.actions.length >= 5, `${en.lenses.length} lenses, ${en.actions.length} actions`);
    const lensShape = (l: CodeLens): unknown => ({ range: l.range, command: l.command?.command, arguments: l.command?.arguments });
    assert.deepEqual(de.lenses.map(lensShape), en.lenses.map(lensShape));
    const actionShape = (a: CodeAction): unknown => ({
      kind: a.kind,
      edit: a.edit,
      command: a.command?.command,
      preferred: a.isPreferred,
      disabled: a.disabled !== undefined,
    });
    assert.deepEqual(de.actions.map(actionShape), en.actions.map(actionShape));
    de.lenses.forEach((l, i) => assert.notEqual(l.command?.title, en.lenses[i].command?.title, String(en.lenses[i].command?.title)));
    de.actions.forEach((a, i) => assert.notEqual(a.title, en.actions[i].title, en.actions[i].title));
  });

  it('German and French differ from each other', () => {
    const de = [...results.get('de')!.values()].flat().map((d) => d.message);
    const fr = [...results.get('fr')!.values()].flat().map((d) => d.message);
    assert.ok(de.every((m, i) => m !== fr[i]));
  });
});

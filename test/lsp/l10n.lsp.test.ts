/**
 * The language of the messages never changes what is reported: the same documents checked by servers started in
 * English, German and French give the same codes, ranges, severities, data and related ranges; only texts differ.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, CodeLensRequest, HoverRequest, type CodeAction, type CodeLens, type Diagnostic, type Hover } from 'vscode-languageserver-protocol';
import { compareRequest, healthReportRequest } from '../../common/protocol';
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

  it('hovers, the CA key health report and the comparison: the same ranges and rows, texts in the language', async () => {
    const hoverText = (h: Hover | null): string =>
      !h ? '' : typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : JSON.stringify(h.contents);
    const ask = async (name: string): Promise<{ hovers: (Hover | null)[]; report: string; comparison: string }> => {
      const server = byName.get(name)!;
      const hovers: (Hover | null)[] = [];
      for (const doc of docs) {
        // A few columns of every line: the field names, values and headers the hovers explain.
        const lines = doc.text.split(/\r?\n/);
        for (let line = 0; line < lines.length; line++)
          for (const character of [1, 6, 16, 30])
            if (character < lines[line].length)
              hovers.push(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line, character } }));
      }
      const dump = 'untitled:dump/renewed-ca.txt';
      const report = (await server.connection.sendRequest(healthReportRequest, { uri: dump, nonce: 'abcdefghijklmnop1234' }))!.html;
      const comparison = (await server.connection.sendRequest(compareRequest, { beforeUri: 'untitled:dump/old-build-hsm.txt', afterUri: dump }))!.markdown;
      return { hovers, report, comparison };
    };
    const en = await ask('en');
    const de = await ask('de');
    const fr = await ask('fr');
    assert.ok(en.hovers.filter((h) => h).length >= 100, `${en.hovers.filter((h) => h).length} hovers`);
    for (const other of [de, fr]) {
      assert.deepEqual(
        other.hovers.map((h) => h?.range),
        en.hovers.map((h) => h?.range),
      );
      const differing = other.hovers.filter((h, i) => h && hoverText(h) !== hoverText(en.hovers[i])).length;
      assert.ok(differing >= en.hovers.filter((h) => h).length * 0.6, `${differing} of ${en.hovers.filter((h) => h).length} hovers translated`);
      assert.equal(other.comparison.split('\n').length, en.comparison.split('\n').length);
    }
    assert.ok(de.hovers.some((h) => hoverText(h).includes('Schlüsselspeicheranbieter')));
    assert.ok(fr.hovers.some((h) => hoverText(h).includes('fournisseur de stockage de clés')));
    assert.match(en.report, /<title>CA key health<\/title>/);
    assert.match(de.report, /<title>Zustand der ZS-Schlüssel<\/title>/);
    assert.match(fr.report, /<title>État des clés de l’AC<\/title>/);
    assert.match(en.comparison, /^# KeySpec repair: /);
    assert.match(de.comparison, /^# KeySpec-Reparatur: /);
    assert.match(fr.comparison, /^# Réparation du KeySpec : /);
  });

  it('German and French differ from each other', () => {
    const de = [...results.get('de')!.values()].flat().map((d) => d.message);
    const fr = [...results.get('fr')!.values()].flat().map((d) => d.message);
    assert.ok(de.every((m, i) => m !== fr[i]));
  });
});

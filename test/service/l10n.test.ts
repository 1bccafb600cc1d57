/**
 * Localization completeness: package.json's texts are %keys% with English in package.nls.json and a German and
 * French translation of each; the client's vscode.l10n.t strings have a translation in each l10n bundle; the
 * server's rule templates and parameter phrases have one in each server bundle, with the same parameters.
 */

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultCheckOptions, diagnose, parse, ruleCodes, rules } from '../../server/src/service/languageService';
import { documentParams, localizeText, serverBundles, translatePhrase } from '../../server/src/service/l10n/serverMessages';
import { certsrvServerKeys, policyKeys, sectionKeys } from '../../server/src/service/data/capolicySchema';
import { newRequestKeys } from '../../server/src/service/data/certreqSchema';
import { hresults } from '../../server/src/service/data/hresults';
import { keyProvPairs } from '../../server/src/service/data/keyProvPairs';
import { keySpecs } from '../../server/src/service/data/keySpec';
import { lookupProvider, providers } from '../../server/src/service/data/providers';
import { propertyIds } from '../../server/src/service/data/propertyIds';
import { providerTypes } from '../../server/src/service/data/providerTypes';
import { knownSections } from '../../server/src/service/data/sections';
import type { Parsed } from '../../server/src/service/languageService';
import { keyRepair, repairPlan, type NoRepair, type StoreChoice } from '../../server/src/service/languageService';
import type { RepairHost } from '../../server/src/service/repair/fileNames';
import { planRepair } from '../../server/src/service/repair/repairActions';
import { writeRepairInf, writeRollbackInf } from '../../server/src/service/repair/repairInf';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import { scriptEntries, writeRepairScripts } from '../../server/src/service/repair/repairScript';
import { writeRepairStoreScript } from '../../server/src/service/repair/keyRepair';
import type { RepairTarget, StoreEvidence } from '../../server/src/service/repair/repairTargetOf';
import { normaliseFolder, refusedName } from '../../server/src/service/repair/writePolicy';
import {
  clientBundleGaps,
  englishTexts,
  lockFile,
  readLock,
  recordLock,
  serverStringPieces,
  stalePhrases,
  staleTranslations,
  stringPieces,
} from '../../scripts/l10nLock';

const root = path.join(__dirname, '..', '..');
const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;
const locales = ['de', 'fr'] as const;
/** `{name}` / `{0}` holes of a template, sorted, each once. */
const holes = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Runs scripts/nls.mjs's `convert` on a manifest in a child process (it is an ES module); the problems it reports. */
function nlsProblems(manifest: unknown, nls: Record<string, string>): string[] {
  const code = `import('./scripts/nls.mjs').then((m) => process.stdout.write(JSON.stringify(m.convert(${JSON.stringify(manifest)}, ${JSON.stringify(nls)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' })) as string[];
}

describe('localization: package.json', () => {
  it('every text a user sees is a %key% that package.nls.json defines, and each package.nls.<locale>.json has every key (node scripts/nls.mjs --check)', () => {
    const out = execFileSync(process.execPath, ['scripts/nls.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), []);
  });

  it('the check finds an English text, a key package.nls.json lacks, and an English text that changed', () => {
    const manifest = {
      displayName: '%displayName%',
      contributes: {
        commands: [{ command: 'x.run', title: 'Run It', category: '%category.X%' }],
        configuration: { properties: { 'x.on': { type: 'boolean', markdownDescription: 'Turns it on.' } } },
        walkthroughs: [{ id: 'w', title: '%walkthrough.w.title%', steps: [{ id: 's', title: 'Step', description: 'Do it.' }] }],
      },
    };
    const problems = nlsProblems(manifest, { displayName: 'X', 'category.X': 'X', 'config.x.on.markdownDescription': 'Turned it on.' });
    assert.equal(problems.filter((p) => p.includes('is not a %key%')).length, 4, problems.join('\n'));
    assert.equal(problems.filter((p) => p.includes('has no "walkthrough.w.title"')).length, 1, problems.join('\n'));
    assert.equal(problems.filter((p) => p.includes('"config.x.on.markdownDescription" changed in English')).length, 1, problems.join('\n'));
  });

  for (const locale of locales) {
    it(`package.nls.${locale}.json keeps every command link and code span of the English text`, () => {
      const english = readJson('package.nls.json');
      const translated = readJson(`package.nls.${locale}.json`);
      const fixed = (text: string): string[] => [...text.matchAll(/\(command:[^)]*\)|`[^`]*`/g)].map((m) => m[0]).sort();
      for (const [key, text] of Object.entries(english)) assert.deepEqual(fixed(translated[key]), fixed(text), key);
    });
  }
});

describe('localization: client bundles (l10n/)', () => {
  let exported: Record<string, string>;
  before(function () {
    this.timeout(60_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-l10n-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js'), 'export', '-o', out, 'client/src'], {
        cwd: root,
        stdio: 'pipe',
      });
      exported = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('l10n/bundle.l10n.json is what @vscode/l10n-dev exports from client/src today', () => {
    assert.ok(Object.keys(exported).length >= 50);
    assert.deepEqual(Object.keys(readJson('l10n/bundle.l10n.json')).sort(), Object.keys(exported).sort());
  });

  for (const locale of locales) {
    it(`l10n/bundle.l10n.${locale}.json translates every string, with the same {n} placeholders`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${locale}.json`);
      assert.deepEqual(clientBundleGaps(exported, bundle, `l10n/bundle.l10n.${locale}.json`), []);
      for (const [english, text] of Object.entries(bundle)) {
        assert.ok(text.trim() !== '', english);
        assert.deepEqual(holes(text), holes(english), english);
      }
    });
  }
  it('package.json points VS Code at the bundles', () => {
    assert.equal((readJson('package.json') as unknown as { l10n: string }).l10n, './l10n');
  });
});

describe('localization: server bundles (server/src/service/l10n)', () => {
  for (const locale of locales) {
    const bundle = serverBundles[locale];
    it(`${locale}: a message template for every diagnostic code, with the English template's parameters`, () => {
      assert.deepEqual(Object.keys(bundle.messages).sort(), [...ruleCodes].sort());
      for (const code of ruleCodes) assert.deepEqual(holes(bundle.messages[code]!), holes(rules[code].message), code);
    });
    it(`${locale}: every phrase translation has the holes of its English phrase`, () => {
      for (const [english, text] of Object.entries(bundle.phrases)) {
        assert.ok(text.trim() !== '', english);
        assert.deepEqual(holes(text), holes(english), english);
      }
    });
    it(`${locale}: every phrase the checks pass as a parameter or related text on the fixtures is translated`, () => {
      const untranslated = new Set<string>();
      const fixtures = path.join(root, 'test', 'fixtures');
      const files = (folder: string): string[] =>
        fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(folder, e.name)) : [path.join(folder, e.name)]));
      let phrases = 0;
      for (const file of [...files(path.join(fixtures, 'dump')), ...files(path.join(fixtures, 'inf'))]) {
        const parsed = parse(file.endsWith('.inf') ? 'certutil-inf' : 'certutil-dump', fs.readFileSync(file, 'utf8'), path.basename(file));
        for (const problem of parsed ? diagnose(parsed, defaultCheckOptions) : []) {
          const texts = [
            ...Object.entries(problem.params ?? {})
              .filter(([name, value]) => typeof value === 'string' && !documentParams.has(name))
              .map(([, value]) => String(value)),
            ...(problem.related ?? []).map((r) => r.message),
          ];
          // A phrase: two words of lower-case letters in a row (a serial, a date or a name alone is not one).
          for (const text of texts.filter((t) => /[a-z]{2,} [a-z]{2,}/.test(t))) {
            phrases++;
            if (translatePhrase(text, bundle) === text) untranslated.add(`${problem.code}: ${text}`);
          }
        }
      }
      assert.ok(phrases >= 20, `${phrases} phrases`);
      assert.deepEqual([...untranslated], []);
    });
  }

  it('a phrase template translates its holes in turn and keeps what it does not know', () => {
    const de = serverBundles.de;
    assert.equal(translatePhrase(' Did you mean Years?', de), ' Meinten Sie Years?');
    assert.equal(translatePhrase('No repair INF can be offered: something new.', de), 'Es kann keine Reparatur-INF angeboten werden: something new.');
    assert.equal(translatePhrase('not a known phrase', de), 'not a known phrase');
    assert.equal(
      translatePhrase(
        'Generate a repair INF (quick fix) to set KeySpec=0. The dump shows nothing that tells the machine store from the user store for this certificate: choose the store before a repair is written.',
        de,
      ),
      'Erstellen Sie eine Reparatur-INF (Schnellkorrektur), die KeySpec=0 setzt. Die Ausgabe zeigt für dieses Zertifikat nichts, was den Computerspeicher vom Benutzerspeicher unterscheidet: Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    );
  });
});

describe('localization: repair notes and refusals (the texts the glue passes through t())', () => {
  const target = (over: Partial<RepairTarget> = {}): RepairTarget => ({
    serial: '610000000aa1',
    subject: 'Fabrikam Issuing CA',
    container: 'Fabrikam Issuing CA',
    provider: 'Microsoft Software Key Storage Provider',
    flags: 0x20,
    store: 'my',
    userKey: false,
    index: 1,
    isCA: true,
    keySpec: 2,
    providerType: 0,
    ...over,
  });
  const folder = (files: Record<string, string> = {}, inWorkspace = true): RepairHost => ({
    inWorkspace: () => inWorkspace,
    isTaken: (_folder, name) => name.toLowerCase() in files || Object.keys(files).includes('*'),
    readText: (_folder, name) => files[name.toLowerCase()],
  });
  const reasonOf = (result: { ok: true } | { ok: false; reason: string } | { kind: string; reason?: string } | undefined): string => {
    assert.ok(result && 'reason' in result && typeof result.reason === 'string', JSON.stringify(result));
    return result.reason;
  };
  const long = (n: number): string => 'x'.repeat(n + 1);
  const noStore: StoreEvidence = {
    status: 'missing',
    found: [],
    question: 'The dump shows no store name for this certificate: choose the store before a repair is written.',
  };
  const dump = (firstLine: string): Parsed =>
    parse('certutil-dump', `${firstLine}\n${fs.readFileSync(path.join(root, 'test', 'fixtures', 'dump', 'renewed-ca.txt'), 'utf8')}`, 'x.txt')!;
  const noRepairOf = (parsed: Parsed): string => {
    const data = diagnose(parsed, defaultCheckOptions).find((p) => p.code === 'keyspec.ksp-nonzero')?.data as NoRepair | undefined;
    assert.ok(data && typeof data.noRepair === 'string', JSON.stringify(data));
    return data.noRepair;
  };
  const questionOf = (parsed: Parsed): string => {
    const data = diagnose(parsed, defaultCheckOptions).find((p) => p.code === 'keyspec.ksp-nonzero')?.data as RepairTarget | undefined;
    assert.ok(data?.storeEvidence?.question, JSON.stringify(data));
    return data.storeEvidence.question;
  };
  const repairstore = { kind: 'repairstore', serial: '610000000aa1', store: 'my', userKey: false } as const;

  /** Every refusal and note a user can see, as the service writes it (English). */
  const texts: [string, () => string][] = [
    ['an empty name', () => refusedName('')!],
    ['a device name', () => refusedName('nul.inf')!],
    ['a trailing dot', () => refusedName('a.')!],
    ['a forbidden character', () => refusedName('a<b')!],
    ['an empty folder', () => reasonOf(normaliseFolder(' '))],
    ['a folder of another scheme', () => reasonOf(normaliseFolder('https://x/y'))],
    ['a folder of another scheme (browser)', () => reasonOf(normaliseFolder('https://x/y', ['vscode-vfs', 'file']))],
    ['a folder above the root', () => reasonOf(normaliseFolder('file:///ws/../..'))],
    ['a folder with a device name', () => reasonOf(normaliseFolder('file:///ws/con'))],
    ['a serial that is not hex', () => reasonOf(writeRepairInf(target({ serial: 'zz' })))],
    ['a serial too long', () => reasonOf(writeRepairInf(target({ serial: 'a'.repeat(201) }), 'a.inf'))],
    ['a store name', () => reasonOf(writeRepairInf(target({ store: 'my;x' })))],
    ['a store name too long', () => reasonOf(writeRepairInf(target({ store: long(64) })))],
    ['a subject too long', () => reasonOf(writeRepairInf(target({ subject: long(400) })))],
    ['flags', () => reasonOf(writeRepairInf(target({ flags: -1 })))],
    ['no container', () => reasonOf(writeRepairInf(target({ container: undefined as unknown as string })))],
    ['a container too long', () => reasonOf(writeRepairInf(target({ container: long(260) })))],
    ['an empty container', () => reasonOf(writeRepairInf(target({ container: '' })))],
    ['a container with &', () => reasonOf(writeRepairInf(target({ container: 'a&b' })))],
    ['a container not ASCII', () => reasonOf(writeRepairInf(target({ container: 'Zertifizierungsstelle Süd' })))],
    ['a container with a space at its end', () => reasonOf(writeRepairInf(target({ container: 'ab ' })))],
    ['a container placeholder', () => reasonOf(writeRepairInf(target({ container: '<container>' })))],
    ['a provider with &', () => reasonOf(writeRepairInf(target({ provider: 'a&b' })))],
    ['a key spec', () => reasonOf(writeRepairInf(target(), 'a.inf', { keySpec: 7, providerType: 0 }))],
    ['a file name', () => reasonOf(writeRepairInf(target(), 'a b.inf'))],
    ['a rollback without KeySpec', () => reasonOf(writeRollbackInf(target({ keySpec: undefined as unknown as number })))],
    ['a rollback ProviderType', () => reasonOf(writeRollbackInf(target({ providerType: -1 })))],
    ['no script entry', () => reasonOf(writeRepairScripts([]))],
    ['two stores', () => reasonOf(writeRepairScripts(scriptEntries([target(), target({ serial: 'bb', store: 'ca' })])))],
    ['a serial twice', () => reasonOf(writeRepairScripts(scriptEntries([target(), target()])))],
    ['a script file name', () => reasonOf(writeRepairScripts(scriptEntries([target()]), 'a b.txt'))],
    ['a repair job without targets', () => reasonOf(repairFiles({ targets: [], folder: 'file:///ws', scripts: true }, folder()))],
    ['a repair job refusal per serial', () => reasonOf(repairFiles({ targets: [target({ flags: -1 })], folder: 'file:///ws', scripts: false }, folder()))],
    ['every INF name taken', () => reasonOf(repairFiles({ targets: [target()], folder: 'file:///ws', scripts: false }, folder({ '*': 'x' })))],
    [
      'a note: the name is taken by other content',
      () => {
        const job = repairFiles({ targets: [target()], folder: 'file:///ws', scripts: false }, folder({ 'keyprov-610000000aa1.inf': 'other' }));
        assert.ok(job.ok && job.files[0].note, JSON.stringify(job));
        return job.files[0].note;
      },
    ],
    ['a keyless serial', () => reasonOf(writeRepairStoreScript({ ...repairstore, serial: 'zz' }, 'a.cmd'))],
    ['a keyless store', () => reasonOf(writeRepairStoreScript({ ...repairstore, store: 'a b' }, 'a.cmd'))],
    ['a keyless user', () => reasonOf(writeRepairStoreScript({ ...repairstore, userKey: undefined as unknown as boolean }, 'a.cmd'))],
    ['a keyless file name', () => reasonOf(writeRepairStoreScript(repairstore, 'a b.cmd'))],
    ['a keyless repair outside the workspace', () => reasonOf(keyRepair('file:///out/x.txt', repairstore, folder({}, false)))],
    ['a keyless user repair outside the workspace', () => reasonOf(keyRepair('file:///out/x.txt', { ...repairstore, userKey: true }, folder({}, false)))],
    ['a keyless repair without a free name', () => reasonOf(keyRepair('file:///ws/x.txt', repairstore, folder({ '*': 'x' })))],
    [
      'a keyless repair without its store',
      () => reasonOf(keyRepair('file:///ws/x.txt', { ...repairstore, storeEvidence: { status: 'missing', found: [] } }, folder())),
    ],
    [
      'a key INF without a free name',
      () => reasonOf(keyRepair('file:///ws/x.txt', { kind: 'inf', target: target(), key: { keySpec: 1, providerType: 24 }, why: '' }, folder({ '*': 'x' }))),
    ],
    ['not a repair', () => reasonOf(keyRepair('file:///ws/x.txt', {}, folder()))],
    [
      'a store question',
      () =>
        reasonOf(
          keyRepair('file:///ws/x.txt', { kind: 'inf', target: target({ storeEvidence: noStore }), key: { keySpec: 1, providerType: 24 }, why: '' }, folder()),
        ),
    ],
    ['a plan outside the workspace', () => reasonOf(planRepair({ dumpUri: 'file:///out/x.txt', targets: [target()], scripts: true }, folder({}, false)))],
    ['a dump that contradicts itself about the store', () => questionOf(dump('C:\\>certutil -user -v -store ca'))],
    [
      'a store question with two pieces of evidence (as storeOf writes it)',
      () =>
        'The dump shows nothing that tells the machine store from the user store for this certificate (only the echoed command "certutil -store my"; the store header "my"): choose the store before a repair is written.',
    ],
    ['a dump with -service', () => noRepairOf(dump('C:\\>certutil -service -v -store my'))],
    ['a dump with -grouppolicy', () => noRepairOf(dump('C:\\>certutil -grouppolicy -v -store my'))],
    [
      'a dump that needs no repair',
      () => reasonOf(repairPlan(parse('certutil-dump', 'my "Personal"\n', 'x.txt')!, 'file:///ws/x.txt', { scripts: true }, folder())),
    ],
    ['serials that need no repair', () => reasonOf(repairPlan(dump(''), 'file:///ws/x.txt', { scripts: true, serials: ['ab'] }, folder()))],
    [
      'a store choice that is neither',
      () => reasonOf(repairPlan(dump(''), 'file:///ws/x.txt', { scripts: true, storeChoice: { location: 'neither' } as unknown as StoreChoice }, folder())),
    ],
  ];

  for (const locale of locales) {
    it(`${locale}: every refusal and note is translated whole (no English sentence left in it)`, () => {
      const english = /\b(the|is|not|and|of|to|with|which|cannot|this|no)\b/i;
      for (const [what, make] of texts) {
        const text = make();
        const translated = localizeText(text, locale);
        assert.notEqual(translated, text, `${what}: ${text}`);
        assert.doesNotMatch(translated, english, `${what}: ${text}\n→ ${translated}`);
      }
    });
  }

  it('a hole that carries a file name, a URI, a command or a value is never translated, even where it reads like a phrase', () => {
    assert.equal(
      localizeText('value is in the folder with other content, so it was kept and this file is certificate.', 'de'),
      'value liegt mit anderem Inhalt im Ordner und wurde daher behalten; diese Datei heißt certificate.',
    );
    assert.equal(localizeText('The name "value" is not a plain store name.', 'de'), 'The name "value" is not a plain store name.');
    assert.equal(
      localizeText('The store name "certificate" is not a plain store name.', 'fr'),
      'Le nom de magasin « certificate » n’est pas un simple nom de magasin.',
    );
  });

  it("the key repair's advice for the certificate's owner, and with the store question after it, is translated whole", () => {
    const advice = (who: string): string =>
      `Run certutil -user -repairstore my "1a" (${who}): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key. The dump does not settle which store the certificate is in: the quick fix asks first.`;
    for (const locale of locales)
      for (const who of ["as the certificate's owner", 'elevated'])
        assert.doesNotMatch(localizeText(advice(who), locale), /\b(the|is|not|which)\b/, `${locale}: ${who}`);
  });

  it('every literal text the glue (startServer.ts) passes to t() has a translation in each bundle', () => {
    const source = fs.readFileSync(path.join(root, 'server', 'src', 'startServer.ts'), 'utf8');
    // t('...') or t(`...`) with ${...} parts: each ${...} becomes a sample value.
    const calls = [...source.matchAll(/\bt\(\s*(?:'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)\s*\)/g)].map((m) =>
      (m[1] ?? m[2]).replace(/\\'/g, "'").replace(/\$\{[^}]*\}/g, 'X1'),
    );
    assert.ok(calls.length >= 20, `${calls.length} calls`);
    for (const locale of locales) for (const text of calls) assert.notEqual(localizeText(text, locale), text, `${locale}: ${text}`);
  });
});

describe('localization: a translation that no longer follows its English fails (staleness)', () => {
  const english = englishTexts();
  const lock = readLock();

  it(`rule messages and package.nls texts: each language's translations were written against today's English (${lockFile})`, () => {
    assert.deepEqual(staleTranslations(lock, english), []);
  });

  it('an English rule message or package.nls text changed in memory fails, naming the code or key, the file and the command', () => {
    const code = 'keyspec.ksp-nonzero';
    const changed = { messages: { ...english.messages, [code]: `${english.messages[code]} Changed.` }, packageNls: { ...english.packageNls } };
    const key = Object.keys(changed.packageNls)[0];
    changed.packageNls[key] = `${changed.packageNls[key]} Changed.`;
    const problems = staleTranslations(lock, changed);
    assert.equal(problems.length, 4, problems.join('\n'));
    for (const locale of locales) {
      assert.ok(
        problems.includes(
          `${locale}: the English of rule "${code}" changed since it was translated: update messages['${code}'] in server/src/service/l10n/${locale}.ts, then run \`npm run l10n:lock -- ${locale}\``,
        ),
        problems.join('\n'),
      );
      assert.ok(problems.some((p) => p.startsWith(`${locale}: the English of package.nls.json "${key}" changed`) && p.includes(`package.nls.${locale}.json`)));
    }
    // A new code and a code gone fail too; recording the lock again (what `npm run l10n:lock` writes) settles it.
    const added = { ...english, messages: { ...english.messages, 'new.code': 'New.' } };
    assert.equal(staleTranslations(lock, added).filter((p) => p.includes('rule "new.code" is new')).length, 2);
    assert.equal(staleTranslations(recordLock(added, ['de', 'fr']), english).filter((p) => p.includes('"new.code" is gone')).length, 2);
    assert.deepEqual(staleTranslations(recordLock(changed, ['de', 'fr']), changed), []);
    // Recording one language keeps the other stale.
    assert.ok(staleTranslations(recordLock(changed, ['de'], lock), changed).every((p) => p.startsWith('fr: ')));
  });

  it('server phrases: German and French translate the same English phrases', () => {
    assert.deepEqual(Object.keys(serverBundles.fr.phrases).sort(), Object.keys(serverBundles.de.phrases).sort());
  });

  it('server phrases: the code in server/src and common still writes the English of every phrase', () => {
    const pieces = serverStringPieces();
    assert.ok(pieces.length > 1000, `${pieces.length} string pieces`);
    assert.deepEqual(stalePhrases(Object.keys(serverBundles.de.phrases), pieces), []);
  });

  it('server phrases: an English text changed in the code (in memory) leaves its phrase stale', () => {
    const source = [
      'const note = taken ? `${first} is in the folder with other content, so it was kept and this file is ${fileName}.` : undefined;',
      "const n = `${count} lost key${count === 1 ? '' : 's'}`; // a comment 'Unmatched quote",
      "const re = /[\"'`]/g; const refused = 'The name is empty.';",
    ].join('\n');
    const phrases = [
      '{first} is in the folder with other content, so it was kept and this file is {file}.',
      '{n} lost keys',
      '{n} lost key',
      'The name is empty.',
    ];
    assert.deepEqual(stalePhrases(phrases, stringPieces(source)), []);
    const changed = source.replace('with other content', 'with different content').replace("'The name is empty.'", "'The name is blank.'");
    assert.deepEqual(stalePhrases(phrases, stringPieces(changed)), [phrases[0], phrases[3]]);
  });

  it('client bundles: a changed English string in client/src is named as a missing and a stale translation', () => {
    const bundle = { 'Generate the repair files': 'Die Reparaturdateien erstellen' };
    assert.deepEqual(clientBundleGaps({ 'Generate the repair files': '' }, bundle, 'l10n/bundle.l10n.de.json'), []);
    assert.deepEqual(clientBundleGaps({ 'Generate all repair files': '' }, bundle, 'l10n/bundle.l10n.de.json'), [
      'l10n/bundle.l10n.de.json has no translation of "Generate all repair files": new or changed English in client/src (vscode.l10n.t): translate it',
      'l10n/bundle.l10n.de.json translates "Generate the repair files", which client/src no longer says: its English changed or is gone',
    ]);
  });
});

/**
 * The texts the service writes itself (hovers, reports, notes) go through `say(locale, 'English {hole}', ...)`.
 * Every `say(` whose template is a string literal in server/src/service/** is found by scanning the source, as
 * `@vscode/l10n-dev export` finds `l10n.t(`; each must have a German and a French phrase with the same holes and
 * code spans. This is also the staleness check for these texts: the English template is the key, so a template
 * whose English changes has no translation any more and fails here until both bundles are updated.
 */
describe('localization: say() templates in server/src/service', () => {
  const serviceRoot = path.join(root, 'server', 'src', 'service');
  const sources = (folder: string): string[] =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? sources(path.join(folder, e.name)) : e.name.endsWith('.ts') ? [path.join(folder, e.name)] : []));
  /** A single- or double-quoted TypeScript string literal's value (the escapes the templates use: \\' \\" \\\\ \\n). */
  const unquote = (literal: string): string => literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  /** The string-literal templates of the `say(locale, '...')` calls in `source`, over line breaks. */
  const sayTemplates = (source: string): string[] =>
    [...source.matchAll(/\bsay\(\s*[\w.?]+\s*,\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g)].map((m) => unquote(m[1]));
  const codeSpans = (text: string): string[] => [...text.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
  const templates = new Map<string, string>();
  for (const file of sources(serviceRoot)) for (const t of sayTemplates(fs.readFileSync(file, 'utf8'))) templates.set(t, path.relative(root, file));

  it('the scanner reads single- and double-quoted templates over line breaks, and nothing else', () => {
    const source = [
      "say(locale, 'one {n}', { n });",
      'say(',
      '  options.locale,',
      '  "it\'s `x`",',
      ');',
      "say(locale, 'don\\'t');",
      'say(locale, known.note);',
      "saying(locale, 'no');",
    ].join('\n');
    assert.deepEqual(sayTemplates(source), ['one {n}', "it's `x`", "don't"]);
  });

  it('finds the hover, report and summary templates', () => {
    assert.ok(templates.size >= 80, `${templates.size} templates`);
    for (const file of ['dumpHover.ts', 'healthHover.ts', 'healthReport.ts', 'compare.ts', 'healthSummary.ts', 'infHover.ts'])
      assert.ok(
        [...templates.values()].some((f) => f.endsWith(file)),
        file,
      );
  });

  it('every other say() passes a note, meaning or next step from the domain tables (data/*.ts), checked below', () => {
    const others: string[] = [];
    for (const file of sources(serviceRoot)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bsay\(\s*([\w.?]+)\s*,\s*([^'"\s][^,)]*)/g))
        if (!/^[\w.?]+\.(note|meaning|next)$/.test(m[2].trim())) others.push(`${path.relative(root, file)}: say(${m[1]}, ${m[2]}`);
    }
    assert.deepEqual(others, []);
  });

  for (const locale of locales) {
    it(`${locale}: every say() template has a phrase with the same {holes} and \`code\` spans`, () => {
      const phrases = serverBundles[locale].phrases;
      const missing = [...templates].filter(([t]) => !(t in phrases)).map(([t, file]) => `${file}: ${t}`);
      assert.deepEqual(missing, []);
      for (const t of templates.keys()) {
        assert.deepEqual(holes(phrases[t]), holes(t), t);
        assert.deepEqual(codeSpans(phrases[t]), codeSpans(t), t);
      }
    });
  }

  /**
   * The domain notes the hovers show: KeySpec, provider types, providers, key provider pairs, property ids, INF
   * sections, INF keys and their values (certreq and CAPolicy), and the HRESULT meanings and next steps (hover and
   * `certutil.failed`). A note whose English changes loses its translation and fails here.
   */
  const notes = [
    ...keySpecs.map((k) => k.note),
    ...providerTypes.map((t) => t.note),
    ...keyProvPairs.map((p) => p.note),
    ...providers.map((p) => p.note),
    lookupProvider('Fabrikam Key Storage Provider')!.note,
    ...hresults.flatMap((h) => [h.meaning, h.next]),
    ...propertyIds.map((p) => p.note).filter((n) => n !== ''),
    ...knownSections.map((s) => s.note),
    ...[...newRequestKeys, ...certsrvServerKeys, ...policyKeys, ...Object.values(sectionKeys).flat()].flatMap((k) => [
      k.note,
      ...(k.spec.kind === 'enum' || k.spec.kind === 'flags' ? k.spec.values.map((v) => v.note) : []),
    ]),
  ];
  for (const locale of locales) {
    it(`${locale}: every note of the KeySpec, provider type, provider, key provider pair, property id, section, INF key and HRESULT tables has a phrase with the same \`code\` spans`, () => {
      const phrases = serverBundles[locale].phrases;
      assert.ok(notes.length >= 230, `${notes.length} notes`);
      assert.deepEqual(
        notes.filter((n) => !(n in phrases)),
        [],
      );
      for (const note of notes) assert.deepEqual(codeSpans(phrases[note]), codeSpans(note), note);
    });
  }
});

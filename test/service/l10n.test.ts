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
import { documentParams, serverBundles, translatePhrase } from '../../server/src/service/l10n/serverMessages';
import { certsrvServerKeys, policyKeys, sectionKeys } from '../../server/src/service/data/capolicySchema';
import { newRequestKeys } from '../../server/src/service/data/certreqSchema';
import { hresults } from '../../server/src/service/data/hresults';
import { keyProvPairs } from '../../server/src/service/data/keyProvPairs';
import { keySpecs } from '../../server/src/service/data/keySpec';
import { lookupProvider, providers } from '../../server/src/service/data/providers';
import { propertyIds } from '../../server/src/service/data/propertyIds';
import { providerTypes } from '../../server/src/service/data/providerTypes';
import { knownSections } from '../../server/src/service/data/sections';

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
      assert.deepEqual(Object.keys(bundle).sort(), Object.keys(exported).sort());
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

/**
 * One home per fact (issue 10, part 4): every fact has one definition, and every other artefact that
 * repeats it (package.json, the grammars, the rule table, the docs) is held to that definition here, in
 * both directions where both make sense.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clientCommands, contributedCommands, serverCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { FRAME } from '../../common/lineShapes';
import { renamedSettingKeys, settingDefaults, settingKeys, settingsSection } from '../../common/settings';
import { readServerSettings } from '../../server/src/readSettings';
import { keyProvPairs } from '../../server/src/service/data/keyProvPairs';
import { isKspKey, providers } from '../../server/src/service/data/providers';
import { keySpecVerdict } from '../../server/src/service/dump/checks/keySpecCheck';
import type { KeyProvInfo } from '../../server/src/service/dump/dumpParser';
import { systemStores } from '../../server/src/service/data/stores';
import { defaultCheckOptions } from '../../server/src/service/options';
import { rules } from '../../server/src/service/rules';
import { loadGrammar, tokenize } from '../grammar/textmate';
import { englishManifest } from '../../scripts/readmeTables';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface Manifest {
  activationEvents: string[];
  contributes: {
    languages: { id: string; firstLine?: string }[];
    grammars: { language: string; path: string }[];
    snippets: { language: string }[];
    commands: { command: string }[];
    menus: Record<string, { command: string }[]>;
    configuration: {
      title: string;
      properties: Record<
        string,
        { type: string; default: unknown; enum?: unknown[]; markdownDescription?: string; order?: number; markdownDeprecationMessage?: string }
      >;
    }[];
  };
}
// As VS Code shows it: the `%key%` texts replaced by their English from package.nls.json.
const manifest = englishManifest() as unknown as Manifest;

/** Every `.ts` file under `dir` (relative to the repository root). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.ts')) out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** The names of a `(?i:a|b|c)` alternation inside a grammar rule's `match`. */
function alternation(match: string, after: string): string[] {
  const start = match.indexOf(after);
  assert.ok(start >= 0, `no ${after} in ${match}`);
  const body = match.slice(start + after.length, match.indexOf(')', start + after.length));
  return body.split('|');
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('one home per fact', () => {
  describe('the KSP rule: dumps and INFs decide "is this a KSP key" alike (isKspKey)', () => {
    it("gives the dump verdict the shared rule's answer for every provider and ProviderType", () => {
      const field = <T>(value: T) => ({ value, line: { start: 0, end: 0 } });
      for (const name of [...providers.map((p) => p.name), 'Contoso HSM Provider']) {
        for (const providerType of [0, 1, 24, undefined]) {
          const keyProv = {
            header: { start: 0, end: 0 },
            provider: field(name),
            keySpec: field(2),
            ...(providerType === undefined ? {} : { providerType: field(providerType) }),
          } as unknown as KeyProvInfo;
          const ksp = isKspKey(name, providerType);
          assert.equal(keySpecVerdict(keyProv), ksp === undefined ? 'incomplete' : ksp ? 'broken' : 'ok', `${name}, ProviderType ${String(providerType)}`);
        }
      }
    });
  });

  describe('store names: data/stores.ts ⇔ the dump grammar', () => {
    const grammar = JSON.parse(read('syntaxes/certutil-dump.tmLanguage.json')) as { repository: Record<string, { patterns: { match: string }[] }> };
    const named = alternation(grammar.repository['store-header'].patterns[0].match, '(?:^|\\G)((?i:');

    it('the grammar names exactly the stores of the table (both directions)', () => {
      assert.deepEqual(sorted(named.map((s) => s.toLowerCase())), sorted(systemStores));
    });

    it('the table has no duplicate and holds lowercase names (compared case-insensitively)', () => {
      assert.equal(new Set(systemStores).size, systemStores.length);
      assert.deepEqual(
        systemStores.filter((s) => s !== s.toLowerCase()),
        [],
      );
    });
  });

  describe('key-provider pairs: data/keyProvPairs.ts ⇔ the INF grammar', () => {
    it('the grammar names exactly the pairs of the table (both directions)', () => {
      const grammar = read('syntaxes/certutil-inf.tmLanguage.json');
      const match = /"match": "([^"\n]*\(\(\?i:Container\|[^"\n]*)"/.exec(grammar);
      assert.ok(match, 'no key-provider pair rule in the INF grammar');
      assert.deepEqual(sorted(alternation(match[1], '((?i:')), sorted(keyProvPairs.map((p) => p.name)));
    });
  });

  describe('settings: common/settings.ts ⇔ package.json contributes.configuration', () => {
    const properties = Object.assign(
      {},
      ...manifest.contributes.configuration.map((category) => category.properties),
    ) as Manifest['contributes']['configuration'][number]['properties'];
    /** vscode-languageclient reads `<client id>.trace.server` itself; no code of ours reads it. */
    const traceSetting = `${settingsSection}.trace.server`;
    const renamed = Object.keys(renamedSettingKeys).map((key) => `${settingsSection}.${key}`);
    const ours = Object.keys(properties).filter((key) => key !== traceSetting && !renamed.includes(key));

    it('package.json contributes exactly the keys of settingKeys and the renamed ones (both directions)', () => {
      assert.ok(traceSetting in properties, `${traceSetting} is the language client's trace setting`);
      assert.deepEqual(sorted(ours), sorted(Object.values(settingKeys).map((key) => `${settingsSection}.${key}`)));
      const declared = manifest.contributes.configuration.flatMap((category) => Object.keys(category.properties));
      assert.equal(new Set(declared).size, declared.length, 'a setting declared in two categories');
    });

    it('every setting sits in a titled category, with a markdownDescription and an order', () => {
      for (const category of manifest.contributes.configuration) {
        assert.ok(category.title, 'a category without a title');
        for (const [key, property] of Object.entries(category.properties)) {
          if (property.markdownDeprecationMessage !== undefined) continue;
          assert.ok(property.markdownDescription, `${key} has no markdownDescription`);
          assert.equal(typeof property.order, 'number', `${key} has no order`);
        }
      }
    });

    it('a renamed key is declared like its new key, deprecated, pointing at the new key, in the same category', () => {
      for (const [oldKey, newKey] of Object.entries(renamedSettingKeys)) {
        const category = manifest.contributes.configuration.find((c) => `${settingsSection}.${oldKey}` in c.properties);
        assert.ok(category, `${oldKey} is not declared`);
        const old = category.properties[`${settingsSection}.${oldKey}`];
        const now = category.properties[`${settingsSection}.${newKey}`];
        assert.ok(now, `${oldKey}: ${newKey} is not in the same category`);
        assert.ok(old.markdownDeprecationMessage?.includes(`\`#${settingsSection}.${newKey}#\``), `${oldKey} does not point at ${newKey}`);
        assert.deepEqual([old.type, old.default, old.enum], [now.type, now.default, now.enum], oldKey);
        assert.ok(!(Object.values(settingKeys) as string[]).includes(oldKey), `${oldKey} is still a current key`);
      }
    });

    it('each label VS Code derives from a key reads as words (no split acronym, no "Ca"/"Rsa"/"MB")', () => {
      // VS Code's Settings editor: the last part of the key, camelCase split into words, first letter upper.
      const label = (key: string): string => (key.split('.').pop() ?? key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^[a-z]/, (c) => c.toUpperCase());
      for (const key of Object.values(settingKeys)) {
        const words = label(key).split(' ');
        for (const word of words) assert.ok(/^[A-Z][a-z]+$|^[A-Z]{2,4}$/.test(word), `${key} reads "${label(key)}": "${word}"`);
        assert.ok(!words.some((w) => ['Ca', 'Rsa', 'Mb', 'Non'].includes(w)), `${key} reads "${label(key)}"`);
      }
    });

    it('each default in package.json is the default in settings.ts, and a legal value', () => {
      for (const key of Object.values(settingKeys)) {
        const property = properties[`${settingsSection}.${key}`];
        assert.deepEqual(property.default, settingDefaults[key], key);
        if (property.enum) assert.ok(property.enum.includes(property.default), `${key}: default not in its enum`);
      }
    });

    it('the server uses those defaults when nothing is set', () => {
      assert.deepEqual(readServerSettings(undefined), defaultCheckOptions);
      assert.deepEqual(readServerSettings({}), defaultCheckOptions);
      assert.deepEqual(defaultCheckOptions, {
        nonCaKeySpecSeverity: settingDefaults[settingKeys.nonCaKeySpecSeverity],
        maxProblems: settingDefaults[settingKeys.maxProblems],
        keySpecOnlyAbove: settingDefaults[settingKeys.keySpecOnlyAboveMB] * 1024 * 1024,
        health: {
          severities: settingDefaults[settingKeys.healthSeverity],
          caExpiringDays: settingDefaults[settingKeys.caExpiringDays],
          expiringDays: settingDefaults[settingKeys.expiringDays],
          minRsaKeyBits: settingDefaults[settingKeys.minRsaKeyBits],
          roles: settingDefaults[settingKeys.certificateRoles],
        },
        outlineMaxItems: settingDefaults[settingKeys.outlineMaxItems],
      });
    });

    it('the server reads each of its settings under the key settings.ts gives it', () => {
      // VS Code sends the section nested (`keySpec.nonCaSeverity` arrives as { keySpec: { nonCaSeverity } }).
      const nested: Record<string, unknown> = {};
      const set = (key: string, value: unknown): void => {
        const parts = key.split('.');
        let node = nested;
        for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
        node[parts[parts.length - 1]] = value;
      };
      set(settingKeys.nonCaKeySpecSeverity, 'error');
      set(settingKeys.maxProblems, 7);
      set(settingKeys.keySpecOnlyAboveMB, 3);
      set(settingKeys.healthSeverity, { 'key.short': 'off' });
      set(settingKeys.caExpiringDays, 60);
      set(settingKeys.expiringDays, 10);
      set(settingKeys.minRsaKeyBits, 3072);
      set(settingKeys.certificateRoles, { '0a1b': 'tls-server' });
      set(settingKeys.outlineMaxItems, 300);
      assert.deepEqual(readServerSettings(nested), {
        nonCaKeySpecSeverity: 'error',
        maxProblems: 7,
        keySpecOnlyAbove: 3 * 1024 * 1024,
        health: { severities: { 'key.short': 'off' }, caExpiringDays: 60, expiringDays: 10, minRsaKeyBits: 3072, roles: { '0a1b': 'tls-server' } },
        outlineMaxItems: 300,
      });
    });

    it('each rule that names a setting names a contributed one', () => {
      const named = Object.entries(rules).flatMap(([code, rule]) => ('setting' in rule && rule.setting ? [[code, rule.setting] as const] : []));
      assert.ok(named.length > 0);
      for (const [code, setting] of named) assert.ok(ours.includes(setting), `${code} names ${setting}`);
    });
  });

  describe('commands: common/commandIds.ts ⇔ package.json contributes.commands and menus', () => {
    const contributed = Object.values(contributedCommands);
    const internal = [...Object.values(clientCommands), ...Object.values(serverCommands)];

    it('package.json contributes exactly contributedCommands (both directions)', () => {
      assert.deepEqual(sorted(manifest.contributes.commands.map((c) => c.command)), sorted(contributed));
    });

    it('every menu entry names a contributed command, and the palette lists each contributed command', () => {
      for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
        for (const { command } of entries) assert.ok((contributed as string[]).includes(command), `${menu}: ${command}`);
      }
      assert.deepEqual(sorted(manifest.contributes.menus.commandPalette.map((c) => c.command)), sorted(contributed));
    });

    it('client and server commands are not contributed, and no two commands share an id', () => {
      for (const id of internal) assert.ok(!manifest.contributes.commands.some((c) => c.command === id), id);
      assert.equal(new Set([...contributed, ...internal]).size, contributed.length + internal.length);
    });

    it('no source file spells a command id: they all read common/commandIds.ts', () => {
      const ids = [...contributed, ...internal];
      const offenders: string[] = [];
      for (const file of [...sourceFiles('client/src'), ...sourceFiles('server/src'), ...sourceFiles('common')]) {
        if (file === path.join('common', 'commandIds.ts')) continue;
        const text = read(file);
        for (const id of ids) if (text.includes(`'${id}'`) || text.includes(`"${id}"`) || text.includes(`\`${id}\``)) offenders.push(`${file}: ${id}`);
      }
      assert.deepEqual(offenders, []);
    });
  });

  describe('language ids: common/languageIds.ts ⇔ package.json', () => {
    it('package.json declares exactly these languages, with a grammar and an activation event each', () => {
      const ids = sorted(Object.values(languageIds));
      assert.deepEqual(sorted(manifest.contributes.languages.map((l) => l.id)), ids);
      // Injections (the Markdown fenced blocks) belong to no language.
      const languageGrammars = manifest.contributes.grammars.filter((g) => !('injectTo' in g));
      assert.deepEqual(sorted(languageGrammars.map((g) => g.language)), ids);
      for (const id of ids) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), id);
      for (const { language } of manifest.contributes.snippets) assert.ok(ids.includes(language), language);
    });
  });

  describe('diagnostic codes: rules.ts only', () => {
    it('the client and common/ spell no rule code (the client reads what the server says, never a code)', () => {
      const offenders: string[] = [];
      for (const file of [...sourceFiles('client/src'), ...sourceFiles('common')]) {
        const text = read(file);
        for (const code of Object.keys(rules)) if (text.includes(`'${code}'`) || text.includes(`"${code}"`)) offenders.push(`${file}: ${code}`);
      }
      assert.deepEqual(offenders, []);
    });
  });

  describe('the frame line: common/lineShapes.ts FRAME ⇔ firstLine ⇔ the dump grammar', () => {
    const eq = (n: number): string => '='.repeat(n);
    const frame = (n: number, word = 'Certificate', index = '3', m = n): string => `${eq(n)} ${word} ${index} ${eq(m)}`;
    /** Lines at and around the edges of the shape; `expected` is what FRAME must say (checked first). */
    const samples: [string, boolean][] = [
      [frame(16), true],
      [frame(5), true],
      [frame(20), true],
      [frame(16, 'Certificate', '3', 5), true],
      [frame(100, 'Certificate', '0'), true],
      [frame(4), false],
      [frame(3), false],
      [frame(5, 'Certificate', '3', 4), false],
      [frame(16, '证书', '0'), true],
      [frame(16, 'Zertifikat', '16'), true],
      [frame(16, 'a=b', '1'), true],
      [frame(16, '=====', '1'), true],
      [`  \t${frame(16)}`, true],
      [`\ufeff${frame(16)}`, true],
      [`\u00a0${frame(16)}`, true],
      [`\u3000${frame(16)}`, true],
      [`\u0085${frame(16)}`, false],
      [`${frame(16)}  \t`, true],
      [`${frame(16)}\u00a0`, true],
      [`${frame(16)}\ufeff`, true],
      [`${frame(16)}\u0085`, false],
      [frame(16, 'Cert\u0085ificate'), true],
      [frame(16, 'Cert\ufeffificate'), false],
      [`${eq(16)}  Certificate 3 ${eq(16)}`, false],
      [`${eq(16)} Certificate\t3 ${eq(16)}`, false],
      [`${eq(16)} Certificate ${eq(16)}`, false],
      [frame(16, 'Certificate', 'x'), false],
      [frame(16, 'Certificate', '\u0663'), false],
      [frame(16, 'Certificate', '3a'), false],
      [`${frame(16)} x`, false],
      [`x ${frame(16)}`, false],
      [`${eq(16)} Begin Nesting Level 1 ${eq(16)}`, false],
      [`${eq(16)}  ${eq(16)}`, false],
      [eq(32), false],
      ['', false],
    ];

    it('FRAME accepts and rejects the samples as intended', () => {
      for (const [line, expected] of samples) assert.equal(FRAME.test(line), expected, JSON.stringify(line));
    });

    it("package.json's firstLine holds FRAME verbatim and agrees with it on every sample", () => {
      const dump = manifest.contributes.languages.find((l) => l.id === languageIds.dump);
      assert.ok(dump?.firstLine);
      assert.ok(dump.firstLine.includes(FRAME.source.slice(1, -1)), `firstLine does not hold ${FRAME.source}`);
      // VS Code compiles firstLine with new RegExp(firstLine), no flags, and tests the document's first line.
      const firstLine = new RegExp(dump.firstLine);
      for (const [line] of samples) assert.equal(firstLine.test(line), FRAME.test(line), JSON.stringify(line));
      assert.ok(firstLine.test('X509 Certificate:') && firstLine.test('\ufeffX.509-Zertifikat:'), 'a frameless -dump starts with X509 Certificate:');
    });

    it('the dump grammar highlights a line as a frame exactly when FRAME accepts it', async () => {
      const grammar = await loadGrammar('source.certutil-dump');
      for (const [line] of samples) {
        const [tokens] = tokenize(grammar, line);
        const isFrame = tokens.some((t) => t.scopes.includes('markup.heading.frame.certutil-dump'));
        assert.equal(isFrame, FRAME.test(line), JSON.stringify(line));
      }
    });
  });

  describe('format facts: code comments cite sections that docs/formats.md has', () => {
    const formats = read('docs/formats.md');
    const headings = new Set([...formats.matchAll(/^#{2,4} (§\d+(?:\.\d+)*) /gm)].map((m) => m[1]));
    const files = [
      ...sourceFiles('client'),
      ...sourceFiles('common'),
      ...sourceFiles('server'),
      ...sourceFiles('test'),
      ...sourceFiles('bench'),
      ...sourceFiles('scripts'),
    ]
      .concat(['syntaxes/certutil-dump.tmLanguage.json', 'syntaxes/certutil-inf.tmLanguage.json'])
      .filter((f) => !f.includes('node_modules'));

    it('has the numbered sections the code cites (§1-§5) and keeps them above the appended blocks', () => {
      for (const section of ['§1', '§1.5', '§2', '§2.1', '§2.2', '§2.3', '§2.4', '§3', '§4', '§5']) assert.ok(headings.has(section), section);
      assert.ok(formats.includes('<!-- further sections below -->'));
    });

    it('every `docs/formats.md §N` citation names an existing section', () => {
      const missing: string[] = [];
      for (const file of files) {
        for (const m of read(file).matchAll(/docs\/formats\.md (§\d+(?:\.\d+)*)/g)) if (!headings.has(m[1])) missing.push(`${file}: ${m[1]}`);
      }
      assert.deepEqual(missing, []);
    });

    it('nothing cites the notes kept outside the repository', () => {
      const outside: string[] = [];
      // Built from parts so this file does not name what it forbids.
      const forbidden = new RegExp(['FORMATS', '\\.md|\\[S\\d+b?\\]'].join(''));
      for (const file of files) if (forbidden.test(read(file))) outside.push(file);
      assert.deepEqual(outside, []);
    });
  });
});

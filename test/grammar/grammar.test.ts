import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { keyProvLabels } from '../../server/src/service/data/dumpLabels';
import { keyProvFlags } from '../../server/src/service/data/flags';
import { keyProvPairs } from '../../server/src/service/data/keyProvPairs';
import { keySpecs } from '../../server/src/service/data/keySpec';
import { propertyIds } from '../../server/src/service/data/propertyIds';
import { providers } from '../../server/src/service/data/providers';
import { systemStores } from '../../server/src/service/data/stores';
import { INITIAL } from 'vscode-textmate';
import { grammarFiles, loadGrammar, scopeSuffix, scopesOf, tokenize, type GrammarScope, type Token } from './textmate';

const DUMP: GrammarScope = 'source.certutil-dump';
const INF: GrammarScope = 'source.certutil-inf';
const MARKDOWN = 'text.html.markdown';
const fixtures = path.join(__dirname, '..', 'fixtures', 'grammar');
const updateSnapshots = process.env.UPDATE_SNAPSHOTS === '1';

/**
 * One line per source line, then one per token: `"text" -> scopes` (outermost first, suffix dropped; `-` for none).
 * A Markdown file mixes three grammars, so its scopes are kept whole (no suffix).
 */
function formatSnapshot(lines: string[], tokens: Token[][], suffix?: string): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(`[${i + 1}] ${line}`);
    for (const token of tokens[i]) {
      const scopes = token.scopes.map((s) => (suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s)).join(' ');
      out.push(`    ${JSON.stringify(token.text)} -> ${scopes || '-'}`);
    }
  });
  return out.join('\n') + '\n';
}

async function snapshotOf(file: string): Promise<string> {
  const text = fs.readFileSync(path.join(fixtures, file), 'utf8').replace(/\r?\n$/, '');
  const lines = text.split(/\r\n|\r|\n/);
  // Markdown: VS Code's own grammar (from the code-server runtime) plus our injection, wired from package.json.
  if (file.endsWith('.md')) return formatSnapshot(lines, tokenize(await loadGrammar(MARKDOWN), text));
  const scopeName = file.endsWith('.inf') ? INF : DUMP;
  return formatSnapshot(lines, tokenize(await loadGrammar(scopeName), text), scopeSuffix(scopeName));
}

/** Asserts that the token `text` on `line` carries `scope` (its innermost scope, or any when `anywhere`). */
async function check(scopeName: GrammarScope, line: string, text: string, scope: string): Promise<void> {
  const scopes = await scopesOf(scopeName, line, text);
  assert.ok(scopes, `no token ${JSON.stringify(text)} in ${JSON.stringify(line)}`);
  assert.equal(scopes[scopes.length - 1], scope, `${JSON.stringify(text)} in ${JSON.stringify(line)}: ${scopes.join(' ')}`);
}

describe('grammar snapshots', () => {
  const files = fs
    .readdirSync(fixtures)
    .filter((f) => /\.(txt|inf|md)$/.test(f))
    .sort();

  it('has fixtures for both grammars', () => {
    assert.ok(files.some((f) => f.endsWith('.txt')) && files.some((f) => f.endsWith('.inf')));
  });

  for (const file of files) {
    it(file, async () => {
      const snapFile = path.join(fixtures, `${file}.snap`);
      const actual = await snapshotOf(file);
      if (updateSnapshots) {
        fs.writeFileSync(snapFile, actual);
        return;
      }
      assert.ok(fs.existsSync(snapFile), `no snapshot ${path.basename(snapFile)}: run with UPDATE_SNAPSHOTS=1 and review it`);
      assert.equal(actual, fs.readFileSync(snapFile, 'utf8'), `${file} tokenizes differently from its snapshot (UPDATE_SNAPSHOTS=1 rewrites it)`);
    });
  }

  it('leaves no stale snapshot behind', () => {
    const stale = fs.readdirSync(fixtures).filter((f) => f.endsWith('.snap') && !files.includes(f.slice(0, -'.snap'.length)));
    assert.deepEqual(stale, []);
  });
});

describe('grammar rules', () => {
  const cases: [GrammarScope, string, string, string][] = [
    // dump: structure, any language
    [DUMP, '================ 证书 0 ================', '证书', 'entity.name.section.certificate.certutil-dump'],
    [DUMP, 'Trust "Enterprise Trust"', 'Trust', 'entity.name.section.store.certutil-dump'],
    [DUMP, '\t\tCERT_KEY_PROV_INFO_PROP_ID(2):', 'CERT_KEY_PROV_INFO_PROP_ID', 'entity.name.function.property-id.certutil-dump'],
    [DUMP, '  Unbekannte Eigenschaft(98):', 'Unbekannte Eigenschaft', 'entity.name.function.property-id.unknown.certutil-dump'],
    [DUMP, '提供程序类型 = 1', '提供程序类型', 'support.type.property-name.label.certutil-dump'],
    [DUMP, 'Numéro de série\u00a0: 1f3e5d7c9b', 'Numéro de série', 'support.type.property-name.label.certutil-dump'],
    [DUMP, 'Flags = 20 (32)', '20', 'constant.numeric.integer.hexadecimal.certutil-dump'],
    [DUMP, 'Flags = 20 (32)', '32', 'constant.numeric.integer.decimal.certutil-dump'],
    [DUMP, '    KeySpec = 0 -- XCN_AT_NONE', '--', 'keyword.operator.decode.certutil-dump'],
    [DUMP, '    0000  30 82 01 0a 02 82 01 01  00 ce 12 c8 a4 26 00 71', '0000', 'entity.other.attribute-name.offset.certutil-dump'],
    [DUMP, '    eb d4 10 40 e4 bb 3e c7  42 c9 e3 81 d3 1e f2 a4   ...@..>.B.......', '...@..>.B.......', 'comment.line.ascii-gutter.certutil-dump'],
    [DUMP, 'Cert Hash(sha1): 1abb2ad73583007e9de803291960146d94ad9a52', '1abb2ad73583007e9de803291960146d94ad9a52', 'constant.numeric.hex.hash.certutil-dump'],
    [DUMP, '    Algorithm ObjectId: 1.2.840.113549.1.1.11 sha256RSA', '1.2.840.113549.1.1.11', 'constant.numeric.oid.certutil-dump'],
    [DUMP, '    CN=Contoso CA', 'CN', 'entity.other.attribute-name.rdn.certutil-dump'],
    [DUMP, '    2.5.29.19: Flags = 1(Critical), Length = 5\n    Basic Constraints', 'Basic Constraints', 'entity.name.tag.extension.certutil-dump'],
    [DUMP, '公钥匹配测试成功', '公钥匹配测试成功', 'markup.inserted.status.passed.certutil-dump'],
    [DUMP, ' NotBefore: 16.04.2009. 11:04', '16.04.2009. 11:04', 'constant.other.date.certutil-dump'],
    [DUMP, 'Signature test passed', 'Signature test passed', 'markup.inserted.status.passed.certutil-dump'],
    [DUMP, 'Encryption test FAILED', 'Encryption test FAILED', 'invalid.illegal.status.failed.certutil-dump'],
    [DUMP, 'Private key is NOT exportable', 'Private key is NOT exportable', 'markup.changed.status.notice.certutil-dump'],
    [DUMP, 'CertUtil: -store command completed successfully.', '-store', 'keyword.other.verb.certutil-dump'],
    [
      DUMP,
      'CertUtil: -store command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)',
      'CertUtil: -store command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)',
      'invalid.illegal.status.failed.certutil-dump',
    ],
    // INF: lexical rules of docs/formats.md §2.1
    [INF, '[Properties] ; key provider', 'Properties', 'entity.name.section.certutil-inf'],
    [INF, '  _continue_ = "KeySpec=0"', '_continue_', 'keyword.control.continue.certutil-inf'],
    [INF, '2 = "{text}" ; Add Key Provider Information property', 'text', 'storage.type.encoding.certutil-inf'],
    [INF, '127 = "{hex}"', 'hex', 'storage.type.encoding.certutil-inf'],
    [INF, '2 = "{text}" ; Add Key Provider Information property', ' Add Key Provider Information property', 'comment.line.semicolon.certutil-inf'],
    [INF, '11 = "{text}a ""b"" ; c"', '""', 'constant.character.escape.quote.certutil-inf'],
    [INF, '11 = "{text}a ""b"" ; c"', ' ; c', 'string.quoted.double.certutil-inf'],
    [INF, '_continue_="Container = X&"   // Replace "X"; Keep the sign', '//', 'invalid.illegal.remark.certutil-inf'],
    [INF, '_continue_="Container = X&"   // Replace "X"; Keep the sign', ' Keep the sign', 'comment.line.semicolon.certutil-inf'],
    [INF, '_continue_ = "Flags=0x20&" # machine key', '#', 'invalid.illegal.remark.certutil-inf'],
    [INF, '_continue_ = "Flags=0x20&"', '&', 'keyword.operator.pair-separator.certutil-inf'],
    [INF, '_continue_ = "Flags=0x20&"', '0x20', 'constant.numeric.integer.hexadecimal.certutil-inf'],
    [INF, '_continue_ = "dns=web01.contoso.com&"', 'dns', 'variable.other.property.pair.certutil-inf'],
    [INF, 'URL=http://pki.contoso.com/cps.txt', 'http://pki.contoso.com/cps.txt', 'markup.underline.link.certutil-inf'],
    [INF, '%szOID_ENROLL_CERTTYPE_EXTENSION% = "{text}WebServer"', 'szOID_ENROLL_CERTTYPE_EXTENSION', 'variable.other.strkey.certutil-inf'],
    [INF, 'Percent = "100%% done"', '%%', 'constant.character.escape.percent.certutil-inf'],
    [INF, 'SAN = "dns=a&" \\', '\\', 'constant.character.escape.line-continuation.certutil-inf'],
    [INF, 'KeyLength = 2048', '2048', 'constant.numeric.integer.decimal.certutil-inf'],
    [INF, '19 = Empty', 'Empty', 'constant.language.empty.certutil-inf'],
    [INF, '[Unclosed', '[Unclosed', 'invalid.illegal.section.certutil-inf'],
  ];
  for (const [scopeName, line, text, scope] of cases) {
    it(`${scopeName === DUMP ? 'dump' : 'inf'}: ${JSON.stringify(text)} in ${JSON.stringify(line)} is ${scope}`, () => check(scopeName, line, text, scope));
  }

  it('inf: a line ending in \\ continues the entry on the next line', async () => {
    const [, next] = tokenize(await loadGrammar(INF), 'SAN = "dns=a&" \\\n  "dns=b"\n[Next]');
    assert.ok(
      next.every((t) => t.scopes[0] === 'meta.entry.certutil-inf'),
      JSON.stringify(next),
    );
  });

  it('inf: // inside quotes and in a URL is not a remark', async () => {
    const [tokens] = tokenize(await loadGrammar(INF), 'Notice = "see // here" ; c\nURL=ldap:///CN=CA,CN=AIA');
    assert.ok(!tokens.some((t) => t.scopes.some((s) => s.startsWith('invalid'))), JSON.stringify(tokens));
  });
});

describe('grammars agree with the domain tables', () => {
  it('every KeySpec symbol is a keyspec constant in dumps and INFs', async () => {
    for (const { value, names } of keySpecs) {
      for (const name of names) {
        await check(DUMP, `    KeySpec = ${value} -- ${name}`, name, 'constant.language.keyspec.certutil-dump');
        await check(INF, ` KeySpec = ${name}`, name, 'constant.language.keyspec.certutil-inf');
        await check(INF, `_continue_ = "KeySpec=${name}"`, name, 'constant.language.keyspec.certutil-inf');
      }
    }
  });

  it('every key-provider pair name is a key-provider name wherever a fragment starts', async () => {
    for (const { name } of keyProvPairs) {
      for (const line of [
        `_continue_ = "${name}=x&"`,
        `_continue_="${name} = x&"`,
        `2 = "{text}${name}=x&"`,
        `2 = "{text}Container=y&${name}=x"`,
        `_continue_ = "${name.toLowerCase()}=x&"`,
      ]) {
        const text = line.includes(name) ? name : name.toLowerCase();
        await check(INF, line, text, 'support.type.property-name.key-provider.certutil-inf');
      }
    }
  });

  it('every known provider name is a provider, under any key-provider label and in INFs', async () => {
    for (const { name } of providers) {
      for (const label of keyProvLabels.provider) {
        await check(DUMP, `    ${label} = ${name}`, name, 'support.class.provider.certutil-dump');
      }
      await check(DUMP, `Provider Name: ${name}`, name, 'support.class.provider.certutil-dump');
      await check(INF, `_continue_ = "Provider=${name}&"`, name, 'support.class.provider.certutil-inf');
      await check(INF, `_continue_ = "Provider = ${name}&"`, name, 'support.class.provider.certutil-inf');
      await check(INF, ` ProviderName = "${name}"`, name, 'support.class.provider.certutil-inf');
    }
  });

  it('every key-provider flag name is a flag in a decode line', async () => {
    for (const { value, names } of keyProvFlags) {
      for (const name of names) {
        await check(DUMP, `  ${name} -- ${value.toString(16)} (${value})`, name, 'constant.language.flag.certutil-dump');
      }
    }
  });

  it('every property id header is a property header', async () => {
    for (const { id, name } of propertyIds) {
      await check(DUMP, `  ${name}(${id}):`, name, 'entity.name.function.property-id.certutil-dump');
      await check(DUMP, `  ${name}(${id}):`, String(id), 'constant.numeric.integer.property-id.certutil-dump');
    }
  });

  it('every system store starts a store header, bare or with its display name', async () => {
    for (const store of systemStores) {
      await check(DUMP, store, store, 'entity.name.section.store.certutil-dump');
      await check(DUMP, `${store.toUpperCase()} "Display Name"`, store.toUpperCase(), 'entity.name.section.store.certutil-dump');
    }
  });
});

describe('grammar files', () => {
  for (const [scopeName, file] of Object.entries(grammarFiles) as [GrammarScope, string][]) {
    const grammar = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

    it(`${path.basename(file)}: every scope ends in ${scopeSuffix(scopeName)}`, () => {
      const bad: string[] = [];
      walk(grammar, (key, value) => {
        if ((key === 'name' || key === 'contentName') && typeof value === 'string' && value !== grammar.name) {
          bad.push(...value.split(' ').filter((s) => !s.endsWith(scopeSuffix(scopeName))));
        }
      });
      assert.equal(grammar.scopeName, scopeName);
      assert.deepEqual(bad, []);
    });

    it(`${path.basename(file)}: every include resolves and every repository rule is used`, () => {
      const repository = grammar.repository as Record<string, unknown>;
      const included = new Set<string>();
      walk(grammar, (key, value) => {
        if (key === 'include' && typeof value === 'string') included.add(value);
      });
      assert.deepEqual(
        [...included].filter((i) => !(i.startsWith('#') && i.slice(1) in repository)),
        [],
      );
      assert.deepEqual(
        Object.keys(repository).filter((r) => !included.has(`#${r}`)),
        [],
      );
    });
  }
});

/** Visits every key/value pair of a parsed JSON value. */
function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item) => walk(item, visit));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value);
      walk(value, visit);
    }
  }
}

describe('grammar budget: 100,000-character lines (no catastrophic backtracking)', () => {
  const length = 100_000;
  /** A generous bound: these lines take under 0.3 s here; the one blow-up found while writing them (an RDN rule
   *  restarting at every digit of `1.1.1...`) took 26 s. */
  const boundMs = 1000;
  const fill = (unit: string, prefix = ''): string => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length - prefix.length);
  const shapes: Record<string, string> = {
    'contiguous hex': fill('0123456789abcdef'),
    'hex dump bytes': fill('30 82 01 0a ', '    0000  '),
    'hex pairs ending in a non-hex word': fill('ab ab ab ab ab abz '),
    'a run of =': fill('='),
    'a run of -': fill('-'),
    'an unterminated quote': fill('x', 'Subject = "'),
    'an unterminated key-provider string': fill('a&', '_continue_ = "Container='),
    'a label without colon': fill('Key Container '),
    'spaces between two words': 'a' + ' '.repeat(length - 2) + 'b',
    'OID-like digits and dots': fill('1.'),
    'repeated pairs': fill('a = '),
    'repeated RDNs': fill('CN=a, '),
    'repeated remarks': fill(' // x "y"'),
    'repeated strkeys': fill('%a'),
    'repeated encoding prefixes': fill('{text}', '2 = "'),
    'repeated "" escapes': fill('""'),
    'repeated flag decodes': fill('A_B -- '),
    'repeated property headers': fill('A_PROP_ID(1)'),
  };
  for (const scopeName of [DUMP, INF]) {
    for (const [shape, line] of Object.entries(shapes)) {
      it(`${scopeName === DUMP ? 'dump' : 'inf'}: ${shape}`, async () => {
        const grammar = await loadGrammar(scopeName);
        // Best of two: the first long line also pays for JIT warm-up; a blow-up is slow both times.
        let elapsed = Infinity;
        for (let run = 0; run < 2; run++) {
          const start = performance.now();
          const { tokens } = grammar.tokenizeLine(line, INITIAL);
          elapsed = Math.min(elapsed, performance.now() - start);
          // vscode-textmate tokenizes the line plus a '\n', so the last token may end one past it.
          assert.ok(tokens[tokens.length - 1].endIndex >= line.length, 'the whole line is tokenized');
        }
        assert.ok(elapsed < boundMs, `${shape}: ${elapsed.toFixed(0)} ms for one ${line.length}-character line (bound ${boundMs} ms)`);
      });
    }
  }
});

describe('grammar: fenced dumps and INFs in Markdown (injection)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    contributes: {
      languages: { id: string }[];
      grammars: { scopeName: string; path: string; injectTo?: string[]; embeddedLanguages?: Record<string, string> }[];
    };
  };
  const injection = manifest.contributes.grammars.find((g) => g.scopeName === 'markdown.certutil.codeblock');

  it('package.json injects markdown.certutil.codeblock into Markdown, its embedded scopes mapped to our languages', () => {
    assert.ok(injection, 'no grammar markdown.certutil.codeblock in package.json');
    assert.deepEqual(injection.injectTo, [MARKDOWN]);
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', injection.path), 'utf8')) as Record<string, unknown>;
    assert.equal(raw.scopeName, injection.scopeName);
    const contentNames: string[] = [];
    walk(raw, (key, value) => {
      if (key === 'contentName' && typeof value === 'string') contentNames.push(value);
    });
    assert.deepEqual(Object.keys(injection.embeddedLanguages ?? {}).sort(), contentNames.sort());
    const ids = manifest.contributes.languages.map((l) => l.id);
    for (const language of Object.values(injection.embeddedLanguages ?? {})) assert.ok(ids.includes(language), language);
  });

  it('the injection includes only its own rules (each used) and our two grammars', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', injection!.path), 'utf8')) as { repository: Record<string, unknown> };
    const included = new Set<string>();
    walk(raw, (key, value) => {
      if (key === 'include' && typeof value === 'string') included.add(value);
    });
    const local = [...included].filter((i) => i.startsWith('#'));
    assert.deepEqual(
      local.filter((i) => !(i.slice(1) in raw.repository)),
      [],
    );
    assert.deepEqual(
      Object.keys(raw.repository).filter((r) => !included.has(`#${r}`)),
      [],
    );
    assert.deepEqual([...included].filter((i) => !i.startsWith('#')).sort(), Object.keys(grammarFiles).sort());
  });

  const cases: [string, string | undefined][] = [
    ['certutil', 'meta.embedded.block.certutil-dump'],
    ['certutil-dump', 'meta.embedded.block.certutil-dump'],
    ['Certutil', 'meta.embedded.block.certutil-dump'],
    ['certutil {.dump}', 'meta.embedded.block.certutil-dump'],
    ['inf', 'meta.embedded.block.certutil-inf'],
    ['certutil-inf', 'meta.embedded.block.certutil-inf'],
    ['INF title="KeyProv.inf"', 'meta.embedded.block.certutil-inf'],
    ['certutilx', undefined],
    ['infra', undefined],
    ['ini', undefined],
    ['', undefined],
  ];
  for (const [tag, embedded] of cases) {
    it(`\`\`\`${tag} ${embedded ? `is ${embedded}` : 'is not ours'}`, async () => {
      const [, body, close, after] = tokenize(await loadGrammar(MARKDOWN), `\`\`\`${tag}\nKeySpec = 0\n\`\`\`\nKeySpec = 0`);
      const ours = (t: Token): boolean => t.scopes.some((s) => s.startsWith('meta.embedded.block.certutil'));
      if (embedded)
        assert.ok(
          body.every((t) => t.scopes.includes(embedded)),
          JSON.stringify(body),
        );
      else assert.ok(!body.some(ours), JSON.stringify(body));
      // The closing fence ends the block: neither it nor the paragraph after it is ours.
      assert.ok(![...close, ...after].some(ours), JSON.stringify([close, after]));
    });
  }
});

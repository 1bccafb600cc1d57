import * as assert from 'node:assert/strict';
import { providers } from '../../server/src/service/data/providers';
import { expandSnippet, loadSnippets, snippetChoices } from './snippetExpand';
import { loadGrammar, tokenize } from './textmate';

const snippets = loadSnippets();
// The KeyProv.inf snippet writes KeySpec=0: a provider reported to refuse KeySpec 0 is not offered (docs/formats.md §D.6).
const kspNames = providers.filter((p) => p.kind === 'ksp' && p.keySpecFact?.kind !== 'legacy-keyspec').map((p) => p.name);

/** The `_continue_` chains of an INF: the fragments (quoted text) of each run of `_continue_` lines. */
function continueChains(inf: string): string[][] {
  const chains: string[][] = [];
  let current: string[] | undefined;
  for (const line of inf.split('\n')) {
    const fragment = /^\s*_continue_\s*=\s*"(.*)"\s*(?:;.*)?$/i.exec(line);
    if (fragment) {
      if (!current) chains.push((current = []));
      current.push(fragment[1]);
    } else {
      current = undefined;
    }
  }
  return chains;
}

describe('snippet expansion helper', () => {
  const cases: [string, string, Record<number, string>?][] = [
    ['${1:Contoso CA}', 'Contoso CA'],
    ['${2|0x20,0|}', '0x20'],
    ['${1:a} and $1 and ${1}', 'a and a and a'],
    ['"$1"', '"21000000044a"', { 1: '21000000044a' }],
    ['Signature="\\$Windows NT\\$"', 'Signature="$Windows NT$"'],
    ['${1:outer ${2:inner}} $2', 'outer inner inner'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['end$0', 'end'],
  ];
  for (const [body, expected, values] of cases) {
    it(`expands ${JSON.stringify(body)}`, () => assert.equal(expandSnippet(body, values), expected));
  }

  it('refuses variables and tab stops without a value', () => {
    assert.throws(() => expandSnippet('$TM_FILENAME'), /variable/);
    assert.throws(() => expandSnippet('"$Windows NT$"'), /variable/);
    assert.throws(() => expandSnippet('$3'), /no default/);
  });
});

describe('INF snippets', () => {
  it('contributes the five INF skeletons', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    for (const prefix of ['keyprov', 'friendlyname', 'certreq', 'capolicy-root', 'capolicy-issuing']) {
      assert.ok(prefixes.includes(prefix), `no snippet with prefix ${prefix}`);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(name, () => {
      const text = expandSnippet(snippet.body);

      it('has a prefix, a body and a description', () => {
        assert.ok(snippet.prefix.length > 0 && snippet.body.length > 0 && snippet.description);
      });

      it('is made of sections, ; comments and key = value lines only', () => {
        for (const line of text.split('\n')) {
          if (!line.trim()) continue;
          assert.match(line, /^(?:\[[A-Za-z_]+\]|;.*|\s*[\w.%]+\s*=\s*(?:"(?:[^"]|"")*"|[^";]*?)\s*(?:;.*)?)$/, `odd line ${JSON.stringify(line)}`);
          assert.doesNotMatch(line, /\/\//, `// is not an INF comment: ${JSON.stringify(line)}`);
        }
      });

      it('ends every _continue_ fragment but the last in &', () => {
        for (const chain of continueChains(text)) {
          chain.slice(0, -1).forEach((fragment) => assert.ok(fragment.endsWith('&'), `no & after ${JSON.stringify(fragment)}`));
          assert.ok(!chain[chain.length - 1].endsWith('&'), `trailing & after ${JSON.stringify(chain[chain.length - 1])}`);
        }
      });

      it('highlights with no invalid token', async () => {
        const grammar = await loadGrammar('source.certutil-inf');
        const invalid = tokenize(grammar, text)
          .flat()
          .filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
        assert.deepEqual(invalid, []);
      });
    });
  }

  it('KeyProv.inf offers exactly the KSPs of the provider table, the Microsoft Software KSP first', () => {
    const body = snippets['KeyProv.inf: repair the key provider information'].body;
    const providerChoice = [...snippetChoices(body).values()].find((options) => options.some((o) => o.includes('Key Storage Provider')));
    assert.deepEqual(providerChoice, kspNames);
    assert.equal(providerChoice[0], 'Microsoft Software Key Storage Provider');
  });

  it('KeyProv.inf writes KeySpec=0, ProviderType=0 and Flags in 0x hex for a KSP key', () => {
    const text = expandSnippet(snippets['KeyProv.inf: repair the key provider information'].body);
    const [chain] = continueChains(text);
    assert.deepEqual(
      chain.map((f) => f.replace(/&$/, '').split('=')[0]),
      ['Container', 'Provider', 'ProviderType', 'Flags', 'KeySpec'],
    );
    assert.ok(chain.includes('ProviderType=0&') && chain.includes('Flags=0x20&') && chain.includes('KeySpec=0'));
  });

  it('certreq offers only KSPs, since it writes KeySpec = 0 and no ProviderType', () => {
    const snippet = snippets['certreq request.inf: new request with a KSP key'];
    const text = expandSnippet(snippet.body);
    assert.match(text, /^KeySpec = 0$/m);
    assert.doesNotMatch(text, /^ProviderType/m);
    const providerChoice = [...snippetChoices(snippet.body).values()].find((options) => options.some((o) => o.includes('Provider')));
    assert.ok(providerChoice && providerChoice.every((name) => kspNames.includes(name)), JSON.stringify(providerChoice));
  });

  it('CAPolicy.inf for a root CA has empty CDP and AIA sections; the issuing CA has neither', () => {
    const root = expandSnippet(snippets['CAPolicy.inf: root CA'].body);
    assert.match(root, /^\[CRLDistributionPoint\]\n\n\[AuthorityInformationAccess\]\n?$/m);
    const issuing = expandSnippet(snippets['CAPolicy.inf: issuing CA'].body);
    assert.doesNotMatch(issuing, /CRLDistributionPoint|AuthorityInformationAccess/);
    for (const text of [root, issuing]) {
      assert.match(text, /^\[Version\]\nSignature="\$Windows NT\$"$/m);
      for (const line of ['CRLPeriod=Weeks', 'CRLDeltaPeriodUnits=0', 'LoadDefaultTemplates=0', 'AlternateSignatureAlgorithm=0']) {
        assert.ok(text.split('\n').includes(line), `missing ${line}`);
      }
    }
    // RenewalValidityPeriod applies only to a root renewing itself: the parent CA sets an issuing CA's validity.
    assert.ok(root.split('\n').includes('RenewalValidityPeriod=Years'), 'the root CA snippet lacks RenewalValidityPeriod');
    assert.doesNotMatch(issuing, /^RenewalValidityPeriod/m);
  });
});

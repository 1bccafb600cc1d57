import * as assert from 'node:assert/strict';
import { diagnose, defaultCheckOptions, parse } from '../../server/src/service/languageService';
import { expandSnippet, loadSnippets } from './snippetExpand';

/** What an admin types over the placeholders of each snippet that has some (issue 14: untouched, they must not pass). */
const typed: Record<string, Record<number, string>> = {
  'KeyProv.inf: repair the key provider information': { 1: '2a00000031e07b5c9d2a4f8e61000000000031', 2: 'Tailspin Issuing CA 01' },
  'KeyProv.inf: friendly name property': { 1: 'Tailspin Issuing CA 01 (2026)' },
  'certreq request.inf: new request with a KSP key': { 1: 'CN=pki01.tailspin.local' },
};

function problems(name: string, text: string): string[] {
  // The friendly-name snippet is one line for an existing [Properties] section.
  const inf = /^\s*\[/m.test(text) ? text : `[Properties]\r\n${text}`;
  const fileName = /capolicy/i.test(name) ? 'CAPolicy.inf' : 'KeyProv.inf';
  const parsed = parse('certutil-inf', inf, fileName)!;
  assert.notEqual(parsed.language === 'inf' && parsed.kind, 'other', 'the snippet is recognised as a certutil INF');
  return diagnose(parsed, defaultCheckOptions).map((p) => `${p.code} ${inf.slice(p.start, p.end)}`);
}

/** Snippets validate clean once their placeholders are filled in, and not before (issue 3, part 6; issue 14). */
describe('snippets validate', () => {
  for (const [name, snippet] of Object.entries(loadSnippets())) {
    it(`${name}: clean once filled in`, () => {
      assert.deepEqual(problems(name, expandSnippet(snippet.body, {}, typed[name] ?? {})), []);
    });
  }

  for (const name of Object.keys(typed)) {
    it(`${name}: untouched, its placeholders are problems`, () => {
      const snippet = loadSnippets()[name];
      assert.ok(snippet, `no snippet ${name}`);
      const found = problems(name, expandSnippet(snippet.body));
      assert.ok(found.length > 0 && found.every((p) => p.startsWith('inf.placeholder ')), `untouched ${name} gives ${JSON.stringify(found)}`);
    });
  }
});

import * as assert from 'node:assert/strict';
import { diagnose, defaultCheckOptions, parse } from '../../server/src/service/languageService';
import { expandSnippet, loadSnippets } from './snippetExpand';

/** Snippets must validate clean once their tab stops are filled (issue 3, part 6). */
describe('snippets validate clean', () => {
  for (const [name, snippet] of Object.entries(loadSnippets())) {
    it(name, () => {
      let text = expandSnippet(snippet.body, { 1: 'Contoso Issuing CA', 2: 'Microsoft Software Key Storage Provider' });
      // The friendly-name snippet is one line for an existing [Properties] section.
      if (!/^\s*\[/m.test(text)) text = `[Properties]\r\n${text}`;
      const fileName = /capolicy/i.test(name) ? 'CAPolicy.inf' : 'KeyProv.inf';
      const parsed = parse('certutil-inf', text, fileName)!;
      assert.notEqual(parsed.language === 'inf' && parsed.kind, 'other', 'the snippet is recognised as a certutil INF');
      assert.deepEqual(diagnose(parsed, defaultCheckOptions).map((p) => `${p.code} ${text.slice(p.start, p.end)}`), []);
    });
  }
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules, RULES_DOCS_URL, ruleDocsUrl, type RuleCode } from '../../server/src/service/rules';
import { healthCodes } from './ruleCodes';

const rulesMd = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

describe('rule documentation links', () => {
  const documented = (Object.keys(rules) as RuleCode[]).filter((code) => ruleDocsUrl(code) !== undefined);
  it('links every CA key health rule', () => {
    assert.ok(healthCodes.length > 0);
    for (const code of healthCodes) {
      assert.equal(ruleDocsUrl(code), `${RULES_DOCS_URL}#${code}`);
    }
  });
  it('has a section with the anchor of each linked code in docs/rules.md', () => {
    for (const code of documented) {
      assert.ok(rulesMd.includes(`<a id="${code}"></a>\n## ${code}\n`), code);
    }
  });
  it('links nothing for unknown codes', () => {
    assert.equal(ruleDocsUrl('no.such-code'), undefined);
  });
});

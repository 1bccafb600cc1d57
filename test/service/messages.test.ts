/** Every message a fixture produces has all its `{parameters}` filled: a rule template and its callers agree. */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultCheckOptions, diagnose, parse } from '../../server/src/service/languageService';

const fixtures = path.join(__dirname, '..', 'fixtures');

function fixtureFiles(): string[] {
  return fs.readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|inf)$/.test(f));
}

describe('problem messages', () => {
  it('leave no {parameter} unfilled on any fixture', () => {
    let checked = 0;
    for (const file of fixtureFiles()) {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8').replace(/^\ufeff/, '');
      const parsed = parse(file.endsWith('.inf') ? 'certutil-inf' : 'certutil-dump', text, path.basename(file));
      assert.ok(parsed);
      for (const problem of diagnose(parsed, defaultCheckOptions)) {
        checked++;
        assert.doesNotMatch(problem.message, /\{[A-Za-z]+\}/, `${file}: ${problem.code}`);
      }
    }
    assert.ok(checked > 20, `only ${checked} problems on the fixtures`);
  });
});

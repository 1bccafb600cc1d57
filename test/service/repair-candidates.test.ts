/**
 * The repair candidates of a parse are the same whether a check of the diagnostics gave them (the command line's
 * fixes, the editor's lenses after its diagnostics) or their own check found them: every setting, every fixture.
 */

import * as assert from 'node:assert/strict';
import { defaultCheckOptions, diagnose, parse, repairCandidates, type Parsed } from '../../server/src/service/languageService';
import type { Severity } from '../../server/src/service/types';
import { dumpFixtures } from '../fixtureText';

const severities: (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];
const parsed = (text: string): Parsed => parse('certutil-dump', text, 'machine.txt')!;

describe('repair candidates: the same from the diagnostics as from their own check', () => {
  for (const { name, text } of dumpFixtures()) {
    it(name, () => {
      const own = repairCandidates(parsed(text));
      for (const nonCaKeySpecSeverity of severities) {
        const diagnosed = parsed(text);
        diagnose(diagnosed, { ...defaultCheckOptions, nonCaKeySpecSeverity, today: Date.UTC(2026, 5, 1) });
        assert.deepEqual(repairCandidates(diagnosed), own, nonCaKeySpecSeverity);
      }
    });
  }

  it('with non-CA KeySpec findings off, a non-CA certificate is still a candidate', () => {
    // A fixture whose candidates include a certificate that is not a CA's: the diagnostics leave it out.
    const withNonCa = dumpFixtures().find(({ text }) => {
      const p = parsed(text);
      const shown = diagnose(p, { ...defaultCheckOptions, nonCaKeySpecSeverity: 'off' }).filter((x) => x.code === 'keyspec.ksp-nonzero');
      return shown.length < repairCandidates(parsed(text)).length;
    });
    assert.ok(withNonCa, 'no fixture has a non-CA certificate to repair');
    const p = parsed(withNonCa.text);
    diagnose(p, { ...defaultCheckOptions, nonCaKeySpecSeverity: 'off' });
    assert.deepEqual(repairCandidates(p), repairCandidates(parsed(withNonCa.text)));
  });
});

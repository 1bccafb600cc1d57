/**
 * `[Version] Signature="$Windows NT$"`; curly quotes pasted from a web page are a real-world slip
 * (docs/formats.md §2.4). Rule: `inf.signature`, fixed by writing the straight-quoted signature.
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import { replaceFix, type InfFixTable, type ReplaceData } from '../fixData';
import { sectionsNamed } from '../model';
import type { InfCheckContext } from './infCheckContext';

export function checkSignature({ doc, kind }: InfCheckContext): Problem[] {
  if (kind === 'other') return [];
  const problems: Problem[] = [];
  for (const section of sectionsNamed(doc, 'Version')) {
    for (const entry of section.entries) {
      if (entry.key?.text.trim().toLowerCase() !== 'signature') continue;
      const value = entry.value.text.trim();
      if (value.toLowerCase() === '$windows nt$') continue;
      const data: ReplaceData = { replacement: '"$Windows NT$"' };
      problems.push(
        report('inf.signature', entry.value.span.end > entry.value.span.start ? entry.value.span : entry.key.span, { value: value || '(nothing)' }, { data }),
      );
    }
  }
  return problems;
}

export const signatureFixes: InfFixTable = {
  'inf.signature': replaceFix('Write Signature={r}', { shown: (r) => r }),
};

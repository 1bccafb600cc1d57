/**
 * Section names. `[Propertes]` or `[AuthorityInfoAccess]`: a misspelt section is silently ignored, so a file can
 * do nothing without an error; the parser gives each section the known name it was meant to have (an alias from
 * data/sections.ts or a name a slip away, suggest.ts). In a CAPolicy.inf, CA setup reads only its documented
 * sections and the ones the file itself names, so any other section is ignored too (docs/formats.md §6.1-6.2).
 * A file is judged so when it has `[Certsrv_Server]`, which only CA setup reads: the extension sections alone are
 * shared with certreq -policy INFs and may sit beside sections of other programs.
 * Rules: `inf.misspelt-section` (fixed to the known name), `capolicy.unknown-section`.
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import { replaceFix, type InfFixTable, type ReplaceData } from '../fixData';
import { namesOf, referencedSections, sectionRole } from '../infSchema';
import { sectionsNamed } from '../model';
import type { InfCheckContext } from './infCheckContext';

export function checkSectionNames({ doc, kind }: InfCheckContext): Problem[] {
  const referenced = referencedSections(doc);
  const problems: Problem[] = [];
  const caSetupOnly = kind === 'capolicy' && sectionsNamed(doc, 'Certsrv_Server').length > 0;
  for (const section of doc.sections) {
    const names = namesOf(section);
    if (names.knownAsWritten || referenced.has(names.asWritten)) continue;
    const suggestion = section.known;
    if (suggestion) {
      const data: ReplaceData = { replacement: suggestion };
      problems.push(report('inf.misspelt-section', section.nameSpan, { name: section.name, suggestion }, { data }));
    } else if (caSetupOnly && names.asWritten !== '' && sectionRole(doc, section, referenced) === 'other') {
      problems.push(report('capolicy.unknown-section', section.nameSpan, { name: section.name }));
    }
  }
  return problems;
}

export const sectionNameFixes: InfFixTable = {
  'inf.misspelt-section': replaceFix('Change to [{r}]'),
};

/**
 * certutil, certreq and CA setup read `key = value` lines only; a driver INF may list bare values, so it is not
 * judged here (docs/formats.md §2.1). Rule: `inf.not-key-value` (no fix: what was meant is not knowable).
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import { movedProblems, SectionMemo } from '../infReuse';
import type { InfKind, InfSection } from '../model';
import type { InfCheckContext } from './infCheckContext';

/** Who reads each kind of file, for messages. */
const reader: Record<Exclude<InfKind, 'other'>, string> = { repairstore: 'certutil', certreq: 'certreq', capolicy: 'CA setup' };

/** Each section's findings depend on its own lines and the kind alone: kept per section (a keystroke re-checks one). */
const findings = new SectionMemo<Problem[], Exclude<InfKind, 'other'>>(movedProblems);

export function checkKeyValueLines({ doc, kind }: InfCheckContext): Problem[] {
  if (kind === 'other') return [];
  const problems: Problem[] = [];
  for (const section of doc.sections) {
    for (const problem of findings.get(section, kind, sectionFindings)) problems.push(problem);
  }
  return problems;
}

function sectionFindings(section: InfSection, kind: Exclude<InfKind, 'other'>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of section.entries) {
    if (!entry.key || entry.key.text.trim() === '') problems.push(report('inf.not-key-value', entry.span, { program: reader[kind] }));
  }
  return problems;
}

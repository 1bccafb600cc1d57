/**
 * CAPolicy.inf (FORMATS.md §2.4, [S5]) and the extension sections certreq shares with it [S4]: each known
 * section's keys and values, the policy sections that `Policies=` names, and the `[Version]` that CA setup
 * requires. Lint ideas from the corpus: `CRLPeriod=Year`, `OID=OID: ...` (bendusz), the docs' sample OID
 * (SandmanZac), a policy section nothing references.
 */

import { keysOfSection, policyKeys } from '../data/capolicySchema';
import { lookupSection } from '../data/sections';
import { report } from '../rules';
import type { Problem } from '../types';
import { nameOf, sectionsNamed, type InfDocument, type InfKind, type InfSection, type InfValue } from './model';
import { checkKeyedEntries } from './schemaRules';

const codes = { unknownKey: 'capolicy.unknown-key', badValue: 'capolicy.bad-value' } as const;
/** Keys whose value names other sections of the file. */
const REFERENCE_KEYS = new Set(['policies', 'include', 'exclude']);

export function checkPolicySections(doc: InfDocument, kind: InfKind): Problem[] {
  const problems: Problem[] = [];
  const references = referencedSections(doc);
  const byName = groupSections(doc, references);
  for (const [name, sections] of byName) {
    // [Version] is judged by its Signature alone (validate.ts); [Certsrv_Server] is CA setup's only.
    if (name === 'version' || (name === 'certsrv_server' && kind !== 'capolicy')) continue;
    const keys = keysOfSection(name);
    if (keys) for (const problem of checkKeyedEntries(sections, keys, codes).problems) problems.push(problem);
  }

  for (const [name, refs] of references) {
    if (byName.has(name)) continue;
    for (const ref of refs.filter((r) => r.policy)) problems.push(report('capolicy.missing-policy-section', ref.value.span, { name: ref.value.text.trim() }));
  }
  for (const [name, sections] of byName) {
    if (lookupSection(name) || keysOfSection(name)) continue;
    const referenced = references.get(name);
    const hasOid = sections.some((s) => s.entries.some((e) => e.key?.text.trim().toLowerCase() === 'oid'));
    // A section with an OID is a policy section even when nothing lists it (bendusz's [InternalPolicy]).
    if (referenced?.some((r) => r.policy) || (!referenced && hasOid)) for (const problem of checkKeyedEntries(sections, policyKeys, codes).problems) problems.push(problem);
    if (!referenced && hasOid) problems.push(report('capolicy.unreferenced-policy', sections[0].nameSpan, { name: sections[0].name }));
  }

  if (kind === 'capolicy' && sectionsNamed(doc, 'Version').length === 0) {
    const first = doc.sections[0];
    problems.push(report('capolicy.missing-version', first ? first.header : { start: 0, end: 0 }));
  }
  return problems;
}

/**
 * Same-named sections merge [S6]: judge them together, keyed by lowercase name; a misspelt known section under
 * the name it was meant to have, unless `Policies=` names it as written (then it is the admin's own section).
 */
function groupSections(doc: InfDocument, references: Map<string, unknown>): Map<string, InfSection[]> {
  const map = new Map<string, InfSection[]>();
  for (const section of doc.sections) {
    const key = references.has(section.name.toLowerCase()) ? section.name.toLowerCase() : nameOf(section);
    // Pushed, never copied: a copy per add is quadratic in the number of same-named sections.
    const list = map.get(key);
    if (list) list.push(section);
    else map.set(key, [section]);
  }
  return map;
}

/** Every section name a `Policies=`, `Include=` or `Exclude=` value lists, with where it is written. */
export function referencedSections(doc: InfDocument): Map<string, { value: InfValue; policy: boolean }[]> {
  const map = new Map<string, { value: InfValue; policy: boolean }[]>();
  for (const section of doc.sections) {
    if (!keysOfSection(nameOf(section))) continue;
    for (const entry of section.entries) {
      const key = entry.key?.text.trim().toLowerCase();
      if (!key || !REFERENCE_KEYS.has(key)) continue;
      for (const field of entry.fields) {
        const name = field.text.trim().toLowerCase();
        if (name === '') continue;
        const reference = { value: field, policy: key === 'policies' };
        const list = map.get(name);
        if (list) list.push(reference);
        else map.set(name, [reference]);
      }
    }
  }
  return map;
}

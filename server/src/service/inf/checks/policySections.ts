/**
 * CAPolicy.inf (docs/formats.md §2.4) and the extension sections certreq shares with it: each section's keys and
 * values by the schema `keySchemaOf` gives it, the policy sections that `Policies=` names, and the `[Version]`
 * that CA setup requires. Lint ideas from the corpus: `CRLPeriod=Year`, `OID=OID: ...`, the docs' sample OID, a
 * policy section nothing names.
 * Rules: `capolicy.missing-policy-section`, `capolicy.unreferenced-policy`, `capolicy.missing-version`,
 * `capolicy.policy-without-oid`, `capolicy.unlisted-policy` (the key and value rules are schemaKeys.ts's).
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import type { KeyInfo } from '../../data/valueSpec';
import { hasOidKey, keySchemaOf, namesOf, referencedSections, sectionRole, type SectionReference, type SectionRole } from '../infSchema';
import { movedProblems, SectionMemo } from '../infReuse';
import { sectionsNamed, type InfDocument, type InfSection } from '../model';
import type { InfCheckContext } from './infCheckContext';
import { checkKeyedEntries } from './schemaKeys';

const codes = { unknownKey: 'capolicy.unknown-key', badValue: 'capolicy.bad-value' } as const;

export function checkPolicySections({ doc, kind }: InfCheckContext): Problem[] {
  if (kind !== 'certreq' && kind !== 'capolicy') return [];
  const problems: Problem[] = [];
  const references = referencedSections(doc);
  const byName = groupSections(doc, references);
  // One role per group, found once: the key schema and the policy checks both ask.
  const roles = new Map<string, SectionRole>();
  for (const [name, sections] of byName) roles.set(name, sectionRole(doc, sections[0], references));
  for (const [name, sections] of byName) {
    // [Version] is judged by its Signature alone (signature.ts), [NewRequest] by newRequest.ts; [Certsrv_Server] is CA setup's only.
    if (name === 'version' || name === 'newrequest' || (name === 'certsrv_server' && kind !== 'capolicy')) continue;
    const keys = keySchemaOf(doc, sections[0], references, roles.get(name));
    if (keys) for (const problem of keyedFindings(sections, keys)) problems.push(problem);
  }

  for (const [name, refs] of references) {
    if (byName.has(name)) continue;
    for (const ref of refs) if (ref.policy) problems.push(report('capolicy.missing-policy-section', ref.value.span, { name: ref.value.text.trim() }));
  }
  const anyPolicyList = hasPolicyList(references);
  for (const [name, sections] of byName) {
    const role = roles.get(name);
    if (role === 'policy') checkPolicyStatement(sections, problems);
    if (role !== 'unlisted-policy') continue;
    // Without any Policies= line the file may just not build a policy extension yet; with one, this section was left out of it.
    if (anyPolicyList) problems.push(report('capolicy.unlisted-policy', sections[0].nameSpan, { name: sections[0].name }));
    else problems.push(report('capolicy.unreferenced-policy', sections[0].nameSpan, { name: sections[0].name }));
  }

  if (kind === 'capolicy' && sectionsNamed(doc, 'Version').length === 0) {
    const first = doc.sections[0];
    problems.push(report('capolicy.missing-version', first ? first.header : { start: 0, end: 0 }));
  }
  return problems;
}

/**
 * The key findings of a section alone under its name depend on its text and its key schema only: kept per section,
 * keyed by the schema, so a keystroke re-checks the section it touched. Same-named sections are judged together
 * (a key set in both is a duplicate): checked anew.
 */
const keyedOfSection = new SectionMemo<Problem[], readonly KeyInfo[]>(movedProblems);

function keyedFindings(sections: readonly InfSection[], keys: readonly KeyInfo[]): Problem[] {
  if (sections.length > 1) return checkKeyedEntries(sections, keys, codes).problems;
  return keyedOfSection.get(sections[0], keys, keyedOfOne);
}

function keyedOfOne(section: InfSection, keys: readonly KeyInfo[]): Problem[] {
  return checkKeyedEntries([section], keys, codes).problems;
}

/**
 * Each policy needs its OID (docs/formats.md §6.3). The syntax page also asks for a Notice or a URL, but CA setup
 * builds the policy from the OID alone and real files (anyPolicy above all) leave both out: not judged.
 */
function checkPolicyStatement(sections: readonly InfSection[], problems: Problem[]): void {
  const hasOid = sections.some(hasOidKey);
  const first = sections[0];
  if (!hasOid) problems.push(report('capolicy.policy-without-oid', first.nameSpan, { name: first.name }));
}

function hasPolicyList(references: ReadonlyMap<string, SectionReference[]>): boolean {
  for (const refs of references.values()) if (refs.some((r) => r.policy)) return true;
  return false;
}

/**
 * Same-named sections merge (docs/formats.md §2.1): judge them together, keyed by lowercase name; a misspelt
 * known section under the name it was meant to have, unless `Policies=` names it as written (then it is the
 * admin's own section).
 */
function groupSections(doc: InfDocument, references: ReadonlyMap<string, unknown>): Map<string, InfSection[]> {
  const map = new Map<string, InfSection[]>();
  for (const section of doc.sections) {
    const names = namesOf(section);
    const key = references.has(names.lower) ? names.lower : names.lookup;
    const list = map.get(key);
    if (list) list.push(section);
    else map.set(key, [section]);
  }
  return map;
}

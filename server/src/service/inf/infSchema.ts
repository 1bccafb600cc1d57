/**
 * Which key schema applies to a section: the one decision that the hover, the completion and the checks share
 * (docs/formats.md §2.3-2.4). A section that `Policies=` names as written is the admin's policy section (OID,
 * Notice, URL), even when its name is close to a known one; a section `Include=`/`Exclude=` names lists names,
 * whose keys are not judged; `[NewRequest]` and the known CAPolicy sections have their closed key lists; an
 * unlisted section that holds an OID is a policy section too (it is judged, and said to have no effect).
 */

import { keysOfSection, policyKeys } from '../data/capolicySchema';
import { newRequestKeys } from '../data/certreqSchema';
import { lookupSection, type KnownSection } from '../data/sections';
import type { KeyInfo } from '../data/valueSpec';
import { SectionMemo } from './infReuse';
import { nameOf, type InfDocument, type InfSection, type InfValue } from './model';

/** Keys whose value names other sections of the file. */
const REFERENCE_KEYS = new Set(['policies', 'include', 'exclude']);

/** Where a section is named: the `Policies=`, `Include=` or `Exclude=` field, and whether it is a policy list. */
export interface SectionReference {
  value: InfValue;
  policy: boolean;
}

/** The references of each parse, found once: the checks, the hover and the completion all ask for them. */
const referencesOf = new WeakMap<InfDocument, ReadonlyMap<string, SectionReference[]>>();

/** Every section name (lowercase) that a `Policies=`, `Include=` or `Exclude=` value lists, with where it is written. */
export function referencedSections(doc: InfDocument): ReadonlyMap<string, SectionReference[]> {
  const known = referencesOf.get(doc);
  if (known) return known;
  const map = new Map<string, SectionReference[]>();
  for (const section of doc.sections) {
    if (!namesOf(section).keys) continue;
    for (const entry of section.entries) {
      const key = entry.key?.text.trim().toLowerCase();
      if (!key || !REFERENCE_KEYS.has(key)) continue;
      for (const field of entry.fields) {
        const name = field.text.trim().toLowerCase();
        if (name === '') continue;
        const list = map.get(name);
        if (list) list.push({ value: field, policy: key === 'policies' });
        else map.set(name, [{ value: field, policy: key === 'policies' }]);
      }
    }
  }
  referencesOf.set(doc, map);
  return map;
}

/** Whether each section sets an `OID`: its own text's fact, kept on it, so a keystroke reads the entries of one section. */
const oidKeyOf = new SectionMemo<boolean>();

/** True when the section sets an `OID` (what makes an unlisted section a policy section). */
export function hasOidKey(section: InfSection): boolean {
  return oidKeyOf.get(section, undefined, setsOid);
}

function setsOid(section: InfSection): boolean {
  return section.entries.some((e) => e.key?.text.trim().toLowerCase() === 'oid');
}

/** What a section is, for its keys. */
export type SectionRole = 'policy' | 'unlisted-policy' | 'name-list' | 'known' | 'other';

/** The role of a section; `references` may be passed when the caller already has them. */
export function sectionRole(doc: InfDocument, section: InfSection, references = referencedSections(doc)): SectionRole {
  const names = namesOf(section);
  const asWritten = references.get(names.asWritten);
  if (asWritten?.some((r) => r.policy)) return 'policy';
  if (asWritten) return 'name-list';
  if (names.lookup === 'newrequest' || names.keys) return 'known';
  if (!names.knownLookup && hasOidKey(section)) return 'unlisted-policy';
  return 'other';
}

/**
 * What a section's name tells, in the forms the rules look it up by: found once per section and carried to the
 * moved copies of later parses (a keystroke asks for every section's, and its name has not changed).
 */
export interface SectionNames {
  /** The name as written, trimmed, lowercase: what `Policies=` lists are matched against. */
  asWritten: string;
  /** The name as written, lowercase, untrimmed (how same-named sections are grouped). */
  lower: string;
  /** `nameOf`: the known name it was meant to have, else its own, lowercase. */
  lookup: string;
  /** The known section its name as written is, and the one its lookup name is. */
  knownAsWritten?: KnownSection;
  knownLookup?: KnownSection;
  /** The closed key list of its lookup name (CAPolicy.inf's known sections). */
  keys?: readonly KeyInfo[];
}

const namesKept = new SectionMemo<SectionNames>();

export function namesOf(section: InfSection): SectionNames {
  return namesKept.get(section, undefined, findNames);
}

function findNames(section: InfSection): SectionNames {
  const lookup = nameOf(section);
  return {
    asWritten: section.name.trim().toLowerCase(),
    lower: section.name.toLowerCase(),
    lookup,
    knownAsWritten: lookupSection(section.name),
    knownLookup: lookupSection(lookup),
    keys: keysOfSection(lookup),
  };
}

/** The closed key list of a section, or undefined when its keys are not judged. */
export function keySchemaOf(
  doc: InfDocument,
  section: InfSection,
  references = referencedSections(doc),
  role = sectionRole(doc, section, references),
): readonly KeyInfo[] | undefined {
  switch (role) {
    case 'policy':
    case 'unlisted-policy':
      return policyKeys;
    case 'known':
      return namesOf(section).lookup === 'newrequest' ? newRequestKeys : namesOf(section).keys;
    default:
      return undefined;
  }
}

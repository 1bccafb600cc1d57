/**
 * The `[Properties]` section of a repairstore INF (docs/formats.md §2.2): keys are decimal property ids (§1.6);
 * property 2 (CERT_KEY_PROV_INFO_PROP_ID) is the key provider string (keyProv.ts), property 9 a comma list of
 * EKU OIDs.
 * Rules: `inf.property-id` (fixed to the id a name or hex number means), `inf.property-id-unknown`,
 * `inf.duplicate-key`, `inf.eku-not-oid`, `inf.placeholder` (its fix is placeholders.ts's).
 */

import { lookupPropertyId, propertyIds, KEY_PROV_INFO_PROP_ID } from '../../data/propertyIds';
import { report } from '../../rules';
import type { Problem, Span } from '../../types';
import { replaceFix, type InfFixTable, type PlaceholderData, type ReplaceData } from '../fixData';
import { fragmentChars, keyProvFragments, type FragmentChar } from '../keyProvString';
import { sectionsNamed, type InfEntry } from '../model';
import { isOid, isPlaceholder } from '../values';
import type { InfCheckContext } from './infCheckContext';
import { checkKeyProv } from './keyProv';

const ENHKEY_USAGE_PROP_ID = 9;
/** wincrypt.h defines ids 1-107 (docs/formats.md §1.6); newer builds and custom properties (the help's 127) go beyond. */
const LAST_LISTED_ID = 107;

export function checkProperties({ doc, kind, options }: InfCheckContext): Problem[] {
  if (kind !== 'repairstore') return [];
  const problems: Problem[] = [];
  const seen = new Map<number, InfEntry>();
  for (const section of sectionsNamed(doc, 'Properties')) {
    for (const entry of section.entries) {
      if (!entry.key || entry.isContinue || entry.key.text.trim() === '') continue;
      const id = checkId(entry, problems);
      if (id === undefined) continue;
      // `19 =` deletes the property: the help lists it as the alternative to `19 = Empty`, not a second value.
      const deletes = entry.continues.length === 0 && entry.value.text.trim() === '';
      const first = seen.get(id);
      if (deletes) continue;
      if (first) {
        problems.push(
          report(
            'inf.duplicate-key',
            entry.key.span,
            { key: `Property ${id}`, section: section.name },
            { related: [{ ...first.key!.span, message: 'First set here' }] },
          ),
        );
      } else {
        seen.set(id, entry);
      }
      // One by one: a long `_continue_` chain can have more problems than a call has arguments.
      const found =
        id === KEY_PROV_INFO_PROP_ID ? checkKeyProv(entry, doc.eol, options) : id === ENHKEY_USAGE_PROP_ID ? checkEkuProperty(entry) : checkPlaceholder(entry);
      for (const problem of found) problems.push(problem);
    }
  }
  return problems;
}

export const propertyFixes: InfFixTable = {
  'inf.property-id': replaceFix('Change to property {r}'),
};

/** The property id of a key, or undefined (with a problem) when the key is not one. */
function checkId(entry: InfEntry, problems: Problem[]): number | undefined {
  const key = entry.key!;
  const text = key.text.trim();
  if (/^\d+$/.test(text)) {
    const id = parseInt(text, 10);
    if (id < 1 || id > 0xffff) {
      problems.push(report('inf.property-id', key.span, { key: text, hint: ' Property ids run from 1 to 65535.' }));
      return undefined;
    }
    if (id <= LAST_LISTED_ID && !lookupPropertyId(id)) problems.push(report('inf.property-id-unknown', key.span, { id }));
    return id;
  }
  const meant = meantId(text);
  const data: ReplaceData | undefined = meant ? { replacement: String(meant.id) } : undefined;
  problems.push(report('inf.property-id', key.span, { key: text, hint: meant ? ` Did you mean ${meant.id} (${meant.name})?` : '' }, { data }));
  return undefined;
}

/** `0x0b`, `CERT_FRIENDLY_NAME_PROP_ID` or `FRIENDLY_NAME` for 11. */
function meantId(text: string): { id: number; name: string } | undefined {
  if (/^0x[0-9a-f]+$/i.test(text)) {
    const id = parseInt(text, 16);
    return { id, name: lookupPropertyId(id)?.name ?? 'custom' };
  }
  const name = text
    .toUpperCase()
    .replace(/^CERT_/, '')
    .replace(/_PROP_ID$/, '');
  const known = propertyIds.find((p) => p.name === `CERT_${name}_PROP_ID`);
  return known ? { id: known.id, name: known.name } : undefined;
}

/** Property 9: `{text}` then OIDs separated by `,`; the help ends even the last one with `,` (docs/formats.md §2.2). */
function checkEkuProperty(head: InfEntry): Problem[] {
  const chars = keyProvFragments(head).flatMap((f, i) => fragmentChars(f, i));
  return checkOidList(chars);
}

function checkOidList(chars: readonly FragmentChar[]): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i].c !== ',') continue;
    let a = start;
    let b = i;
    while (a < b && /\s/.test(chars[a].c)) a++;
    while (b > a && /\s/.test(chars[b - 1].c)) b--;
    if (a < b) {
      const item = chars
        .slice(a, b)
        .map((ch) => ch.c)
        .join('');
      const span: Span = { start: chars[a].start, end: chars[b - 1].end };
      if (!isOid(item)) problems.push(report('inf.eku-not-oid', span, { value: item }));
    }
    start = i + 1;
  }
  return problems;
}

function checkPlaceholder(entry: InfEntry): Problem[] {
  const [head] = keyProvFragments(entry);
  const text = head.value.text.slice(head.from);
  if (entry.continues.length > 0 || !isPlaceholder(text)) return [];
  const data: PlaceholderData = {};
  const span = { start: head.value.starts[head.from], end: head.value.ends[head.value.text.length - 1] };
  return [report('inf.placeholder', span, { value: text.trim(), what: 'value' }, { data })];
}

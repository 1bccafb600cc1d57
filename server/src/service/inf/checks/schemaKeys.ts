/**
 * Judging a section's `key = value` entries against the key schema `keySchemaOf` gives it (data/certreqSchema.ts,
 * data/capolicySchema.ts): unknown keys with a "did you mean", repeated single-valued keys, values outside the
 * documented set, OIDs, URLs and placeholders. newRequest.ts and policySections.ts call it and add their
 * cross-checks.
 * Rules: `certreq.unknown-key`, `certreq.bad-value`, `capolicy.unknown-key`, `capolicy.bad-value`,
 * `inf.duplicate-key`, `inf.eku-not-oid`, `capolicy.sample-oid`, `capolicy.https-url`.
 */

import { SAMPLE_POLICY_OID } from '../../data/capolicySchema';
import { findKey, type KeyInfo } from '../../data/valueSpec';
import { report } from '../../rules';
import type { Problem } from '../../types';
import { replaceFix, type InfFixTable, type PlaceholderData, type ReplaceData } from '../fixData';
import { nameOf, type InfEntry, type InfSection } from '../model';
import { closest } from '../suggest';
import { checkValue, hasSubstitution, isOid, isPlaceholder } from '../values';

/** A key from spelling is a guess (another key may have been meant): offered, not preferred. A value is certain. */
export const schemaKeyFixes: InfFixTable = {
  'certreq.unknown-key': replaceFix('Change to {r}', { preferred: false }),
  'capolicy.unknown-key': replaceFix('Change to {r}', { preferred: false }),
  'certreq.bad-value': replaceFix('Change to {r}'),
  'capolicy.bad-value': replaceFix('Change to {r}'),
};

export interface SchemaCodes {
  unknownKey: 'certreq.unknown-key' | 'capolicy.unknown-key';
  badValue: 'certreq.bad-value' | 'capolicy.bad-value';
}

/** The first entry of each schema key (by canonical name), for the cross-checks. */
export type EntriesByKey = Map<string, InfEntry>;

export function checkKeyedEntries(sections: readonly InfSection[], keys: readonly KeyInfo[], codes: SchemaCodes): { problems: Problem[]; byKey: EntriesByKey } {
  const problems: Problem[] = [];
  const byKey: EntriesByKey = new Map();
  for (const section of sections) {
    for (const entry of section.entries) {
      const key = entry.key;
      if (!key || entry.isContinue || key.text.trim() === '' || hasSubstitution(key.text)) continue;
      const info = findKey(keys, key.text);
      if (!info) {
        const suggestion = closest(
          key.text,
          keys.map((k) => k.name),
        );
        const data: ReplaceData | undefined = suggestion ? { replacement: suggestion } : undefined;
        problems.push(
          report(codes.unknownKey, key.span, { key: key.text.trim(), section: section.name, hint: suggestion ? ` Did you mean ${suggestion}?` : '' }, { data }),
        );
        continue;
      }
      const first = byKey.get(info.name);
      if (first && !info.repeatable) {
        problems.push(
          report('inf.duplicate-key', key.span, { key: info.name, section: section.name }, { related: [{ ...first.key!.span, message: 'First set here' }] }),
        );
        continue;
      }
      if (!first) byKey.set(info.name, entry);
      problems.push(...checkEntryValue(entry, info, section, codes));
    }
  }
  return { problems, byKey };
}

function checkEntryValue(entry: InfEntry, info: KeyInfo, section: InfSection, codes: SchemaCodes): Problem[] {
  const { value } = entry;
  const text = value.text.trim();
  const where = text === '' ? entry.key!.span : value.span;
  if (text !== '' && isPlaceholder(text)) {
    const data: PlaceholderData = {};
    return [report('inf.placeholder', where, { value: text, what: `${info.name} value` }, { data })];
  }
  const spec = info.spec;
  if (spec.kind === 'oid' && nameOf(section) === 'enhancedkeyusageextension' && !isOid(text)) {
    return [report('inf.eku-not-oid', where, { value: text || '(nothing)' })];
  }
  if (spec.kind === 'oid' && text === SAMPLE_POLICY_OID) return [report('capolicy.sample-oid', where, { value: text })];
  if (spec.kind === 'url' && spec.noHttps && /^https:/i.test(text)) return [report('capolicy.https-url', where, { value: text })];
  // An empty CRLDistributionPoint/AIA URL or Notice removes the item; only numbers, enums and OIDs need a value.
  if (text === '' && (spec.kind === 'text' || spec.kind === 'url' || spec.kind === 'sectionList')) return [];
  const verdict = checkValue(spec, text);
  if (verdict.ok) return [];
  const suggestion = verdict.suggestion;
  const data: ReplaceData | undefined = suggestion ? { replacement: value.quoted ? `"${suggestion}"` : suggestion } : undefined;
  return [
    report(
      codes.badValue,
      where,
      { value: text === '' ? '(nothing)' : text, key: info.name, expected: verdict.expected, hint: suggestion ? ` Did you mean ${suggestion}?` : '' },
      { data, severity: verdict.doubtful ? 'warning' : undefined },
    ),
  ];
}

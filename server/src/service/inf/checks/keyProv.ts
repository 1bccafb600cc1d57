/**
 * The rules for a KeyProv.inf's key provider string (property 2, CERT_KEY_PROV_INFO_PROP_ID): `&` between
 * fragments, known and unique pair names, the required pairs, placeholders, number formats (docs/formats.md
 * §2.2), then the provider facts (providerFacts.ts), with their fixes.
 * Rules: `keyprov.missing-ampersand`, `keyprov.trailing-ampersand`, `keyprov.bad-pair`, `keyprov.unknown-pair`,
 * `keyprov.duplicate-pair`, `keyprov.missing-pair`, `keyprov.bad-value`, `keyprov.flags-not-hex`.
 */

import { isKeySpecValue, parseKeySpec } from '../../data/keySpec';
import { keyProvPairs, lookupKeyProvPair, type KeyProvPairName } from '../../data/keyProvPairs';
import { isKspKey, lookupProvider, splitAlgorithmPrefix } from '../../data/providers';
import { report } from '../../rules';
import type { Problem, TextEdit } from '../../types';
import {
  dataWith,
  replaceFix,
  type FlagsData,
  type InfFixTable,
  type InsertAmpersandData,
  type MissingPairData,
  type PlaceholderData,
  type ReplaceData,
} from '../fixData';
import { readKeyProv, type KeyProvFragment, type KeyProvPair, type KeyProvString } from '../keyProvString';
import type { InfEntry } from '../model';
import { closest } from '../suggest';
import { isPlaceholder, parseNumber } from '../values';
import type { InfCheckOptions } from './infCheckContext';
import { checkProviderFacts } from './providerFacts';

export function checkKeyProv(head: InfEntry, eol: string, options: InfCheckOptions): Problem[] {
  // `2 =` deletes the property and `2 = Empty` sets it empty (docs/formats.md §2.2): nothing to judge.
  if (head.continues.length === 0 && /^(empty)?$/i.test(head.value.text.trim())) return [];
  const kp = readKeyProv(head);
  const problems: Problem[] = [];

  for (const missing of kp.missingAmpersands) {
    const fragment = kp.fragments[missing.fragment];
    // A search, not slice().find(): a chain of 100,000 fragments each missing its `&` must stay linear.
    let next: KeyProvFragment | undefined;
    for (let k = missing.fragment + 1; k < kp.fragments.length && !next; k++)
      if (kp.fragments[k].value.text.slice(kp.fragments[k].from).trim() !== '') next = kp.fragments[k];
    const glued = `${fragment.value.text.slice(fragment.from).trim()}${next ? next.value.text.slice(next.from).trim() : ''}`;
    const data: InsertAmpersandData = { at: missing.at };
    problems.push(report('keyprov.missing-ampersand', missing.span, { glued: shorten(glued) }, { data }));
  }
  if (kp.trailingAmpersand) problems.push(report('keyprov.trailing-ampersand', kp.trailingAmpersand, {}, { unnecessary: true }));

  const found = new Map<KeyProvPairName, KeyProvPair>();
  const provider = kp.pairs.find((p) => p.hasEquals && lookupKeyProvPair(p.name)?.name === 'Provider')?.value;
  for (const pair of kp.pairs) {
    if (!pair.hasEquals) {
      problems.push(report('keyprov.bad-pair', pair.span, { text: shorten(pair.name) }));
      continue;
    }
    const info = lookupKeyProvPair(pair.name);
    if (!info) {
      const suggestion = closest(
        pair.name,
        keyProvPairs.map((p) => p.name),
      );
      const data: ReplaceData | undefined = suggestion ? { replacement: suggestion } : undefined;
      problems.push(
        report('keyprov.unknown-pair', pair.nameSpan, { name: pair.name || '(nothing)', hint: suggestion ? ` Did you mean ${suggestion}?` : '' }, { data }),
      );
      continue;
    }
    const first = found.get(info.name);
    if (first) {
      problems.push(
        report('keyprov.duplicate-pair', pair.nameSpan, { name: info.name }, { related: [{ ...first.nameSpan, message: `${info.name} is first given here` }] }),
      );
      continue;
    }
    found.set(info.name, pair);
    problems.push(...checkPairValue(info.name, pair, provider));
  }

  problems.push(...checkMissing(kp, found, head, eol));
  problems.push(...checkProviderFacts(facts(found), { program: 'certutil', options }));
  return problems;
}

function checkPairValue(name: KeyProvPairName, pair: KeyProvPair, provider: string | undefined): Problem[] {
  const value = pair.value;
  const bad = (expected: string, extra: { severity?: 'warning'; data?: ReplaceData } = {}): Problem[] => [
    report('keyprov.bad-value', pair.value === '' ? pair.span : pair.valueSpan, { name, value, expected }, extra),
  ];
  if (value === '') return bad(name === 'Container' || name === 'Provider' ? 'it is empty.' : 'no value is given.');
  if (isPlaceholder(value)) {
    const data: PlaceholderData = { pair: name, provider };
    const what = name === 'Container' ? 'key container name (`Key Container` in certutil -v -store)' : `${name} value`;
    return [report('inf.placeholder', pair.valueSpan, { value, what }, { data })];
  }
  switch (name) {
    case 'ProviderType':
      return parseNumber(value) === undefined ? bad('expected a number: 0 for a KSP, the CSP type otherwise.') : [];
    case 'Flags': {
      const n = parseNumber(value);
      if (n === undefined) return bad('expected a number such as 0x20 (CRYPT_MACHINE_KEYSET) or 0.');
      // A bare number below 10 reads the same in both bases; from 10 on certutil's base matters.
      if (!/^\d+$/.test(value) || n < 10) return [];
      const data: FlagsData = { asHex: `0x${value}`, asDecimal: `0x${n.toString(16)}` };
      return [report('keyprov.flags-not-hex', pair.valueSpan, { value, asHex: data.asHex, asDecimal: data.asDecimal }, { data })];
    }
    case 'KeySpec': {
      const keySpec = parseKeySpec(value);
      if (keySpec === undefined || !isKeySpecValue(keySpec)) return bad('expected 0 (KSP), 1 (AT_KEYEXCHANGE) or 2 (AT_SIGNATURE).');
      if (!/^(\d+|0x[0-9a-f]+)$/i.test(value)) {
        return bad(`write the number ${keySpec}: certutil's help and the seed article only show numbers here.`, {
          severity: 'warning',
          data: { replacement: String(keySpec) },
        });
      }
      return [];
    }
    default:
      return [];
  }
}

const whyMissing: Record<string, string> = {
  Container: 'Without it the certificate is linked to no key.',
  Provider: 'Without it certutil cannot tell which provider holds the key.',
  KeySpec: 'What certutil records without it is not documented; write KeySpec=0 for a KSP key, 1 or 2 for a CSP key.',
};

function checkMissing(kp: KeyProvString, found: Map<KeyProvPairName, KeyProvPair>, head: InfEntry, eol: string): Problem[] {
  const problems: Problem[] = [];
  const where = head.key ? head.key.span : head.span;
  const written = found.get('Provider')?.value;
  const providerName = written !== undefined ? (splitAlgorithmPrefix(written)?.provider ?? written) : undefined;
  const known = providerName !== undefined ? lookupProvider(providerName) : undefined;
  const typeText = found.get('ProviderType')?.value;
  const ksp = isKspKey(providerName, typeText !== undefined ? parseNumber(typeText) : undefined);
  for (const name of ['Container', 'Provider', 'KeySpec'] as const) {
    if (found.has(name)) continue;
    const data: MissingPairData = { pair: name };
    // KeySpec=0 is the one certain value, and only for a KSP.
    if (name === 'KeySpec' && ksp === true) data.add = appendPair(kp, head, 'KeySpec=0', eol);
    problems.push(report('keyprov.missing-pair', where, { name, why: whyMissing[name] }, { severity: name === 'KeySpec' ? 'warning' : 'error', data }));
  }
  if (!found.has('ProviderType') && known?.kind === 'csp') {
    const why = `${known.name} is a CSP of type ${known.providerType}; without ProviderType certutil may record 0, the KSP type.`;
    problems.push(report('keyprov.missing-pair', where, { name: 'ProviderType', why }, { severity: 'warning', data: { pair: 'ProviderType' } }));
  }
  return problems;
}

/** A new `_continue_` line after the chain, with the `&` the current last string then needs. */
function appendPair(kp: KeyProvString, head: InfEntry, pair: string, eol: string): MissingPairData['add'] {
  const lastEntry = head.continues[head.continues.length - 1] ?? head;
  const withText = [...kp.fragments].reverse().find((f) => f.value.text.slice(f.from).trim() !== '');
  const needsAmpersand = withText !== undefined && !withText.value.text.trimEnd().endsWith('&');
  const indent = head.continues[0]?.indent ?? head.indent;
  return {
    at: lastEntry.comment ? lastEntry.comment.end : lastEntry.span.end,
    text: `${eol}${indent}_continue_ = "${pair}"`,
    ampersandAt: needsAmpersand ? withText.value.contentEnd : undefined,
  };
}

function facts(found: Map<KeyProvPairName, KeyProvPair>): Parameters<typeof checkProviderFacts>[0] {
  const provider = found.get('Provider');
  const providerType = found.get('ProviderType');
  const keySpec = found.get('KeySpec');
  const typeValue = providerType ? parseNumber(providerType.value) : undefined;
  const keySpecValue = keySpec ? parseKeySpec(keySpec.value) : undefined;
  return {
    provider: provider && provider.value !== '' && !isPlaceholder(provider.value) ? { name: provider.value, span: provider.valueSpan } : undefined,
    providerType: providerType && typeValue !== undefined ? { value: typeValue, span: providerType.valueSpan } : undefined,
    keySpec:
      keySpec && keySpecValue !== undefined && isKeySpecValue(keySpecValue) ? { value: keySpecValue, text: keySpec.value, span: keySpec.valueSpan } : undefined,
  };
}

export const keyProvFixes: InfFixTable = {
  'keyprov.missing-ampersand': ({ problem }) => {
    const data = dataWith<InsertAmpersandData>(problem, 'at');
    return data ? [{ title: "Add the missing '&'", isPreferred: true, edits: [{ start: data.at, end: data.at, newText: '&' }] }] : [];
  },
  'keyprov.trailing-ampersand': ({ problem }) => [
    { title: "Remove the trailing '&'", isPreferred: true, edits: [{ start: problem.start, end: problem.end, newText: '' }] },
  ],
  'keyprov.flags-not-hex': ({ problem, text }) => {
    const data = dataWith<FlagsData>(problem, 'asHex');
    if (!data) return [];
    const range = { start: problem.start, end: problem.end };
    const written = text.slice(problem.start, problem.end);
    return [
      { title: `Write ${data.asHex} (certutil -v prints Flags in hex)`, edits: [{ ...range, newText: data.asHex }] },
      { title: `Write ${data.asDecimal} (${written} read as decimal)`, edits: [{ ...range, newText: data.asDecimal }] },
    ];
  },
  'keyprov.missing-pair': ({ problem }) => {
    const add = dataWith<MissingPairData>(problem, 'pair')?.add;
    if (!add) return [];
    const edits: TextEdit[] = [];
    if (add.ampersandAt !== undefined) edits.push({ start: add.ampersandAt, end: add.ampersandAt, newText: '&' });
    edits.push({ start: add.at, end: add.at, newText: add.text });
    const pair = /"([^"]*)"/.exec(add.text)?.[1] ?? add.text.trim();
    return [{ title: `Add ${pair}`, isPreferred: true, edits }];
  },
  // A pair name from spelling is a guess; a value written as the number it names is certain.
  'keyprov.unknown-pair': replaceFix('Change to {r}', { preferred: false }),
  'keyprov.bad-value': replaceFix('Change to {r}'),
};

function shorten(text: string): string {
  return text.length <= 70 ? text : `${text.slice(0, 33)}…${text.slice(-33)}`;
}

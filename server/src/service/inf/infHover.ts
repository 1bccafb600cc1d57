/**
 * INF hover: what a section, a property id, a key, a key provider pair or a value means, read from the
 * domain tables. Markdown out; the span is the word or value hovered.
 */

import { describeFlags } from '../data/flags';
import { lookupKeySpec, parseKeySpec } from '../data/keySpec';
import { lookupKeyProvPair } from '../data/keyProvPairs';
import { isUserDefinedPropertyId, lookupPropertyId, KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import { lookupProvider } from '../data/providers';
import { lookupProviderType } from '../data/providerTypes';
import { lookupSection } from '../data/sections';
import { findKey, type KeyInfo } from '../data/valueSpec';
import type { Span } from '../types';
import { keySchemaOf, sectionRole } from './infSchema';
import { readKeyProv } from './keyProvString';
import { entryAt, nameOf, type InfDocument, type InfEntry, type InfSection } from './model';
import { parseNumber } from './values';
import { markdownText } from '../markdown';
import { say, type ServerLocale } from '../l10n/serverMessages';

export interface InfHover {
  /** Markdown. */
  contents: string;
  span: Span;
}

const within = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** `locale`: the language of the Markdown (English when absent); the spans never change with it. */
export function infHover(doc: InfDocument, _text: string, offset: number, locale?: ServerLocale): InfHover | undefined {
  const section = doc.sections.find((s) => within(s.header, offset));
  if (section) return sectionHover(doc, section, locale);
  const found = entryAt(doc, offset);
  if (!found?.section) return undefined;
  const { entry, head } = found;
  const name = nameOf(found.section);
  if (entry.key && within(entry.key.span, offset)) {
    const contents = entry.isContinue ? continueHover(head, locale) : keyHover(doc, found.section, entry.key.text.trim(), locale);
    return contents ? { contents, span: entry.key.span } : undefined;
  }
  if (name === 'properties') {
    return head.key?.text.trim() === String(KEY_PROV_INFO_PROP_ID) ? pairHover(head, offset, locale) : undefined;
  }
  const info = keyInfo(doc, found.section, entry.key?.text ?? '');
  if (!info || !within(entry.value.span, offset) || entry.value.text.trim() === '') return undefined;
  const contents = valueHover(info, entry.value.text.trim(), locale);
  return contents ? { contents, span: entry.value.span } : undefined;
}

function sectionHover(doc: InfDocument, section: InfSection, locale: ServerLocale | undefined): InfHover | undefined {
  const known = lookupSection(section.name);
  const note = known
    ? say(locale, known.note)
    : sectionRole(doc, section) === 'policy'
      ? say(locale, 'A policy section named in `Policies=`: `OID`, `Notice` and `URL` keys.')
      : undefined;
  return note ? { contents: `**[${known?.name ?? section.name}]**\n\n${note}`, span: section.nameSpan } : undefined;
}

function continueHover(head: InfEntry, locale: ServerLocale | undefined): string {
  const key = head.key?.text.trim() ?? '?';
  return `**_continue_**: ${say(
    locale,
    'appends this quoted string, as is, to the value of `{key}` above. No separator is added: a key provider string needs its `&` inside the quotes, an EKU list its `,`.',
    { key },
  )}`;
}

function keyHover(doc: InfDocument, section: InfSection, key: string, locale: ServerLocale | undefined): string | undefined {
  if (nameOf(section) === 'properties') {
    if (!/^\d+$/.test(key)) return undefined;
    const id = parseInt(key, 10);
    const known = lookupPropertyId(id);
    if (known) return `**${known.name}** ${say(locale, '(property {id})', { id })}${known.note ? `: ${say(locale, known.note)}` : ''}`;
    return isUserDefinedPropertyId(id)
      ? `**${say(locale, 'Property')} ${id}**: ${say(locale, 'a user-defined property (ids 0x8000-0xFFFF).')}`
      : `**${say(locale, 'Property')} ${id}**: ${say(locale, 'not in the wincrypt.h list (ids 1-107); a custom or newer property.')}`;
  }
  const info = keyInfo(doc, section, key);
  return info ? `**${info.name}**: ${say(locale, info.note)}${allowed(info, locale)}` : undefined;
}

function keyInfo(doc: InfDocument, section: InfSection, key: string): KeyInfo | undefined {
  const keys = keySchemaOf(doc, section);
  return keys ? findKey(keys, key) : undefined;
}

function allowed(info: KeyInfo, locale: ServerLocale | undefined): string {
  const spec = info.spec;
  if (spec.kind === 'enum') return `\n\n${say(locale, 'Values: {values}', { values: spec.values.map((v) => `\`${v.name}\``).join(', ') })}`;
  if (spec.kind === 'boolean') return `\n\n${say(locale, 'Values: {values}', { values: '`TRUE`, `FALSE`' })}`;
  return '';
}

function pairHover(head: InfEntry, offset: number, locale: ServerLocale | undefined): InfHover | undefined {
  for (const pair of readKeyProv(head).pairs) {
    const info = lookupKeyProvPair(pair.name);
    if (within(pair.nameSpan, offset) && pair.name !== '') {
      const contents = info
        ? `**${info.name}** (CRYPT_KEY_PROV_INFO \`${info.field}\`): ${say(locale, info.note)}`
        : `**${markdownText(pair.name)}**: ${say(locale, 'not a key provider field.')}`;
      return { contents, span: pair.nameSpan };
    }
    if (info && within(pair.valueSpan, offset) && pair.value !== '') {
      const contents = pairValueHover(info.name, pair.value, locale);
      return contents ? { contents, span: pair.valueSpan } : undefined;
    }
  }
  return undefined;
}

function pairValueHover(name: string, value: string, locale: ServerLocale | undefined): string | undefined {
  switch (name) {
    case 'Provider':
      return providerHover(value, locale);
    case 'ProviderType':
      return providerTypeHover(value, locale);
    case 'KeySpec':
      return keySpecHover(value, locale);
    case 'Flags': {
      const flags = parseNumber(value);
      if (flags === undefined) return undefined;
      const names = describeFlags(flags);
      const base =
        /^\d+$/.test(value) && flags >= 10
          ? `\n\n${say(locale, 'Read as decimal; certutil -v prints Flags in hex, so `{value}` in a dump is `0x{value}`.', { value })}`
          : '';
      return `**Flags ${value}** (0x${flags.toString(16)}): ${names.length > 0 ? names.join(', ') : say(locale, 'no flags: a user key')}${base}`;
    }
    default:
      return undefined;
  }
}

function valueHover(info: KeyInfo, value: string, locale: ServerLocale | undefined): string | undefined {
  const spec = info.spec;
  switch (spec.kind) {
    case 'provider':
      return providerHover(value, locale);
    case 'providerType':
      return providerTypeHover(value, locale);
    case 'keySpec':
      return keySpecHover(value, locale);
    case 'enum':
    case 'flags': {
      const parts = value.split('|').map((p) => p.trim().toLowerCase());
      const hits = spec.values.filter((v) => parts.includes(v.name.toLowerCase()));
      return hits.length > 0
        ? hits.map((v) => `**${v.name}**${v.value !== undefined ? ` (0x${v.value.toString(16)})` : ''}: ${say(locale, v.note)}`).join('\n\n')
        : undefined;
    }
    default:
      return undefined;
  }
}

function providerHover(name: string, locale: ServerLocale | undefined): string {
  const provider = lookupProvider(name);
  if (!provider) return `**${markdownText(name)}**: ${say(locale, 'not a provider this extension knows; check the exact name with `certutil -csplist`.')}`;
  const what =
    provider.kind === 'ksp'
      ? say(locale, 'CNG Key Storage Provider (KSP): ProviderType 0, KeySpec 0.')
      : say(locale, 'legacy CryptoAPI CSP: ProviderType {type} ({name}).', {
          type: provider.providerType,
          name: lookupProviderType(provider.providerType)?.name ?? '?',
        });
  return `**${markdownText(provider.name)}**: ${what}\n\n${say(locale, provider.note)}`;
}

function providerTypeHover(value: string, locale: ServerLocale | undefined): string | undefined {
  const n = parseNumber(value);
  const type = n === undefined ? undefined : lookupProviderType(n);
  return type ? `**ProviderType ${n}**: ${type.name}. ${say(locale, type.note)}` : undefined;
}

function keySpecHover(value: string, locale: ServerLocale | undefined): string | undefined {
  const n = parseKeySpec(value);
  const spec = n === undefined ? undefined : lookupKeySpec(n);
  return spec ? `**KeySpec ${n}**: ${spec.names.join(' / ')}. ${say(locale, spec.note)}` : undefined;
}

/** Hovers on a dump: what KeySpec, ProviderType, Flags, providers and property ids mean. */

import { describeFlags } from '../data/flags';
import { lookupKeySpec } from '../data/keySpec';
import { lookupPropertyId } from '../data/propertyIds';
import { lookupProvider } from '../data/providers';
import { lookupProviderType } from '../data/providerTypes';
import { say, type ServerLocale } from '../l10n/serverMessages';
import { markdownText } from '../markdown';
import type { Span } from '../types';
import { certificateAt } from './certificateAt';
import { healthHover } from './healthHover';
import type { DumpDocument, Field, KeyProvInfo } from './dumpParser';

/** Markdown for the thing under `offset`, and the span it covers. */
export interface HoverResult {
  contents: string;
  span: Span;
}

/** `locale`: the language of the Markdown (English when absent); the spans never change with it. */
export function dumpHover(dump: DumpDocument, offset: number, text?: string, locale?: ServerLocale): HoverResult | undefined {
  const health = text !== undefined ? healthHover(dump, text, offset, locale) : undefined;
  if (health) return health;
  const certificate = certificateAt(dump, offset);
  if (!certificate) return undefined;
  const keyProv = certificate.keyProv;
  if (keyProv) {
    const hit = (f: Field<unknown> | undefined): f is Field<unknown> => f !== undefined && f.line.start <= offset && offset <= f.line.end;
    if (hit(keyProv.keySpec)) return { span: keyProv.keySpec.line, contents: keySpecHover(keyProv.keySpec.value, providerKind(keyProv), locale) };
    const decoded = flagsDecodeLines(keyProv);
    if (decoded && keyProv.flags && decoded.start <= offset && offset <= decoded.end)
      return { span: decoded, contents: flagsHover(keyProv.flags.value, locale) };
    if (hit(keyProv.providerType)) return { span: keyProv.providerType.line, contents: providerTypeHover(keyProv.providerType.value, locale) };
    if (hit(keyProv.flags)) return { span: keyProv.flags.line, contents: flagsHover(keyProv.flags.value, locale) };
    if (hit(keyProv.provider)) return { span: keyProv.provider.line, contents: providerHover(keyProv.provider.value, locale) };
    if (hit(keyProv.container)) {
      return {
        span: keyProv.container.line,
        contents: `**Key Container**: ${say(
          locale,
          "the name stored in the certificate's key-provider property. A repair INF copies this value as `Container=`, never the unique container name.",
        )}`,
      };
    }
    if (hit(keyProv.containerName)) {
      return {
        span: keyProv.containerName.line,
        contents: say(
          locale,
          "The key's file or container name as the provider reports it. **Not** the value for `Container=` in a repair INF: use `Key Container`.",
        ),
      };
    }
  }
  const property = certificate.properties.find((p) => p.header.start <= offset && offset <= p.header.end);
  if (property) {
    const known = lookupPropertyId(property.id);
    const note = known?.note ? `\n\n${say(locale, known.note)}` : '';
    return { span: property.header, contents: `**${known?.name ?? property.name}** ${say(locale, '(property id {id})', { id: property.id })}${note}` };
  }
  return undefined;
}

/** What kind of provider holds the key: a KSP (ProviderType 0 or a known KSP), a legacy CSP, or unknown. */
function providerKind(keyProv: KeyProvInfo): 'ksp' | 'csp' | undefined {
  const known = keyProv.provider ? lookupProvider(keyProv.provider.value) : undefined;
  const type = keyProv.providerType?.value;
  if (type === 0 || (type === undefined && known?.kind === 'ksp')) return 'ksp';
  if ((type !== undefined && type !== 0) || known?.kind === 'csp') return 'csp';
  return undefined;
}

function keySpecHover(value: number | undefined, kind: 'ksp' | 'csp' | undefined, locale: ServerLocale | undefined): string {
  const known = value !== undefined ? lookupKeySpec(value) : undefined;
  const verdict =
    kind === 'ksp'
      ? value === 0
        ? say(locale, 'The key is in a CNG Key Storage Provider, and KeySpec 0 is right for it.')
        : say(locale, 'The key is in a CNG Key Storage Provider: its KeySpec must be 0.')
      : kind === 'csp'
        ? say(
            locale,
            'The key is in a legacy CryptoAPI provider (CSP), where KeySpec 1 or 2 is right. Only a key in a CNG Key Storage Provider must have KeySpec 0.',
          )
        : say(locale, 'A key in a CNG Key Storage Provider (ProviderType 0) must have KeySpec 0; a key in a legacy CSP has 1 or 2.');
  const note = known ? say(locale, known.note) : say(locale, 'Not a known key spec.');
  return `**KeySpec** ${value ?? '?'}${known ? ` = ${known.names.join(' / ')}` : ''}\n\n${note}\n\n${verdict}`;
}

/** The lines certutil prints under `Flags = 20 (32)` to name its bits (`CRYPT_MACHINE_KEYSET -- 20 (32)`): between Flags and the next field. */
function flagsDecodeLines(keyProv: KeyProvInfo): Span | undefined {
  const flags = keyProv.flags;
  if (!flags) return undefined;
  const after = [keyProv.keySpec, keyProv.provider, keyProv.providerType, keyProv.container, keyProv.containerName]
    .filter((f): f is NonNullable<typeof f> => f !== undefined && f.line.start > flags.line.end)
    .map((f) => f.line.start);
  const next = Math.min(keyProv.end, ...after);
  return next > flags.line.end + 1 ? { start: flags.line.end + 1, end: next - 1 } : undefined;
}

function providerTypeHover(value: number | undefined, locale: ServerLocale | undefined): string {
  const known = value !== undefined ? lookupProviderType(value) : undefined;
  const note = known ? say(locale, known.note) : say(locale, 'Not a known provider type.');
  return `**ProviderType** ${value ?? '?'}${known ? ` = ${known.name}` : ''}\n\n${note}`;
}

function flagsHover(value: number | undefined, locale: ServerLocale | undefined): string {
  if (value === undefined) return `**Flags**: ${say(locale, 'not a number certutil prints.')}`;
  const names = describeFlags(value);
  const decoded = names.length ? `: ${names.join(' | ')}` : `: ${say(locale, 'none (a user key)')}`;
  return `**Flags** 0x${value.toString(16)} (${value})${decoded}\n\n${say(locale, 'certutil prints Flags in hex: `20 (32)` is 0x20, CRYPT_MACHINE_KEYSET (a machine key).')}`;
}

function providerHover(name: string, locale: ServerLocale | undefined): string {
  const known = lookupProvider(name);
  if (!known) return `**${markdownText(name)}**: ${say(locale, 'not a provider this extension knows.')}`;
  const kind =
    known.kind === 'ksp'
      ? say(locale, 'CNG Key Storage Provider (KSP), ProviderType {type}.', { type: known.providerType })
      : say(locale, 'legacy CryptoAPI provider (CSP), ProviderType {type}.', { type: known.providerType });
  return `**${markdownText(known.name)}**: ${kind}\n\n${say(locale, known.note)}`;
}

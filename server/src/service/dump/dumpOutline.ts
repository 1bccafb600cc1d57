/** The certificate outline and folding of a dump, from the one parse. */

import { lookupProvider } from '../data/providers';
import { KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import type { FoldingSpan, OutlineSymbol } from '../outlineTypes';
import type { OutputEntry } from './otherOutputs';
import type { Certificate, DumpDocument } from './dumpParser';

/** One symbol per certificate (subject CN; index, validity and serial), with its key-provider block and property blocks. */
export function dumpSymbols(dump: DumpDocument): OutlineSymbol[] {
  const others = (dump.otherOutputs ?? []).map(outputSymbol);
  return [...others, ...dump.certificates.map((certificate) => certificateSymbol(certificate))];
}

/** An echoed command, a `-csplist` provider, a `-getreg` value, a `-scinfo` reader or a `-key` provider (docs/formats.md §D.5). */
function outputSymbol(entry: OutputEntry): OutlineSymbol {
  const kind = entry.kind === 'command' ? 'store' : 'entry';
  const symbol: OutlineSymbol = { name: entry.name, kind, start: entry.start, end: entry.end, selection: { start: entry.start, end: entry.end }, children: [] };
  const detail =
    entry.kind === 'registry'
      ? `= ${entry.detail ?? ''}`
      : entry.kind === 'reader'
        ? 'smart card reader'
        : entry.kind === 'keyGroup'
          ? 'key provider'
          : entry.detail;
  if (detail) symbol.detail = detail;
  return symbol;
}

function certificateSymbol(certificate: Certificate): OutlineSymbol {
  const title = certificate.subject?.value || (certificate.index !== undefined ? `Certificate ${certificate.index}` : 'Certificate');
  // Two generations of one CA share a subject: the index, the validity and the whole serial tell them apart.
  const detail = [
    certificate.index !== undefined ? `#${certificate.index}` : undefined,
    validity(certificate),
    certificate.serial ? `serial ${certificate.serial.value}` : undefined,
    certificate.caEvidence ? 'CA' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const children: OutlineSymbol[] = certificate.properties.map((property) => {
    const keyProv = property.id === KEY_PROV_INFO_PROP_ID ? certificate.keyProv : undefined;
    const provider = keyProv?.provider?.value;
    const kind = provider !== undefined ? lookupProvider(provider)?.kind : undefined;
    return {
      name: property.id === KEY_PROV_INFO_PROP_ID ? 'Key provider' : property.name,
      detail: keyProv
        ? [keyProv.container?.value, kind ? kind.toUpperCase() : provider, keyProv.keySpec ? `KeySpec ${keyProv.keySpec.value ?? '?'}` : undefined]
            .filter(Boolean)
            .join(' · ')
        : `(${property.id})`,
      kind: property.id === KEY_PROV_INFO_PROP_ID ? 'keyProvider' : 'property',
      start: property.start,
      end: property.end,
      selection: property.header,
      children: [],
    };
  });
  // Key lines printed without the property header (`-scinfo`, `-key -v`, `-repairstore`) still get their entry.
  const keyProv = certificate.keyProv;
  if (keyProv?.headerless) {
    children.unshift({
      name: 'Key provider',
      detail: [keyProv.container?.value, keyProv.keySpec ? `KeySpec ${keyProv.keySpec.value ?? '?'}` : undefined].filter(Boolean).join(' · '),
      kind: 'keyProvider',
      start: keyProv.start,
      end: keyProv.end,
      selection: keyProv.header,
      children: [],
    });
  }
  const selection = certificate.frame ?? certificate.serial?.line ?? { start: certificate.start, end: certificate.start };
  const symbol: OutlineSymbol = { name: title, kind: 'certificate', start: certificate.start, end: certificate.end, selection, children };
  if (detail) symbol.detail = detail;
  return symbol;
}

/** `NotBefore – NotAfter` as the dump prints them, or undefined when the dump shows neither. */
export function validity(certificate: Certificate): string | undefined {
  if (!certificate.notBefore && !certificate.notAfter) return undefined;
  return `${certificate.notBefore?.value ?? '?'} – ${certificate.notAfter?.value ?? '?'}`;
}

/** Folding per certificate, per property block and per extension. */
export function dumpFolding(dump: DumpDocument): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  for (const certificate of dump.certificates) {
    spans.push({ start: certificate.start, end: certificate.end });
    for (const property of certificate.properties) spans.push({ start: property.start, end: property.end });
    for (const extension of certificate.extensions) spans.push({ start: extension.start, end: extension.end });
  }
  return spans;
}

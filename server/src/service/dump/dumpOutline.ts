/** The certificate outline and folding of a dump, from the one parse. */

import { lookupProvider } from '../data/providers';
import { KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import type { FoldingSpan, OutlineSymbol } from '../outlineTypes';
import type { OutputEntry } from './otherOutputs';
import type { Certificate, DumpDocument } from './dumpParser';

/**
 * One symbol per certificate (subject CN; index, validity and serial), bounded like VS Code's own JSON outline
 * (issue 18 part 4): at most `maxItems` entries, the certificates first, then each one's key-provider block, then
 * the other property blocks of the certificates `hasProblem` picks (where the admin will look).
 */
export function dumpSymbols(dump: DumpDocument, maxItems = Infinity, hasProblem: (certificate: Certificate) => boolean = () => true): OutlineSymbol[] {
  const others = (dump.otherOutputs ?? []).map(outputSymbol);
  const shown = Math.max(0, Math.min(dump.certificates.length, maxItems - others.length));
  const full = dump.certificates.slice(0, shown).map(symbolOf);
  let budget = Math.max(0, maxItems - others.length - shown);
  const keyProvider = (symbol: OutlineSymbol): boolean => symbol.kind === 'keyProvider';
  // Which children each certificate gets: the key-provider blocks first, then the properties of those with a problem.
  const wanted = full.map(() => new Set<OutlineSymbol>());
  const give = (i: number, which: (child: OutlineSymbol) => boolean): void => {
    for (const child of full[i].children) {
      if (budget === 0) return;
      if (!which(child)) continue;
      wanted[i].add(child);
      budget--;
    }
  };
  for (let i = 0; i < full.length && budget > 0; i++) give(i, keyProvider);
  for (let i = 0; i < full.length && budget > 0; i++) if (hasProblem(dump.certificates[i])) give(i, (child) => !keyProvider(child));
  const certificates = full.map((symbol, i) =>
    wanted[i].size === symbol.children.length ? symbol : { ...symbol, children: symbol.children.filter((child) => wanted[i].has(child)) },
  );
  return [...others.slice(0, Math.max(0, maxItems)), ...certificates];
}

/** A certificate's whole symbol, computed once per parse node: the certificates an edit did not touch keep theirs. */
const symbols = new WeakMap<Certificate, OutlineSymbol>();

function symbolOf(certificate: Certificate): OutlineSymbol {
  let symbol = symbols.get(certificate);
  if (!symbol) symbols.set(certificate, (symbol = certificateSymbol(certificate)));
  return symbol;
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

/**
 * Folding per certificate, per property block and per extension, at most `maxItems` of them: the certificates
 * first, then the property blocks, then the extensions, each in document order; returned in document order.
 */
export function dumpFolding(dump: DumpDocument, maxItems = Infinity): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  const certificates = dump.certificates;
  for (let i = 0; i < certificates.length && spans.length < maxItems; i++) spans.push({ start: certificates[i].start, end: certificates[i].end });
  if (spans.length === certificates.length) {
    for (let i = 0; i < certificates.length && spans.length < maxItems; i++)
      for (const p of certificates[i].properties) if (spans.length < maxItems) spans.push({ start: p.start, end: p.end });
    for (let i = 0; i < certificates.length && spans.length < maxItems; i++)
      for (const e of certificates[i].extensions) if (spans.length < maxItems) spans.push({ start: e.start, end: e.end });
  }
  return spans.length > certificates.length ? spans.sort((a, b) => a.start - b.start) : spans;
}

/**
 * INF outline and folding: one symbol per section with its keys as children (a property id shows its
 * CERT_*_PROP_ID name), and folding for sections and for `_continue_` chains.
 */

import { lookupPropertyId } from '../data/propertyIds';
import type { FoldingSpan, OutlineSymbol } from '../outlineTypes';
import { entryChain, nameOf, type InfDocument, type InfEntry, type InfSection } from './model';

export function infSymbols(doc: InfDocument): OutlineSymbol[] {
  return doc.sections.map((section) => ({
    name: `[${section.name}]`,
    kind: 'section',
    start: section.span.start,
    end: section.span.end,
    selection: section.header,
    children: section.entries.filter((e) => e.key && !e.isContinue && e.key.text.trim() !== '').map((e) => entrySymbol(section, e)),
  }));
}

function entrySymbol(section: InfSection, entry: InfEntry): OutlineSymbol {
  const key = entry.key!.text.trim();
  const property = nameOf(section) === 'properties' && /^\d+$/.test(key) ? lookupPropertyId(parseInt(key, 10)) : undefined;
  const last = entryChain(entry).pop()!;
  return {
    name: key,
    detail: property?.name,
    kind: property ? 'property' : 'entry',
    start: entry.span.start,
    end: last.span.end,
    selection: entry.key!.span,
    children: [],
  };
}

/** Sections, and entries continued over several lines (the key provider string). */
export function infFolding(doc: InfDocument): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  for (const section of doc.sections) {
    spans.push({ start: section.header.start, end: section.span.end });
    for (const entry of section.entries) {
      if (entry.continues.length > 0) spans.push({ start: entry.span.start, end: entry.continues[entry.continues.length - 1].span.end });
    }
  }
  return spans;
}

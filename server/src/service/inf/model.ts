/**
 * The INF tree: what parseInf returns and every INF feature reads. Every piece carries source offsets
 * (UTF-16 indices into the text), so diagnostics, hovers and edits can point at a single character.
 */

import type { Problem, Span } from '../types';

/** Which program reads the file, decided from its content and name (infKind). */
export type { InfKind } from '../data/sections';

/**
 * A key or value as certutil reads it: quotes removed, `""` turned into `"`, with the source span of every
 * decoded character (so a pair inside a quoted string maps back to exact offsets).
 */
export interface InfValue {
  /** The decoded text. */
  text: string;
  /** The raw source, quotes included, without surrounding white space. Empty (start = end) when nothing was written. */
  span: Span;
  /** True when any part of it was written in quotes. */
  quoted: boolean;
  /** Where decoded character i starts in the source. */
  starts: number[];
  /** Where decoded character i ends in the source (2 past an escaped `""`). */
  ends: number[];
  /** Where the decoded content starts and ends (inside the quotes for a quoted value). */
  contentStart: number;
  contentEnd: number;
}

/** One `key = value` entry (or a line without `=`, which only driver INFs may have). */
export interface InfEntry {
  /** The key; undefined for a line without `=`. */
  key?: InfValue;
  /** Offset of the `=`. */
  equals?: number;
  /** Everything after `=` as one value (commas included), up to a `;` comment or a `//` remark. */
  value: InfValue;
  /** The comma-separated fields of the value (INF syntax, docs/formats.md §2.1). */
  fields: InfValue[];
  /** From the key to the end of the value or remark; comments excluded. */
  span: Span;
  /** 0-based line of the key, and the offset where that line starts. */
  line: number;
  lineStart: number;
  /** Where its (last, for a `\` continued entry) line ends, line break excluded. */
  lineEnd: number;
  /** The line's leading white space (kept when a fix inserts a line above). */
  indent: string;
  /** Text after the value that starts with `//` or `#`: value text to certutil, not a comment (docs/formats.md §2.1). */
  remark?: Span;
  /** A `;` comment on the same line, `;` included. */
  comment?: Span;
  /** True for a `_continue_` entry. */
  isContinue: boolean;
  /** The `_continue_` entries appended to this one, in order (on the entry they continue only). */
  continues: InfEntry[];
}

/** A `[Name]` section. Same-named sections merge in SetupAPI (docs/formats.md §2.1); they stay separate here, in file order. */
export interface InfSection {
  name: string;
  /** The known section it is, or was meant to be when misspelt (canonical spelling); undefined for others. */
  known?: string;
  /** The name between the brackets. */
  nameSpan: Span;
  /** The header line's `[...]`. */
  header: Span;
  /** From the header to the end of the last non-blank line before the next header. */
  span: Span;
  line: number;
  /** Entries in order; `_continue_` entries that found a key live in that entry's `continues`. */
  entries: InfEntry[];
}

export interface InfDocument {
  sections: InfSection[];
  /** Entries before the first section header (certutil ignores them). */
  orphans: InfEntry[];
  /** Every `;` comment, whole-line or trailing. */
  comments: Span[];
  /** Lexical problems, valid for any INF: validateInf includes them. */
  problems: Problem[];
  /** The file's line break, for edits that add a line. */
  eol: string;
}

/** The source span of decoded characters [from, to) of `value`; an empty span where nothing is decoded. */
export function valueSpan(value: InfValue, from: number, to: number): Span {
  if (to <= from || from >= value.text.length) {
    const at = from < value.text.length ? value.starts[from] : value.text.length > 0 ? value.ends[value.text.length - 1] : value.contentStart;
    return { start: at, end: at };
  }
  return { start: value.starts[from], end: value.ends[Math.min(to, value.text.length) - 1] };
}

/** The entry and its `_continue_` entries, in order. */
export function entryChain(entry: InfEntry): InfEntry[] {
  return [entry, ...entry.continues];
}

/** Sections of that name (case-insensitive, misspellings of a known name included), in file order. */
export function sectionsNamed(doc: InfDocument, name: string): InfSection[] {
  const wanted = name.toLowerCase();
  const names = lookupNames(doc);
  const found: InfSection[] = [];
  for (let i = 0; i < names.length; i++) if (names[i] === wanted) found.push(doc.sections[i]);
  return found;
}

/** Each section's `nameOf`, in order, found once per parse: the checks ask for sections by name many times a keystroke. */
const lookupNamesOf = new WeakMap<InfDocument, string[]>();

export function lookupNames(doc: InfDocument): readonly string[] {
  let names = lookupNamesOf.get(doc);
  // A tree built by hand may gain sections after a first lookup: then the names are found again.
  if (!names || names.length !== doc.sections.length) {
    names = doc.sections.map(nameOf);
    lookupNamesOf.set(doc, names);
  }
  return names;
}

/** The section's name for lookups: its known name when it has one, lowercase. */
export function nameOf(section: InfSection): string {
  return (section.known ?? section.name).toLowerCase();
}

/** The section whose span (or header line) holds `offset`. */
export function sectionAt(doc: InfDocument, offset: number): InfSection | undefined {
  let found: InfSection | undefined;
  for (const section of doc.sections) {
    if (section.header.start <= offset) found = section;
    else break;
  }
  return found;
}

/** The entry (or `_continue_` entry) whose line holds `offset`, with the entry it continues. */
export function entryAt(doc: InfDocument, offset: number): { entry: InfEntry; head: InfEntry; section?: InfSection } | undefined {
  const section = sectionAt(doc, offset);
  const entries = section ? section.entries : doc.orphans;
  for (const head of entries) {
    for (const entry of entryChain(head)) {
      if (entry.lineStart <= offset && offset <= entry.lineEnd) return { entry, head, section };
    }
  }
  return undefined;
}

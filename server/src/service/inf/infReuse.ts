/**
 * What lets a keystroke in a large INF re-parse only the section it touched. The text is cut into parts at
 * section header lines; a part is read the same way alone as inside the whole file (a header starts a fresh
 * section, docs/formats.md §2.1), so the parts two versions share are taken over from the previous parse
 * (moved to their new offsets and lines when the edit was before them) and only the rest is parsed.
 * Linear and allocation-light: it runs on every keystroke.
 */

import type { Problem, Span } from '../types';
import type { InfDocument, InfEntry, InfSection, InfValue } from './model';

/**
 * Where each part of a parse starts and what it holds: for part k, `bounds[k]` is its first offset, `lines[k]`
 * its first line, and the other lists the number of sections, orphans, comments and problems before it
 * (each list has one more entry: the totals).
 */
export interface InfParts {
  bounds: number[];
  lines: number[];
  sections: number[];
  orphans: number[];
  comments: number[];
  problems: number[];
}

/** The parts of each parse, kept beside it (not in the tree: the tree is what the features read and tests compare). */
const partsOf = new WeakMap<InfDocument, InfParts>();

export function rememberParts(doc: InfDocument, parts: InfParts): void {
  partsOf.set(doc, parts);
}

export function recalledParts(doc: InfDocument): InfParts | undefined {
  return partsOf.get(doc);
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0xfeff;
const isBreakCode = (c: number): boolean => c === 10 || c === 13;

/**
 * The start of every line (other than the first) that certainly begins a section: its first character past
 * blanks is `[` and the line before does not end in `\` (which could join the two lines). Erring towards
 * fewer parts is safe: a part that holds two sections is parsed as a whole. One pass with `indexOf`; every
 * character is walked at most twice.
 */
export function sectionStarts(text: string): number[] {
  const starts: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('[', from);
    if (at < 0) return starts;
    let start = at;
    // Blanks between two `[` are walked back over by the second only.
    while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && !isBreakCode(text.charCodeAt(start - 1))) {
      from = at + 1;
      continue;
    }
    if (start > 0 && !previousLineContinues(text, start)) starts.push(start);
    from = at + 1;
    while (from < text.length && !isBreakCode(text.charCodeAt(from))) from++;
  }
}

/** Whether the line before the one starting at `lineStart` ends in `\` once its trailing white space is gone. */
function previousLineContinues(text: string, lineStart: number): boolean {
  let i = lineStart - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  i--;
  // The same white space as String.prototype.trimEnd, which the parser's continuation test uses.
  while (i >= 0 && !isBreakCode(text.charCodeAt(i)) && /\s/.test(text[i])) i--;
  return i >= 0 && text.charCodeAt(i) === 0x5c;
}

/**
 * Where a section of this parse was taken over from: the section of the previous parse and how far it moved. The
 * facts and findings kept on that section (SectionMemo) follow it here. One generation only: the section it was
 * moved from forgets its own origin, so no chain of old versions stays alive.
 */
interface Origin {
  from: InfSection;
  delta: number;
  lineDelta: number;
}
const origins = new WeakMap<InfSection, Origin>();

/**
 * The sections whose entries are not moved yet: the section (of some earlier parse) they are read from, and the
 * whole move since. A keystroke moves every section after it; copying their entries would cost the size of the
 * rest of the file, so a moved section copies them when something first reads them (docs/architecture.md).
 */
const unmoved = new WeakMap<InfSection, Origin>();

/**
 * A section moved by `delta` offsets and `lineDelta` lines: the same shape and values as the parser builds, its
 * `entries` copied (moved) when first read, in O(1) until then. A section moved back to where its entries were
 * read from (a keystroke taken back) is that section again.
 */
export function movedSection(section: InfSection, delta: number, lineDelta: number): InfSection {
  if (delta === 0 && lineDelta === 0) return section;
  const pending = unmoved.get(section);
  const source = pending ? pending.from : section;
  const total = pending ? { delta: pending.delta + delta, lineDelta: pending.lineDelta + lineDelta } : { delta, lineDelta };
  if (pending && total.delta === 0 && total.lineDelta === 0) return source;
  const copy = {
    name: section.name,
    known: section.known,
    nameSpan: movedSpan(section.nameSpan, delta),
    header: movedSpan(section.header, delta),
    span: movedSpan(section.span, delta),
    line: section.line + lineDelta,
  } as InfSection;
  Object.defineProperty(copy, 'entries', { enumerable: true, configurable: true, get: () => movedEntries(copy) });
  unmoved.set(copy, { from: source, ...total });
  origins.delete(section);
  origins.set(copy, { from: section, delta, lineDelta });
  return copy;
}

/** Whether a moved section's entries are still to be copied (for the tests that prove a keystroke leaves them). */
export function entriesPending(section: InfSection): boolean {
  return unmoved.has(section);
}

/** The entries of a moved section, copied now and kept as a plain property from then on. */
function movedEntries(copy: InfSection): InfEntry[] {
  const pending = unmoved.get(copy)!;
  unmoved.delete(copy);
  const entries = pending.from.entries.map((e) => movedEntry(e, pending.delta, pending.lineDelta));
  Object.defineProperty(copy, 'entries', { value: entries, writable: true, enumerable: true, configurable: true });
  return entries;
}

/**
 * A fact or the findings of one section, computed once and kept on it, and carried (moved by `move`) to the section
 * the next parse moves it to, as long as what else it depends on (`situation`, compared with `===`) is the same.
 * What a section's findings depend on beyond its own text is the caller's to name in `situation`.
 */
export class SectionMemo<T> {
  private readonly kept = new WeakMap<InfSection, { situation: unknown; value: T }>();

  constructor(private readonly move: (value: T, delta: number) => T) {}

  get(section: InfSection, situation: unknown, compute: () => T): T {
    const hit = this.kept.get(section);
    if (hit && hit.situation === situation) return hit.value;
    const origin = origins.get(section);
    const old = origin && this.kept.get(origin.from);
    const value = origin && old && old.situation === situation ? this.move(old.value, origin.delta) : compute();
    this.kept.set(section, { situation, value });
    return value;
  }
}

/** Problems moved by `delta` (the same list when nothing moves or nothing was found). */
export function movedProblems(problems: Problem[], delta: number): Problem[] {
  return delta === 0 || problems.length === 0 ? problems : problems.map((p) => movedProblem(p, delta));
}

export function movedEntry(entry: InfEntry, delta: number, lineDelta: number): InfEntry {
  if (delta === 0 && lineDelta === 0) return entry;
  const copy: InfEntry = {
    value: movedValue(entry.value, delta),
    fields: entry.fields.map((f) => movedValue(f, delta)),
    span: movedSpan(entry.span, delta),
    line: entry.line + lineDelta,
    lineStart: entry.lineStart + delta,
    lineEnd: entry.lineEnd + delta,
    indent: entry.indent,
    isContinue: entry.isContinue,
    continues: entry.continues.map((e) => movedEntry(e, delta, lineDelta)),
  };
  if (entry.key) copy.key = movedValue(entry.key, delta);
  if (entry.equals !== undefined) copy.equals = entry.equals + delta;
  if (entry.comment) copy.comment = movedSpan(entry.comment, delta);
  if (entry.remark) copy.remark = movedSpan(entry.remark, delta);
  return copy;
}

function movedValue(value: InfValue, delta: number): InfValue {
  return {
    text: value.text,
    span: movedSpan(value.span, delta),
    quoted: value.quoted,
    starts: shifted(value.starts, delta),
    ends: shifted(value.ends, delta),
    contentStart: value.contentStart + delta,
    contentEnd: value.contentEnd + delta,
  };
}

export function movedSpan(span: Span, delta: number): Span {
  return delta === 0 ? span : { start: span.start + delta, end: span.end + delta };
}

/** Keys of a parser problem's data whose number is an offset (`inf.unterminated-quote`'s `at`, a remark's `lineStart`). */
const OFFSET_KEYS = new Set(['start', 'end', 'at', 'lineStart']);

/** A copy of a parser problem, its data included, moved by `delta` offsets. */
export function movedProblem(problem: Problem, delta: number): Problem {
  return delta === 0 ? problem : (move(problem, delta) as Problem);
}

function move(node: unknown, delta: number): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => move(item, delta));
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const value = source[key];
    copy[key] = typeof value === 'number' && OFFSET_KEYS.has(key) ? value + delta : move(value, delta);
  }
  return copy;
}

function shifted(list: readonly number[], delta: number): number[] {
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] + delta;
  return out;
}

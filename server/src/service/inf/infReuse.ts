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
 * What is kept beside each section (in one map, one lookup per section): the facts and findings SectionMemo keeps
 * on it, by memo, each with the offset of the section's header when it was found; and, while its entries are not
 * copied yet, the section they are read from and the whole move since. A moved copy shares the memos of the
 * section it was moved from (copied on the first write), so they follow it and are moved by the header's shift
 * when read; it keeps no reference to the section itself, so no chain of old versions stays alive.
 */
interface Kept {
  memos: (MemoEntry | undefined)[];
  /** The memos are the section's it was moved from: copy them before writing. */
  shared: boolean;
  pending?: { from: InfSection; delta: number; lineDelta: number };
}
interface MemoEntry {
  situation: unknown;
  value: unknown;
  /** The header offset of the section it was found on. */
  at: number;
}
const keptOf = new WeakMap<InfSection, Kept>();

/**
 * A section moved by `delta` offsets and `lineDelta` lines: the same shape and values as the parser builds. A
 * keystroke moves every section after it, and copying their entries would cost the size of the rest of the file,
 * so its `entries` are copied (moved) when first read, and the move is O(1) until then. A section moved back to
 * where its entries were read from (a keystroke taken back) is that section again.
 */
export function movedSection(section: InfSection, delta: number, lineDelta: number): InfSection {
  if (delta === 0 && lineDelta === 0) return section;
  const old = keptOf.get(section);
  const pending = old?.pending;
  const source = pending ? pending.from : section;
  const move = pending ? { from: source, delta: pending.delta + delta, lineDelta: pending.lineDelta + lineDelta } : { from: source, delta, lineDelta };
  if (pending && move.delta === 0 && move.lineDelta === 0) return source;
  const copy: InfSection = {
    name: section.name,
    known: section.known,
    nameSpan: movedSpan(section.nameSpan, delta),
    header: movedSpan(section.header, delta),
    span: movedSpan(section.span, delta),
    line: section.line + lineDelta,
    get entries(): InfEntry[] {
      return movedEntries(copy);
    },
  };
  keptOf.set(copy, { memos: old ? old.memos : [], shared: true, pending: move });
  return copy;
}

/** Whether a moved section's entries are still to be copied (for the tests that prove a keystroke leaves them). */
export function entriesPending(section: InfSection): boolean {
  return keptOf.get(section)?.pending !== undefined;
}

/** The entries of a moved section, copied now and kept as a plain property from then on. */
function movedEntries(copy: InfSection): InfEntry[] {
  const kept = keptOf.get(copy)!;
  const pending = kept.pending!;
  kept.pending = undefined;
  const entries = pending.from.entries.map((e) => movedEntry(e, pending.delta, pending.lineDelta));
  Object.defineProperty(copy, 'entries', { value: entries, writable: true, enumerable: true, configurable: true });
  return entries;
}

let memoCount = 0;

/**
 * A fact or the findings of one section, computed once and kept beside it, and carried to the copies later parses
 * move it to (moved by `move` with the header's shift; `move` undefined for a fact that holds no offset), as long
 * as what else it depends on (`situation`, compared with `===`) is the same. What a section's findings depend on
 * beyond its own text is the caller's to name in `situation`; `compute` gets the section and the situation.
 */
export class SectionMemo<T, S = undefined> {
  private readonly slot = memoCount++;

  constructor(private readonly move?: (value: T, delta: number) => T) {}

  get(section: InfSection, situation: S, compute: (section: InfSection, situation: S) => T): T {
    const kept = keptOf.get(section);
    const at = section.header.start;
    const entry = kept?.memos[this.slot];
    if (entry && entry.situation === situation) {
      if (entry.at === at || !this.move) return entry.value as T;
      const value = this.move(entry.value as T, at - entry.at);
      // Nothing that moves (no findings): the shared entry serves as it is, with no copy of the memos.
      if (value !== entry.value) write(section, kept, this.slot, { situation, value, at });
      return value;
    }
    const value = compute(section, situation);
    write(section, kept, this.slot, { situation, value, at });
    return value;
  }
}

function write(section: InfSection, kept: Kept | undefined, slot: number, entry: MemoEntry): void {
  if (!kept) {
    const memos: (MemoEntry | undefined)[] = [];
    memos[slot] = entry;
    keptOf.set(section, { memos, shared: false });
    return;
  }
  if (kept.shared) {
    kept.memos = kept.memos.slice();
    kept.shared = false;
  }
  kept.memos[slot] = entry;
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

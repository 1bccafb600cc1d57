/** Line splitting shared by both parsers: CRLF, LF and lone CR all end a line (docs/formats.md §1.2). */

import { finish } from './slices';

/** One line of the document: its text without the line break, and where it starts. */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
}

/**
 * Splits `text` into lines with offsets. A leading BOM stays in line 0's text; callers skip it.
 * With `from` and `to` (both line starts), only the lines of that part, with offsets into the whole text and
 * `index` counted from `from`; the empty line that starts at `to` belongs to the next part unless `to` is the end.
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  return linesOf(lineSpans(text, from, to));
}

/**
 * The lines of a part of a text as offsets only: where each starts and where it ends (before its line break),
 * in two arrays, with no object or string per line. The parsers walk these and slice a line's text only for a
 * line a pattern must read; most lines of a dump are judged by a few of their characters.
 */
export interface LineSpans {
  readonly text: string;
  /** Where lines start and end: the part's lines are those from `first` to `last` (one past its last line). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The part's first line; its lines are numbered from there (a part read from the text's line table shares its arrays). */
  readonly first: number;
  readonly last: number;
}

/**
 * The lines of `text` from `from` to `to` (both line starts), as splitLines finds them. With `table` (the text's
 * line table, when `crlfOnly`), they are read from it instead of being searched for again.
 */
export function lineSpans(text: string, from = 0, to = text.length, table?: LineTable): LineSpans {
  if (table?.crlfOnly) {
    const starts = table.starts;
    const first = lastAtOrBefore(starts, from);
    if (starts[first] === from) {
      // The table's own arrays, no copy: each of its lines ends before the next one starts, so none runs past `to`.
      let last = first;
      while (last < starts.length && (starts[last] < to || (to === text.length && starts[last] === to))) last++;
      return { text, starts, ends: table.ends, first, last };
    }
  }
  const starts: number[] = [];
  const ends: number[] = [];
  // Searched in the part alone, so that a search for the next CR or LF never runs on past `to` (which would
  // make splitting a text part by part quadratic); a slice of a string is a view, not a copy.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const breaks = new LineBreaks(part);
  let start = 0;
  while (start < part.length && breaks.advance()) {
    // A CRLF whose LF is past `to` is one break that ends after the part: the part's last line runs up to `to`.
    if (breaks.at === part.length - 1 && part.charCodeAt(breaks.at) === 13 && text.charCodeAt(to) === 10) break;
    starts.push(from + start);
    ends.push(from + breaks.at);
    start = breaks.next;
  }
  if (start < part.length || to === text.length) {
    starts.push(from + start);
    ends.push(to);
  }
  return { text, starts, ends, first: 0, last: starts.length };
}

/** The text of line `k` of `spans` (a slice of the text, taken when asked). */
export function lineText(spans: LineSpans, k: number): string {
  return spans.text.slice(spans.starts[k], spans.ends[k]);
}

/** Line `k` of `spans` as a Line (its text sliced out), `index` counted from the part's first line. */
export function lineOf(spans: LineSpans, k: number): Line {
  return { index: k - spans.first, start: spans.starts[k], end: spans.ends[k], text: lineText(spans, k) };
}

/** Every line of `spans` as a Line. */
export function linesOf(spans: LineSpans): Line[] {
  const lines: Line[] = [];
  for (let k = spans.first; k < spans.last; k++) lines.push(lineOf(spans, k));
  return lines;
}

/**
 * Where each line of a text starts when only LF ends a line (a CR before it belongs to the break): how the
 * normalisation's paste and fixed-width tests read a text's lines. A one-look parse finds it once, and where
 * `crlfOnly` holds (every CR stands before an LF) the parsers' lines are the same, so each certificate's split
 * and the command line's line numbers read it too, instead of each finding the line breaks again.
 */
export interface LineTable {
  /** The offset where each line starts, 0 first; a text that ends in an LF has an empty last line at its end. */
  starts: number[];
  /** Where each line ends: before its LF and a CR right before that, or before a CR that ends the text. */
  ends: number[];
  /** Every CR of the text stands right before an LF: no lone CR, which the parsers (not the table) break a line at. */
  crlfOnly: boolean;
}

/** How many lines lineTableInSlices reads between two yields (about 32 KB of a dump). */
const TABLE_LINES_PER_SLICE = 512;

/** The line table of `text`. */
export function* lineTableInSlices(text: string): Generator<void, LineTable> {
  const starts = [0];
  const ends: number[] = [];
  // Two cursors, each only moving forward: the next LF, and the next CR, which stands right before an LF or alone.
  let cr = text.indexOf('\r');
  let crlfOnly = true;
  for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
    while (cr >= 0 && cr < lf) {
      if (cr !== lf - 1) {
        // A lone CR: the rest of the CRs no longer matter.
        crlfOnly = false;
        cr = -1;
        break;
      }
      cr = text.indexOf('\r', cr + 1);
    }
    ends.push(lf > starts[starts.length - 1] && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf);
    starts.push(lf + 1);
    if (starts.length % TABLE_LINES_PER_SLICE === 0) yield;
  }
  const lastStart = starts[starts.length - 1];
  ends.push(text.length > lastStart && text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length);
  return { starts, ends, crlfOnly: crlfOnly && cr < 0 };
}

/** The index of the last of `sorted` (ascending, not empty) at or before `value`, or 0 when all are after it: a binary search. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The offset where every line of `text` starts (0 first), for turning offsets into line numbers. */
export function lineStarts(text: string): number[] {
  return finish(lineStartsInSlices(text));
}

/** How many line starts lineStartsInSlices finds between two yields (about 150 KB of a dump). */
export const LINE_STARTS_PER_SLICE = 4096;

/** lineStarts, yielding every LINE_STARTS_PER_SLICE lines: the server finds an open document's this way (issue 13). */
export function* lineStartsInSlices(text: string): Generator<void, number[]> {
  const starts = [0];
  const breaks = new LineBreaks(text);
  while (breaks.advance()) {
    starts.push(breaks.next);
    if (starts.length % LINE_STARTS_PER_SLICE === 0) yield;
  }
  return starts;
}

/**
 * The line breaks of a text in order (CRLF, lone CR, LF: docs/formats.md §1.2), found with two cursors, the
 * next CR and the next LF, each moved forward by indexOf. A native search per cursor costs about two thirds
 * of a regular expression call per line (and a loop over the characters costs more than either); each
 * cursor only moves forward, so the whole walk stays linear whatever the text holds.
 */
class LineBreaks {
  /** Where the current break starts. */
  at = -1;
  /** Where the line after the current break starts. */
  next = 0;
  private cr: number;
  private lf: number;

  constructor(private readonly text: string) {
    this.cr = text.indexOf('\r');
    this.lf = text.indexOf('\n');
  }

  /** Moves to the next break; false when there is none left. */
  advance(): boolean {
    const { cr, lf } = this;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      this.at = cr;
      this.next = cr + 1;
      if (lf === cr + 1) {
        this.next = lf + 1;
        this.lf = this.text.indexOf('\n', lf + 1);
      }
      this.cr = this.text.indexOf('\r', cr + 1);
      return true;
    }
    if (lf < 0) return false;
    this.at = lf;
    this.next = lf + 1;
    this.lf = this.text.indexOf('\n', lf + 1);
    return true;
  }
}

/** The span of a line's text without its leading and trailing white space (NBSP included). */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const trimmed = trimmedSpanAt(line.text, 0, line.text.length);
  return { start: line.start + trimmed.start, end: line.start + trimmed.end };
}

/** trimmedSpan of the line `text.slice(start, end)`, read in `text` itself. */
export function trimmedSpanAt(text: string, start: number, end: number): { start: number; end: number } {
  let trail = end;
  while (trail > start && isSpaceCode(text.charCodeAt(trail - 1))) trail--;
  const from = start + leadingSpaceAt(text, start, end);
  return { start: from, end: Math.max(from, trail) };
}

/** True for a line with nothing but white space. */
export function isBlank(text: string): boolean {
  return leadingSpace(text) === text.length;
}

/** isBlank of the line `text.slice(start, end)`, read in `text` itself. */
export function isBlankAt(text: string, start: number, end: number): boolean {
  return leadingSpaceAt(text, start, end) === end - start;
}

/**
 * A value read from a line of `text` (from `start` to `end`): `value`, where its raw text `raw` stands (its last
 * occurrence in the line: values follow their labels; the line's end when it is not there) and the trimmed line.
 * Every caller's `raw` is a capture of that line, so the backward search stops inside it.
 */
export function fieldAt<T>(
  text: string,
  start: number,
  end: number,
  raw: string,
  value: T,
): { value: T; start: number; end: number; line: { start: number; end: number } } {
  const at = raw && end - start >= raw.length ? text.lastIndexOf(raw, end - raw.length) : -1;
  const found = at >= start;
  const from = found ? at : end;
  return { value, start: from, end: from + (found ? raw.length : 0), line: trimmedSpanAt(text, start, end) };
}

/** How many characters of white space `text` starts with. */
export function leadingSpace(text: string): number {
  return leadingSpaceAt(text, 0, text.length);
}

/**
 * Where a character (or a short string without a line break) stands in each line of a part of a text (`from` to
 * `to`), lines asked in order: a cursor on the next one, moved forward by indexOf only once a line at or past it is
 * asked. The part's lines cost about as many searches as they hold it, and none reads a line's own string (a
 * slice, slower to read than the text). The searches stay inside the part: a cursor per certificate that searched
 * the rest of the dump for a character its certificate lacks would make a dump of many such certificates quadratic.
 */
export class CharCursor {
  /** The next `char` at or after the last line asked, as an offset into the part; -1 when none is left, -2 before the first search. */
  private at = -2;
  private readonly part: string;

  constructor(
    text: string,
    private readonly char: string,
    private readonly from = 0,
    to = text.length,
  ) {
    this.part = from === 0 && to === text.length ? text : text.slice(from, to);
  }

  /** The offset of the first `char` within [start, end), or -1; `start` at or after every start asked before. */
  inLine(start: number, end: number): number {
    const from = this.from;
    if (this.at !== -1 && this.at + from < start) this.at = this.part.indexOf(this.char, start - from);
    return this.at >= 0 && this.at + from + this.char.length <= end ? this.at + from : -1;
  }
}

/**
 * leadingSpace of the line `text.slice(start, end)`, counted in `text` itself: a line's own string is a slice of
 * the text, and reading characters through a slice costs more than reading the text it points into.
 */
export function leadingSpaceAt(text: string, start: number, end: number): number {
  let i = start;
  // Indentation is nearly always plain spaces: a tight loop over them first.
  while (i < end && text.charCodeAt(i) === 32) i++;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i - start;
}

/**
 * Exactly the characters of the regular expression class `\s` (which includes NBSP and the BOM): the parsers
 * test it by code so that the common line costs no regular expression call.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `pattern.exec` on `part` (a slice of the text that starts at `offset`), with the match's index in the whole text. */
export function execAt(pattern: RegExp, part: string, offset: number): RegExpExecArray | null {
  if (pattern.lastIndex < offset) pattern.lastIndex = offset;
  const saved = pattern.lastIndex;
  pattern.lastIndex = saved - offset;
  const m = pattern.exec(part);
  if (!m) {
    pattern.lastIndex = saved;
    return null;
  }
  m.index += offset;
  pattern.lastIndex += offset;
  return m;
}

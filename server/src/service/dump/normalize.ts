/**
 * Undoes what blogs, mail clients, Markdown and LaTeX do to pasted certutil output (docs/formats.md §D.4):
 * typographic dashes, Unicode spaces, smart quotes, HTML entities, CR CR LF, `> ` quoting, a prefix every
 * line of a block shares (`% `, `# `, `| `), Markdown fences and list markers, `<br/>` in table cells and
 * lines cut at a fixed width. The parser reads the clean text; `toOriginal` maps its offsets back, so every
 * diagnostic still points at the text the admin sees. One pass per step, no backtracking: linear time.
 * Every step over the whole text yields as it goes (`normalizeDumpInSlices`, issue 13), so a 60 MB dump is
 * normalised in slices the server can answer other requests between; `normalizeDump` runs it to its end.
 */

import { finish } from '../slices';
import { lastAtOrBefore, lineTableInSlices, type LineTable } from '../text';

/** The cleaned text and the way back to the original's offsets. */
export interface NormalizedDump {
  text: string;
  /** False when nothing needed cleaning: `text` is the original and offsets need no mapping. */
  changed: boolean;
  /** The original offset of `offset` in `text`; `side` says whether it starts or ends a span. */
  toOriginal(offset: number, side: 'start' | 'end'): number;
}

// Characters mapped one to one (or to `--`, the way certutil writes the dash of a decode line).
const CHARACTER_MAP = new Map<number, string>([
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2212, '-'],
  [0x2013, '--'],
  [0x2014, '--'],
  [0x2015, '--'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x2032, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x2033, '"'],
  [0x00a0, ' '],
  [0x1680, ' '],
  [0x202f, ' '],
  [0x205f, ' '],
  [0x3000, ' '],
  // Zero-width characters vanish.
  [0x200b, ''],
  [0x200c, ''],
  [0x200d, ''],
  [0x2060, ''],
]);
for (let c = 0x2000; c <= 0x200a; c++) CHARACTER_MAP.set(c, ' ');

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
// A few quick tests tell whether any step has work to do (the common, clean dump pays only these): one
// character class, one pattern at line starts, and plain searches; split, they run several times faster.
// The mangled characters are NBSP, found by a plain search, and characters above U+00FF, in a class V8
// answers without reading a string that holds none (a one-byte string: any ASCII or Latin-1 dump).
const MANGLED_ABOVE_LATIN1 = /[\u1680\u2000-\u200d\u2010-\u2015\u2018-\u201e\u2032\u2033\u202f\u205f\u2060\u2212\u3000]/;
const ENTITY = /&(?:nbsp|gt|lt|amp|quot|#39);/i;

/** Whether `text` holds anything a paste mangles within a line (the line starts, pasteLineStart, are tested from the line table). */
function needsWork(text: string): boolean {
  return (
    text.includes('\u00a0') ||
    MANGLED_ABOVE_LATIN1.test(text) ||
    text.includes('\r\r\n') ||
    // `<br`: a plain search for `<` first, which a dump rarely holds.
    (text.includes('<') && /<br/i.test(text)) ||
    (text.includes('&') && ENTITY.test(text))
  );
}

/**
 * What a paste puts at the start of a line (after spaces and tabs): a quote or block prefix (`>`, `%`, `#`, `|`),
 * a Markdown fence (```` ``` ````, `~~~`) or a list marker (`- `, `* `, `+ `, `1. `, `12) `). Tested by code at
 * each line start, which costs less than one pattern over the whole text.
 */
function pasteLineStart(text: string, at: number): boolean {
  let i = at;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  switch (c) {
    case 0x3e: // >
    case 0x25: // %
    case 0x23: // #
    case 0x7c: // |
      return true;
    case 0x60: // `
      return text.startsWith('``', i + 1);
    case 0x7e: // ~
      return text.startsWith('~~', i + 1);
    case 0x2d: // -
    case 0x2a: // *
    case 0x2b: // +
      return text.charCodeAt(i + 1) === 32;
  }
  if (!isDigitCode(c)) return false;
  const after = isDigitCode(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  const mark = text.charCodeAt(after);
  return (mark === 0x2e || mark === 0x29) && text.charCodeAt(after + 1) === 32;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
const FENCE = /^[ \t]*(?:```|~~~)/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,2}[.)]) +/;
const BREAK_TAG = /^<br[ \t]*\/?>/i;
const TABLE_RULE = /^[ \t]*\|?[ \t:]*-{3,}[ \t:|-]*$/;
/** A certutil hex dump row (`0000  30 82 ...`): never the continuation of a cut line. */
const HEX_ROW = /^[0-9a-f]{4} /i;
/** Block prefixes certutil never prints at the start of a line. */
const BLOCK_PREFIXES = ['%', '#', '|'] as const;
/** A line cut at a fixed width is recognised only at common terminal and mail widths. */
const MIN_WRAP = 60;
const MAX_WRAP = 200;

/** A run of normalized text and the original text it stands for. */
interface Piece {
  text: string;
  from: number;
  to: number;
}

/** One line of the original: where its content and its line break are. */
interface RawLine {
  start: number;
  end: number;
  /** End of the line break after the line (== end for the last line). */
  breakEnd: number;
}

/**
 * How much text a step of normalizeDumpInSlices reads between two yields: well under a millisecond of work.
 * A step that goes over what the text was split into (lines, pieces) yields every ITEMS_PER_SLICE of them.
 * One line is never cut, so a single line longer than this is read in one piece.
 */
export const NORMALIZE_SLICE_CHARS = 32 * 1024;
const ITEMS_PER_SLICE = 512;

/**
 * True when `part` (whole lines of a dump) holds anything a paste mangles, except lines cut at a fixed width,
 * which only the whole text can show: the check of the text a keystroke changed.
 */
export function needsNormalizing(part: string): boolean {
  return finish(needsNormalizingInSlices(part));
}

/**
 * needsNormalizing in slices: the text is tested a run of whole lines at a time (each run ends after a `\n`). Every
 * pattern `needsWork` looks for lies within one line or ends at a `\n` (`\r\r\n`), so some run holds it exactly
 * when the whole text does; then each line start (after a `\n`) is tested for a paste prefix, from `table` (the
 * text's LineTable) when the caller has it.
 */
export function* needsNormalizingInSlices(text: string, sliceChars = NORMALIZE_SLICE_CHARS, table?: LineTable): Generator<void, boolean> {
  for (let from = 0; from < text.length; ) {
    const to = runEnd(text, from, sliceChars);
    if (needsWork(from === 0 && to === text.length ? text : text.slice(from, to))) return true;
    from = to;
    if (from < text.length) yield;
  }
  // Each line start: the text's, or one after each LF (the table's lines).
  const starts = (table ?? (yield* lineTableInSlices(text))).starts;
  for (let k = 0; k < starts.length; k++) {
    if (k % ITEMS_PER_SLICE === ITEMS_PER_SLICE - 1) yield;
    if (pasteLineStart(text, starts[k])) return true;
  }
  return false;
}

/** The end of the run of whole lines from `from`: just after the last `\n` within NORMALIZE_SLICE_CHARS, else after the next one. */
function runEnd(text: string, from: number, sliceChars: number): number {
  const limit = from + sliceChars;
  if (limit >= text.length) return text.length;
  const before = text.lastIndexOf('\n', limit - 1);
  if (before >= from) return before + 1;
  const after = text.indexOf('\n', limit);
  return after < 0 ? text.length : after + 1;
}

/** Normalizes `original` when it needs it; otherwise returns it unchanged (the identity mapping). */
export function normalizeDump(original: string): NormalizedDump {
  return finish(normalizeDumpInSlices(original));
}

/** Counts the items a loop has done since it last yielded: true (and starts again) once a slice's worth. */
function slicer(per: number): (count?: number) => boolean {
  let done = 0;
  return (count = 1) => {
    done += count;
    if (done < per) return false;
    done = 0;
    return true;
  };
}

/**
 * normalizeDump in slices: every step over the text or its lines yields every NORMALIZE_SLICE_CHARS / ITEMS_PER_SLICE.
 * `sliceChars` (tests) moves where the text is cut for the first test; the result never depends on it.
 */
export function* normalizeDumpInSlices(original: string, sliceChars = NORMALIZE_SLICE_CHARS, table?: LineTable): Generator<void, NormalizedDump> {
  // The line table both first tests read: the caller's (a one-look parse finds it for the parse too), else made here once.
  const breaks = table ?? (yield* lineTableInSlices(original));
  if (!(yield* needsNormalizingInSlices(original, sliceChars, breaks)) && !(yield* hasFixedWidthCut(original, breaks))) return identity(original);
  const lines = yield* rawLines(original);
  const due = slicer(ITEMS_PER_SLICE);
  const contents: Piece[][] = new Array<Piece[]>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (due()) yield;
    contents[i] = cleanLine(original, lines[i]);
  }
  yield* stripBlockPrefixes(contents);
  const texts: string[] = new Array<string>(contents.length);
  for (let i = 0; i < contents.length; i++) {
    if (due()) yield;
    texts[i] = contents[i].map((p) => p.text).join('');
  }
  const joinNext = yield* cutLines(texts);
  const pieces: Piece[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (due()) yield;
    for (const piece of contents[i]) if (piece.text.length > 0 || piece.to > piece.from) pieces.push(piece);
    const line = lines[i];
    if (line.breakEnd === line.end || joinNext[i]) continue;
    const raw = original.slice(line.end, line.breakEnd);
    pieces.push({ text: raw === '\r\r\n' ? '\r\n' : raw, from: line.end, to: line.breakEnd });
  }
  return yield* mapped(original, pieces);
}

function identity(text: string): NormalizedDump {
  return { text, changed: false, toOriginal: (offset) => offset };
}

function* rawLines(text: string): Generator<void, RawLine[]> {
  const lines: RawLine[] = [];
  let start = 0;
  let yielded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    let breakEnd = i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) breakEnd = i + 3;
    else if (c === 13 && text.charCodeAt(i + 1) === 10) breakEnd = i + 2;
    lines.push({ start, end: i, breakEnd });
    start = breakEnd;
    i = breakEnd - 1;
    if (start - yielded >= NORMALIZE_SLICE_CHARS) {
      yielded = start;
      yield;
    }
  }
  lines.push({ start, end: text.length, breakEnd: text.length });
  return lines;
}

/** The pieces of one line after the per-line steps: fence, quote prefix, list marker, `<br/>`, characters. */
function cleanLine(text: string, line: RawLine): Piece[] {
  const content = text.slice(line.start, line.end);
  if (FENCE.test(content) || (TABLE_RULE.test(content) && content.includes('|'))) return [{ text: '', from: line.start, to: line.end }];
  let at = 0;
  // `> ` quoting, nested or not: `> > text`, `>>text`.
  let probe = at;
  while (probe < content.length && (content[probe] === ' ' || content[probe] === '\t')) probe++;
  if (content[probe] === '>') {
    while (probe < content.length && (content[probe] === '>' || content[probe] === ' ')) {
      if (content[probe] === ' ' && content[probe + 1] !== '>') {
        probe++;
        break;
      }
      probe++;
    }
    at = probe;
  }
  const marker = LIST_MARKER.exec(content.slice(at, at + 8));
  if (marker && looksStructural(content.slice(at + marker[0].length))) at += marker[0].length;
  const pieces: Piece[] = [];
  let runStart = at;
  // A run takes in the characters mapped one for one (a Unicode space, a smart quote): its text stays as long as
  // the original, so offsets inside it map by position, and a line of a million NBSPs is one piece, not a million.
  let runText = '';
  let copied = at;
  const flush = (until: number): void => {
    if (until > runStart) pieces.push({ text: runText + content.slice(copied, until), from: line.start + runStart, to: line.start + until });
    runText = '';
  };
  for (let i = at; i < content.length; i++) {
    const c = content.charCodeAt(i);
    let replacement: string | undefined;
    let length = 1;
    if (c > 0x7f) {
      // A BOM at the very start stays: the parsers expect it there.
      if (c === 0xfeff && line.start + i > 0) replacement = '';
      else replacement = CHARACTER_MAP.get(c);
    } else if (c === 60 /* < */) {
      const tag = BREAK_TAG.exec(content.slice(i, i + 8));
      if (tag) {
        replacement = '\n';
        length = tag[0].length;
      }
    } else if (c === 38 /* & */) {
      // Entities are at most 6 characters long: look no further, so a line of `&` stays linear.
      const near = content.slice(i, i + 7).indexOf(';');
      const end = near < 0 ? -1 : i + near;
      const entity = end > i ? ENTITIES[content.slice(i, end + 1).toLowerCase()] : undefined;
      if (entity !== undefined) {
        replacement = entity;
        length = end + 1 - i;
      }
    }
    if (replacement === undefined) continue;
    if (replacement.length === 1 && length === 1) {
      runText += content.slice(copied, i) + replacement;
      copied = i + 1;
      continue;
    }
    flush(i);
    pieces.push({ text: replacement, from: line.start + i, to: line.start + i + length });
    runStart = i + length;
    copied = runStart;
    i += length - 1;
  }
  flush(content.length);
  if (pieces.length === 0) pieces.push({ text: '', from: line.start + at, to: line.start + at });
  return pieces;
}

/** A line the parser anchors on, behind a list marker: the frame, a property header, the X509 line, a store header. */
function looksStructural(rest: string): boolean {
  return /^={5,} /.test(rest) || /^[A-Z][A-Z0-9_]*_PROP_ID\(\d+\)/.test(rest) || /^X\.?509/i.test(rest) || /^[A-Za-z]+ "[^"]*"$/.test(rest);
}

/**
 * A block (lines between blank ones, or the whole text when every line has it) whose every line starts with
 * the same prefix (`%` LaTeX comments, `#` shell comments, `|` table cells): the prefix goes, and a table
 * row's closing `|` with it.
 */
function* stripBlockPrefixes(contents: Piece[][]): Generator<void, void> {
  const due = slicer(ITEMS_PER_SLICE);
  let first = 0;
  while (first < contents.length) {
    if (due()) yield;
    let last = first;
    const prefix = prefixOf(contents[first]);
    if (!prefix) {
      first++;
      continue;
    }
    while (last + 1 < contents.length && prefixOf(contents[last + 1]) === prefix) {
      last++;
      if (due()) yield;
    }
    // One `#` line alone is a Markdown heading, still a harmless strip; a `|` line is a table row when it has
    // company or holds `<br/>` line breaks (a whole dump pasted into one cell).
    const table = last > first || contents[first].some((piece) => piece.text === '\n');
    if (prefix !== '|' || table)
      for (let i = first; i <= last; i++) {
        if (due()) yield;
        stripPrefix(contents[i], prefix);
      }
    first = last + 1;
  }
}

function prefixOf(pieces: Piece[]): string | undefined {
  const text = pieces[0]?.text ?? '';
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return BLOCK_PREFIXES.find((p) => text.startsWith(p, i));
}

function stripPrefix(pieces: Piece[], prefix: string): void {
  const head = pieces[0];
  let i = 0;
  while (i < head.text.length && (head.text[i] === ' ' || head.text[i] === '\t')) i++;
  i += prefix.length;
  if (head.text[i] === ' ') i++;
  pieces[0] = { text: head.text.slice(i), from: head.from + i, to: head.to };
  if (prefix !== '|') return;
  const tail = pieces[pieces.length - 1];
  let end = tail.text.length;
  while (end > 0 && tail.text[end - 1] === ' ') end--;
  if (tail.text[end - 1] === '|') pieces[pieces.length - 1] = { text: tail.text.slice(0, end - 1), from: tail.from, to: tail.from + end - 1 };
}

/**
 * Lines cut at a fixed width W (mail at 76, a terminal at 80): a line exactly W long whose next line starts
 * in column 0 with text that is no line of its own (no label, no hex row, no frame) continues on that line.
 * W is the longest line, and at least two lines must be cut there; otherwise nothing is joined.
 */
function* cutLines(texts: readonly string[]): Generator<void, boolean[]> {
  const join = new Array<boolean>(texts.length).fill(false);
  const width = yield* wrapWidth(texts);
  if (width === undefined) return join;
  const due = slicer(ITEMS_PER_SLICE);
  for (let i = 0; i + 1 < texts.length; i++) {
    if (due()) yield;
    if (texts[i].length === width && isContinuation(texts[i + 1])) join[i] = true;
  }
  return join;
}

function* wrapWidth(texts: readonly string[]): Generator<void, number | undefined> {
  const due = slicer(ITEMS_PER_SLICE);
  let width = 0;
  for (const text of texts) {
    if (due()) yield;
    if (text.length > width) width = text.length;
  }
  if (width < MIN_WRAP || width > MAX_WRAP) return undefined;
  let cut = 0;
  for (let i = 0; i + 1 < texts.length; i++) {
    if (due()) yield;
    if (texts[i].length === width && isContinuation(texts[i + 1])) cut++;
  }
  return cut >= 2 ? width : undefined;
}

function isContinuation(next: string): boolean {
  if (next.length === 0 || next[0] === ' ' || next[0] === '\t') return false;
  if (next.includes('=') || next.includes(':') || HEX_ROW.test(next)) return false;
  return !/^CERT_|^X\.?509|^CertUtil/i.test(next);
}

/** The quick check for a fixed-width cut, from the line table: two or more lines cut at the longest length. */
function* hasFixedWidthCut(text: string, lines: LineTable): Generator<void, boolean> {
  const { starts, ends } = lines;
  let width = 0;
  for (let k = 0; k < starts.length; k++) {
    if (k % ITEMS_PER_SLICE === ITEMS_PER_SLICE - 1) yield;
    width = Math.max(width, ends[k] - starts[k]);
  }
  if (width < MIN_WRAP || width > MAX_WRAP) return false;
  let cut = 0;
  for (let k = 0; k + 1 < starts.length && cut < 2; k++) {
    if (k % ITEMS_PER_SLICE === ITEMS_PER_SLICE - 1) yield;
    const next = starts[k + 1];
    if (ends[k] - starts[k] === width && isContinuation(text.slice(next, Math.min(ends[k + 1], next + MAX_WRAP)))) cut++;
  }
  return cut >= 2;
}

function* mapped(original: string, all: Piece[]): Generator<void, NormalizedDump> {
  const due = slicer(ITEMS_PER_SLICE);
  // Dropped text (a quote prefix, a fence) is a gap between pieces: only pieces with text take offsets.
  const pieces: Piece[] = [];
  for (const piece of all) {
    if (due()) yield;
    if (piece.text.length > 0) pieces.push(piece);
  }
  const normStarts: number[] = [];
  // The text is joined a slice of pieces at a time; the last join copies runs, not pieces.
  const runs: string[] = [];
  let run: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    normStarts.push(length);
    length += piece.text.length;
    run.push(piece.text);
    if (due()) {
      runs.push(run.join(''));
      run = [];
      yield;
    }
  }
  runs.push(run.join(''));
  const text = runs.length === 1 ? runs[0] : runs.join('');
  if (text === original) return identity(original);
  const toOriginal = (offset: number, side: 'start' | 'end'): number => {
    if (pieces.length === 0) return 0;
    if (offset <= 0) return side === 'start' ? pieces[0].from : 0;
    if (offset >= length) return side === 'start' ? original.length : pieces[pieces.length - 1].to;
    // The piece holding the offset: for a span's end, the one holding the character before it.
    const at = lastAtOrBefore(normStarts, side === 'start' ? offset : offset - 1);
    const piece = pieces[at];
    const into = offset - normStarts[at];
    if (piece.to - piece.from === piece.text.length) return piece.from + into;
    return side === 'start' && into === 0 ? piece.from : piece.to;
  };
  return { text, changed: true, toOriginal };
}

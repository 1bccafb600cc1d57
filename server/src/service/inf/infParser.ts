/**
 * The INF parser: text in, tree with offsets and lexical problems out. Hand-written and line-oriented after
 * the INF rules of docs/formats.md §2.1: `[Section]` headers, `key = value[,value]` entries, `"..."` with
 * `""` for a quote, `;` comments outside quotes only, `\` at the end of a line continues it, and the
 * certutil/certreq `_continue_` convention that appends a string to the entry above. A throw on a line becomes `internal.error`.
 */

import { guarded, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import { report } from '../rules';
import { splitLines } from '../text';
import type { Problem, Span } from '../types';
import type { RemarkData } from './fixData';
import { lookupNames, type InfDocument, type InfEntry, type InfKind, type InfSection, type InfValue } from './model';
import { knownSectionFor } from './suggest';
import { countLineBreaks, sharedParts } from '../dump/reuse';
import { movedEntry, movedProblem, movedSection, movedSpan, recalledParts, rememberParts, sectionStarts, type InfParts } from './infReuse';

export type { InfDocument, InfEntry, InfKind, InfSection, InfValue } from './model';

/** One logical line: physical lines joined by `\`, with the source offset of every character. */
interface Logical {
  line: number;
  lineStart: number;
  s: string;
  /** pos[i] is the source offset of s[i]; pos[s.length] is the end of the last physical line. */
  pos: number[];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\ufeff';

/**
 * Parses an INF. A parser bug on one line does not take the rest down, nor hide: that line gets an
 * `internal.error` problem and the error goes to `errors` (the server logs it); the other lines are read.
 * With `previous` (the text and parse of an earlier version of the same document), the sections whose text
 * did not change are taken over from it rather than parsed again; the tree is the same as a fresh parse's.
 */
export function parseInf(text: string, errors?: ErrorSink, previous?: PreviousInf): InfDocument {
  return finish(parseInfInSlices(text, errors, previous));
}

/** An earlier version of the same document and its parse. */
export interface PreviousInf {
  text: string;
  inf: InfDocument;
}

/**
 * parseInf in slices of lines, yielding in between so the server answers other requests meanwhile. The text
 * is read a part at a time (infReuse.ts): the part before the first section, then one part per section.
 */
export function* parseInfInSlices(text: string, errors?: ErrorSink, previous?: PreviousInf): Generator<void, InfDocument> {
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\r\n';
  const doc: InfDocument = { sections: [], orphans: [], comments: [], problems: [], eol };
  const bounds = [0, ...sectionStarts(text), text.length];
  const count = bounds.length - 1;
  const old = previous && recalledParts(previous.inf);
  const { leading, trailing } = old && previous ? sharedParts(text, bounds, previous.text, old.bounds) : { leading: 0, trailing: 0 };
  const parts: InfParts = { bounds, lines: [0], sections: [0], orphans: [0], comments: [0], problems: [0] };
  for (let k = 0; k < count; k++) {
    if (k % PARTS_PER_SLICE === PARTS_PER_SLICE - 1) yield;
    if (old && previous && (k < leading || k >= count - trailing)) {
      const oldK = k < leading ? k : k - count + old.bounds.length - 1;
      const delta = bounds[k] - old.bounds[oldK];
      const lineDelta = parts.lines[k] - old.lines[oldK];
      const take = <T>(from: readonly T[], to: T[], at: readonly number[], move: (item: T) => T): void => {
        for (let i = at[oldK]; i < at[oldK + 1]; i++) to.push(move(from[i]));
      };
      take(previous.inf.sections, doc.sections, old.sections, (s) => movedSection(s, delta, lineDelta));
      take(previous.inf.orphans, doc.orphans, old.orphans, (e) => movedEntry(e, delta, lineDelta));
      take(previous.inf.comments, doc.comments, old.comments, (c) => movedSpan(c, delta));
      take(previous.inf.problems, doc.problems, old.problems, (p) => movedProblem(p, delta));
      parts.lines.push(old.lines[oldK + 1] + lineDelta);
    } else {
      yield* new InfParser(text, doc, bounds[k], bounds[k + 1], parts.lines[k], errors).parse();
      parts.lines.push(parts.lines[k] + countLineBreaks(text, bounds[k], bounds[k + 1]));
    }
    parts.sections.push(doc.sections.length);
    parts.orphans.push(doc.orphans.length);
    parts.comments.push(doc.comments.length);
    parts.problems.push(doc.problems.length);
  }
  rememberParts(doc, parts);
  return doc;
}

/** How many logical lines are read, and how many sections taken over, between two pauses of a sliced parse. */
const LINES_PER_SLICE = 256;
const PARTS_PER_SLICE = 256;

/**
 * Which program reads the file: content first (a misspelt [Propertes] counts: its author meant a KeyProv.inf),
 * then the CAPolicy.inf name (docs/formats.md §2.2-2.4).
 */
export function infKind(doc: InfDocument, fileName?: string): InfKind {
  const names = lookupNames(doc);
  const has = (name: string): boolean => names.includes(name);
  if (has('properties')) return 'repairstore';
  if (has('newrequest')) return 'certreq';
  if (has('certsrv_server') || has('policystatementextension')) return 'capolicy';
  const base = fileName?.split(/[\\/]/).pop()?.toLowerCase();
  if (base === 'capolicy.inf') return 'capolicy';
  return 'other';
}

/** Reads the lines of text[from, to) into `doc`, the first of them line `firstLine` of the file. */
class InfParser {
  private section: InfSection | undefined;
  private lastContentEnd = 0;

  constructor(
    private readonly text: string,
    private readonly doc: InfDocument,
    private readonly from: number,
    private readonly to: number,
    private readonly firstLine: number,
    private readonly errors?: ErrorSink,
  ) {}

  *parse(): Generator<void, void> {
    let count = 0;
    for (const logical of this.logicalLines()) {
      if (++count % LINES_PER_SLICE === 0) yield;
      const span = { start: logical.lineStart, end: logical.pos[logical.s.length] };
      guarded(
        'the INF parser',
        span,
        this.errors,
        () => this.parseLine(logical),
        (problem) => this.problem(problem),
      );
    }
    this.closeSection();
  }

  /** Joins physical lines ending in `\` (outside quotes, no comment) into logical lines (docs/formats.md §2.1). */
  private *logicalLines(): Generator<Logical> {
    const lines = splitLines(this.text, this.from, this.to);
    let current: Logical | undefined;
    for (const line of lines) {
      let from = line.start;
      if (from === 0 && this.text.charCodeAt(0) === 0xfeff) from = 1;
      const logical: Logical = current ?? { line: this.firstLine + line.index, lineStart: from, s: '', pos: [] };
      let inQuote = false;
      let comment = false;
      for (let i = from; i < line.end; i++) {
        const c = this.text[i];
        if (c === '"') inQuote = !inQuote;
        else if (c === ';' && !inQuote) comment = true;
      }
      // trimEnd() strips exactly \s; the regex /\s+$/ is quadratic on a line with a long run of spaces inside.
      const trimmedEnd = line.text.trimEnd().length + line.start;
      const continues = !inQuote && !comment && trimmedEnd > from && this.text[trimmedEnd - 1] === '\\';
      const upTo = continues ? trimmedEnd - 1 : line.end;
      for (let i = from; i < upTo; i++) {
        logical.s += this.text[i];
        logical.pos.push(i);
      }
      if (continues && line.end < this.text.length) {
        current = logical;
        continue;
      }
      logical.pos.push(upTo);
      current = undefined;
      yield logical;
    }
  }

  private parseLine(lg: Logical): void {
    const { s } = lg;
    const { commentAt, openQuote } = scanComment(s);
    if (commentAt < s.length) {
      const comment = spanOf(lg, commentAt, trimEnd(s, commentAt, s.length));
      this.doc.comments.push(comment);
    }
    let a = 0;
    let b = commentAt;
    while (a < b && isSpace(s[a])) a++;
    while (b > a && isSpace(s[b - 1])) b--;
    if (openQuote !== undefined) {
      this.problem(report('inf.unterminated-quote', spanOf(lg, openQuote, b), {}, { data: { at: endOf(lg, b) } }));
    }
    if (a === b) {
      if (commentAt < s.length) this.lastContentEnd = endOf(lg, trimEnd(s, commentAt, s.length));
      return;
    }
    // The previous section ends at the last non-blank line before this header.
    if (s[a] === '[') this.closeSection();
    this.lastContentEnd = endOf(lg, commentAt < s.length ? trimEnd(s, commentAt, s.length) : b);
    if (s[a] === '[') return this.parseHeader(lg, a, b);
    if (startsRemark(s, a, b, true)) {
      const marker = s[a] === '#' ? '#' : '//';
      const data: RemarkData = {
        ownLine: true,
        marker: spanOf(lg, a, a + marker.length),
        body: s.slice(a + marker.length, b).trim(),
        remove: spanOf(lg, a, b),
        commentFollows: commentAt < s.length,
        lineStart: lg.lineStart,
        indent: s.slice(0, a),
      };
      this.problem(report('inf.slash-comment', spanOf(lg, a, b), { marker }, { data }));
      return;
    }
    this.addEntry(this.parseEntry(lg, a, b, commentAt));
  }

  private parseHeader(lg: Logical, a: number, b: number): void {
    const close = lg.s.indexOf(']', a + 1);
    const nameEnd = close >= 0 && close < b ? close : b;
    let n0 = a + 1;
    let n1 = nameEnd;
    while (n0 < n1 && isSpace(lg.s[n0])) n0++;
    while (n1 > n0 && isSpace(lg.s[n1 - 1])) n1--;
    const header = spanOf(lg, a, nameEnd < b ? nameEnd + 1 : b);
    if (nameEnd === b) {
      this.problem(report('inf.bad-section-header', header, { detail: 'The closing `]` is missing.' }, { data: { replacement: `[${lg.s.slice(n0, n1)}]` } }));
    } else if (nameEnd + 1 < b) {
      let extra = nameEnd + 1;
      while (isSpace(lg.s[extra])) extra++;
      this.problem(report('inf.bad-section-header', spanOf(lg, extra, b), { detail: 'Move this text to a line of its own.' }));
    }
    const name = lg.s.slice(n0, n1);
    this.section = { name, known: knownSectionFor(name), nameSpan: spanOf(lg, n0, n1), header, span: { ...header }, line: lg.line, entries: [] };
    this.doc.sections.push(this.section);
  }

  private parseEntry(lg: Logical, a: number, b: number, commentAt: number): InfEntry {
    const { s } = lg;
    const eq = findOutsideQuotes(s, '=', a, b);
    const valueFrom = eq >= 0 ? eq + 1 : a;
    const remarkAt = findRemark(s, valueFrom, b);
    const valueEnd = remarkAt ?? b;
    const value = decode(lg, valueFrom, valueEnd);
    const entry: InfEntry = {
      value,
      fields: splitFields(lg, valueFrom, valueEnd),
      span: spanOf(lg, a, b),
      line: lg.line,
      lineStart: lg.lineStart,
      lineEnd: lg.pos[s.length],
      indent: s.slice(0, a),
      isContinue: false,
      continues: [],
    };
    if (eq >= 0) {
      entry.key = decode(lg, a, eq);
      entry.equals = lg.pos[eq];
      entry.isContinue = entry.key.text.trim().toLowerCase() === '_continue_';
    }
    if (commentAt < s.length) entry.comment = spanOf(lg, commentAt, trimEnd(s, commentAt, s.length));
    if (remarkAt !== undefined) {
      entry.remark = spanOf(lg, remarkAt, b);
      const marker = s[remarkAt] === '#' ? '#' : '//';
      const removeFrom = value.span.end > value.span.start ? value.span.end : lg.pos[remarkAt];
      const data: RemarkData = {
        ownLine: false,
        marker: spanOf(lg, remarkAt, remarkAt + marker.length),
        body: s.slice(remarkAt + marker.length, b).trim(),
        remove: { start: removeFrom, end: commentAt < s.length ? lg.pos[commentAt] : lg.pos[s.length] },
        commentFollows: commentAt < s.length,
        lineStart: lg.lineStart,
        indent: entry.indent,
      };
      this.problem(report('inf.slash-comment', entry.remark, { marker }, { data }));
    }
    return entry;
  }

  /** Files the entry under its section, or appends a `_continue_` to the entry above it. */
  private addEntry(entry: InfEntry): void {
    const list = this.section ? this.section.entries : this.doc.orphans;
    if (entry.isContinue) {
      const previous = list[list.length - 1];
      if (previous?.key && previous.key.text.trim() !== '') {
        previous.continues.push(entry);
        return;
      }
      this.problem(report('inf.continue-without-key', entry.key!.span));
    }
    if (!this.section) this.problem(report('inf.outside-section', entry.span));
    list.push(entry);
  }

  private closeSection(): void {
    if (this.section) this.section.span.end = Math.max(this.section.header.end, this.lastContentEnd);
  }

  private problem(problem: Problem): void {
    this.doc.problems.push(problem);
  }
}

function spanOf(lg: Logical, from: number, to: number): Span {
  if (to <= from) return { start: lg.pos[from], end: lg.pos[from] };
  return { start: lg.pos[from], end: lg.pos[to - 1] + 1 };
}

/** The source offset just past s[to - 1] (not pos[to], which may sit on the next joined line). */
function endOf(lg: Logical, to: number): number {
  return to > 0 ? lg.pos[to - 1] + 1 : lg.pos[0];
}

function trimEnd(s: string, from: number, to: number): number {
  while (to > from && isSpace(s[to - 1])) to--;
  return to;
}

const PERCENT_TOKEN = /%[^%\s"]*%/y;

/** The first `;` outside quotes and `%strkey%` tokens (docs/formats.md §2.1), and a quote left open at the end. */
function scanComment(s: string): { commentAt: number; openQuote?: number } {
  let quote: number | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== undefined) {
      if (c === '"') {
        if (s[i + 1] === '"') i++;
        else quote = undefined;
      }
    } else if (c === '"') {
      quote = i;
    } else if (c === '%') {
      // Sticky at i, never on s.slice(i): a slice per `%` is quadratic on a line of them.
      PERCENT_TOKEN.lastIndex = i;
      const close = PERCENT_TOKEN.exec(s);
      if (close) i += close[0].length - 1;
    } else if (c === ';') {
      return { commentAt: i };
    }
  }
  return quote === undefined ? { commentAt: s.length } : { commentAt: s.length, openQuote: quote };
}

function findOutsideQuotes(s: string, wanted: string, from: number, to: number): number {
  let inQuote = false;
  for (let i = from; i < to; i++) {
    if (s[i] === '"') inQuote = !inQuote;
    else if (!inQuote && s[i] === wanted) return i;
  }
  return -1;
}

/** `//` or `#` (at the start of a line any `#`; after a value only `# ` so that `#1` stays text). */
function startsRemark(s: string, at: number, to: number, lineStart = false): boolean {
  return s.startsWith('//', at) || (s[at] === '#' && (lineStart || at + 1 >= to || isSpace(s[at + 1])));
}

/**
 * A `//` or `# ` outside quotes, after some value text and white space (or a closing quote), is an attempt
 * at a comment (the seed article's KeyProv.inf, docs/formats.md §2.2.1). `http://` and base64 `//` are not:
 * nothing separates them from the text before.
 */
function findRemark(s: string, from: number, to: number): number | undefined {
  let inQuote = false;
  let seen = false;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '"') {
      inQuote = !inQuote;
      seen = true;
      continue;
    }
    if (inQuote) continue;
    if (seen && (isSpace(s[i - 1]) || s[i - 1] === '"') && startsRemark(s, i, to)) return i;
    if (!isSpace(c)) seen = true;
  }
  return undefined;
}

/** Decodes s[from, to) (trimmed): quoted runs lose their quotes, `""` inside quotes becomes `"`. */
function decode(lg: Logical, from: number, to: number): InfValue {
  const { s, pos } = lg;
  while (from < to && isSpace(s[from])) from++;
  to = trimEnd(s, from, to);
  const value: InfValue = {
    text: '',
    span: spanOf(lg, from, to),
    quoted: false,
    starts: [],
    ends: [],
    contentStart: from < to && s[from] === '"' ? pos[from] + 1 : pos[from],
    contentEnd: pos[from],
  };
  let closedAt = -1;
  // The text is joined from runs of plain characters, not a character at a time (a 1 MB value is then a few
  // slices, not a million small strings for the garbage collector).
  const pieces: string[] = [];
  const plain = (i: number, stop: number): number => {
    const runStart = i;
    for (; i < stop && s[i] !== '"'; i++) {
      value.starts.push(pos[i]);
      value.ends.push(pos[i] + 1);
    }
    if (i > runStart) pieces.push(s.slice(runStart, i));
    return i;
  };
  for (let i = from; i < to; i++) {
    i = plain(i, to);
    if (i >= to) break;
    value.quoted = true;
    for (i++; i < to; i++) {
      i = plain(i, to);
      if (i >= to) break;
      if (i + 1 < to && s[i + 1] === '"') {
        pieces.push('"');
        value.starts.push(pos[i]);
        value.ends.push(pos[++i] + 1);
      } else {
        closedAt = i;
        break;
      }
    }
  }
  value.text = pieces.join('');
  value.contentEnd = to <= from ? pos[from] : closedAt === to - 1 ? pos[to - 1] : pos[to - 1] + 1;
  return value;
}

function splitFields(lg: Logical, from: number, to: number): InfValue[] {
  const fields: InfValue[] = [];
  let start = from;
  for (let comma = findOutsideQuotes(lg.s, ',', start, to); comma >= 0; comma = findOutsideQuotes(lg.s, ',', start, to)) {
    fields.push(decode(lg, start, comma));
    start = comma + 1;
  }
  fields.push(decode(lg, start, to));
  return fields;
}

/** Line splitting shared by both parsers: CRLF, LF and lone CR all end a line (docs/formats.md §1.2). */

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
  const lines: Line[] = [];
  let start = from;
  let index = 0;
  // A regular expression finds the next break several times faster than a loop over the characters.
  LINE_BREAK.lastIndex = from;
  while (start < to && LINE_BREAK.test(text)) {
    const next = LINE_BREAK.lastIndex;
    if (next > to) break;
    let end = next - 1;
    if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    start = next;
  }
  if (start < to || to === text.length) lines.push({ index, start, end: to, text: text.slice(start, to) });
  return lines;
}

const LINE_BREAK = /\r\n?|\n/g;

/** The span of a line's text without its leading and trailing white space (NBSP included). */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const text = line.text;
  let trail = text.length;
  while (trail > 0 && isSpaceCode(text.charCodeAt(trail - 1))) trail--;
  const start = line.start + leadingSpace(text);
  return { start, end: Math.max(start, line.start + trail) };
}

/** True for a line with nothing but white space. */
export function isBlank(text: string): boolean {
  return leadingSpace(text) === text.length;
}

/** How many characters of white space `text` starts with. */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
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

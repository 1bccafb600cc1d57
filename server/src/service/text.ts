/** Line splitting shared by both parsers: CRLF, LF and lone CR all end a line (FORMATS.md §1.2). */

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

/** Splits `text` into lines with offsets. A leading BOM stays in line 0's text; callers skip it. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index, start, end: length, text: text.slice(start) });
  return lines;
}

/** The span of a line's text without its leading and trailing white space (NBSP included). */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.replace(/^[\s\u00a0\ufeff]+/, '').length;
  const trail = line.text.length - line.text.replace(/[\s\u00a0]+$/, '').length;
  const start = line.start + lead;
  return { start, end: Math.max(start, line.end - trail) };
}

/** True for a line with nothing but white space. */
export function isBlank(text: string): boolean {
  return /^[\s\u00a0\ufeff]*$/.test(text);
}

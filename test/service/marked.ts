/** Inline test inputs with markers: `⟦` and `⟧` around expected ranges, `|` for a cursor. */

export interface Marked {
  text: string;
  ranges: { start: number; end: number }[];
  cursor?: number;
}

/** Strips `⟦ ⟧` range markers (in order) and at most one `|` cursor marker when `cursor` is true. */
export function unmark(input: string, cursor = false): Marked {
  const ranges: { start: number; end: number }[] = [];
  const opens: number[] = [];
  let text = '';
  let at: number | undefined;
  for (const ch of input) {
    if (ch === '⟦') opens.push(text.length);
    else if (ch === '⟧') ranges.push({ start: opens.pop()!, end: text.length });
    else if (ch === '|' && cursor && at === undefined) at = text.length;
    else text += ch;
  }
  ranges.sort((a, b) => a.start - b.start);
  return at === undefined ? { text, ranges } : { text, ranges, cursor: at };
}

/** Joins lines with the given line break (fixtures are written with LF; dumps arrive with CRLF). */
export function lines(eol: string, ...rows: string[]): string {
  return rows.join(eol);
}

/**
 * A `certutil -getreg ca\csp` output pasted into a dump: the CA's own record of its key provider and hash
 * (docs/formats.md "CA key health" §H8). The block starts at the `…\Configuration\<CA name>\CSP:` line and
 * holds `Name  REG_TYPE = value` lines; the value names and REG_ types are not localized. Read once per parse.
 */

import { execAt, trimmedSpan, type Line } from '../text';
import type { Span } from '../types';
import type { Field } from './dumpParser';

/** One registry value of the block. */
export interface RegistryValue extends Span {
  name: string;
  type: string;
  /** The text after `=`; for REG_DWORD the number (the decimal in parentheses wins, else hex). */
  raw: string;
  number?: number;
  value: Field<string>;
}

/** The values of one `ca\csp` block, by lower-cased name. */
export interface CaRegistry extends Span {
  header: Span;
  /** A plain record, so a block moves with its certificate (reuse.ts `moved`). */
  values: Record<string, RegistryValue>;
}

const VALUE_LINE = /^[\s\u00a0]*([A-Za-z][A-Za-z0-9_]{0,60})[\s\u00a0]+(REG_[A-Z_]{2,20})[\s\u00a0]*=[\s\u00a0]*((?:.*[^\s\u00a0])?)[\s\u00a0]*$/s;
const MAX_BLOCK_LINES = 40;

/** What the header line of every `ca\\csp` block holds (a pattern's source, case-insensitive): `\CSP:`. */
export const CA_REGISTRY_MARK = '\\\\CSP:';

/** Every `ca\\csp` block of `text` between `from` and `to` (a certificate's part, or the text before the first). */
export function findCaRegistries(text: string, from: number, to: number): CaRegistry[] {
  const found: CaRegistry[] = [];
  const header = new RegExp(`${CA_REGISTRY_MARK}[ \\t]*(?=\\r|\\n|$)`, 'gi');
  // Searched in the part alone: an exec over the whole text would run on past `to` for every certificate (quadratic).
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = execAt(header, part, from))) {
    let start = m.index;
    while (start > from && !isLineBreak(text.charCodeAt(start - 1))) start--;
    const block = readBlock(text, start, m.index + m[0].length);
    header.lastIndex = Math.max(block.end, header.lastIndex);
    if (Object.keys(block.values).length > 0) found.push(block);
  }
  return found;
}

function readBlock(text: string, headerStart: number, headerEnd: number): CaRegistry {
  const headerLine: Line = { index: 0, start: headerStart, end: headerEnd, text: text.slice(headerStart, headerEnd) };
  const block: CaRegistry = { header: trimmedSpan(headerLine), start: headerStart, end: headerEnd, values: {} };
  let at = headerEnd;
  for (let n = 0; n < MAX_BLOCK_LINES && at < text.length; n++) {
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at += 2;
    else if (isLineBreak(text.charCodeAt(at))) at += 1;
    let end = at;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const line: Line = { index: 0, start: at, end, text: text.slice(at, end) };
    if (line.text.trim() === '') {
      if (Object.keys(block.values).length > 0) break;
      at = end;
      continue;
    }
    const m = line.text.length <= 2000 ? VALUE_LINE.exec(line.text) : null;
    if (!m) break;
    const raw = m[3];
    const valueAt = line.text.lastIndexOf(raw);
    const value: RegistryValue = {
      ...trimmedSpan(line),
      name: m[1],
      type: m[2],
      raw,
      value: { value: raw, start: line.start + valueAt, end: line.start + valueAt + raw.length, line: trimmedSpan(line) },
    };
    if (m[2] === 'REG_DWORD') {
      const decimal = /\((-?\d{1,10})\)/.exec(raw);
      const hex = /^(?:0x)?([0-9a-f]{1,8})\b/i.exec(raw);
      if (decimal) value.number = Number(decimal[1]);
      else if (hex) value.number = parseInt(hex[1], 16);
    }
    if (!(m[1].toLowerCase() in block.values)) block.values[m[1].toLowerCase()] = value;
    block.end = end;
    at = end;
  }
  return block;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

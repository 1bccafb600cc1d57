/**
 * A `certutil -getreg ca\csp` output pasted into a dump: the CA's own record of its key provider and hash
 * (docs/formats.md "CA key health" §H8). The block starts at the `…\Configuration\<CA name>\CSP:` line and
 * holds `Name  REG_TYPE = value` lines; the value names and REG_ types are not localized. Read once per parse.
 */

import { trimmedSpan, type Line } from '../text';
import type { Span } from '../types';
import type { DumpDocument, Field } from './parser';

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
  values: Map<string, RegistryValue>;
}

const VALUE_LINE = /^[\s\u00a0]*([A-Za-z][A-Za-z0-9_]{0,60})[\s\u00a0]+(REG_[A-Z_]{2,20})[\s\u00a0]*=[\s\u00a0]*((?:.*[^\s\u00a0])?)[\s\u00a0]*$/s;
const MAX_BLOCK_LINES = 40;

const registryOf = new WeakMap<DumpDocument, CaRegistry[]>();

/** Every `ca\csp` block of the dump. */
export function caRegistries(text: string, dump: DumpDocument): CaRegistry[] {
  let found = registryOf.get(dump);
  if (!found) {
    found = [];
    const header = /\\CSP:[ \t]*(?=\r|\n|$)/gi;
    let m: RegExpExecArray | null;
    while ((m = header.exec(text))) {
      let start = m.index;
      while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
      const block = readBlock(text, start, m.index + m[0].length);
      header.lastIndex = block.end;
      if (block.values.size > 0) found.push(block);
    }
    registryOf.set(dump, found);
  }
  return found;
}

function readBlock(text: string, headerStart: number, headerEnd: number): CaRegistry {
  const headerLine: Line = { index: 0, start: headerStart, end: headerEnd, text: text.slice(headerStart, headerEnd) };
  const block: CaRegistry = { header: trimmedSpan(headerLine), start: headerStart, end: headerEnd, values: new Map() };
  let at = headerEnd;
  for (let n = 0; n < MAX_BLOCK_LINES && at < text.length; n++) {
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at += 2;
    else if (isLineBreak(text.charCodeAt(at))) at += 1;
    let end = at;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const line: Line = { index: 0, start: at, end, text: text.slice(at, end) };
    if (line.text.trim() === '') {
      if (block.values.size > 0) break;
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
    if (!block.values.has(m[1].toLowerCase())) block.values.set(m[1].toLowerCase(), value);
    block.end = end;
    at = end;
  }
  return block;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

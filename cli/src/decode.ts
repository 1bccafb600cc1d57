/**
 * Decodes a file as Windows wrote it: a BOM (UTF-8, UTF-16LE/BE) first, then UTF-16 without a BOM by its NUL
 * pattern, then strict UTF-8, and otherwise the single-byte code page whose reading of the high bytes looks
 * like words: the console's OEM pages (850, 437: what `certutil ... > file` in cmd.exe writes) against ANSI
 * 1252 (Notepad's "ANSI"), then 850 against 437 by the bytes the two read differently (oemPage). `--encoding`
 * overrides the guess.
 */

import * as iconv from 'iconv-lite';

/** The encodings the command line reads and reports. */
export const encodings = ['utf8', 'utf8bom', 'utf16le', 'utf16be', 'cp850', 'cp437', 'cp1252'] as const;
export type Encoding = (typeof encodings)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes could not tell two readings apart and the default was kept: say so to the user. */
  notice?: string;
}

/** How much of the start of a file the NUL count looks at. */
const SAMPLE = 64 * 1024;

/** Decodes `bytes` in `forced` or in the encoding the bytes show. */
export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: decodeAs(bytes, forced), encoding: forced };
  const bom = byBom(bytes) ?? utf16ByNuls(bytes);
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom };
  // Strict UTF-8 decodes and checks in one pass: most dumps are UTF-8 or ASCII.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf8' };
  const page = singleByteCodePage(bytes);
  if (page === 'cp1252') return { text: decodeAs(bytes, page), encoding: page };
  const oem = oemPage(bytes);
  return { text: decodeAs(bytes, oem.page), encoding: oem.page, ...(oem.notice ? { notice: oem.notice } : {}) };
}

export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf8':
    case 'utf8bom':
      return new TextDecoder('utf-8', { ignoreBOM: false }).decode(buffer);
    case 'utf16le':
      return stripBom(buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe ? buffer.toString('utf16le', 2) : buffer.toString('utf16le'));
    case 'utf16be':
      return stripBom(iconv.decode(buffer, 'utf16-be'));
    default:
      return iconv.decode(buffer, encoding);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The encoding the bytes give evidence of. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  return decode(bytes).encoding;
}

function byBom(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/** ASCII text in UTF-16 has a NUL in every other byte: the odd ones for little-endian, the even ones for big. */
function utf16ByNuls(bytes: Uint8Array): Encoding | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf16be';
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Tried in this order; a tie keeps the earlier (850 is the OEM page of western Windows outside the US). */
const singleBytePages = ['cp850', 'cp437', 'cp1252'] as const;

/** The OEM page kept when the bytes cannot tell 850 from 437. */
const DEFAULT_OEM: Encoding = 'cp850';

/** How many bytes that 850 and 437 read differently are weighed at most (the first ones in the file). */
const MAX_OEM_VOTES = 4096;

/**
 * OEM 850 or 437, by the bytes the two read differently (0x9B, 0x9D, 0x9E, 0xB5-0xB7, 0xC6-0xC7, 0xD0-0xD8,
 * 0xDE, 0xE0-0xED and a few more: the table says which). There 850 has accented letters (ø Á ã ð Ó ...) where 437
 * has line drawing, currency and Greek or maths signs (╡ ╞ ╨ ¢ α Σ ∞ ...). Each such byte is judged by its
 * neighbours: inside a word (a letter on either side) a letter fits, so it counts for 850; beside line drawing
 * (a byte both pages read as ─ │ ┌ ...) drawing fits, so it counts for 437, as a sign standing alone between
 * digits, spaces or punctuation does (`5 µs`, `±`, `≥ 2048`) when 437 reads it as a sign and 850 as a letter.
 * More votes win; a tie, with such bytes present, keeps 850 and says so. With none, the two readings are
 * the same text and 850 is named.
 */
function oemPage(bytes: Uint8Array): { page: Encoding; notice?: string } {
  const cp850 = highHalf('cp850');
  const cp437 = highHalf('cp437');
  let for850 = 0;
  let for437 = 0;
  let seen = 0;
  for (let i = 0; i < bytes.length && seen < MAX_OEM_VOTES; i++) {
    const byte = bytes[i];
    if (byte < 0x80 || cp850[byte - 0x80] === cp437[byte - 0x80]) continue;
    seen++;
    const letter850 = isLatinLetter(cp850.charCodeAt(byte - 0x80));
    const sign437 = !isLatinLetter(cp437.charCodeAt(byte - 0x80));
    const before = i > 0 ? bytes[i - 1] : 0x20;
    const after = i + 1 < bytes.length ? bytes[i + 1] : 0x20;
    if (letter850 && (isWordByte(before, cp850) || isWordByte(after, cp850))) for850++;
    else if (sign437 && (isDrawingByte(before, cp437) || isDrawingByte(after, cp437))) for437++;
    else if (letter850 && sign437 && !isWordByte(before, cp850) && !isWordByte(after, cp850)) for437++;
  }
  if (seen === 0 || for850 > for437) return { page: DEFAULT_OEM };
  if (for437 > for850) return { page: 'cp437' };
  return {
    page: DEFAULT_OEM,
    notice:
      'The bytes do not tell OEM code page 850 from 437 (they read as letters in one and signs in the other equally often); read as 850. Pass --encoding cp437 if the file was written by a US console.',
  };
}

/** An ASCII letter, or a high byte that is a Latin letter in `page`. */
function isWordByte(byte: number, page: string): boolean {
  if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) return true;
  return byte >= 0x80 && isLatinLetter(page.charCodeAt(byte - 0x80));
}

/** A byte the page reads as box drawing or a block element (U+2500-U+259F). */
function isDrawingByte(byte: number, page: string): boolean {
  if (byte < 0x80) return false;
  const code = page.charCodeAt(byte - 0x80);
  return code >= 0x2500 && code <= 0x259f;
}

/** A Latin letter (U+00C0-U+024F, not × or ÷). */
function isLatinLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/**
 * Scores each code page's reading of the bytes above 0x7f: a Latin letter (U+00C0-U+024F) scores,
 * box drawing, block elements, C1 controls, undefined bytes and other symbols cost. The same byte is a
 * letter in one page and a line-drawing piece or a control in the other (0x81 is `ü` in 850/437, unused in
 * 1252; 0xFC is `ü` in 1252, `³` in 850).
 */
function singleByteCodePage(bytes: Uint8Array): Encoding {
  const counts = new Uint32Array(128);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) counts[bytes[i] - 0x80]++;
  let best: Encoding = singleBytePages[0];
  let bestScore = -Infinity;
  for (const page of singleBytePages) {
    const table = highHalf(page);
    let score = 0;
    for (let i = 0; i < 128; i++) if (counts[i] > 0) score += counts[i] * charScore(table.charCodeAt(i));
    if (score > bestScore) {
      best = page;
      bestScore = score;
    }
  }
  return best;
}

const highHalves = new Map<string, string>();

/** What a page makes of the bytes 0x80-0xFF, one character each. */
function highHalf(page: string): string {
  let table = highHalves.get(page);
  if (table === undefined) {
    table = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => i + 0x80)), page);
    highHalves.set(page, table);
  }
  return table;
}

function charScore(code: number): number {
  return isLatinLetter(code) ? 1 : -1;
}

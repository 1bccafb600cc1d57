/**
 * Decodes a file as Windows wrote it: a BOM (UTF-8, UTF-16LE/BE) first, then UTF-16 without a BOM by its NUL
 * pattern, then strict UTF-8, and otherwise the single-byte code page whose reading of the high bytes looks
 * like words: the console's OEM pages (850, 437: what `certutil ... > file` in cmd.exe writes) against ANSI
 * 1252 (Notepad's "ANSI"). `--encoding` overrides the guess.
 */

import * as iconv from 'iconv-lite';

/** The encodings the command line reads and reports. */
export const encodings = ['utf8', 'utf8bom', 'utf16le', 'utf16be', 'cp850', 'cp437', 'cp1252'] as const;
export type Encoding = (typeof encodings)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
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
  return { text: decodeAs(bytes, page), encoding: page };
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
  return byBom(bytes) ?? utf16ByNuls(bytes) ?? (strictUtf8(bytes) !== undefined ? 'utf8' : singleByteCodePage(bytes));
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
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7 ? 1 : -1;
}

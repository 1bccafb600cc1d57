/**
 * Recognises certutil output by content, whatever the file is called: VS Code gives every `.txt` file to
 * Plain Text before it looks at `firstLine`, so the client asks this when a plain-text document opens.
 * Client-safe: no tables, only the line shapes (docs/formats.md §1.3).
 */

import { FRAME, PROPERTY_HEADER } from './lineShapes';

/** How much of the start of a document is read to decide. */
export const SNIFF_LENGTH = 64 * 1024;
/** A frameless `certutil -v -dump file.cer` starts with the localized `X509 Certificate:` line. */
const X509_START = /^\ufeff?X\.?509[- ]?\S*:[ \t]*\r?$/;
// Greedy up to the last non-space character: a lazy group before `[ \t]*$` is quadratic on a long line of spaces.
const STORE_HEADER = /^\ufeff?(\S(?:[^"\r\n]*\S)?)(?:\s+"[^"\r\n]*")?\s*$/;

/** A paste's quote or comment prefix (`> `, `% `, `# `, `| `) and Unicode spaces, undone before a line is tested. */
const PASTE_PREFIX = /^[ \t]*(?:[>%#|][ \t]?)+/;
const UNICODE_SPACES = /[\u00a0\u2000-\u200a\u202f\u3000]/g;
const UNICODE_SPACE = /[\u00a0\u2000-\u200a\u202f\u3000]/;
/** The closing line of any certutil verb: `CertUtil: -csplist command completed successfully.` (docs/formats.md §D.5). */
const CERTUTIL_TRAILER = /^CertUtil: -(store|dump|view|viewstore|key|csplist|getreg|repairstore|exportpfx|verifykeys|scinfo)\b/im;
/** NSS's certutil (`certutil -L -d sql:...`) shares the name, not the format: its listing header. */
const NSS_LISTING = /^Certificate Nickname[ \t]+Trust Attributes/m;

function plainLine(line: string): string {
  return line.replace(PASTE_PREFIX, '').replace(UNICODE_SPACES, ' ');
}

/** True when `text` looks like the output of `certutil [-v] -store`, `-dump` or another certutil.exe verb. */
export function looksLikeDump(text: string): boolean {
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  if (NSS_LISTING.test(head)) return false;
  const lines = head.split(/\r\n|\r|\n/);
  if (
    lines.some(
      (line) =>
        FRAME.test(line) || PROPERTY_HEADER.test(line) || (PASTE_PREFIX.test(line) && (FRAME.test(plainLine(line)) || PROPERTY_HEADER.test(plainLine(line)))),
    )
  )
    return true;
  if (lines.some((line) => UNICODE_SPACE.test(line) && FRAME.test(plainLine(line)))) return true;
  if (CERTUTIL_TRAILER.test(head) && !/^CertUtil: -(store|dump|view)\b/im.test(head)) return true;
  // A `-dump` of a PFX nests its certificates (`Begin Nesting Level 1`): its `X509 Certificate:` lines are not first.
  if (/^CertUtil: -dump\b/im.test(head) && lines.some((line) => X509_START.test(line.trimStart()))) return true;
  // An empty store prints only its header and certutil's closing line (docs/formats.md §1.3).
  const firstLine = lines[0] ?? '';
  if (X509_START.test(firstLine)) return true;
  const store = STORE_HEADER.exec(firstLine);
  return store !== null && /^CertUtil: -(store|dump|view)\b/im.test(head);
}

/** True when the first bytes of a file are certutil output: decoded by BOM (UTF-16LE from Windows PowerShell 5.1, UTF-16BE), else as UTF-8. */
export function looksLikeDumpBytes(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_LENGTH);
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return looksLikeDump(new TextDecoder(encoding).decode(head));
}

/**
 * An oracle for the KeySpec verdict that shares no code with the parser: it reads the mutant's text the
 * way an admin would. The service may call a key broken (`keyspec.ksp-nonzero`) only where the text
 * visibly shows a complete enough key-provider block, and must say "cannot judge" (`keyprov.incomplete`)
 * where the block visibly stops before KeySpec.
 */

export interface TextLines {
  lines: string[];
  starts: number[];
}

/** CRLF, LF and lone CR each end a line, as certutil's readers and the editor take them. */
export function textLines(text: string): TextLines {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lines.push(text.slice(start, i));
      starts.push(start);
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  starts.push(start);
  return { lines, starts };
}

/** The 0-based line holding `offset`. */
export function lineOf(t: TextLines, offset: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The header of property 2. Its id, not its English name, says which property a block is: certutil prints
 * `Unknown Property(2):` where it lacks the name, and the parser anchors on the id (docs/formats.md §1.5), so a
 * mangled `CERT_KEX_PROV_INFO_PROP_ID(2):` still heads the key-provider block.
 */
const KEY_PROV_HEADER = /\(0*2\)[^:]*:\s*$/;
/**
 * A certificate frame as certutil prints it (`================ Certificate 3 ================`): the block above
 * it belongs to another certificate. A line that only resembles one (a run of spaces pasted into it) is no
 * boundary to certutil's reader or to the parser.
 */
const FRAME = /^[\s\ufeff]*={5,} \S+ \d+ ={5,}\s*$/;
/** How far below its header a KeySpec line may stand (certutil prints about seven lines). */
const BLOCK_REACH = 40;

/** `label = value`, split at the first `=` (a decode line `NAME -- 20 (32)` has none). */
function valueOf(line: string): { label: string; value: string } | undefined {
  const eq = line.indexOf('=');
  if (eq < 0) return undefined;
  return { label: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() };
}

/** A KeySpec value that is not 0: `2`, `02`, `2 -- AT_SIGNATURE`, or the symbol alone. */
export function showsNonzeroKeySpec(value: string): boolean {
  return /^0*[1-9]/.test(value) || /^(?:XCN_)?AT_(?:SIGNATURE|KEYEXCHANGE)\b/i.test(value);
}

/** How far above its KeySpec line a block printed without its header may start (certutil's block is seven lines). */
const HEADERLESS_REACH = 10;

/** A value that names a CNG Key Storage Provider by itself. */
const KSP_NAME = /key\s*storage\s*provider|platform\s*crypto\s*provider/i;
/** ProviderType 0 as certutil prints it (`0`), or in hex. */
const ZERO_TYPE = /^(?:0x)?0+(?![0-9a-fx])/i;

/**
 * Why a `keyspec.ksp-nonzero` reported on line `at` of a dump is not backed by its text, or undefined when
 * it is: the line must be a `label = value` line with a non-zero KeySpec, below a
 * `CERT_KEY_PROV_INFO_PROP_ID(2):` header of the same certificate, and between them the block must show
 * a KSP: a provider name that says so, or a ProviderType 0 line beside some other line for the provider.
 */
export function unbackedDumpVerdict(t: TextLines, at: number): string | undefined {
  const pair = valueOf(t.lines[at]);
  if (!pair) return `line ${at} is not a "label = value" line`;
  if (!showsNonzeroKeySpec(pair.value)) return `line ${at} does not show a non-zero KeySpec ("${pair.value}")`;
  let header = -1;
  for (let i = at - 1; i >= 0 && i >= at - BLOCK_REACH; i--) {
    if (KEY_PROV_HEADER.test(t.lines[i])) {
      header = i;
      break;
    }
    if (FRAME.test(t.lines[i])) break;
  }
  // `-repairstore`, `-scinfo` and `-key -v` print the key lines without the header (docs/formats.md §D.5): then
  // the block is the run of non-blank lines just above KeySpec, and it must show the KSP all the same.
  if (header < 0) header = headerlessStart(t, at);
  if (header < 0) return `no CERT_KEY_PROV_INFO_PROP_ID(2) header within ${BLOCK_REACH} lines above line ${at}, nor key lines just above it`;
  const values = t.lines
    .slice(header + 1, at)
    .map(valueOf)
    .filter((v): v is { label: string; value: string } => v !== undefined && v.value !== '');
  const namesKsp = values.some((v) => KSP_NAME.test(v.value));
  const typeZero = values.some((v) => ZERO_TYPE.test(v.value));
  if (namesKsp || (typeZero && values.length >= 2)) return undefined;
  return `the block from line ${header} to ${at} shows no KSP provider and no ProviderType 0 beside a provider`;
}

/** The line before the run of non-blank lines (within reach, no frame) that ends with line `at`, or -1. */
function headerlessStart(t: TextLines, at: number): number {
  let first = at;
  for (let i = at - 1; i >= 0 && at - i < HEADERLESS_REACH; i--) {
    if (t.lines[i].trim() === '' || FRAME.test(t.lines[i])) break;
    first = i;
  }
  return first < at ? first - 1 : -1;
}

/**
 * True when the key-provider block whose header is on line `header` visibly stops before KeySpec: no line of
 * the next 24 (certutil's block is seven) mentions KeySpec, and at most two carry a value. No reading of so
 * little text finds a provider, a ProviderType or known provider, and a KeySpec, so the only honest answer
 * is "cannot judge". The window runs past blank lines and headers on purpose: more text can only weaken
 * this claim, never make it wrong.
 */
export function visiblyTruncated(t: TextLines, header: number): boolean {
  const window = t.lines.slice(header + 1, header + 25);
  if (window.some((line) => /keyspec/i.test(line))) return false;
  return window.filter((line) => valueOf(line) !== undefined).length <= 2;
}

/**
 * Why an INF's `keyspec.ksp-nonzero` at [start, end) is not backed by its text, or undefined: the span must
 * hold a non-zero KeySpec value, `KeySpec` must be written just before it, and the file must name a provider.
 */
export function unbackedInfVerdict(text: string, start: number, end: number): string | undefined {
  const value = text.slice(start, end).replace(/"/g, '').trim();
  const nonzero = /^0*[1-9]\d*$/.test(value) || /^0x0*[1-9a-f][0-9a-f]*$/i.test(value) || /^(?:XCN_)?AT_(?:SIGNATURE|KEYEXCHANGE)$/i.test(value);
  if (!nonzero) return `the flagged text "${value}" is not a non-zero KeySpec`;
  // White space (a pasted run of it may sit between the label and the value) and `\` line joins do not count.
  const before = text
    .slice(Math.max(0, start - 200_000), start)
    .replace(/\\\s*(?:\r\n|\n|\r)/g, '')
    .replace(/\s+/g, '');
  if (!/keyspec/i.test(before.slice(-300))) return 'no KeySpec label before the flagged value';
  if (!/provider/i.test(text)) return 'the file names no provider or ProviderType';
  return undefined;
}

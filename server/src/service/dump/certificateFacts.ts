/**
 * The facts of one certificate that the health checks read and the parser does not keep: validity dates,
 * signature and key algorithm, key length, EKUs, Key Id Hash, the container names certutil read from the key,
 * and certutil's status lines. One linear pass over the certificate's own lines, cached per certificate
 * object, so the incremental re-parse (which keeps unchanged certificates) keeps their facts too. The
 * error lines of certutil itself (`CertUtil: -verb command FAILED: 0x…`) are read from the whole dump,
 * cached per parse. Anchors: structure and OIDs first, labels (data/dumpLabels.ts) to confirm
 * (docs/formats.md "CA key health").
 */

import {
  certificateLabels,
  containerInconsistentLabels,
  healthLabels,
  labelFinals,
  labelInitialsMask,
  labelLanguages,
  labelPattern,
  lostKeyLines,
  type LabelLanguage,
  type LostKeyKind,
} from '../data/dumpLabels';
import { finish } from '../slices';
import { CharCursor, execAt, fieldAt, isBlankAt, isSpaceCode, leadingSpaceAt, lineSpans, trimmedSpan, trimmedSpanAt, type Line } from '../text';
import { detachStrings, moved, movedFrom } from './reuse';
import type { Span } from '../types';
import { findCaRegistries, type CaRegistry } from './caRegistry';
import { readDateParts, type DateParts } from './dumpDates';
import type { Certificate, DumpDocument, Field } from './dumpParser';

/** An algorithm line: `Algorithm ObjectId: 1.2.840.113549.1.1.5 sha1RSA`. */
export interface Algorithm {
  oid: string;
  name: string;
}

/** One lost-key status line (`Missing stored keyset`, `Encryption test FAILED` …). */
export interface LostKeyLine extends Span {
  kind: LostKeyKind;
}

/** What one certificate's text shows beyond the parse. */
export interface CertificateFacts {
  notBefore?: Field<DateParts | undefined>;
  notAfter?: Field<DateParts | undefined>;
  /** The certificate's signature algorithm: the first algorithm line whose OID is a signature algorithm. */
  signatureAlgorithm?: Field<Algorithm>;
  /** The subject public key's algorithm (RSA, ECC …). */
  publicKeyAlgorithm?: Field<Algorithm>;
  /** `Public Key Length: 2048 bits`, read by shape from the lines after the key algorithm. */
  publicKeyLength?: Field<number>;
  /** EKU OIDs from the Enhanced Key Usage extension (2.5.29.37) and the EKU property (9). */
  ekus: string[];
  /** `Key Id Hash(<alg>)` values, by algorithm, hex without spaces, lower case (a plain record: `moved` copies it). */
  keyIdHashes: Record<string, string>;
  simpleContainerName?: Field<string>;
  uniqueContainerName?: Field<string>;
  lostKey: LostKeyLine[];
  /** certutil's `ERROR: Container name inconsistent: …` line, and what follows the colon. */
  containerInconsistent?: Field<string>;
  /** The language of the certificate's labels (by its serial number label), when known. */
  language?: LabelLanguage;
  /** certutil's error lines and pasted `ca\\csp` blocks in the certificate's part of the dump. */
  errors: CertutilErrorLine[];
  registries: CaRegistry[];
}

/** OIDs of signature algorithms, by the hash they sign with (RFC 3279, RFC 4055, RFC 5758). */
export const signatureOids: Readonly<Record<string, { hash: 'md5' | 'sha1' | 'sha2'; name: string }>> = {
  '1.2.840.113549.1.1.4': { hash: 'md5', name: 'md5RSA' },
  '1.2.840.113549.1.1.5': { hash: 'sha1', name: 'sha1RSA' },
  '1.2.840.113549.1.1.11': { hash: 'sha2', name: 'sha256RSA' },
  '1.2.840.113549.1.1.12': { hash: 'sha2', name: 'sha384RSA' },
  '1.2.840.113549.1.1.13': { hash: 'sha2', name: 'sha512RSA' },
  '1.2.840.10040.4.3': { hash: 'sha1', name: 'sha1DSA' },
  '1.2.840.10045.4.1': { hash: 'sha1', name: 'sha1ECDSA' },
  '1.2.840.10045.4.3.2': { hash: 'sha2', name: 'sha256ECDSA' },
  '1.2.840.10045.4.3.3': { hash: 'sha2', name: 'sha384ECDSA' },
  '1.2.840.10045.4.3.4': { hash: 'sha2', name: 'sha512ECDSA' },
};

/** OIDs of subject public key algorithms (RFC 3279, RFC 5480). */
export const publicKeyOids: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.10045.2.1': 'ECC',
  '1.2.840.10040.4.1': 'DSA',
};

const ENHANCED_KEY_USAGE_OID = '2.5.29.37';
const ENHKEY_USAGE_PROP_ID = 9;

const WS = '[\\s\\u00a0\\ufeff\\ufffd]';
/**
 * A label's pattern, and its bit in FACT_INITIALS: a line whose first character (after WS) none of its labels can
 * start costs no regular expression.
 */
interface LabelLine {
  pattern: RegExp;
  bit: number;
}
/** The label lists of the facts' lines, in the order of their bits. */
const factLabelLists: (readonly string[])[] = [];
function labelBit(labels: readonly string[]): number {
  factLabelLists.push(labels);
  return 1 << (factLabelLists.length - 1);
}
function colonLabel(labels: readonly string[], argument = ''): LabelLine {
  return {
    pattern: new RegExp(`^${WS}*(?:${labelPattern(labels)})${argument}${WS}*:${WS}*((?:.*[^\\s\\u00a0])?)${WS}*$`, 'is'),
    bit: labelBit(labels),
  };
}
/** `label.pattern.exec(t)` where `initials` (FACT_INITIALS of the line's first character that is not WS) lets it start. */
function execLabel(label: LabelLine, t: string, initials: number): RegExpExecArray | null {
  return (initials & label.bit) !== 0 ? label.pattern.exec(t) : null;
}
const NOT_BEFORE = colonLabel(healthLabels.notBefore);
const NOT_AFTER = colonLabel(healthLabels.notAfter);
const KEY_ID_HASH = colonLabel(healthLabels.keyIdHash, `${WS}*\\(([A-Za-z0-9-]{1,20})\\)`);
const SIMPLE_NAME = colonLabel(healthLabels.simpleContainerName);
const UNIQUE_NAME = colonLabel(healthLabels.uniqueContainerName);
const INCONSISTENT = colonLabel(containerInconsistentLabels);
// `Label: 1.2.840.113549.1.1.5 sha1RSA`: the OID is never translated, the label is.
const ALGORITHM_LINE = /^[\s\u00a0]*[^:=]{1,80}:[\s\u00a0]*(\d{1,9}(?:\.\d{1,9}){2,20})[\s\u00a0]+(\S{1,40})/;
// `Public Key Length: 2048 bits`: a label, a number, a unit word.
const KEY_LENGTH_LINE = /^[\s\u00a0]*[^:=\d]{1,80}:[\s\u00a0]*(\d{3,5})[\s\u00a0]+\S{1,20}[\s\u00a0]*$/;
const OID_IN_PARENTHESES = /\((\d{1,9}(?:\.\d{1,9}){2,30})\)/g;
const WHITE_SPACE = /\s/g;
const KEY_ID_HEX = /^[0-9a-f]{16,128}$/;
const lostKeyPattern = (texts: readonly string[]): RegExp => new RegExp(`^${WS}*(?:${labelPattern(texts)})${WS}*[.:]?${WS}*$`, 'i');
const LOST_KEY = lostKeyLines.map((l) => ({ kind: l.kind, pattern: lostKeyPattern(l.texts) }));
/**
 * Any lost-key line: one pattern for all six (the same alternatives, so it matches exactly when one of them does),
 * tried only on lines that start the way one of them can; which one it was is asked only of a line that matched.
 */
const ANY_LOST_KEY = lostKeyPattern(lostKeyLines.flatMap((l) => l.texts));
const LOST_KEY_BIT = labelBit(lostKeyLines.flatMap((l) => l.texts));
/**
 * What a lost-key text can show last before white space: its last character, or a U+FFFD (lostKeyPattern's WS
 * takes it, and a text's last letter may have become one).
 */
const LOST_KEY_FINAL = labelFinals([...lostKeyLines.flatMap((l) => l.texts), '\ufffd']);
/** Which of the facts' labels a line can start with, by its first character: one lookup for all of them. */
const FACT_INITIALS = labelInitialsMask(factLabelLists);
const SERIAL_LABELS = certificateLabels.serial.map((label, i) => ({
  language: labelLanguages[i],
  pattern: new RegExp(`^${WS}*(?:${labelPattern([label])})${WS}*:`, 'i'),
}));

const factsOf = new WeakMap<Certificate, CertificateFacts>();
/**
 * Facts by certificate text, for the certificates a later parse reads anew with the same text (a document opened
 * again, an edit undone, a pasted dump parsed from its normalised text): their facts are moved, not read again.
 * Bounded: cleared when it outgrows any real store.
 */
const factsByText = new Map<string, { text: string; start: number; facts: CertificateFacts }>();
const MAX_CACHED_TEXTS = 20_000;

/**
 * The facts of `certificate` in `text` (the text the dump was parsed from). `oneShot` (the dump's, parseDump's
 * option): no later version will move this certificate, so its facts are neither copied out of the text nor
 * cached by text (a scan of distinct files would only fill the cache).
 */
export function certificateFacts(text: string, certificate: Certificate, oneShot = false): CertificateFacts {
  let facts = factsOf.get(certificate);
  const origin = facts ? undefined : movedFrom(certificate);
  const originFacts = origin && factsOf.get(origin.from);
  if (origin && originFacts) {
    // A certificate the incremental parse moved: its facts move with it, without reading its text again.
    facts = moved(originFacts, origin.delta);
    factsOf.set(certificate, facts);
  } else if (!facts) {
    if (oneShot) {
      facts = readFacts(text, certificate);
      factsOf.set(certificate, facts);
      return facts;
    }
    facts = factsSeenBefore(text, certificate);
    if (!facts) {
      facts = readFacts(text, certificate);
      remember(text.slice(certificate.start, certificate.end), certificate, facts);
    }
    factsOf.set(certificate, facts);
  }
  return facts;
}

/** Hashing every certificate's whole text per keystroke costs more than reading it: facts are found by a fingerprint, then compared. */
function fingerprint(own: string): string {
  return `${own.length}:${own.slice(0, 120)}:${own.slice(-120)}`;
}

/** Caches facts read from `own`, the certificate's text, for a later certificate of the same text; their strings copied out of the text first. */
function remember(own: string, certificate: Certificate, facts: CertificateFacts): void {
  detachStrings(facts);
  if (factsByText.size >= MAX_CACHED_TEXTS) factsByText.clear();
  factsByText.set((' ' + fingerprint(own)).slice(1), { text: (' ' + own).slice(1), start: certificate.start, facts });
}

function readFacts(text: string, certificate: Certificate): CertificateFacts {
  const reader = new FactsReader(certificate, text);
  const lines = lineSpans(text, certificate.start, certificate.end);
  const ekuSpans = [
    ...certificate.extensions.filter((e) => e.oid === ENHANCED_KEY_USAGE_OID),
    ...certificate.properties.filter((p) => p.id === ENHKEY_USAGE_PROP_ID),
  ];
  for (let k = lines.first; k < lines.last; k++) {
    const start = lines.starts[k];
    reader.line(
      start,
      lines.ends[k],
      k - lines.first,
      ekuSpans.some((s) => s.start <= start && start <= s.end),
    );
  }
  return reader.finish(text);
}

/** Whether a block of the parse holds EKU OIDs: the Enhanced Key Usage extension, or the EKU property. */
export function isEkuBlock(block: { oid: string } | { id: number }): boolean {
  return 'oid' in block ? block.oid === ENHANCED_KEY_USAGE_OID : block.id === ENHKEY_USAGE_PROP_ID;
}

/**
 * The facts of one certificate, read a line at a time in order: by readFacts from the certificate's own text,
 * or by the dump parser as it reads each line (a parse for one look, so the lines are split and read once).
 * `line` takes the certificate's lines from its first (`index` 0) to its last; `inEku`: the line is in an EKU
 * block (isEkuBlock).
 */
export class FactsReader {
  // Each fact is a field of the reader until finish(): a class's fields keep one shape, where the facts object
  // (like the certificate) gains its properties in whatever order the text shows them, and every look at one
  // of those from a line would cost a megamorphic property load.
  private notBefore: Field<DateParts | undefined> | undefined = undefined;
  private notAfter: Field<DateParts | undefined> | undefined = undefined;
  private signatureAlgorithm: Field<Algorithm> | undefined = undefined;
  private publicKeyAlgorithm: Field<Algorithm> | undefined = undefined;
  private publicKeyLength: Field<number> | undefined = undefined;
  private simpleContainerName: Field<string> | undefined = undefined;
  private uniqueContainerName: Field<string> | undefined = undefined;
  private containerInconsistent: Field<string> | undefined = undefined;
  private language: LabelLanguage | undefined = undefined;
  /** The serial number's line has been read (and with it the language). */
  private serialRead = false;
  private readonly ekus: string[] = [];
  private readonly keyIdHashes: Record<string, string> = {};
  private readonly lostKey: LostKeyLine[] = [];
  private keyAlgorithmLine = -1;
  private readonly end: number;

  private readonly colons: CharCursor;

  /** `text`: the text the certificate was parsed from, whose lines `line` is given in order. */
  constructor(
    private readonly certificate: Certificate,
    private readonly text: string,
  ) {
    this.end = certificate.end;
    // Its lines are read up to the certificate's end (`line` ignores any after it): the search stays there.
    this.colons = new CharCursor(text, ':', certificate.start, certificate.end);
  }

  /**
   * The line of the text from `start` to `end` (before its line break), the certificate's line `i`; `lead`: its
   * leading white space, when the caller has counted it. The line's text is sliced only for a pattern that reads it.
   */
  line(start: number, end: number, i: number, inEku: boolean, lead = leadingSpaceAt(this.text, start, end)): void {
    const text = this.text;
    if (end - start > 4000 || start > this.end) return;
    if (!this.serialRead) {
      const serialLine = this.certificate.serial?.line;
      if (serialLine && start <= serialLine.start && serialLine.start <= end) {
        this.language = serialLanguage(text.slice(start, end));
        this.serialRead = true;
      }
    }
    if (inEku) {
      const t = text.slice(start, end);
      // exec in a loop: matchAll would copy the pattern for every line.
      OID_IN_PARENTHESES.lastIndex = 0;
      for (let m = OID_IN_PARENTHESES.exec(t); m; m = OID_IN_PARENTHESES.exec(t)) if (!this.ekus.includes(m[1])) this.ekus.push(m[1]);
      return;
    }
    const colonIn = this.colons.inLine(start, end);
    const colon = colonIn >= 0;
    // The first visible character: at `lead` unless a U+FFFD stands there (the labels' WS skips it too).
    const visible = start + lead < end && text.charCodeAt(start + lead) === 0xfffd ? firstVisible(text, start + lead, end) : start + lead;
    const initials = FACT_INITIALS(visible < end ? text.charCodeAt(visible) : NaN);
    // The algorithm and key length lines have a number right after their first colon.
    const afterColon = colon ? numberAfter(text, colonIn, end) : NO_NUMBER;
    // Status lines start with a letter (hex dump rows, most lines of a -v dump, with a digit) and end as one of them does.
    const mayBeLostKey = (initials & LOST_KEY_BIT) !== 0 && !(start + lead < end && isDigit(text.charCodeAt(start + lead))) && endsAsLostKey(text, start, end);
    if (!colon && !mayBeLostKey) return;
    const t = text.slice(start, end);
    let m: RegExpExecArray | null;
    if (colon && !this.notBefore && (m = execLabel(NOT_BEFORE, t, initials))) this.notBefore = fieldAt(text, start, end, m[1], readDateParts(m[1]));
    else if (colon && !this.notAfter && (m = execLabel(NOT_AFTER, t, initials))) this.notAfter = fieldAt(text, start, end, m[1], readDateParts(m[1]));
    else if (afterColon === DOTTED_NUMBER && (m = ALGORITHM_LINE.exec(t))) {
      const oid = m[1];
      const algorithm = { oid, name: m[2] };
      if (!this.signatureAlgorithm && signatureOids[oid]) this.signatureAlgorithm = fieldAt(text, start, end, oid, algorithm);
      else if (!this.publicKeyAlgorithm && publicKeyOids[oid]) {
        this.publicKeyAlgorithm = fieldAt(text, start, end, oid, algorithm);
        this.keyAlgorithmLine = i;
      }
    } else if (
      afterColon !== NO_NUMBER &&
      !this.publicKeyLength &&
      this.keyAlgorithmLine >= 0 &&
      i - this.keyAlgorithmLine <= 6 &&
      (m = KEY_LENGTH_LINE.exec(t))
    ) {
      this.publicKeyLength = fieldAt(text, start, end, m[1], Number(m[1]));
    } else if (colon && (m = execLabel(KEY_ID_HASH, t, initials))) {
      const alg = m[1].toLowerCase();
      if (!(alg in this.keyIdHashes)) {
        const hex = keyIdHex(m[2]);
        if (hex !== undefined) this.keyIdHashes[alg] = hex;
      }
    } else if (colon && !this.simpleContainerName && (m = execLabel(SIMPLE_NAME, t, initials)))
      this.simpleContainerName = fieldAt(text, start, end, m[1], m[1]);
    else if (colon && !this.uniqueContainerName && (m = execLabel(UNIQUE_NAME, t, initials))) this.uniqueContainerName = fieldAt(text, start, end, m[1], m[1]);
    else if (colon && !this.containerInconsistent && (m = execLabel(INCONSISTENT, t, initials)))
      this.containerInconsistent = fieldAt(text, start, end, m[1], m[1]);
    else if (mayBeLostKey && ANY_LOST_KEY.test(t)) {
      const kind = lostKeyKind(t);
      if (kind) this.lostKey.push({ kind, ...trimmedSpanAt(text, start, end) });
    }
  }

  /**
   * The facts, with certutil's error lines and `ca\\csp` blocks of the certificate's text (`text`: the text it was
   * parsed from); `quiet`: the caller has seen that the text holds none (no `certutil`, `failed:` or `\\csp:`).
   */
  finish(text: string, quiet = false): CertificateFacts {
    const { start, end } = this.certificate;
    const facts: CertificateFacts = {
      ekus: this.ekus,
      keyIdHashes: this.keyIdHashes,
      lostKey: this.lostKey,
      errors: quiet ? [] : findErrorLines(text, start, end),
      registries: quiet ? [] : findCaRegistries(text, start, end),
    };
    if (this.notBefore) facts.notBefore = this.notBefore;
    if (this.notAfter) facts.notAfter = this.notAfter;
    if (this.signatureAlgorithm) facts.signatureAlgorithm = this.signatureAlgorithm;
    if (this.publicKeyAlgorithm) facts.publicKeyAlgorithm = this.publicKeyAlgorithm;
    if (this.publicKeyLength) facts.publicKeyLength = this.publicKeyLength;
    if (this.simpleContainerName) facts.simpleContainerName = this.simpleContainerName;
    if (this.uniqueContainerName) facts.uniqueContainerName = this.uniqueContainerName;
    if (this.containerInconsistent) facts.containerInconsistent = this.containerInconsistent;
    if (this.serialRead) facts.language = this.language;
    return facts;
  }
}

/**
 * A Key Id Hash value as kept: hex without white space, lower case, 16 to 128 digits (KEY_ID_HEX); undefined for
 * any other value (`pin-sha256` is base64). A value that is already so (nearly all) is kept as it is, unsearched.
 */
function keyIdHex(raw: string): string | undefined {
  let plain = raw.length >= 16 && raw.length <= 128;
  for (let i = 0; plain && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    plain = (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
  }
  if (plain) return raw;
  const hex = raw.replace(WHITE_SPACE, '').toLowerCase();
  return KEY_ID_HEX.test(hex) ? hex : undefined;
}

// The two lookups `line` makes on a matching line, outside it: a closure over the line's text there would make
// every call of `line` allocate the scope the closure keeps (about 40 bytes a line).
function serialLanguage(t: string): LabelLanguage | undefined {
  return SERIAL_LABELS.find((s) => s.pattern.test(t))?.language;
}

function lostKeyKind(t: string): LostKeyKind | undefined {
  return LOST_KEY.find((l) => l.pattern.test(t))?.kind;
}

/** Keeps the facts the dump parser read as it parsed a certificate for one look (certificateFacts answers with them). */
export function keepFacts(certificate: Certificate, facts: CertificateFacts): void {
  factsOf.set(certificate, facts);
}

/** The facts of an earlier certificate of the same text (a document opened again, an edit undone), moved to `certificate`. */
export function factsSeenBefore(text: string, certificate: Certificate): CertificateFacts | undefined {
  const own = text.slice(certificate.start, certificate.end);
  const known = factsByText.get(fingerprint(own));
  return known && known.text === own ? moved(known.facts, certificate.start - known.start) : undefined;
}

/** keepFacts for the facts the editor's parse read with `certificate`: their strings copied out of `text`, and cached by its text. */
export function keepFactsForReuse(text: string, certificate: Certificate, facts: CertificateFacts): void {
  remember(text.slice(certificate.start, certificate.end), certificate, facts);
  factsOf.set(certificate, facts);
}

/** One of certutil's own error lines with the HRESULT it printed. */
export interface CertutilErrorLine extends Span {
  /** The HRESULT, unsigned. */
  code: number;
  /** Where the code stands on the line. */
  codeSpan: Span;
  /** `-repairstore` of `CertUtil: -repairstore command FAILED`, or the API of `NCryptOpenKey failed`. */
  source: string;
  /** The symbolic name certutil printed in parentheses, if any. */
  printedName?: string;
}

// `CertUtil: -store command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)`; the words between are localized.
const CERTUTIL_FAILED =
  /^[\s\u00a0]*CertUtil:[\s\u00a0]*(-[A-Za-z]{1,40})\b[^\r\n]{0,200}?(0x[0-9a-fA-F]{8})\b(?:[\s\u00a0]*\((-?\d{1,10})(?:[\s\u00a0]+([A-Z][A-Z0-9_]{2,60}))?\))?/;
// `NCryptOpenKey failed: 80090016`, `CryptAcquireContext failed: 0x80090016`: an API name, `failed`, the code.
const API_FAILED = /^[\s\u00a0]*([A-Za-z][A-Za-z0-9_]{2,60})[\s\u00a0]+failed:[\s\u00a0]*((?:0x)?[0-9a-fA-F]{8})\b/i;

const errorsOf = new WeakMap<DumpDocument, CertutilErrorLine[]>();
const registriesOf = new WeakMap<DumpDocument, CaRegistry[]>();

/** Every certutil error line of the dump, in order: the text before the first certificate, then each certificate's (cached with its facts). */
export function certutilErrorLines(text: string, dump: DumpDocument): CertutilErrorLine[] {
  return finish(certutilErrorLinesInSlices(text, dump));
}

/** certutilErrorLines in slices of certificates: the sliced check reads them before its whole-dump checks (issue 13). */
export function* certutilErrorLinesInSlices(text: string, dump: DumpDocument): Generator<void, CertutilErrorLine[]> {
  return yield* cachedWholeDumpInSlices(errorsOf, text, dump, findErrorLines, (facts) => facts.errors);
}

/** wholeDumpInSlices once per parse: the list `cache` keeps for `dump`, else found and kept there. */
function* cachedWholeDumpInSlices<T extends Span>(
  cache: WeakMap<DumpDocument, T[]>,
  text: string,
  dump: DumpDocument,
  find: (text: string, from: number, to: number) => T[],
  own: (facts: CertificateFacts) => readonly T[],
): Generator<void, T[]> {
  const known = cache.get(dump);
  if (known) return known;
  const found = yield* wholeDumpInSlices(text, dump, find, (c) => own(certificateFacts(text, c, dump.oneShot)));
  cache.set(dump, found);
  return found;
}

/** How many certificates (or the gaps after them) the whole-dump lists read between two yields. */
const LISTED_PER_SLICE = 64;

/**
 * What `find` finds in the text before the first certificate, then each certificate's own (`own`), then the text
 * after each certificate that no certificate holds; sorted by offset. A yield every LISTED_PER_SLICE.
 */
function* wholeDumpInSlices<T extends Span>(
  text: string,
  dump: DumpDocument,
  find: (text: string, from: number, to: number) => T[],
  own: (certificate: Certificate) => readonly T[],
): Generator<void, T[]> {
  const found: T[] = find(text, 0, dump.certificates[0]?.start ?? text.length);
  const certificates = dump.certificates;
  for (let k = 0; k < certificates.length; k++) {
    if (k % LISTED_PER_SLICE === LISTED_PER_SLICE - 1) yield;
    for (const item of own(certificates[k])) found.push(item);
  }
  const gaps = betweenCertificates(text, dump);
  for (let k = 0; k < gaps.length; k++) {
    if (k % LISTED_PER_SLICE === LISTED_PER_SLICE - 1) yield;
    for (const item of find(text, gaps[k].start, gaps[k].end)) found.push(item);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The certutil error lines of the text around `offset` that no certificate holds: before the first certificate,
 * or between one certificate's end and the next one's start (where a pasted command's output stands). Found by
 * binary search, so a hover there reads only that stretch of text.
 */
export function errorLinesOutsideCertificates(text: string, dump: DumpDocument, offset: number): CertutilErrorLine[] {
  const certificates = dump.certificates;
  // The last certificate that starts at or before the offset.
  let low = 0;
  let high = certificates.length - 1;
  let before = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (certificates[middle].start <= offset) {
      before = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const start = before < 0 ? 0 : certificates[before].end;
  const end = certificates[before + 1]?.start ?? text.length;
  return start < end ? findErrorLines(text, start, end) : [];
}

/**
 * The text after each certificate that no certificate holds (certutil's closing line, then what was pasted after
 * it: another command's output, its error lines): "anywhere in a dump" includes these. Only white space (the blank
 * lines between two certificates, nearly every gap) holds nothing, so those gaps are left out.
 */
function betweenCertificates(text: string, dump: DumpDocument): Span[] {
  const gaps: Span[] = [];
  const certificates = dump.certificates;
  for (let i = 0; i < certificates.length; i++) {
    const end = certificates[i + 1]?.start ?? text.length;
    if (end > certificates[i].end && !isBlankAt(text, certificates[i].end, end)) gaps.push({ start: certificates[i].end, end });
  }
  return gaps;
}

/** Every pasted `certutil -getreg ca\\csp` block of the dump, read the same way. */
export function caRegistries(text: string, dump: DumpDocument): CaRegistry[] {
  return finish(caRegistriesInSlices(text, dump));
}

/** caRegistries in slices of certificates, as certutilErrorLinesInSlices. */
export function* caRegistriesInSlices(text: string, dump: DumpDocument): Generator<void, CaRegistry[]> {
  return yield* cachedWholeDumpInSlices(registriesOf, text, dump, findCaRegistries, (facts) => facts.registries);
}

/** What each of certutil's error lines holds (a pattern's source, case-insensitive): findErrorLines searches for it. */
export const ERROR_LINE_MARK = 'CertUtil:|failed:';

/** certutil's error lines between `from` and `to`: only lines with ERROR_LINE_MARK (`CertUtil:`, `failed:`) can be, so find those. */
function findErrorLines(text: string, from: number, to: number): CertutilErrorLine[] {
  const found: CertutilErrorLine[] = [];
  const candidate = new RegExp(ERROR_LINE_MARK, 'gi');
  // Searched in the part alone: an exec over the whole text would run on past `to` for every certificate (quadratic).
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = execAt(candidate, part, from))) {
    let start = m.index;
    while (start > from && !isLineBreak(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < to && !isLineBreak(text.charCodeAt(end))) end++;
    candidate.lastIndex = end;
    if (end - start > 4000) continue;
    const error = readErrorLine({ index: 0, start, end, text: text.slice(start, end) });
    if (error) found.push(error);
  }
  return found;
}

function readErrorLine(line: Line): CertutilErrorLine | undefined {
  const t = line.text;
  let m = CERTUTIL_FAILED.exec(t);
  if (m) {
    const code = parseInt(m[2], 16) >>> 0;
    // Success codes (the high bit clear) are not failures.
    if (code < 0x80000000) return undefined;
    const at = t.indexOf(m[2]);
    const error: CertutilErrorLine = { ...trimmedSpan(line), code, codeSpan: { start: line.start + at, end: line.start + at + m[2].length }, source: m[1] };
    if (m[4]) error.printedName = m[4];
    return error;
  }
  m = API_FAILED.exec(t);
  if (m) {
    const code = parseInt(m[2].replace(/^0x/i, ''), 16) >>> 0;
    if (code < 0x80000000) return undefined;
    const at = t.indexOf(m[2], m.index + m[1].length);
    return { ...trimmedSpan(line), code, codeSpan: { start: line.start + at, end: line.start + at + m[2].length }, source: m[1] };
  }
  return undefined;
}

/**
 * Where WS ends (the white space, U+FFFD included, every label pattern of this file may start with) in the line of
 * `text` that ends at `end`, from `from` (where `\s` ends).
 */
function firstVisible(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0xfffd)) i++;
  return i;
}

/**
 * Whether the line of `text` from `start` to `end` ends as a lost-key line can (lostKeyPattern: a text, then white
 * space, an optional `.` or `:`, white space): its last character that is not white space (`\s`) is a text's last
 * (LOST_KEY_FINAL), or a `.` or `:` with such a character before it.
 */
function endsAsLostKey(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  const last = text.charCodeAt(i - 1);
  if (LOST_KEY_FINAL(last)) return true;
  if (last !== 0x2e && last !== 0x3a) return false;
  i--;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i > start && LOST_KEY_FINAL(text.charCodeAt(i - 1));
}

/** What stands after a line's first `:` and the white space behind it (numberAfter). */
const NO_NUMBER = 0;
const NUMBER = 1;
/** Digits and a `.` right after them (`1.2.840…`): what ALGORITHM_LINE's OID needs. */
const DOTTED_NUMBER = 2;

/**
 * What follows a line's first `:` (at `colon` in `text`; the line ends at `end`) and the white space behind it: a
 * number is what ALGORITHM_LINE and KEY_LENGTH_LINE need (their label holds no `:`), an OID's dotted number
 * ALGORITHM_LINE alone; tested without either pattern on the many other lines.
 */
function numberAfter(text: string, colon: number, end: number): number {
  let i = colon + 1;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  if (!(i < end && isDigit(text.charCodeAt(i)))) return NO_NUMBER;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 46 ? DOTTED_NUMBER : NUMBER;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Parses `certutil [-v] -store` and `certutil [-v] -dump` output into certificates with offsets.
 * Hand-written and line-oriented; never throws. Anchors on structure (the `=` frame, property headers,
 * position inside the key-provider block), not on English words: docs/formats.md §1.5 rule 2, §4.
 */

import {
  caExtensionOids,
  caSubjectTypes,
  caTemplates,
  certificateLabels,
  keyProvLabels,
  keyProvSlots,
  labelPattern,
  type KeyProvSlot,
} from '../data/dumpLabels';
import { parseKeySpec } from '../data/keySpec';
import { systemStores } from '../data/stores';
import { isBlank, leadingSpace, splitLines, trimmedSpan, type Line } from '../text';
import { guarded, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import type { Span } from '../types';
import { countLineBreaks, detachStrings, findFrameLines, moved, sharedParts } from './reuse';
import { FRAME, PROPERTY_HEADER } from '../../../../common/lineShapes';

/** A value read from the dump: the value, where it stands, and the whole (trimmed) line it is on. */
export interface Field<T> extends Span {
  value: T;
  line: Span;
}

/** `CERT_KEY_PROV_INFO_PROP_ID(2):`: the key-provider property the repair rewrites (docs/formats.md §1.5). */
export interface KeyProvInfo extends Span {
  header: Span;
  container?: Field<string>;
  /** The `Unique container name:` / `Simple container name:` line: never the container to repair with. */
  containerName?: Field<string>;
  provider?: Field<string>;
  providerType?: Field<number | undefined>;
  flags?: Field<number | undefined>;
  keySpec?: Field<number | undefined>;
}

/** Key lines of a dump made without `-v` (docs/formats.md §1.3): no ProviderType, Flags or KeySpec. */
export interface PlainKeyInfo {
  container?: Field<string>;
  provider?: Field<string>;
}

/** Any `NAME_PROP_ID(n):` block, for the outline, folding and hover. */
export interface PropertyBlock extends Span {
  id: number;
  name: string;
  header: Span;
}

/** A certificate extension (`2.5.29.19: Flags = 1(Critical), Length = 5` and its body). */
export interface Extension extends Span {
  oid: string;
  header: Span;
}

/** One certificate of the dump. */
export interface Certificate extends Span {
  /** The N of `================ Certificate N ================`; undefined for a frameless `-dump`. */
  index?: number;
  frame?: Span;
  serial?: Field<string>;
  /** The subject's CN (or first RDN), for the outline. */
  subject?: Field<string>;
  issuer?: Field<string>;
  /** The validity as the dump prints it (in the locale of the machine that ran certutil). */
  notBefore?: Field<string>;
  notAfter?: Field<string>;
  /** Where the dump shows that this is a CA certificate (Basic Constraints, CA Version, CA template). */
  caEvidence?: Span;
  keyProv?: KeyProvInfo;
  plainKey?: PlainKeyInfo;
  properties: PropertyBlock[];
  extensions: Extension[];
  /** The parser threw on this certificate's text: nothing of it is known (`internal.error`). */
  failed?: true;
}

/** The store header line: `my "Personal"`, or just `my` on old builds. */
export interface StoreHeader extends Span {
  name: string;
  displayName?: string;
}

/** The parse of one dump. */
export interface DumpDocument {
  store?: StoreHeader;
  certificates: Certificate[];
  /** True when any certificate has a `CERT_KEY_PROV_INFO_PROP_ID(2)` block (a `-v` dump). */
  verbose: boolean;
  lineCount: number;
}

const WS = '[\\s\\u00a0\\ufeff]';
const DECODE_LINE = /^[\s\u00a0]*[A-Z][A-Z0-9_]+ -- [0-9a-f]+(?: \(\d+\))?[\s\u00a0]*$/i;
// Labels and values end at their last non-space character, matched greedily: a lazy `(.*?)\s*$` is
// quadratic on a line with a long run of spaces inside (a hostile paste would wedge the server). The `s`
// flag lets a value hold U+2028 like any other character, so the match never fails after the `=`.
const PAIR = /^[\s\u00a0]*([^=:\s\u00a0](?:[^=:]*[^=:\s\u00a0\ufffd])?)[\s\u00a0\ufffd]*=[\s\u00a0]*((?:.*[^\s\u00a0])?)[\s\u00a0]*$/s;
const COLON = /^[\s\u00a0]*([^=:\s\u00a0](?:[^=:]*[^=:\s\u00a0\ufffd])?)[\s\u00a0\ufffd]*:[\s\u00a0]*((?:.*[^\s\u00a0])?)[\s\u00a0]*$/s;
const EXTENSION_HEADER = /^[\s\u00a0]*(\d+(?:\.\d+)+): \S/;
const RDN = /^[\s\u00a0]*([A-Za-z][A-Za-z0-9.]*)=(.*)$/;
const STORE_HEADER = /^[\s\ufeff]*(\S(?:[^"]*\S)?)\s+"([^"]*)"\s*$/;
const MAX_KEYPROV_LINES = 24;

function labelRegex(labels: readonly string[], separator: ':' | '='): RegExp {
  return new RegExp(`^${WS}*(?:${labelPattern(labels)})${WS}*${separator === ':' ? ':' : '='}${WS}*((?:.*[^\\s\\u00a0\\ufeff])?)${WS}*$`, 'is');
}

const SERIAL = labelRegex(certificateLabels.serial, ':');
const SUBJECT = labelRegex(certificateLabels.subject, ':');
const ISSUER = labelRegex(certificateLabels.issuer, ':');
const CA_VERSION = labelRegex(certificateLabels.caVersion, ':');
const TEMPLATE = labelRegex(certificateLabels.template, ':');
const NOT_BEFORE = labelRegex(certificateLabels.notBefore, ':');
const NOT_AFTER = labelRegex(certificateLabels.notAfter, ':');
const PLAIN_CONTAINER = labelRegex(keyProvLabels.container, '=');
const PLAIN_PROVIDER = labelRegex(keyProvLabels.provider, '=');
const SLOT_LABELS = keyProvSlots.map((slot) => ({ slot, pattern: new RegExp(`^(?:${labelPattern(keyProvLabels[slot])})$`, 'i') }));
const CERTIFICATE_START = /^[\s\ufeff]*(X\.?509[- ]|CERT_KEY_PROV_INFO_PROP_ID\(2\):)/i;

/** An earlier version of a document: its text and exactly what `parseDump` returned for it. */
export interface PreviousDump {
  text: string;
  dump: DumpDocument;
}

/**
 * Parses a whole dump. Given the parse of an earlier version, the certificates whose text did not change are
 * taken over from it (moved to their new offsets) rather than parsed again, so a keystroke costs one
 * certificate. The result is the same as a parse from scratch: a certificate's parse depends only on the text
 * from its frame to the next frame.
 */
export function parseDump(text: string, previous?: PreviousDump, errors?: ErrorSink): DumpDocument {
  return finish(parseDumpInSlices(text, previous, errors));
}

/** How many certificates are read between two pauses of a sliced parse: a few milliseconds of work. */
export const CERTIFICATES_PER_SLICE = 16;

/**
 * parseDump in slices: it yields after every CERTIFICATES_PER_SLICE certificates, so that the server can
 * answer other requests (and drop a version that has been superseded) in between; the result is parseDump's.
 */
export function* parseDumpInSlices(text: string, previous?: PreviousDump, errors?: ErrorSink): Generator<void, DumpDocument> {
  const frames = findFrameLines(text, '=====', (line) => FRAME.test(line));
  if (frames.length === 0) return parseFrameless(text, errors);

  // Part 0 is the text before the first frame (the store header); part k > 0 is certificate k - 1.
  const bounds = [0, ...frames, text.length];
  const old = previous && previous.dump.certificates.length > 0 && previous.dump.certificates.every((c) => c.frame) ? previous : undefined;
  const oldBounds = old ? [0, ...old.dump.certificates.map((c) => c.start), old.text.length] : [];
  const { leading, trailing } = old ? sharedParts(text, bounds, old.text, oldBounds) : { leading: 0, trailing: 0 };
  const parts = bounds.length - 1;

  // Lines are counted as the changed parts are split: each part but the last ends in a line break.
  let lineCount = old ? old.dump.lineCount - countLineBreaks(old.text, oldBounds[leading], oldBounds[oldBounds.length - 1 - trailing]) : 1;
  let store = old?.dump.store;
  if (leading === 0) {
    const lines = splitLines(text, 0, frames[0]);
    store = findStoreHeader(lines, lines.length);
    lineCount += lines.length;
  }
  const certificates: Certificate[] = [];
  for (let k = 1; k < parts; k++) {
    if (k % CERTIFICATES_PER_SLICE === 0) yield;
    if (old && k < leading) {
      certificates.push(old.dump.certificates[k - 1]);
    } else if (old && k >= parts - trailing) {
      const oldK = k - parts + oldBounds.length - 1;
      certificates.push(moved(old.dump.certificates[oldK - 1], bounds[k] - oldBounds[oldK]));
    } else {
      const lines = splitLines(text, bounds[k], bounds[k + 1]);
      const certificate = parseGuarded(lines, 0, lines.length, true, errors);
      detachStrings(certificate);
      certificates.push(certificate);
      lineCount += k === parts - 1 ? lines.length - 1 : lines.length;
    }
  }
  return { store, certificates, verbose: certificates.some((c) => c.keyProv !== undefined), lineCount };
}

/** A single `certutil -dump file.cer` or a pasted excerpt has no frame: one certificate from its first line. */
function parseFrameless(text: string, errors?: ErrorSink): DumpDocument {
  const lines = splitLines(text);
  const certificates: Certificate[] = [];
  const first = lines.findIndex((line) => CERTIFICATE_START.test(line.text) || SERIAL.test(line.text));
  if (first >= 0) certificates.push(parseGuarded(lines, first, lines.length, false, errors));
  return {
    store: findStoreHeader(lines, lines.length),
    certificates,
    verbose: certificates.some((c) => c.keyProv !== undefined),
    lineCount: lines.length,
  };
}

function findStoreHeader(lines: Line[], limit: number): StoreHeader | undefined {
  for (let i = 0; i < Math.min(limit, 20); i++) {
    const text = lines[i].text;
    const quoted = STORE_HEADER.exec(text);
    if (quoted && !quoted[1].includes('>')) {
      return { ...trimmedSpan(lines[i]), name: quoted[1].trim(), displayName: quoted[2] };
    }
    const bare = text.replace(/^[\s\ufeff]+/, '').trim();
    if (systemStores.includes(bare.toLowerCase())) return { ...trimmedSpan(lines[i]), name: bare };
  }
  return undefined;
}

/** One certificate; a parser bug on its text leaves a certificate marked `failed`, never a silent gap. */
function parseGuarded(lines: Line[], first: number, last: number, framed: boolean, errors?: ErrorSink): Certificate {
  const firstLine = lines[first];
  const span = framed ? trimmedSpan(firstLine) : { start: firstLine.start, end: firstLine.end };
  return guarded(
    'the dump parser',
    span,
    errors,
    () => parseCertificate(lines, first, last, framed),
    (): Certificate => ({ start: firstLine.start, end: lines[last - 1].end, frame: span, properties: [], extensions: [], failed: true }),
  );
}

function parseCertificate(lines: Line[], first: number, last: number, framed: boolean): Certificate {
  const firstLine = lines[first];
  let end = firstLine.end;
  for (let i = last - 1; i >= first; i--) {
    if (!isBlank(lines[i].text)) {
      end = lines[i].end;
      break;
    }
  }
  const certificate: Certificate = { start: firstLine.start, end, properties: [], extensions: [] };
  if (framed) {
    const frame = FRAME.exec(firstLine.text);
    certificate.index = frame ? Number(frame[2]) : undefined;
    certificate.frame = trimmedSpan(firstLine);
  }

  let property: PropertyBlock | undefined;
  let extension: Extension | undefined;
  for (let i = framed ? first + 1 : first; i < last; i++) {
    const line = lines[i];
    const text = line.text;
    // What a line can be follows from its first visible character: most lines need no regular expression.
    const lead = leadingSpace(text);
    const firstChar = text.charCodeAt(lead);

    const header = firstChar >= 65 && firstChar <= 90 ? PROPERTY_HEADER.exec(text) : null;
    if (header) {
      extension = undefined;
      const id = Number(header[2]);
      property = { id, name: header[1], header: trimmedSpan(line), start: line.start, end: line.end };
      certificate.properties.push(property);
      if (id === 2 && !certificate.keyProv) {
        const lastLine = parseKeyProv(lines, i, last, (info) => (certificate.keyProv = info));
        property.end = lines[lastLine].end;
        i = lastLine;
      }
      continue;
    }
    if (lead === text.length) {
      property = undefined;
      extension = undefined;
      continue;
    }
    if (property) {
      property.end = line.end;
      continue;
    }

    const ext = firstChar >= 48 && firstChar <= 57 ? EXTENSION_HEADER.exec(text) : null;
    if (ext) {
      extension = { oid: ext[1], header: trimmedSpan(line), start: line.start, end: line.end };
      certificate.extensions.push(extension);
      if (ext[1] === caExtensionOids.caVersion) certificate.caEvidence ??= extension.header;
      if (ext[1] === caExtensionOids.basicConstraints && basicConstraintsSayCA(lines, i + 1, last)) {
        certificate.caEvidence ??= extension.header;
      }
      continue;
    }
    if (extension) {
      extension.end = line.end;
      continue;
    }

    readCertificateField(certificate, lines, i, last);
  }
  return certificate;
}

function readCertificateField(certificate: Certificate, lines: Line[], i: number, last: number): void {
  const line = lines[i];
  const text = line.text;
  // Every label below ends in `:` or `=`: a line with neither (a hex dump row) is none of them.
  const colon = text.includes(':');
  const equals = text.includes('=');
  if (!colon && !equals) return;
  let m: RegExpExecArray | null;
  if (colon && !certificate.serial && (m = SERIAL.exec(text)) && /^[0-9a-f ]+$/i.test(m[1])) {
    certificate.serial = field(line, m[1], m[1].replace(/ /g, '').toLowerCase());
  } else if (colon && !certificate.subject && (m = SUBJECT.exec(text))) {
    certificate.subject = distinguishedName(lines, i, last, m[1]);
  } else if (colon && !certificate.issuer && (m = ISSUER.exec(text))) {
    certificate.issuer = distinguishedName(lines, i, last, m[1]);
  } else if (colon && !certificate.notBefore && (m = NOT_BEFORE.exec(text))) {
    certificate.notBefore = field(line, m[1], m[1]);
  } else if (colon && !certificate.notAfter && (m = NOT_AFTER.exec(text))) {
    certificate.notAfter = field(line, m[1], m[1]);
  } else if (colon && (m = CA_VERSION.exec(text))) {
    certificate.caEvidence ??= trimmedSpan(line);
  } else if (colon && (m = TEMPLATE.exec(text)) && caTemplates.includes(m[1].split(',')[0].trim())) {
    certificate.caEvidence ??= trimmedSpan(line);
  } else if (equals && !certificate.keyProv && (m = PLAIN_CONTAINER.exec(text))) {
    (certificate.plainKey ??= {}).container ??= field(line, m[1], m[1]);
  } else if (equals && !certificate.keyProv && (m = PLAIN_PROVIDER.exec(text))) {
    (certificate.plainKey ??= {}).provider ??= field(line, m[1], m[1]);
  }
}

/** `Subject: CN=x, O=y` on one line (without -v), or `Subject:` followed by one RDN per line (-v). */
function distinguishedName(lines: Line[], i: number, last: number, inline: string): Field<string> | undefined {
  if (inline) {
    const cn = /(?:^|,\s*)CN=([^,]*)/i.exec(inline);
    return field(lines[i], inline, (cn ? cn[1] : inline).trim());
  }
  let first: Field<string> | undefined;
  for (let j = i + 1; j < last && j < i + 32; j++) {
    const rdn = RDN.exec(lines[j].text);
    if (!rdn) break;
    const candidate = field(lines[j], lines[j].text.trim(), rdn[2].trim());
    if (rdn[1].toUpperCase() === 'CN') return candidate;
    first ??= { ...candidate, value: lines[j].text.trim() };
  }
  return first;
}

/** Basic Constraints' body starts with `Subject Type=CA` (or its translation) for a CA. */
function basicConstraintsSayCA(lines: Line[], from: number, last: number): boolean {
  for (let j = from; j < last && j < from + 4; j++) {
    // What /=(.*)$/ matched (the first `=` after the last U+2028/U+2029, which `.` does not cross), found by
    // indexOf: that unanchored pattern retries from every `=` before the separator, quadratic on a line of `=`.
    const text = lines[j].text;
    const tail = Math.max(text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029')) + 1;
    const equals = text.indexOf('=', tail);
    if (equals >= 0) {
      const value = text.slice(equals + 1).trim().toLowerCase();
      return caSubjectTypes.some((t) => t.toLowerCase() === value);
    }
  }
  return false;
}

/**
 * Reads the key-provider block after its header by order and value shape (docs/formats.md §1.5): container,
 * optional `… container name:`, provider, ProviderType, Flags, flag decodes, KeySpec. Blank lines inside
 * are tolerated until KeySpec is seen (re-indented copies insert them). A label that comes back out of
 * order (the later key-details `Provider =` lines, rule 7) ends the block. Returns the block's last line.
 */
function parseKeyProv(lines: Line[], headerIndex: number, limit: number, found: (info: KeyProvInfo) => void): number {
  const headerLine = lines[headerIndex];
  const info: KeyProvInfo = { header: trimmedSpan(headerLine), start: headerLine.start, end: headerLine.end };
  found(info);
  let lastLine = headerIndex;
  let slotIndex = -1;
  const stop = Math.min(limit, headerIndex + 1 + MAX_KEYPROV_LINES);
  for (let j = headerIndex + 1; j < stop; j++) {
    const text = lines[j].text;
    if (isBlank(text)) {
      if (info.keySpec) break;
      const next = nextNonBlank(lines, j, stop);
      if (next < 0 || !(DECODE_LINE.test(lines[next].text) || slotOf(lines[next].text, slotIndex) === 'keySpec')) break;
      continue;
    }
    if (PROPERTY_HEADER.test(text) || FRAME.test(text)) break;
    if (DECODE_LINE.test(text)) {
      lastLine = j;
      continue;
    }
    const slot = slotOf(text, slotIndex);
    if (slot) {
      const index = keyProvSlots.indexOf(slot);
      if (index <= slotIndex) break;
      const pair = PAIR.exec(text)!;
      fillSlot(info, slot, lines[j], pair[2]);
      slotIndex = index;
      lastLine = j;
      if (slot === 'keySpec') break;
      continue;
    }
    const colon = COLON.exec(text);
    if (colon && slotIndex === 0 && !info.containerName) {
      info.containerName = field(lines[j], colon[2], colon[2]);
      lastLine = j;
      continue;
    }
    break;
  }
  info.end = lines[lastLine].end;
  return lastLine;
}

/** The slot a `Label = value` line fills: by its label when known, else the next one in order. */
function slotOf(text: string, slotIndex: number): KeyProvSlot | undefined {
  const pair = PAIR.exec(text);
  if (!pair) return undefined;
  const label = pair[1].trim();
  const known = SLOT_LABELS.find((s) => s.pattern.test(label));
  if (known) return known.slot;
  return keyProvSlots[slotIndex + 1];
}

function fillSlot(info: KeyProvInfo, slot: KeyProvSlot, line: Line, raw: string): void {
  switch (slot) {
    case 'container':
      info.container = field(line, raw, raw);
      break;
    case 'provider':
      info.provider = field(line, raw, raw);
      break;
    case 'providerType':
      info.providerType = field(line, raw, readNumber(raw, 10));
      break;
    case 'flags':
      // certutil prints Flags in hex: `20 (32)`, or bare `20` on old builds (docs/formats.md §1.5 rule 4).
      info.flags = field(line, raw, readNumber(raw, 16));
      break;
    case 'keySpec': {
      const number = /^(\d+)/.exec(raw);
      info.keySpec = field(line, raw, number ? Number(number[1]) : parseKeySpec(raw));
      break;
    }
  }
}

/** `20 (32)` -> 32 (the decimal in parentheses wins); otherwise the leading number in `base`. */
function readNumber(raw: string, base: 10 | 16): number | undefined {
  const decimal = /^(?:0x)?[0-9a-f]+\s*\((\d+)\)/i.exec(raw);
  if (decimal) return Number(decimal[1]);
  const hex = /^0x([0-9a-f]+)$/i.exec(raw);
  if (hex) return parseInt(hex[1], 16);
  const plain = base === 16 ? /^([0-9a-f]+)$/i.exec(raw) : /^(\d+)$/.exec(raw);
  return plain ? parseInt(plain[1], base) : undefined;
}

function nextNonBlank(lines: Line[], from: number, stop: number): number {
  for (let k = from + 1; k < stop; k++) if (!isBlank(lines[k].text)) return k;
  return -1;
}

/** A field whose raw text `raw` is found on `line` (last occurrence: values follow their labels). */
function field<T>(line: Line, raw: string, value: T): Field<T> {
  const at = raw ? line.text.lastIndexOf(raw) : -1;
  const start = at >= 0 ? line.start + at : line.end;
  return { value, start, end: start + (at >= 0 ? raw.length : 0), line: trimmedSpan(line) };
}

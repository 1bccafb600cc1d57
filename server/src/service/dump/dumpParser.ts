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
  labelInitialsMask,
  labelPattern,
  type KeyProvSlot,
} from '../data/dumpLabels';
import { parseKeySpec } from '../data/keySpec';
import { KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import { systemStores } from '../data/stores';
import {
  CharCursor,
  fieldAt,
  isBlankAt,
  isSpaceCode,
  leadingSpaceAt,
  lineOf,
  lineSpans,
  lineText,
  lineTableInSlices,
  trimmedSpan,
  trimmedSpanAt,
  type Line,
  type LineSpans,
  type LineTable,
} from '../text';
import { guarded, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import type { Span } from '../types';
import { factsSeenBefore, FactsReader, isEkuBlock, keepFacts, keepFactsForReuse } from './certificateFacts';
import { commandEcho, type CommandEcho } from './commandEcho';
import { needsNormalizingInSlices, normalizeDumpInSlices, NORMALIZE_SLICE_CHARS, type NormalizedDump } from './normalize';
import { otherOutputEntries, type OutputEntry } from './otherOutputs';
import { carried, countLineBreaks, recontexted, detachStrings, findFrameLinesInSlices, sharedPartsInSlices } from './reuse';
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
  /** Key lines printed without the `CERT_KEY_PROV_INFO_PROP_ID(2):` header (`-scinfo`, `-key -v`, `-repairstore`); `header` is the first key line. */
  headerless?: boolean;
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
  /** `Cert Hash(sha1):` (any language: the label holds `sha1`), contiguous lowercase hex: the fallback CertId. */
  sha1?: Field<string>;
  /** The `AccessState` value of `CERT_ACCESS_STATE_PROP_ID(14)` (docs/formats.md §D.1). */
  accessState?: Field<number | undefined>;
  /** The store header and echoed command nearest before this certificate: where the dump says it lives. */
  context?: RunContext;
  /**
   * A store header or command echo inside this certificate's text that starts the next run of certutil
   * (several `certutil -v -store X >> file` in one file): the certificates after it get it as their context.
   */
  nextRun?: RunContext;
}

/** What the text before a run of certificates says about their store: the header and the echoed command. */
export interface RunContext {
  header?: StoreHeader;
  command?: CommandEcho;
}

export type { CommandEcho } from './commandEcho';

/** The store header line: `my "Personal"`, or just `my` on old builds. */
export interface StoreHeader extends Span {
  name: string;
  displayName?: string;
}

/** The parse of one dump. */
export interface DumpDocument {
  /** The store header before the first certificate (each certificate's own is in its `context`). */
  store?: StoreHeader;
  certificates: Certificate[];
  /** True when any certificate has a `CERT_KEY_PROV_INFO_PROP_ID(2)` block (a `-v` dump). */
  verbose: boolean;
  lineCount: number;
  /** True when pasted-text mangling was undone before parsing (offsets are the original text's). */
  normalized?: boolean;
  /** Lines of other certutil outputs before the first certificate (or in a dump without one): commands, `-csplist`, `-getreg` ... */
  otherOutputs?: OutputEntry[];
  /** Parsed for one look only (the command line's scan): no later version will reuse it, so its facts are not cached by text. */
  oneShot?: true;
  /** Where each line of the text starts: a one-look parse keeps the table it split a text without a lone CR with (text.ts LineTable). */
  lineStarts?: readonly number[];
}

/** How a dump is parsed. */
export interface DumpParseOptions {
  /**
   * No later version of this text will be parsed (the command line): the strings of the parse stay views into
   * the text instead of being copied out for reuse, and the certificates' facts are not cached by text.
   */
  oneShot?: boolean;
  /**
   * Read each certificate's facts as its lines are read (default): the health checks read every certificate's.
   * False where no check will ask for them, a dump checked for its KeySpec only (above `keySpecOnlyAbove`); a
   * request that still asks reads them then (certificateFacts).
   */
  facts?: boolean;
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

/** The label lists of the LabelLines below, in the order of their bits in LINE_INITIALS. */
const lineLabelLists: (readonly string[])[] = [];

/**
 * A `Label: value` (or `Label = value`) pattern, tried only on lines whose first visible character one of its
 * labels can start with (its bit in LINE_INITIALS): most lines of a certificate start otherwise and cost no
 * regular expression.
 */
class LabelLine {
  readonly pattern: RegExp;
  private readonly bit: number;

  constructor(labels: readonly string[], separator: ':' | '=') {
    this.pattern = new RegExp(`^${WS}*(?:${labelPattern(labels)})${WS}*${separator === ':' ? ':' : '='}${WS}*((?:.*[^\\s\\u00a0\\ufeff])?)${WS}*$`, 'is');
    lineLabelLists.push(labels);
    this.bit = 1 << (lineLabelLists.length - 1);
  }

  /** `pattern.exec(text)`; `initials` is LINE_INITIALS of the line's first character after its leading white space. */
  exec(text: string, initials: number): RegExpExecArray | null {
    return (initials & this.bit) !== 0 ? this.pattern.exec(text) : null;
  }
}

const SERIAL = new LabelLine(certificateLabels.serial, ':');
const SUBJECT = new LabelLine(certificateLabels.subject, ':');
const ISSUER = new LabelLine(certificateLabels.issuer, ':');
const CA_VERSION = new LabelLine(certificateLabels.caVersion, ':');
const TEMPLATE = new LabelLine(certificateLabels.template, ':');
const NOT_BEFORE = new LabelLine(certificateLabels.notBefore, ':');
const NOT_AFTER = new LabelLine(certificateLabels.notAfter, ':');
const PLAIN_CONTAINER = new LabelLine(keyProvLabels.container, '=');
const PLAIN_PROVIDER = new LabelLine(keyProvLabels.provider, '=');
/** Which of the LabelLines a line can start with, by its first character after its leading white space: one lookup for all. */
const LINE_INITIALS = labelInitialsMask(lineLabelLists);
const SLOT_LABELS = keyProvSlots.map((slot) => ({ slot, pattern: new RegExp(`^(?:${labelPattern(keyProvLabels[slot])})$`, 'i') }));
const CERT_HASH = new RegExp(`^(?:${labelPattern(certificateLabels.certHash)})$`, 'i');
const KEYSPEC_LABEL = new RegExp(`^(?:${labelPattern(keyProvLabels.keySpec)})$`, 'i');
/** A frameless excerpt can start at the key lines of `-scinfo` / `-key` / `-repairstore` output. */
const KEY_LINES_START = /^[\s\u00a0]*(?:Key Container|Provider)[\s\u00a0]*=/i;
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
export function parseDump(text: string, previous?: PreviousDump, errors?: ErrorSink, options?: DumpParseOptions): DumpDocument {
  return finish(parseDumpInSlices(text, previous, errors, options));
}

/** How many certificates are read between two pauses of a sliced parse: a few milliseconds of work. */
export const CERTIFICATES_PER_SLICE = 16;

/**
 * parseDump in slices: it yields after every CERTIFICATES_PER_SLICE certificates, and every step over the whole
 * text (the normalisation, the frame search, counting lines) every NORMALIZE_SLICE_CHARS or so, so that the
 * server can answer other requests (and drop a version that has been superseded) in between (issue 13); the
 * result is parseDump's.
 */
export function* parseDumpInSlices(text: string, previous?: PreviousDump, errors?: ErrorSink, options?: DumpParseOptions): Generator<void, DumpDocument> {
  const oneShot = options?.oneShot === true && previous === undefined;
  const dump = yield* parseWithContexts(text, previous, errors, oneShot, options?.facts !== false);
  return oneShot ? { ...dump, oneShot: true } : dump;
}

function* parseWithContexts(
  text: string,
  previous: PreviousDump | undefined,
  errors: ErrorSink | undefined,
  oneShot: boolean,
  facts: boolean,
): Generator<void, DumpDocument> {
  // A keystroke in a clean dump: only the text parsed anew can bring mangling in (the rest was clean before).
  if (previous && !previous.dump.normalized && previous.dump.certificates.length > 0) {
    const dump = yield* parseClean(text, previous, errors, oneShot, facts);
    const fresh = dump.fresh ?? { from: 0, to: text.length };
    if (!(yield* needsNormalizingInSlices(text.slice(fresh.from, fresh.to)))) return yield* withContexts(dump);
  }
  // A parse of the whole text finds its line breaks once, for the normalisation's tests and the split (and a
  // one-look parse's caller).
  const table = yield* lineTableInSlices(text);
  // Its lines are the parsers' too only without a lone CR: then the split reads it as well.
  const lines = table.crlfOnly ? table : undefined;
  const normalized = yield* normalizeDumpInSlices(text, NORMALIZE_SLICE_CHARS, table);
  if (!normalized.changed) {
    const dump = yield* withContexts(yield* parseClean(text, undefined, errors, oneShot, facts, lines));
    // Only the command line turns offsets into lines with it; the editor's documents have their own.
    return lines && oneShot ? { ...dump, lineStarts: lines.starts } : dump;
  }
  // The facts are read from the text the admin sees (offsets of the original), so this parse of the cleaned text reads none.
  const dump = yield* withContexts(yield* parseClean(normalized.text, undefined, errors, oneShot, false));
  const certificates: Certificate[] = [];
  for (let k = 0; k < dump.certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    certificates.push(mapOffsets(dump.certificates[k], normalized));
  }
  const rest = mapOffsets({ ...dump, certificates: [] }, normalized);
  return {
    ...rest,
    certificates,
    lineCount: (yield* lineBreaksInSlices(text, 0, text.length)) + 1,
    normalized: true,
    ...(lines && oneShot ? { lineStarts: lines.starts } : {}),
  };
}

/** countLineBreaks in slices of NORMALIZE_SLICE_CHARS (it reads the text itself past a slice's end, so a CRLF across one counts once). */
function* lineBreaksInSlices(text: string, from: number, to: number): Generator<void, number> {
  let count = 0;
  for (let at = from; at < to; at += NORMALIZE_SLICE_CHARS) {
    if (at > from) yield;
    count += countLineBreaks(text, at, Math.min(to, at + NORMALIZE_SLICE_CHARS));
  }
  return count;
}

/** Every `start`/`end` of a parse of the normalized text, moved to the original text. */
function mapOffsets<T>(node: T, normalized: NormalizedDump): T {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item: unknown) => mapOffsets(item, normalized)) as T;
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const value = source[key];
    if (typeof value === 'number' && (key === 'start' || key === 'end')) copy[key] = normalized.toOriginal(value, key);
    else copy[key] = typeof value === 'object' ? mapOffsets(value, normalized) : value;
  }
  return copy as T;
}

/**
 * Gives each certificate the run context before it: the document's leading header and command, replaced by
 * each `nextRun` on the way. Done after reuse, so an edit that adds a header changes the certificates after it.
 */
function* withContexts(dump: CleanParse): Generator<void, DumpDocument> {
  const rest: DumpDocument & { leading?: RunContext; fresh?: unknown; parsedAnew?: unknown } = { ...dump };
  const leading = rest.leading;
  const parsedAnew = dump.parsedAnew ?? { from: 0, to: dump.certificates.length };
  delete rest.leading;
  delete rest.fresh;
  delete rest.parsedAnew;
  let context: RunContext = leading ?? (dump.store ? { header: dump.store } : {});
  const certificates: Certificate[] = [];
  for (let k = 0; k < rest.certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    const certificate = rest.certificates[k];
    if (sameContext(certificate.context, context)) {
      certificates.push(certificate);
    } else if (parsedAnew.from <= k && k < parsedAnew.to) {
      // Parsed by this call: no earlier parse shares the object, so it takes its context in place (no copy per certificate).
      certificate.context = context;
      certificates.push(certificate);
    } else {
      certificates.push(recontexted({ ...certificate, context }, certificate));
    }
    if (certificate.nextRun) context = certificate.nextRun;
  }
  return { ...rest, certificates };
}

function sameContext(a: RunContext | undefined, b: RunContext): boolean {
  return (
    a !== undefined &&
    a.header?.start === b.header?.start &&
    a.header?.name === b.header?.name &&
    a.command?.start === b.command?.start &&
    a.command?.end === b.command?.end
  );
}

/**
 * A parse before run contexts are given out: the leading context, which part of the text was parsed anew, and
 * which certificates (by index, to the end one past the last; all when absent) are new objects of this parse.
 */
type CleanParse = DumpDocument & { leading?: RunContext; fresh?: { from: number; to: number }; parsedAnew?: { from: number; to: number } };

/**
 * `oneShot`: the strings of the parse stay views into `text`; `withFacts`: each certificate's facts are read as it is
 * parsed (DumpParseOptions `facts`; only a parse of the document's own text: the facts would otherwise split and
 * read every line again; not a parse of the normalised text, whose offsets are not the document's).
 */
function* parseClean(
  text: string,
  previous?: PreviousDump,
  errors?: ErrorSink,
  oneShot = false,
  withFacts = false,
  table?: LineTable,
): Generator<void, CleanParse> {
  const frames = yield* findFrameLinesInSlices(text, '=====', (line) => FRAME.test(line));
  if (frames.length === 0) return parseFrameless(text, errors);

  // Part 0 is the text before the first frame (the store header); part k > 0 is certificate k - 1.
  const bounds = [0, ...frames, text.length];
  const old = previous && previous.dump.certificates.length > 0 && previous.dump.certificates.every((c) => c.frame) ? previous : undefined;
  const oldBounds = old ? [0, ...old.dump.certificates.map((c) => c.start), old.text.length] : [];
  const { leading, trailing } = old ? yield* sharedPartsInSlices(text, bounds, old.text, oldBounds) : { leading: 0, trailing: 0 };
  const parts = bounds.length - 1;

  // Lines are counted as the changed parts are split: each part but the last ends in a line break.
  let lineCount = old ? old.dump.lineCount - (yield* lineBreaksInSlices(old.text, oldBounds[leading], oldBounds[oldBounds.length - 1 - trailing])) : 1;
  let store = old?.dump.store;
  let leadingContext: RunContext | undefined = old?.dump.certificates[0]?.context;
  let otherOutputs = old?.dump.otherOutputs;
  if (leading === 0) {
    const lines = lineSpans(text, 0, frames[0], table);
    leadingContext = runContext(lines, lines.first, lines.last);
    store = leadingContext.header;
    lineCount += lines.last - lines.first;
    otherOutputs = otherOutputEntries(text, 0, frames[0]);
  }
  const certificates: Certificate[] = [];
  let freshFrom = leading === 0 ? 0 : text.length;
  let freshTo = leading === 0 ? frames[0] : 0;
  let anewFrom = parts;
  let anewTo = 0;
  for (let k = 1; k < parts; k++) {
    if (k % CERTIFICATES_PER_SLICE === 0) yield;
    if (old && k < leading) {
      certificates.push(old.dump.certificates[k - 1]);
    } else if (old && k >= parts - trailing) {
      const oldK = k - parts + oldBounds.length - 1;
      certificates.push(carried(old.dump.certificates[oldK - 1], bounds[k] - oldBounds[oldK]));
    } else {
      const lines = lineSpans(text, bounds[k], bounds[k + 1], table);
      freshFrom = Math.min(freshFrom, bounds[k]);
      freshTo = Math.max(freshTo, bounds[k + 1]);
      const certificate = parseGuarded(lines, lines.first, lines.last, true, errors, withFacts ? (oneShot ? 'read' : 'reuse') : 'none');
      // Only a parse that later versions take over needs its strings out of this text.
      if (!oneShot) detachStrings(certificate);
      anewFrom = Math.min(anewFrom, k - 1);
      anewTo = Math.max(anewTo, k);
      certificates.push(certificate);
      lineCount += lines.last - lines.first - (k === parts - 1 ? 1 : 0);
    }
  }
  return {
    store,
    certificates,
    verbose: certificates.some((c) => c.keyProv !== undefined),
    lineCount,
    ...(leadingContext ? { leading: leadingContext } : {}),
    ...(otherOutputs?.length ? { otherOutputs } : {}),
    fresh: { from: freshFrom, to: Math.max(freshFrom, freshTo) },
    parsedAnew: { from: anewFrom, to: Math.max(anewFrom, anewTo) },
  };
}

/** A single `certutil -dump file.cer` or a pasted excerpt has no frame: one certificate from its first line. */
function parseFrameless(text: string, errors?: ErrorSink): DumpDocument & { leading?: RunContext } {
  // Its own lines, counted from 0.
  const lines = lineSpans(text);
  const count = lines.last;
  const certificates: Certificate[] = [];
  let first = -1;
  for (let i = 0; i < count && first < 0; i++) {
    const line = text.slice(lines.starts[i], lines.ends[i]);
    if (CERTIFICATE_START.test(line) || SERIAL.pattern.test(line) || KEY_LINES_START.test(line)) first = i;
  }
  if (first >= 0) certificates.push(parseGuarded(lines, first, count, false, errors));
  // Only the lines before the certificate can name its store: a `CA` line inside it is no header.
  const leading = runContext(lines, 0, first >= 0 ? first : count);
  const otherOutputs = otherOutputEntries(text, 0, first >= 0 ? lines.starts[first] : text.length);
  return {
    ...(otherOutputs.length ? { otherOutputs } : {}),
    ...(leading.header ? { store: leading.header } : {}),
    leading,
    certificates,
    verbose: certificates.some((c) => c.keyProv !== undefined),
    lineCount: count,
  };
}

/**
 * The store header and command echo nearest before a run of certificates, read from `lines[from..to)`.
 * A command after a header starts a new run, so it drops that header (an empty store's run ended there).
 */
function runContext(lines: LineSpans, from: number, to: number): RunContext {
  const context: RunContext = {};
  for (let i = from; i < to; i++) {
    const line = lineOf(lines, i);
    const command = commandEcho(line);
    if (command) {
      context.command = command;
      delete context.header;
      continue;
    }
    const header = storeHeaderOf(line);
    if (header) context.header = header;
  }
  return context;
}

function storeHeaderOf(line: Line): StoreHeader | undefined {
  const text = line.text;
  if (text.length > 200) return undefined;
  const quoted = STORE_HEADER.exec(text);
  if (quoted && !quoted[1].includes('>') && !quoted[1].includes(':') && !quoted[1].includes('=')) {
    return { ...trimmedSpan(line), name: quoted[1].trim(), displayName: quoted[2] };
  }
  const bare = text.replace(/^[\s\ufeff]+/, '').trim();
  if (systemStores.includes(bare.toLowerCase())) return { ...trimmedSpan(line), name: bare };
  return undefined;
}

/**
 * What the parse of a certificate does with its facts: nothing (`none`: read when asked), read them as it reads each
 * line (`read`, a one-look parse), or take them from a certificate of the same text read before, else read them, and
 * keep them for later versions of the document (`reuse`, the editor's).
 */
type FactsMode = 'none' | 'read' | 'reuse';

/** One certificate; a parser bug on its text leaves a certificate marked `failed`, never a silent gap. */
function parseGuarded(lines: LineSpans, first: number, last: number, framed: boolean, errors?: ErrorSink, withFacts: FactsMode = 'none'): Certificate {
  const start = lines.starts[first];
  const span = framed ? trimmedSpanAt(lines.text, start, lines.ends[first]) : { start, end: lines.ends[first] };
  return guarded(
    'the dump parser',
    span,
    errors,
    () => parseCertificate(lines, first, last, framed, withFacts),
    (): Certificate => ({ start, end: lines.ends[last - 1], frame: span, properties: [], extensions: [], failed: true }),
  );
}

/** `CertUtil: -store command completed successfully.` (the verb is never localized; docs/formats.md §1.9). */
const COMPLETION = /^[\s\ufeff]*CertUtil: -\S/;

function parseCertificate(lines: LineSpans, first: number, partEnd: number, framed: boolean, withFacts: FactsMode): Certificate {
  // The lines are offsets into the dump: a line's text is sliced only where a pattern must read it.
  const dumpText = lines.text;
  const starts = lines.starts;
  const ends = lines.ends;
  const certificate: Certificate = { start: starts[first], end: ends[first], properties: [], extensions: [] };
  if (framed) {
    const frame = FRAME.exec(lineText(lines, first));
    certificate.index = frame ? Number(frame[2]) : undefined;
    certificate.frame = trimmedSpanAt(dumpText, starts[first], ends[first]);
  }

  // One search of the whole part for a piece of what certutil's own lines hold (the word `certutil`, `failed:`,
  // `\csp:`: CERTUTIL_OUTPUT) rules out nearly every certificate (all but the last of a run): it then costs no look for
  // the next run, for certutil's error lines or for a pasted `ca\csp` block (each of those holds one of the words).
  const quiet = partEnd <= first || !CERTUTIL_OUTPUT.test(dumpText.slice(starts[first], ends[partEnd - 1]));
  // A command echo, or a store header after certutil's closing line, starts the next run: the certificate ends there.
  const last = quiet ? partEnd : runStart(lines, first + 1, partEnd);
  if (last < partEnd) certificate.nextRun = runContext(lines, last, partEnd);
  for (let i = last - 1; i >= first; i--) {
    if (!isBlankAt(dumpText, starts[i], ends[i])) {
      certificate.end = ends[i];
      break;
    }
  }

  // The cursors below search this certificate's lines only (text.ts CharCursor).
  const from = starts[first];
  const to = ends[last - 1];
  const fields: FieldState = { seen: 0, sha1Candidates: 0, sha1: new CharCursor(dumpText, 'sha1', from, to), SHA1: new CharCursor(dumpText, 'SHA1', from, to) };
  let property: PropertyBlock | undefined;
  let extension: Extension | undefined;
  // The facts reader takes each line once this loop is done with it (the state it asks for is then that line's).
  const seen = withFacts === 'reuse' ? factsSeenBefore(dumpText, certificate) : undefined;
  if (seen) keepFacts(certificate, seen);
  const facts = withFacts !== 'none' && !seen ? new FactsReader(certificate, dumpText) : undefined;
  let fed = first;
  let eku: Span | undefined;
  // The leading white space of the line this loop read last, which the reader then need not count again.
  let leadOf = -1;
  let lastLead = 0;
  // Where the next `:` and `=` stand, for the lines read in order below.
  const colons = new CharCursor(dumpText, ':', from, to);
  const equalsSigns = new CharCursor(dumpText, '=', from, to);
  // No closure in this function: a closure would move the variables it shares into a scope object that every
  // line reads and writes through (and the certificate with them).
  for (let i = framed ? first + 1 : first; i < last; i++) {
    if (facts) fed = feedFacts(facts, lines, first, fed, i, eku, leadOf, lastLead);
    const start = starts[i];
    const end = ends[i];
    // What a line can be follows from its first visible character: most lines need no regular expression.
    const lead = leadingSpaceAt(dumpText, start, end);
    leadOf = i;
    lastLead = lead;
    if (start + lead === end) {
      property = undefined;
      extension = undefined;
      continue;
    }
    const firstChar = dumpText.charCodeAt(start + lead);

    const header = firstChar >= 65 && firstChar <= 90 ? propertyHeaderAt(dumpText, start, end) : null;
    if (header) {
      extension = undefined;
      const id = Number(header[2]);
      property = { id, name: header[1], header: trimmedSpanAt(dumpText, start, end), start, end };
      certificate.properties.push(property);
      if (isEkuBlock(property)) eku = property;
      if (id === KEY_PROV_INFO_PROP_ID && !certificate.keyProv) {
        const lastLine = parseKeyProv(lines, i, last, certificate);
        property.end = ends[lastLine];
        i = lastLine;
      }
      continue;
    }
    if (property) {
      property.end = end;
      // `AccessState = 6`: the first value line of property 14, whatever its label says (docs/formats.md §D.1).
      if (property.id === ACCESS_STATE_PROP_ID && !certificate.accessState) {
        const pair = PAIR.exec(lineText(lines, i));
        if (pair) certificate.accessState = fieldAt(dumpText, start, end, pair[2], readNumber(pair[2], 16));
      }
      continue;
    }

    const ext = firstChar >= 48 && firstChar <= 57 && mayBeExtensionHeader(dumpText, start + lead, end) ? EXTENSION_HEADER.exec(lineText(lines, i)) : null;
    if (ext) {
      extension = { oid: ext[1], header: trimmedSpanAt(dumpText, start, end), start, end };
      certificate.extensions.push(extension);
      if (isEkuBlock(extension)) eku = extension;
      if (ext[1] === caExtensionOids.caVersion) certificate.caEvidence ??= extension.header;
      if (ext[1] === caExtensionOids.basicConstraints && basicConstraintsSayCA(lines, i + 1, last)) {
        certificate.caEvidence ??= extension.header;
      }
      continue;
    }
    if (extension) {
      extension.end = end;
      continue;
    }

    // Key lines without the property header (`-scinfo`, `-key`, `-repairstore` output): judged like the block.
    const initials = LINE_INITIALS(firstChar);
    // Every label the two read ends in `:` or `=`: a line with neither (a hex dump row) is none of them.
    const equals = equalsSigns.inLine(start, end) >= 0;
    if (equals && !certificate.keyProv && isHeaderlessKeyProv(lines, i, last, initials)) {
      i = parseKeyProv(lines, i, last, certificate, true);
      continue;
    }
    readCertificateField(certificate, fields, lines, i, last, initials, colons.inLine(start, end) >= 0, equals);
  }
  if (facts) {
    feedFacts(facts, lines, first, fed, last, eku, leadOf, lastLead);
    const read = facts.finish(dumpText, quiet);
    if (withFacts === 'reuse') keepFactsForReuse(dumpText, certificate, read);
    else keepFacts(certificate, read);
  }
  return certificate;
}

/**
 * Gives the facts reader the lines from `fed` to `to` (lines `first`.. are the certificate's; `eku`: the EKU block
 * read last; `lastLead`: the leading white space of line `leadOf`). Returns `to`, the next line to give.
 */
function feedFacts(
  facts: FactsReader,
  lines: LineSpans,
  first: number,
  fed: number,
  to: number,
  eku: Span | undefined,
  leadOf: number,
  lastLead: number,
): number {
  for (let k = fed; k < to; k++) {
    const start = lines.starts[k];
    facts.line(start, lines.ends[k], k - first, eku !== undefined && eku.start <= start && start <= eku.end, k === leadOf ? lastLead : undefined);
  }
  return to;
}

/** The index where a new run of certutil begins inside `lines[from..to)`, or `to`. */
function runStart(lines: LineSpans, from: number, to: number): number {
  let afterCompletion = false;
  for (let i = from; i < to; i++) {
    if (isBlankAt(lines.text, lines.starts[i], lines.ends[i])) continue;
    const text = lineText(lines, i);
    // A command echo and certutil's closing line both hold the word `certutil`: one search rules out nearly
    // every line of a certificate, which then costs neither commandEcho nor the COMPLETION pattern.
    const namesCertutil = CERTUTIL_WORD.test(text);
    if (namesCertutil && commandEcho(lineOf(lines, i))) return i;
    if (afterCompletion && storeHeaderOf(lineOf(lines, i))) return i;
    afterCompletion = namesCertutil && COMPLETION.test(text);
  }
  return to;
}

export const CERTUTIL_WORD = /certutil/i;
/**
 * A piece of each word of certutil's own lines, in any case: of what a command echo and certutil's closing line hold
 * (CERTUTIL_WORD: `util` of `certutil`), and of what certutil's error lines and a `ca\\csp` block hold as the two
 * searches that find those define it (ERROR_LINE_MARK, CA_REGISTRY_MARK: `util` of `CertUtil:`, `iled:` of
 * `failed:`, `sp:` of `\\csp:`). A part with none of the pieces holds none of the words. No piece starts with a
 * letter of a hex digit, as the words' `c` and `f` do: the search then tries far fewer places in the hex dump rows
 * that fill a certificate (half the instructions of a search for the words).
 */
export const CERTUTIL_OUTPUT = /util|iled:|sp:/i;

/**
 * PROPERTY_HEADER on the line of `text` from `start` to `end`, tried only when it can match: a `:` as the last
 * visible character, and a name that ends in `_PROP_ID(` or is `Unknown Property(`. This spares the pattern (and
 * the line's slice) on the many other lines that start with a capital letter (most end otherwise).
 */
function propertyHeaderAt(text: string, start: number, end: number): RegExpExecArray | null {
  let last = end;
  while (last > start && isSpaceCode(text.charCodeAt(last - 1))) last--;
  if (last === start || text.charCodeAt(last - 1) !== 58) return null;
  const line = text.slice(start, end);
  return line.includes('_PROP_ID(') || line.includes('Unknown Property(') ? PROPERTY_HEADER.exec(line) : null;
}

/**
 * What EXTENSION_HEADER needs before it can match (`from`: the line's first visible character): a dot right after
 * the first run of digits (`2.5.29.19:`). A hex dump row (`0000  30 82 ...`, most lines of a `-v` dump) has a space
 * or a letter there instead.
 */
function mayBeExtensionHeader(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i < end && text.charCodeAt(i) === 46;
}

/** Property 14, CERT_ACCESS_STATE_PROP_ID. */
const ACCESS_STATE_PROP_ID = 14;

/** A top-level `Key Container =` or `Provider =` line (it holds a `=`) with a `KeySpec =` line a few lines below; `initials`: LINE_INITIALS of its first character. */
function isHeaderlessKeyProv(lines: LineSpans, i: number, last: number, initials: number): boolean {
  const text = lineText(lines, i);
  if (!(PLAIN_CONTAINER.exec(text, initials) || PLAIN_PROVIDER.exec(text, initials))) return false;
  for (let j = i + 1; j < last && j < i + 10; j++) {
    const pair = PAIR.exec(lineText(lines, j));
    if (pair && KEYSPEC_LABEL.test(pair[1].trim())) return true;
  }
  return false;
}

/** What the field reader remembers between lines: how many fields it has seen, and the SHA-1 lines. */
interface FieldState {
  seen: number;
  sha1Candidates: number;
  /** Where the next `sha1` and `SHA1` stand (a `(sha1)` label holds one of them). */
  sha1: CharCursor;
  SHA1: CharCursor;
  /** The index of the field line before this one, which may mention md5 (`Cert Hash(md5)`): looked at only on a `(sha1)` line. */
  previousField?: number;
  sha1ByLabel?: boolean;
  sha1ByPosition?: boolean;
}

/** A serial is hex of at least one byte; the version line before it (`Version: 3`) is one digit. */
const SERIAL_VALUE = /^[0-9a-f]{2}[0-9a-f ]*$/i;
const SHA1_LABEL = /\(sha-?1\)/i;

/**
 * Reads the field on line `i`; `initials`: LINE_INITIALS of its first character after its leading white space;
 * `colon`, `equals`: the line holds a `:`, a `=`.
 */
function readCertificateField(
  certificate: Certificate,
  state: FieldState,
  lines: LineSpans,
  i: number,
  last: number,
  initials: number,
  colon: boolean,
  equals: boolean,
): void {
  // Every label below ends in `:` or `=`: a line with neither (a hex dump row) is none of them.
  if (!colon && !equals) return;
  const dumpText = lines.text;
  const start = lines.starts[i];
  const end = lines.ends[i];
  const text = dumpText.slice(start, end);
  state.seen++;
  let m: RegExpExecArray | null;
  const previous = state.previousField;
  state.previousField = i;
  // The generic `label: value` split is only needed at the top of the certificate and on `(sha1)` lines.
  const wantsPair = colon && ((!certificate.serial && state.seen <= 3) || state.sha1.inLine(start, end) >= 0 || state.SHA1.inLine(start, end) >= 0);
  const pair = wantsPair ? COLON.exec(text) : null;
  if (colon && !certificate.serial && (m = SERIAL.exec(text, initials)) && /^[0-9a-f ]+$/i.test(m[1])) {
    certificate.serial = fieldAt(dumpText, start, end, m[1], m[1].replace(/ /g, '').toLowerCase());
  } else if (colon && !certificate.serial && pair && state.seen <= 3 && SERIAL_VALUE.test(pair[2]) && pair[2].replace(/ /g, '').length <= 200) {
    // By position (docs/formats.md §D.2): the first hex value at the top of the certificate, after the version line.
    certificate.serial = fieldAt(dumpText, start, end, pair[2], pair[2].replace(/ /g, '').toLowerCase());
  } else if (colon && pair && SHA1_LABEL.test(pair[1]) && /^[0-9a-f ]+$/i.test(pair[2]) && pair[2].replace(/ /g, '').length === 40) {
    const before = previous === undefined ? '' : lineText(lines, previous);
    readSha1(
      certificate,
      state,
      fieldAt(dumpText, start, end, pair[2], pair[2].replace(/ /g, '').toLowerCase()),
      pair,
      before.includes('md5') || before.includes('MD5'),
    );
  } else if (colon && !certificate.subject && (m = SUBJECT.exec(text, initials))) {
    certificate.subject = distinguishedName(lines, i, last, m[1]);
  } else if (colon && !certificate.issuer && (m = ISSUER.exec(text, initials))) {
    certificate.issuer = distinguishedName(lines, i, last, m[1]);
  } else if (colon && !certificate.notBefore && (m = NOT_BEFORE.exec(text, initials))) {
    certificate.notBefore = fieldAt(dumpText, start, end, m[1], m[1]);
  } else if (colon && !certificate.notAfter && (m = NOT_AFTER.exec(text, initials))) {
    certificate.notAfter = fieldAt(dumpText, start, end, m[1], m[1]);
  } else if (colon && (m = CA_VERSION.exec(text, initials))) {
    certificate.caEvidence ??= trimmedSpanAt(dumpText, start, end);
  } else if (colon && (m = TEMPLATE.exec(text, initials)) && caTemplates.includes(m[1].split(',')[0].trim())) {
    certificate.caEvidence ??= trimmedSpanAt(dumpText, start, end);
  } else if (equals && !certificate.keyProv && (m = PLAIN_CONTAINER.exec(text, initials))) {
    (certificate.plainKey ??= {}).container ??= fieldAt(dumpText, start, end, m[1], m[1]);
  } else if (equals && !certificate.keyProv && (m = PLAIN_PROVIDER.exec(text, initials))) {
    (certificate.plainKey ??= {}).provider ??= fieldAt(dumpText, start, end, m[1], m[1]);
  }
}

/**
 * The certificate's SHA-1 hash (`value`, read from the `label: value` line `pair`): the `Cert Hash(sha1)` label
 * where the table knows it; otherwise by position, the `(sha1)` line right after a `(md5)` one (`-v` prints
 * `Cert Hash(md5)` then `Cert Hash(sha1)`, but `Name Hash(sha1)` before `Name Hash(md5)`), or the only `(sha1)`
 * line of a dump made without `-v`.
 */
function readSha1(certificate: Certificate, state: FieldState, value: Field<string>, pair: RegExpExecArray, afterMd5: boolean): void {
  state.sha1Candidates++;
  if (CERT_HASH.test(pair[1])) {
    certificate.sha1 = value;
    state.sha1ByLabel = true;
  } else if (state.sha1ByLabel) {
    return;
  } else if (afterMd5) {
    certificate.sha1 = value;
    state.sha1ByPosition = true;
  } else if (!state.sha1ByPosition) {
    if (state.sha1Candidates === 1) certificate.sha1 = value;
    else delete certificate.sha1;
  }
}

/** `Subject: CN=x, O=y` on one line (without -v), or `Subject:` followed by one RDN per line (-v). */
function distinguishedName(lines: LineSpans, i: number, last: number, inline: string): Field<string> | undefined {
  const text = lines.text;
  if (inline) {
    const cn = /(?:^|,\s*)CN=([^,]*)/i.exec(inline);
    return fieldAt(text, lines.starts[i], lines.ends[i], inline, (cn ? cn[1] : inline).trim());
  }
  let first: Field<string> | undefined;
  for (let j = i + 1; j < last && j < i + 32; j++) {
    const line = lineText(lines, j);
    const rdn = RDN.exec(line);
    if (!rdn) break;
    const candidate = fieldAt(text, lines.starts[j], lines.ends[j], line.trim(), rdn[2].trim());
    if (rdn[1].toUpperCase() === 'CN') return candidate;
    first ??= { ...candidate, value: line.trim() };
  }
  return first;
}

/** Basic Constraints' body starts with `Subject Type=CA` (or its translation) for a CA. */
function basicConstraintsSayCA(lines: LineSpans, from: number, last: number): boolean {
  for (let j = from; j < last && j < from + 4; j++) {
    // What /=(.*)$/ matched (the first `=` after the last U+2028/U+2029, which `.` does not cross), found by
    // indexOf: that unanchored pattern retries from every `=` before the separator, quadratic on a line of `=`.
    const text = lineText(lines, j);
    const tail = Math.max(text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029')) + 1;
    const equals = text.indexOf('=', tail);
    if (equals >= 0) {
      const value = text
        .slice(equals + 1)
        .trim()
        .toLowerCase();
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
function parseKeyProv(lines: LineSpans, headerIndex: number, limit: number, certificate: Certificate, headerless = false): number {
  const source = lines.text;
  const starts = lines.starts;
  const ends = lines.ends;
  const info: KeyProvInfo = { header: trimmedSpanAt(source, starts[headerIndex], ends[headerIndex]), start: starts[headerIndex], end: ends[headerIndex] };
  if (headerless) info.headerless = true;
  certificate.keyProv = info;
  let lastLine = headerIndex;
  let slotIndex = -1;
  const stop = Math.min(limit, headerIndex + 1 + MAX_KEYPROV_LINES);
  for (let j = headerless ? headerIndex : headerIndex + 1; j < stop; j++) {
    const start = starts[j];
    const end = ends[j];
    if (isBlankAt(source, start, end)) {
      if (info.keySpec) break;
      const next = nextNonBlank(lines, j, stop);
      if (next < 0) break;
      const nextText = lineText(lines, next);
      if (!(isDecodeLine(nextText) || slotOf(nextText, slotIndex) === 'keySpec')) break;
      continue;
    }
    const text = source.slice(start, end);
    if (propertyHeaderAt(source, start, end) || (text.includes('=====') && FRAME.test(text))) break;
    if (isDecodeLine(text)) {
      lastLine = j;
      continue;
    }
    const pair = PAIR.exec(text);
    const slot = pair ? slotOfPair(pair, slotIndex) : undefined;
    if (pair && slot) {
      const index = keyProvSlots.indexOf(slot);
      if (index <= slotIndex) break;
      fillSlot(info, slot, source, start, end, pair[2]);
      slotIndex = index;
      lastLine = j;
      if (slot === 'keySpec') break;
      continue;
    }
    const colon = COLON.exec(text);
    if (colon && slotIndex <= 0 && !info.containerName) {
      info.containerName = fieldAt(source, start, end, colon[2], colon[2]);
      lastLine = j;
      continue;
    }
    break;
  }
  info.end = ends[lastLine];
  return lastLine;
}

/** A flag decode line (`CRYPT_MACHINE_KEYSET -- 20 (32)`): the pattern runs only on lines holding its ` -- `. */
function isDecodeLine(text: string): boolean {
  return text.includes(' -- ') && DECODE_LINE.test(text);
}

/** The slot a `Label = value` line fills: by its label when known, else the next one in order. */
function slotOf(text: string, slotIndex: number): KeyProvSlot | undefined {
  const pair = PAIR.exec(text);
  return pair ? slotOfPair(pair, slotIndex) : undefined;
}

/** slotOf of a line whose PAIR match is `pair`. */
function slotOfPair(pair: RegExpExecArray, slotIndex: number): KeyProvSlot | undefined {
  const label = pair[1].trim();
  const known = SLOT_LABELS.find((s) => s.pattern.test(label));
  if (known) return known.slot;
  return keyProvSlots[slotIndex + 1];
}

/** Fills `slot` from the line of `text` from `start` to `end`, whose value is `raw`. */
function fillSlot(info: KeyProvInfo, slot: KeyProvSlot, text: string, start: number, end: number, raw: string): void {
  switch (slot) {
    case 'container':
      info.container = fieldAt(text, start, end, raw, raw);
      break;
    case 'provider':
      info.provider = fieldAt(text, start, end, raw, raw);
      break;
    case 'providerType':
      info.providerType = fieldAt(text, start, end, raw, readNumber(raw, 10));
      break;
    case 'flags':
      // certutil prints Flags in hex: `20 (32)`, or bare `20` on old builds (docs/formats.md §1.5 rule 4).
      info.flags = fieldAt(text, start, end, raw, readNumber(raw, 16));
      break;
    case 'keySpec': {
      const number = /^(\d+)/.exec(raw);
      info.keySpec = fieldAt(text, start, end, raw, number ? Number(number[1]) : parseKeySpec(raw));
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

function nextNonBlank(lines: LineSpans, from: number, stop: number): number {
  for (let k = from + 1; k < stop; k++) if (!isBlankAt(lines.text, lines.starts[k], lines.ends[k])) return k;
  return -1;
}

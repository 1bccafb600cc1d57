/** The open documents and one parse per document version: every handler reads the same parse. */

import { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { lineStartsOf, textDocuments } from './documents';
import { parse, parseInSlices, type InternalError, type ParseOptions, type Parsed } from './service/languageService';

/** Writes what a parser or check threw to the server log, with the document and the request it served. */
export type ErrorLog = (errors: readonly InternalError[], uri: string, request: string) => void;

export interface ParsedDocument {
  document: TextDocument;
  parsed: Parsed;
}

/** Why a sliced parse gave up: the caller's request was cancelled, or a newer version (or a close) superseded it. */
export type Stopped = 'cancelled' | 'superseded';

/**
 * Lets the event loop run: queued messages ($/cancelRequest, a hover on another document) are handled here.
 * A web worker has no setImmediate (the browser build), so there a zero timer does the same.
 */
export const pause = (): Promise<void> => new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * How long sliced work may hold the event loop before it lets other requests in. Measured on the clock, not
 * counted in items: a loaded machine makes each item slower, never a slice longer.
 */
export const SLICE_MS = 8;

/** What a sliced body yields: nothing (a point where it may pause), or a promise of the host's to wait for first. */
export type SliceStep = void | Promise<unknown>;

/**
 * Runs sliced work (a generator that yields between small steps) a time slice at a time, pausing between
 * slices; gives up at a pause where `stop()` is true. The one driver of every sliced parse and check.
 */
export async function drive<T>(steps: Generator<SliceStep, T>, stop: () => boolean = () => false): Promise<{ done: true; value: T } | { done: false }> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (step.value) {
      // The body waits on the host (the browser build lists a folder through the client): a pause of its own.
      await step.value;
      if (stop()) return { done: false };
      sliceStart = performance.now();
      continue;
    }
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await pause();
    if (stop()) return { done: false };
    sliceStart = performance.now();
  }
}

export class ParseCache {
  readonly documents = new TextDocuments(textDocuments);
  private readonly cache = new Map<string, { version: number; parsed: Parsed | undefined }>();
  /** What requests computed from a document version (its outline, folding, lenses as LSP sends them), by name. */
  private readonly derived = new Map<string, { version: number; parsed: Parsed; results: Map<string, unknown> }>();
  /** The sliced parse under way per document: every request for that version waits on the same one. */
  private readonly running = new Map<string, { version: number; done: Promise<Parsed | undefined | 'superseded'> }>();

  /** `options`: how to parse a document's text (parseOptionsFor with its settings). */
  constructor(
    private readonly log: ErrorLog = () => {},
    private readonly options: (uri: string, text: string) => ParseOptions = () => ({}),
  ) {}

  /** The document and its parse for the current version, or undefined for a document this server does not know. */
  get(uri: string, request = 'parse'): ParsedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    let entry = this.cache.get(uri);
    if (!entry || entry.version !== document.version) {
      const errors: InternalError[] = [];
      const text = document.getText();
      entry = { version: document.version, parsed: parse(document.languageId, text, fileNameOf(uri), entry?.parsed, errors, this.options(uri, text)) };
      this.cache.set(uri, entry);
      if (errors.length > 0) this.log(errors, `${uri} version ${document.version}`, request);
    }
    return entry.parsed ? { document, parsed: entry.parsed } : undefined;
  }

  /**
   * As `get`, but a parse that is not cached yet runs in slices with the event loop turning in between, so
   * other documents' requests are answered meanwhile. Stops when `cancelled()` turns true, and drops the work
   * when the document changes or closes before the parse is done.
   */
  async getInSlices(uri: string, request: string, cancelled: () => boolean = () => false): Promise<ParsedDocument | undefined | Stopped> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached?.version === document.version) return cached.parsed ? { document, parsed: cached.parsed } : undefined;
    let run = this.running.get(uri);
    if (run?.version !== document.version) {
      run = { version: document.version, done: this.parseInSlices(uri, document, request) };
      this.running.set(uri, run);
    }
    const mine = run;
    // Waits in steps, so a cancelled request answers at once while the shared parse goes on for the others.
    for (;;) {
      const result = await Promise.race([mine.done, pause().then(() => 'waiting' as const)]);
      if (cancelled()) return 'cancelled';
      if (result === 'waiting') continue;
      if (result === 'superseded') return 'superseded';
      return result ? { document, parsed: result } : undefined;
    }
  }

  private async parseInSlices(uri: string, document: TextDocument, request: string): Promise<Parsed | undefined | 'superseded'> {
    try {
      const errors: InternalError[] = [];
      const previous = this.cache.get(uri)?.parsed;
      // The line starts first (documents.ts), in slices too: the diagnostics of this parse are converted with them.
      const text = document.getText();
      const steps = afterLineStarts(document, parseInSlices(document.languageId, text, fileNameOf(uri), previous, errors, this.options(uri, text)));
      const superseded = (): boolean => this.documents.get(uri)?.version !== document.version;
      // A synchronous request may parse this version meanwhile: then its parse is taken.
      const cachedMeanwhile = (): boolean => this.cache.get(uri)?.version === document.version;
      const result = await drive(steps, () => superseded() || cachedMeanwhile());
      if (result.done) {
        this.cache.set(uri, { version: document.version, parsed: result.value });
        if (errors.length > 0) this.log(errors, `${uri} version ${document.version}`, request);
        return result.value;
      }
      return superseded() ? 'superseded' : this.cache.get(uri)?.parsed;
    } finally {
      if (this.running.get(uri)?.version === document.version) this.running.delete(uri);
    }
  }

  /**
   * `compute()` once per document version and `key` (issue 18 part 4): VS Code asks for the outline, folding and
   * lenses after every edit and again on focus; the same version gets the same answer without computing it again.
   * `key` names the request and whatever else the answer depends on (settings, the day).
   */
  /** What `once` keeps for this version and `key`, or undefined (for an answer computed in slices, then given to `once`). */
  recall<T>(found: ParsedDocument, key: string): T | undefined {
    const entry = this.derived.get(found.document.uri);
    if (!entry || entry.version !== found.document.version || entry.parsed !== found.parsed) return undefined;
    return entry.results.get(key) as T | undefined;
  }

  once<T>(found: ParsedDocument, key: string, compute: () => T): T {
    const uri = found.document.uri;
    let entry = this.derived.get(uri);
    if (!entry || entry.version !== found.document.version || entry.parsed !== found.parsed) {
      entry = { version: found.document.version, parsed: found.parsed, results: new Map() };
      this.derived.set(uri, entry);
    }
    if (entry.results.has(key)) return entry.results.get(key) as T;
    const result = compute();
    entry.results.set(key, result);
    return result;
  }

  /**
   * Every open document of a language this server knows whose current version is parsed already (a quick fix
   * in an INF reads the open dumps' containers). Never parses: a huge dump still being parsed in slices would
   * hold up the request that asked.
   */
  parsedOnes(): ParsedDocument[] {
    return this.documents.all().flatMap((document) => {
      const entry = this.cache.get(document.uri);
      return entry?.version === document.version && entry.parsed ? [{ document, parsed: entry.parsed }] : [];
    });
  }

  /** Every open document whose current version is parsed already: never parses (the registry view beside a dump reads these). */
  parsedNow(): { uri: string; parsed: Parsed }[] {
    return this.documents.all().flatMap((d) => {
      const entry = this.cache.get(d.uri);
      return entry?.version === d.version && entry.parsed ? [{ uri: d.uri, parsed: entry.parsed }] : [];
    });
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.running.delete(uri);
    this.derived.delete(uri);
  }
}

function* afterLineStarts<T>(document: TextDocument, steps: Generator<void, T>): Generator<void, T> {
  yield* lineStartsOf(document);
  return yield* steps;
}

export function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

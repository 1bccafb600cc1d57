/** The open documents and one parse per document version: every handler reads the same parse. */

import { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { textDocuments } from './documents';
import { parse, parseInSlices, type InternalError, type Parsed } from './service/languageService';

/** Writes what a parser or check threw to the server log, with the document and the request it served. */
export type ErrorLog = (errors: readonly InternalError[], uri: string, request: string) => void;

export interface ParsedDocument {
  document: TextDocument;
  parsed: Parsed;
}

/** Why a sliced parse gave up: the caller's request was cancelled, or a newer version (or a close) superseded it. */
export type Stopped = 'cancelled' | 'superseded';

/** Lets the event loop run: queued messages ($/cancelRequest, a hover on another document) are handled here. */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ParseCache {
  readonly documents = new TextDocuments(textDocuments);
  private readonly cache = new Map<string, { version: number; parsed: Parsed | undefined }>();
  /** What requests computed from a document version (its outline, folding, lenses as LSP sends them), by name. */
  private readonly derived = new Map<string, { version: number; parsed: Parsed; results: Map<string, unknown> }>();
  /** The sliced parse under way per document: every request for that version waits on the same one. */
  private readonly running = new Map<string, { version: number; done: Promise<Parsed | undefined | 'superseded'> }>();

  constructor(private readonly log: ErrorLog = () => {}) {}

  /** The document and its parse for the current version, or undefined for a document this server does not know. */
  get(uri: string, request = 'parse'): ParsedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    let entry = this.cache.get(uri);
    if (!entry || entry.version !== document.version) {
      const errors: InternalError[] = [];
      entry = { version: document.version, parsed: parse(document.languageId, document.getText(), fileNameOf(uri), entry?.parsed, errors) };
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
      const steps = parseInSlices(document.languageId, document.getText(), fileNameOf(uri), previous, errors);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          this.cache.set(uri, { version: document.version, parsed: step.value });
          if (errors.length > 0) this.log(errors, `${uri} version ${document.version}`, request);
          return step.value;
        }
        await pause();
        if (this.documents.get(uri)?.version !== document.version) return 'superseded';
        // A synchronous request parsed this version meanwhile: take its parse.
        const cached = this.cache.get(uri);
        if (cached?.version === document.version) return cached.parsed;
      }
    } finally {
      if (this.running.get(uri)?.version === document.version) this.running.delete(uri);
    }
  }

  /**
   * `compute()` once per document version and `key` (issue 18 part 4): VS Code asks for the outline, folding and
   * lenses after every edit and again on focus; the same version gets the same answer without computing it again.
   * `key` names the request and whatever else the answer depends on (settings, the day).
   */
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

  /** Every open document of a language this server knows, parsed. */
  all(): ParsedDocument[] {
    return this.documents.all().flatMap((d) => this.get(d.uri) ?? []);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.running.delete(uri);
    this.derived.delete(uri);
  }
}

export function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

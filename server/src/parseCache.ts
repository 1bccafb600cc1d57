/** The open documents and one parse per document version: every handler reads the same parse. */

import { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { textDocuments } from './documents';
import { parse, type InternalError, type Parsed } from './service/languageService';

/** Writes what a parser or check threw to the server log, with the document and the request it served. */
export type ErrorLog = (errors: readonly InternalError[], uri: string, request: string) => void;

export interface ParsedDocument {
  document: TextDocument;
  parsed: Parsed;
}

export class ParseCache {
  readonly documents = new TextDocuments(textDocuments);
  private readonly cache = new Map<string, { version: number; parsed: Parsed | undefined }>();

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

  /** Every open document of a language this server knows, parsed. */
  all(): ParsedDocument[] {
    return this.documents.all().flatMap((d) => this.get(d.uri) ?? []);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

export function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

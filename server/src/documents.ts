/**
 * The open documents: vscode-languageserver-textdocument's, with their line starts found by the service's
 * search for line breaks, in slices, when a document arrives whole. The library finds them with a loop over the
 * characters, in one piece on the first position asked for, which costs 20 ms of the 125 ms from opening a
 * 6 MB dump to its diagnostics (bench/, issue 6), and holds every other request for 200 ms or more on 60 MB
 * (issue 13). The sliced parse of a document (parseCache.ts) finds them first, yielding as it goes.
 */

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStartsInSlices } from './service/languageService';

/**
 * The library (pinned at 1.0.12) keeps the line starts in `_lineOffsets` and computes them there when it is
 * unset; set first, it uses these and keeps them up to date through incremental edits. Should a later version
 * name it otherwise, this only stops saving time (test/lsp/documents.test.ts checks the positions).
 */
interface WithLineStarts {
  _lineOffsets?: number[];
}

/**
 * Finds the document's line starts in slices and hands them to the library, unless it has them already (or
 * the document changed meanwhile: then the library computes them itself when it needs them).
 */
export function* lineStartsOf(document: TextDocument): Generator<void, void> {
  const internal = document as unknown as WithLineStarts;
  if (!Object.prototype.hasOwnProperty.call(internal, '_lineOffsets') || internal._lineOffsets !== undefined) return;
  const version = document.version;
  const starts = yield* lineStartsInSlices(document.getText());
  if (document.version === version && internal._lineOffsets === undefined) internal._lineOffsets = starts;
}

export const textDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
  // A change without a range replaces the whole text, and the library forgets the line starts: the next sliced parse finds them.
  update: (document, changes: TextDocumentContentChangeEvent[], version) => TextDocument.update(document, changes, version),
};

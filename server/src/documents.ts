/**
 * The open documents: vscode-languageserver-textdocument's, with their line starts found by a regular
 * expression search, in slices, when a document arrives whole. The library finds them with a loop over the
 * characters, in one piece on the first position asked for, which costs 20 ms of the 125 ms from opening a
 * 6 MB dump to its diagnostics (bench/, issue 6), and holds every other request for 200 ms or more on 60 MB
 * (issue 13). The sliced parse of a document (parseCache.ts) finds them first, yielding as it goes.
 */

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The library (pinned at 1.0.12) keeps the line starts in `_lineOffsets` and computes them there when it is
 * unset; set first, it uses these and keeps them up to date through incremental edits. Should a later version
 * name it otherwise, this only stops saving time (test/lsp/documents.test.ts checks the positions).
 */
interface WithLineStarts {
  _lineOffsets?: number[];
}

const LINE_BREAK = /\r\n?|\n/g;
/** How many line breaks lineStartsInSlices finds between two yields (about 150 KB of a dump). */
export const LINE_STARTS_PER_SLICE = 4096;

/** The offset of every line start, as the library computes them: CRLF, LF and lone CR each end a line. */
export function lineStarts(text: string): number[] {
  const steps = lineStartsInSlices(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** lineStarts, yielding every LINE_STARTS_PER_SLICE lines. */
export function* lineStartsInSlices(text: string): Generator<void, number[]> {
  const starts = [0];
  // A pattern of its own: another document's search may run between two slices of this one.
  const lineBreak = new RegExp(LINE_BREAK.source, 'g');
  while (lineBreak.test(text)) {
    starts.push(lineBreak.lastIndex);
    if (starts.length % LINE_STARTS_PER_SLICE === 0) yield;
  }
  return starts;
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

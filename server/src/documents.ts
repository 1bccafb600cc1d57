/**
 * The open documents: vscode-languageserver-textdocument's, with their line starts found by a regular
 * expression search when a document arrives whole. The library finds them with a loop over the characters,
 * which costs 20 ms of the 125 ms from opening a 6 MB dump to its diagnostics (bench/, issue 6).
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

/** The offset of every line start, as the library computes them: CRLF, LF and lone CR each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) starts.push(LINE_BREAK.lastIndex);
  return starts;
}

function withLineStarts(document: TextDocument): TextDocument {
  const internal = document as unknown as WithLineStarts;
  if (Object.prototype.hasOwnProperty.call(internal, '_lineOffsets') && internal._lineOffsets === undefined)
    internal._lineOffsets = lineStarts(document.getText());
  return document;
}

export const textDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => withLineStarts(TextDocument.create(uri, languageId, version, content)),
  update: (document, changes: TextDocumentContentChangeEvent[], version) => {
    const updated = TextDocument.update(document, changes, version);
    // A change without a range replaces the whole text, and the library forgets the line starts.
    return changes.some((change) => !('range' in change)) ? withLineStarts(updated) : updated;
  },
};

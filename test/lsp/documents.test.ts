import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStartsOf, textDocuments } from '../../server/src/documents';
import { LINE_STARTS_PER_SLICE, lineStarts } from '../../server/src/service/languageService';

/** Every position and offset of `ours` is the library's own answer (by default, for the same text opened anew). */
function check(ours: TextDocument, text: string, plain = TextDocument.create('file:///plain', 'certutil-dump', 1, text)): void {
  assert.equal(ours.getText(), text);
  assert.equal(ours.lineCount, plain.lineCount);
  for (let offset = 0; offset <= text.length + 1; offset++) assert.deepEqual(ours.positionAt(offset), plain.positionAt(offset), `offset ${offset}`);
  for (let line = 0; line <= plain.lineCount; line++) {
    for (const character of [0, 1, 3, 1000]) assert.equal(ours.offsetAt({ line, character }), plain.offsetAt({ line, character }), `${line}:${character}`);
  }
}

describe('server documents: line starts found in slices', () => {
  const texts: [string, string][] = [
    ['CRLF', 'my "Personal"\r\n=== 0 ===\r\n\r\n  KeySpec = 2\r\n'],
    ['LF', 'a\nbc\n\nd'],
    ['lone CR and mixed', 'a\rb\r\n\n\rc\r'],
    ['one line', 'no break at all'],
    ['empty', ''],
  ];
  for (const [name, text] of texts) {
    it(`answers as the library does: ${name}`, () => {
      check(textDocuments.create('file:///x', 'certutil-dump', 1, text), text);
    });
  }

  it('finds the line starts in slices, before any position is asked for (the time it saves)', () => {
    const document = textDocuments.create('file:///x', 'certutil-dump', 1, 'a\r\nb\nc');
    const internal = document as unknown as { _lineOffsets?: number[] };
    assert.equal(internal._lineOffsets, undefined);
    const steps = lineStartsOf(document);
    while (!steps.next().done);
    assert.deepEqual(internal._lineOffsets, [0, 3, 5]);
    assert.deepEqual(lineStarts('a\r\nb\nc\rd'), [0, 3, 5, 7]);
  });

  it('yields every LINE_STARTS_PER_SLICE lines, and gives a document changed meanwhile none', () => {
    const lines = 3 * LINE_STARTS_PER_SLICE + 7;
    const text = 'k\r\n'.repeat(lines);
    const document = textDocuments.create('file:///x', 'certutil-dump', 1, text);
    const steps = lineStartsOf(document);
    let yields = 0;
    while (!steps.next().done) yields++;
    assert.equal(yields, Math.floor((lines + 1) / LINE_STARTS_PER_SLICE));
    check(document, text);
    // A whole-text change between two slices: the starts found for the old text are dropped.
    const changed = textDocuments.create('file:///y', 'certutil-dump', 1, text);
    const halfway = lineStartsOf(changed);
    halfway.next();
    textDocuments.update(changed, [{ text: 'short\nnew' }], 2);
    while (!halfway.next().done);
    check(changed, 'short\nnew');
  });

  it('keeps answering as the library does through incremental and whole-text changes', () => {
    let text = 'line one\r\nline two\r\nline three';
    let document = textDocuments.create('file:///x', 'certutil-dump', 1, text);
    // The library's own documents, edited the same way (it keeps line starts across edits its own way).
    let plain = TextDocument.create('file:///plain', 'certutil-dump', 1, text);
    plain.positionAt(0);
    const edits: [number, number, number, number, string][] = [
      [1, 2, 1, 2, 'X'],
      [0, 0, 2, 0, 'new\nfirst\r\n'],
      [1, 0, 1, 5, ''],
      [0, 3, 0, 3, '\r'],
    ];
    let version = 1;
    for (const [startLine, startCharacter, endLine, endCharacter, insert] of edits) {
      const range = { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
      text = text.slice(0, document.offsetAt(range.start)) + insert + text.slice(document.offsetAt(range.end));
      document = textDocuments.update(document, [{ range, text: insert }], ++version);
      plain = TextDocument.update(plain, [{ range, text: insert }], version);
      check(document, text, plain);
    }
    text = 'replaced\r\nwhole';
    document = textDocuments.update(document, [{ text }], ++version);
    check(document, text);
  });
});

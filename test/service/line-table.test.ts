/**
 * The line table a one-look parse finds the line breaks with once (text.ts LineTable, issue 16 part 7): its lines
 * are splitLines' lines, and the normalisation's tests read from it answer what they answer from the text. Random
 * texts over the characters that matter (the breaks, the paste prefixes, digits, list marks), seeded.
 */

import * as assert from 'node:assert/strict';
import { needsNormalizing, normalizeDumpInSlices } from '../../server/src/service/dump/normalize';
import { finish } from '../../server/src/service/slices';
import { lineSpans, linesOf, lineStarts, lineTableInSlices, splitLines } from '../../server/src/service/text';
import { fuzzSeed, Random } from '../fuzz/random';

const ALPHABET = [' ', '  ', '\t', '\n', '\r\n', '\r', '>', '%', '#', '|', '`', '```', '~', '~~~', '-', '*', '+', '1', '12', '123', '.', ')', 'a', 'Key', '='];
// The paste tests as they were one pattern over the text (the reference), and the CR CR LF of a mail client.
const PASTE_LINE_START = /(?:^|\n)[ \t]*(?:[>%#|]|```|~~~|[-*+] |\d{1,2}[.)] )/;

function randomText(random: Random): string {
  const pieces: string[] = [];
  const n = random.int(0, 60);
  for (let i = 0; i < n; i++) pieces.push(ALPHABET[random.int(0, ALPHABET.length - 1)]);
  return pieces.join('');
}

describe('line table (issue 16 part 7): the line breaks found once', () => {
  const random = new Random(fuzzSeed);
  const cases = Array.from({ length: 3000 }, (_, n) => randomText(random.fork(n)));

  it('starts a line after each LF, and is crlfOnly exactly when every CR starts a CRLF (then its starts are lineStarts)', () => {
    let crlfOnly = 0;
    for (const text of cases) {
      const table = finish(lineTableInSlices(text));
      const afterLf = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') afterLf.push(i + 1);
      assert.deepEqual(table.starts, afterLf, JSON.stringify(text));
      assert.equal(table.crlfOnly, !/\r(?!\n)/.test(text), JSON.stringify(text));
      if (!table.crlfOnly) continue;
      crlfOnly++;
      assert.deepEqual(table.starts, lineStarts(text), JSON.stringify(text));
    }
    assert.ok(crlfOnly > cases.length / 4 && crlfOnly < cases.length, `${crlfOnly} of ${cases.length} without a lone CR`);
  });

  it('splits any part between two line starts into splitLines(text, from, to)', () => {
    for (const text of cases) {
      const table = finish(lineTableInSlices(text));
      const bounds = [...table.starts.filter((s) => s < text.length), text.length];
      for (let i = 0; i < bounds.length; i++)
        for (let j = i; j < bounds.length; j++)
          assert.deepEqual(
            linesOf(lineSpans(text, bounds[i], bounds[j], table)),
            splitLines(text, bounds[i], bounds[j]),
            `${JSON.stringify(text)} ${bounds[i]}..${bounds[j]}`,
          );
    }
  });

  it('the paste tests answer as the one pattern did, read from the text or from its table', () => {
    let mangled = 0;
    for (const text of cases) {
      const expected = PASTE_LINE_START.test(text) || text.includes('\r\r\n');
      assert.equal(needsNormalizing(text), expected, JSON.stringify(text));
      if (expected) mangled++;
      const table = finish(lineTableInSlices(text));
      // The whole normalisation, with the table and without: the same text and the same way back to the original.
      const plain = finish(normalizeDumpInSlices(text));
      const tabled = finish(normalizeDumpInSlices(text, undefined, table));
      assert.equal(tabled.changed, plain.changed, JSON.stringify(text));
      assert.equal(tabled.text, plain.text, JSON.stringify(text));
      for (let offset = 0; offset <= tabled.text.length; offset++) assert.equal(tabled.toOriginal(offset, 'start'), plain.toOriginal(offset, 'start'));
    }
    assert.ok(mangled > cases.length / 4 && mangled < cases.length, `${mangled} of ${cases.length} need normalising`);
  });

  it('finds a line cut at a fixed width from the table as from the text', () => {
    // Lines cut at 64 characters, their continuations lower case: what a mail client does to a long line.
    const long = Array.from({ length: 6 }, (_, i) => `    URL=http://pki.fabrikam.com/CertEnroll/Fabrikam%20Issuing%20CA%20${i}.crl`);
    const cut = long.flatMap((line) => [line.slice(0, 64), line.slice(64)]).join('\r\n');
    const table = finish(lineTableInSlices(cut));
    const plain = finish(normalizeDumpInSlices(cut));
    assert.equal(plain.changed, true, 'the cut lines are joined');
    assert.equal(finish(normalizeDumpInSlices(cut, undefined, table)).text, plain.text);
  });
});

import * as assert from 'node:assert/strict';
import { parseDump, type DumpDocument } from '../../server/src/service/dump/dumpParser';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', name);
const renewed = fixture('renewed-ca.txt');
const crlf = renewed.replace(/\r?\n/g, '\r\n');

/** Parses `before`, applies the edit, parses again with the first parse to reuse: it must equal a fresh parse. */
function check(before: string, at: number, remove: number, insert: string): { previous: DumpDocument; next: DumpDocument } {
  const previous = parseDump(before);
  const after = before.slice(0, at) + insert + before.slice(at + remove);
  const next = parseDump(after, { text: before, dump: previous });
  assert.deepStrictEqual(next, parseDump(after));
  // Reuse never changes the earlier parse.
  assert.deepStrictEqual(previous, parseDump(before));
  return { previous, next };
}

/** A small deterministic generator, so a failing edit sequence can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

describe('dump parser: re-parsing an edited dump', () => {
  const frame = (n: number): number => crlf.indexOf(`================ Certificate ${n} `);
  const cases: [string, string, number, number, string][] = [
    ['a character typed in the middle certificate', crlf, crlf.indexOf('CN=web01'), 0, 'x'],
    ['the KeySpec of the first certificate changed', crlf, crlf.indexOf('KeySpec = 2') + 10, 1, '0'],
    ['a character typed in the store header', crlf, 2, 0, 'y'],
    ['the store header deleted', crlf, 0, frame(0), ''],
    ['a line break typed in a frame line', crlf, frame(1) + 20, 0, '\r\n'],
    ['the index of a frame changed', crlf, frame(1) + '================ Certificate '.length, 1, '7'],
    ['a whole certificate deleted', crlf, frame(1), frame(2) - frame(1), ''],
    ['a certificate pasted again at the end', crlf, crlf.length, 0, crlf.slice(frame(1), frame(2))],
    ['a new frame typed inside a certificate', crlf, crlf.indexOf('Public Key Length'), 0, '================ Certificate 9 ================\r\n'],
    ['the trailer edited', crlf, crlf.length - 5, 5, ''],
    ['everything deleted', crlf, 0, crlf.length, ''],
    ['every frame deleted but text left', crlf, frame(0), 48, ''],
    ['a frame typed into a frameless dump', fixture('seed-flattened.txt'), 0, 0, '================ Certificate 0 ================\n'],
    ['LF line endings', renewed, renewed.indexOf('ProviderType = 0'), 0, ' '],
    ['a CRLF split into a lone CR', crlf, crlf.indexOf('\r\n', frame(1)) + 1, 1, ''],
    ['lone CR line endings', crlf.replace(/\r\n/g, '\r'), 100, 0, 'z'],
  ];
  for (const [name, before, at, remove, insert] of cases) {
    it(name, () => {
      check(before, at, remove, insert);
    });
  }

  it('takes over the certificates before the edit as they are, and moves those after it', () => {
    const { previous, next } = check(crlf, crlf.indexOf('CN=web01'), 0, 'typed');
    assert.equal(next.certificates[0], previous.certificates[0]);
    assert.equal(next.certificates[1], previous.certificates[1]);
    assert.notEqual(next.certificates[2], previous.certificates[2]);
    assert.equal(next.certificates[2].start, previous.certificates[2].start);
    assert.equal(next.certificates[2].end, previous.certificates[2].end + 'typed'.length);
  });

  it('moves the certificates after an edit that changes the length before them', () => {
    const { previous, next } = check(crlf, frame(0) + 60, 3, '');
    assert.equal(next.certificates[2].start, previous.certificates[2].start - 3);
    assert.equal(next.certificates[2].keyProv?.keySpec?.start, previous.certificates[2].keyProv!.keySpec!.start - 3);
  });

  it('gives the same result as a fresh parse after hundreds of random edits, each parsed from the one before', () => {
    const random = randomSource(6);
    const pieces = [
      'x',
      '\r\n',
      '\n',
      '\r',
      ' ',
      '=',
      '',
      '================ Certificate 5 ================\r\n',
      '    KeySpec = 2 -- AT_SIGNATURE\r\n',
      '  CERT_KEY_PROV_INFO_PROP_ID(2):\r\n',
    ];
    let previous = { text: crlf + crlf, dump: parseDump(crlf + crlf) };
    for (let edit = 0; edit < 400; edit++) {
      const at = Math.floor(random() * (previous.text.length + 1));
      const remove = random() < 0.3 ? Math.floor(random() * 300) : 0;
      let text = previous.text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + previous.text.slice(at + remove);
      if (text.length < 1000) text += crlf;
      const dump = parseDump(text, previous);
      assert.deepStrictEqual(dump, parseDump(text), `edit ${edit}`);
      previous = { text, dump };
    }
  });
});

import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decode } from '../../cli/src/decode';

/** A dump line around `words`, written by the test in the code page given (the bytes cmd.exe would write). */
const line = (words: string): string => `  Subject: CN=${words}, O=Fabrikam\r\n  Provider = Schlüsselspeicher für Größe\r\n`;

describe('decoding: OEM 850 or 437, by the bytes the two read differently', () => {
  const cases: { name: string; text: string; page: 'cp850' | 'cp437'; expected: 'cp850' | 'cp437'; notice: boolean }[] = [
    // ã (0xC6) and Á (0xB5) inside words: 850 letters; 437 would read ╞ and ╡ in the middle of a word.
    {
      name: 'accented letters inside words (850)',
      text: line('Autoridade Certificadora São João, OU=Á Norte'),
      page: 'cp850',
      expected: 'cp850',
      notice: false,
    },
    // α and Σ (0xE0, 0xE4) standing alone: 437 signs; 850 would read a one-letter word Ó and õ.
    { name: 'Greek signs standing alone (437)', text: line('Test CA α 2, OU=Σ 7'), page: 'cp437', expected: 'cp437', notice: false },
    // ╡ (0xB5) beside ═ (0xCD, the same in both): line drawing fits; 850 would read Á between two ═.
    {
      name: 'a drawing piece beside line drawing (437)',
      text: `${line('Test CA')}  ══╡ Fabrikam ╞══ and ü\r\n`,
      page: 'cp437',
      expected: 'cp437',
      notice: false,
    },
    // Only bytes both pages read alike: the two readings are the same text, and 850 is named.
    { name: 'no byte the two read differently', text: line('Test CA'), page: 'cp437', expected: 'cp850', notice: false },
    // One vote each way (ã inside a word; a lone 0xE0, Ó in 850 and α in 437): the bytes cannot tell, so the
    // default stays and the report says so.
    { name: 'as much evidence each way', text: line('São Paulo CA Ó'), page: 'cp850', expected: 'cp850', notice: true },
    // A byte the two read differently with no telling neighbours (0xF2: ‗ in 850, ≥ in 437): cannot tell either.
    { name: 'only a byte no neighbour judges', text: line('Key ‗ 2048'), page: 'cp850', expected: 'cp850', notice: true },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.expected}${c.notice ? ', with a notice' : ''}`, () => {
      const decoded = decode(iconv.encode(c.text, c.page));
      assert.equal(decoded.encoding, c.expected);
      assert.equal(decoded.notice !== undefined, c.notice, decoded.notice);
      if (c.expected === c.page) assert.equal(decoded.text, c.text);
    });
  }

  it('--encoding still decides, and a forced decoding has no notice', () => {
    const bytes = iconv.encode(line('São Paulo CA Ó'), 'cp850');
    const forced = decode(bytes, 'cp437');
    assert.equal(forced.encoding, 'cp437');
    assert.equal(forced.notice, undefined);
  });

  it('weighs a bounded number of bytes: a huge file of such bytes decodes in linear time', () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 0xb5);
    const started = process.hrtime.bigint();
    decode(big);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 5000);
  });
});

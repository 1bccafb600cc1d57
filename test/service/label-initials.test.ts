import * as assert from 'node:assert/strict';
import {
  certificateLabels,
  containerInconsistentLabels,
  healthLabels,
  keyProvLabels,
  labelFinals,
  labelInitials,
  labelInitialsMask,
  labelPattern,
  lostKeyLines,
} from '../../server/src/service/data/dumpLabels';
import { FactsReader } from '../../server/src/service/dump/certificateFacts';
import { leadingSpace } from '../../server/src/service/text';

/**
 * The parsers skip a label's pattern on a line whose first visible character `labelInitials` rules out: that is
 * only right if every line the pattern matches passes the test. Checked for every label list the parsers read,
 * on the labels themselves, in other cases, read through the wrong code page, and on random text.
 */
const lists: [string, readonly string[]][] = [
  ...Object.entries(certificateLabels).map(([name, labels]): [string, readonly string[]] => [`certificateLabels.${name}`, labels]),
  ...Object.entries(keyProvLabels).map(([name, labels]): [string, readonly string[]] => [`keyProvLabels.${name}`, labels]),
  ...Object.entries(healthLabels).map(([name, labels]): [string, readonly string[]] => [`healthLabels.${name}`, labels]),
  ...lostKeyLines.map((line): [string, readonly string[]] => [`lostKeyLines.${line.kind}`, line.texts]),
  ['containerInconsistentLabels', containerInconsistentLabels],
];

/** A label as the wrong code page shows it: each non-ASCII letter as two Latin-1 characters, or U+FFFD. */
function mojibake(label: string, replacement: 'latin1' | 'fffd'): string {
  return Array.from(label)
    .map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : replacement === 'fffd' ? '\ufffd' : Buffer.from(ch, 'utf8').toString('latin1').slice(0, 2)))
    .join('');
}

describe('labelInitials: the first-character test before a label pattern', () => {
  for (const [name, labels] of lists) {
    it(`lets through every line ${name} matches`, () => {
      const pattern = new RegExp(`^[\\s\\u00a0\\ufeff\\ufffd]*(?:${labelPattern(labels)})`, 'i');
      const initials = labelInitials(labels);
      const lines = labels.flatMap((label) => [
        label,
        label.toUpperCase(),
        label.toLowerCase(),
        mojibake(label, 'latin1'),
        mojibake(label, 'fffd'),
        label.replace(/’/g, "'"),
      ]);
      let seed = 7;
      const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
      const alphabet = [' ', '\u00a0', '\ufeff', '\ufffd', 'é', 'É', '中', "'", '’', ...labels.join('')];
      for (let k = 0; k < 2000; k++) lines.push(Array.from({ length: 1 + random(6) }, () => alphabet[random(alphabet.length)]).join(''));
      let matched = 0;
      for (const body of lines) {
        for (const line of [body, `  ${body}`, `\u00a0\ufeff${body}`]) {
          if (!pattern.test(line)) continue;
          matched++;
          const visible = leadingSpace(line);
          // The patterns of certificateFacts.ts also skip U+FFFD before the label: their caller skips it too.
          let first = visible;
          while (line.charCodeAt(first) === 0xfffd) first++;
          assert.ok(initials(line.charCodeAt(visible)) || initials(line.charCodeAt(first)), `${name}: ${JSON.stringify(line)}`);
        }
      }
      assert.ok(matched >= labels.length, `${name}: the labels themselves match`);
    });
  }

  it('the facts reader finds exactly the lost-key lines the status pattern matches (its test of their last characters lets every one through)', () => {
    const texts = lostKeyLines.flatMap((line) => line.texts);
    const WS = '[\\s\\u00a0\\ufeff\\ufffd]';
    const pattern = new RegExp(`^${WS}*(?:${labelPattern(texts)})${WS}*[.:]?${WS}*$`, 'i');
    let seed = 3;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const tails = ['', '.', ':', ' ', ' .', '\ufffd', '\u00a0:', '\ufeff', '. \ufffd', '\ufffd.', 'x', ')', '..', ': :'];
    let matched = 0;
    let missed = 0;
    for (const text of texts) {
      for (const body of [text, text.toUpperCase(), text.toLowerCase(), mojibake(text, 'latin1'), mojibake(text, 'fffd'), text.replace(/ /g, '')]) {
        for (let k = 0; k < 30; k++) {
          const line = `  ${body}${tails[random(tails.length)]}${tails[random(tails.length)]}`;
          const reader = new FactsReader({ start: 0, end: line.length, properties: [], extensions: [] }, line);
          reader.line(0, line.length, 0, false);
          const found = reader.finish(line, true).lostKey.length > 0;
          assert.equal(found, pattern.test(line), JSON.stringify(line));
          if (found) matched++;
          else missed++;
        }
      }
    }
    assert.ok(matched > texts.length * 30 && missed > 100, `${matched} lines matched, ${missed} did not`);
    const finals = labelFinals(['Missing stored keyset', 'de clé']);
    assert.deepEqual(
      ['t', 'T', 'é', '\ufffd', 'x', '6', '.'].map((c) => finals(c.charCodeAt(0))),
      [true, true, true, true, false, false, false],
    );
    assert.equal(finals(NaN), false, 'an empty line');
  });

  it('rules out a line that starts with a letter no label starts with', () => {
    const initials = labelInitials(['Serial Number', 'Seriennummer']);
    assert.equal(initials('0'.charCodeAt(0)), false);
    assert.equal(initials('x'.charCodeAt(0)), false);
    assert.equal(initials('s'.charCodeAt(0)), true);
    assert.equal(initials('é'.charCodeAt(0)), false);
    assert.equal(labelInitials(['Numéro de série', 'Émetteur'])('é'.charCodeAt(0)), true);
  });

  it('labelInitialsMask answers labelInitials of every list at once, for every character and an empty line', () => {
    const groups = lists.map(([, labels]) => labels).slice(0, 32);
    const mask = labelInitialsMask(groups);
    const tests = groups.map((labels) => labelInitials(labels));
    for (const code of [...Array.from({ length: 0x10000 }, (_, c) => c), NaN])
      tests.forEach((test, k) => assert.equal((mask(code) & (1 << k)) !== 0, test(code), `list ${k}, code ${code}`));
    assert.throws(() => labelInitialsMask(Array.from({ length: 33 }, () => ['x'])));
  });
});

/**
 * Issue 16 part 7: the command line parses each file once (`oneShot`). Such a parse skips what only the editor's
 * re-parse needs (copying strings out of the text, caching facts by certificate text, copying each certificate to
 * give it its run context), and every result is the same as the editor's parse: the tree, the facts, the findings.
 */

import * as assert from 'node:assert/strict';
import { certificateFacts } from '../../server/src/service/dump/certificateFacts';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import { parseDump, type DumpDocument } from '../../server/src/service/dump/dumpParser';
import { defaultCheckOptions, diagnose, lineStarts, parse, parseOptionsFor } from '../../server/src/service/languageService';
import { dumpFixtures, fixtureText } from '../fixtureText';

const read = (name: string): string => fixtureText('dump', name);
const texts = dumpFixtures();
const names = texts.map((t) => t.name);
// Two runs of certutil in one file (the second certificate run gets the next header as its context), and a paste the parser normalises.
const cases = [
  ...texts,
  { name: 'two runs in one file', text: texts.map((t) => t.text).join('\r\n') },
  // certutil's own lines inside certificates' parts, each without the word certutil: the one search that rules them
  // out must let each through (`failed:` in certificate 0, a `ca\\csp` block without its closing line in certificate 1).
  {
    name: "certutil's error line and a ca\\csp block inside certificates",
    text: read('renewed-ca.txt')
      .replace(/(================ Certificate 1 ================)/, 'NCryptOpenKey failed: 80090016\r\n$1')
      .replace(
        /(================ Certificate 2 ================)/,
        `${fixtureText('dump', 'fidelity', 'getreg-csp.txt')
          .split(/\r?\n/)
          .filter((line) => !/certutil/i.test(line))
          .join('\r\n')}\r\n$1`,
      ),
  },
  {
    name: 'a mail-quoted paste',
    text: texts[0].text
      .split(/\r\n|\r|\n/)
      .map((l) => `> ${l}`)
      .join('\n'),
  },
];

/** The parse without the oneShot mark and the line table it kept, to compare with the editor's parse. */
function unmarked(dump: DumpDocument): DumpDocument {
  const copy: DumpDocument = { ...dump };
  delete copy.oneShot;
  delete copy.lineStarts;
  return copy;
}

describe('dump parser, one-shot (issue 16): what the command line parses once', () => {
  it("has fixtures with several runs, certutil's own lines in a certificate and a normalised paste", () => {
    assert.ok(cases.length >= 6, `${cases.length} cases`);
    const errors = cases[cases.length - 2];
    const once = parseDump(errors.text, undefined, undefined, { oneShot: true });
    assert.deepEqual(
      certificateFacts(errors.text, once.certificates[0], true).errors.map((e) => e.source),
      ['NCryptOpenKey'],
    );
    assert.equal(certificateFacts(errors.text, once.certificates[1], true).registries.length, 1);
    const runs = parseDump(cases[cases.length - 3].text, undefined, undefined, { oneShot: true });
    assert.ok(
      runs.certificates.some((c) => c.nextRun !== undefined),
      'a certificate starts the next run',
    );
    assert.ok(new Set(runs.certificates.map((c) => c.context?.header?.start)).size > 1, 'certificates of different runs');
    assert.equal(parseDump(cases[cases.length - 1].text, undefined, undefined, { oneShot: true }).normalized, true);
  });

  for (const { name, text } of cases) {
    it(`${name}: the same tree, facts and findings as the editor's parse`, () => {
      const editor = parseDump(text);
      const once = parseDump(text, undefined, undefined, { oneShot: true });
      assert.equal(once.oneShot, true);
      assert.equal(editor.oneShot, undefined);
      assert.deepEqual(unmarked(once), editor);
      // The line table it kept is where the lines start, as the editor counts them; a lone CR leaves it unkept.
      if (/\r(?!\n)/.test(text)) assert.equal(once.lineStarts, undefined);
      else assert.deepEqual(once.lineStarts, lineStarts(text));
      for (let k = 0; k < editor.certificates.length; k++) {
        assert.deepEqual(certificateFacts(text, once.certificates[k], true), certificateFacts(text, editor.certificates[k]), `certificate ${k}`);
        // Both parses read the facts as they go: they are those that the certificate's text gives read on their own
        // (a copy of the certificate, unknown to every cache, read as the command line reads it).
        assert.deepEqual(
          certificateFacts(text, editor.certificates[k]),
          certificateFacts(text, { ...editor.certificates[k] }, true),
          `certificate ${k}, read alone`,
        );
      }
      assert.deepEqual(checkDump(once, undefined, text), checkDump(editor, undefined, text));
    });
  }

  it("a text with a lone CR: no line table, and still the editor's parse (the parsers break lines there, the paste tests do not)", () => {
    const text = texts[0].text.replace(/\r?\n/g, '\r\n').replace('\r\n', '\r');
    const once = parseDump(text, undefined, undefined, { oneShot: true });
    assert.equal(once.lineStarts, undefined);
    assert.ok(once.certificates.length > 0);
    assert.deepEqual(unmarked(once), parseDump(text));
  });

  it('goes through the façade: parse(..., { oneShot: true }) gives the diagnostics of a plain parse', () => {
    for (const { text } of cases) {
      const once = parse('certutil-dump', text, 'machine.txt', undefined, undefined, { oneShot: true });
      assert.ok(once?.language === 'dump' && once.dump.oneShot === true);
      assert.deepEqual(diagnose(once, defaultCheckOptions), diagnose(parse('certutil-dump', text, 'machine.txt')!, defaultCheckOptions));
    }
  });

  it('parses without the facts where no check reads them (KeySpec only), and a request that asks still gets them', () => {
    const keySpecOnly = { ...defaultCheckOptions, keySpecOnlyAbove: 0 };
    for (const { name, text } of cases) {
      assert.deepEqual(parseOptionsFor(text, keySpecOnly, true), { oneShot: true, facts: false }, name);
      const without = parse('certutil-dump', text, 'machine.txt', undefined, undefined, parseOptionsFor(text, keySpecOnly))!;
      const editor = parse('certutil-dump', text, 'machine.txt')!;
      assert.ok(without.language === 'dump' && editor.language === 'dump');
      assert.deepEqual(diagnose(without, keySpecOnly), diagnose(editor, keySpecOnly), name);
      assert.deepEqual(diagnose(without, defaultCheckOptions), diagnose(editor, defaultCheckOptions), name);
      without.dump.certificates.forEach((c, k) =>
        assert.deepEqual(certificateFacts(text, c), certificateFacts(text, editor.dump.certificates[k]), `${name} ${k}`),
      );
    }
    assert.deepEqual(parseOptionsFor('x', defaultCheckOptions), { facts: true });
  });

  it('does not cache facts by text: the same text parsed twice has facts read twice (the editor reuses them)', () => {
    const text = read(names[0]);
    const [a, b] = [0, 1].map(() => parseDump(text, undefined, undefined, { oneShot: true }));
    const [c, d] = [0, 1].map(() => parseDump(text));
    assert.ok(a.certificates.length > 0);
    assert.notEqual(certificateFacts(text, a.certificates[0], true), certificateFacts(text, b.certificates[0], true));
    assert.deepEqual(certificateFacts(text, a.certificates[0], true), certificateFacts(text, b.certificates[0], true));
    assert.equal(certificateFacts(text, c.certificates[0]), certificateFacts(text, d.certificates[0]));
  });

  it('is ignored with an earlier version: an incremental parse stays the editor parse', () => {
    const text = read(names[0]);
    const previous = { text, dump: parseDump(text) };
    const edited = text.replace(/\r?\n/, (eol) => `${eol}${eol}`);
    const again = parseDump(edited, previous, undefined, { oneShot: true });
    assert.equal(again.oneShot, undefined);
    assert.deepEqual(again, parseDump(edited));
  });

  it('gives a certificate its run context in place only when this parse made it: an earlier parse it reuses keeps its own', () => {
    const first = read(names[0]);
    const second = read(names[1]);
    assert.ok(second.startsWith('my\n'), 'the second run starts with its store header');
    const text = `${first}\r\n${second}`;
    const previous = { text, dump: parseDump(text) };
    const before = JSON.stringify(previous.dump);
    // The second run's header renamed, the length kept: the certificates after it are the earlier parse's own objects
    // (moved by 0), and each needs the new header as its context.
    const at = text.length - second.length;
    const edited = `${text.slice(0, at)}ca${text.slice(at + 2)}`;
    const again = parseDump(edited, previous);
    assert.ok(again.certificates.some((c) => c.context?.header?.name === 'ca'));
    assert.equal(JSON.stringify(previous.dump), before);
    assert.deepEqual(again, parseDump(edited));
  });
});

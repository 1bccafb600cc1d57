/**
 * Issue 13: every step of the dump parser over the whole text runs in slices (the normalisation, the frame search,
 * counting lines), and cutting the text into slices never changes a result. The slices are where the text is
 * cut, so each step is run with slices of 1, 2, 5, 64 and 1,000 characters as well as with none (the whole text at
 * once), over varied dumps and pastes of them; and a 6 MB parse is counted to yield at least once per slice of
 * text for every pass over it.
 */

import * as assert from 'node:assert/strict';
import { FRAME } from '../../common/lineShapes';
import { checkDump, checkDumpInSlices } from '../../server/src/service/dump/dumpChecks';
import { CERTIFICATES_PER_SLICE, parseDump, parseDumpInSlices } from '../../server/src/service/dump/dumpParser';
import {
  NORMALIZE_SLICE_CHARS,
  needsNormalizing,
  needsNormalizingInSlices,
  normalizeDump,
  normalizeDumpInSlices,
  type NormalizedDump,
} from '../../server/src/service/dump/normalize';
import { FRAME_SEARCH_SLICE_CHARS, findFrameLines, findFrameLinesInSlices } from '../../server/src/service/dump/reuse';
import { dumpFixtures } from '../fixtureText';

const fixtures = dumpFixtures();

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** What a paste does to a dump: each a different step of the normalisation, and line breaks of every kind. */
const pastes: [string, (text: string) => string][] = [
  ['as it is', (t) => t],
  ['LF', (t) => lines(t).join('\n')],
  ['CRLF', (t) => lines(t).join('\r\n')],
  ['CR CR LF', (t) => lines(t).join('\r\r\n')],
  ['lone CR', (t) => lines(t).join('\r')],
  ['typographic dashes and quotes', (t) => t.replace(/--/g, '\u2014').replace(/"([^"\r\n]*)"/g, '\u201c$1\u201d')],
  ['Unicode spaces and a zero-width space', (t) => t.replace(/  /g, '\u00a0\u2009').replace(/=/g, '\u200b=')],
  [
    'mail quoting',
    (t) =>
      lines(t)
        .map((l) => `> ${l}`)
        .join('\n'),
  ],
  [
    'nested quoting on odd lines',
    (t) =>
      lines(t)
        .map((l, i) => (i % 2 ? `> > ${l}` : l))
        .join('\r\n'),
  ],
  [
    'LaTeX comments',
    (t) =>
      lines(t)
        .map((l) => `% ${l}`)
        .join('\n'),
  ],
  ['Markdown fence and list', (t) => ['```', ...lines(t).map((l) => (l.startsWith('=') ? `- ${l}` : l)), '```'].join('\n')],
  ['one table cell', (t) => `| ${lines(t).join('<br/>')} |`],
  ['HTML entities', (t) => t.replace(/ /g, (s, i: number) => (i % 3 ? s : '&nbsp;')).replace(/"/g, '&quot;')],
  [
    'cut at 76 columns',
    (t) =>
      lines(t)
        .flatMap((l) => (l.length > 76 ? [l.slice(0, 76), l.slice(76)] : [l]))
        .join('\n'),
  ],
];

const cases = fixtures.flatMap(({ name, text }) => pastes.map(([paste, change]) => ({ name: `${name}, ${paste}`, text: change(text) })));
const sizes = [1, 2, 5, 64, 1000];

/** The normalised text and offsets that every result of the parser depends on. */
function observed(normalized: NormalizedDump): unknown {
  const offsets: number[] = [];
  for (let i = 0; i <= normalized.text.length; i += Math.max(1, Math.floor(normalized.text.length / 97))) {
    offsets.push(normalized.toOriginal(i, 'start'), normalized.toOriginal(i, 'end'));
  }
  return { text: normalized.text, changed: normalized.changed, offsets };
}

function drain<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('dump parser in slices: the same results, yielding as it goes (issue 13)', () => {
  it('has varied dumps to cut', () => {
    assert.ok(cases.length >= 5 * pastes.length, `${cases.length} cases`);
    // The pastes do reach the normalisation: most of them need work, and the plain LF and CRLF ones do not.
    assert.ok(cases.filter((c) => needsNormalizing(c.text)).length > cases.length / 2);
  });

  it('decides whether a dump needs normalising the same, wherever its text is cut', () => {
    for (const { name, text } of cases) {
      const whole = drain(needsNormalizingInSlices(text, Infinity));
      assert.equal(whole.yields, 0, name);
      for (const size of sizes) assert.equal(drain(needsNormalizingInSlices(text, size)).value, whole.value, `${name}, slices of ${size}`);
    }
  });

  it('normalises every paste the same, wherever its text is cut, and normalizeDump is the sliced form run to its end', () => {
    for (const { name, text } of cases) {
      const whole = observed(drain(normalizeDumpInSlices(text, Infinity)).value);
      assert.deepEqual(observed(normalizeDump(text)), whole, name);
      for (const size of sizes) assert.deepEqual(observed(drain(normalizeDumpInSlices(text, size)).value), whole, `${name}, slices of ${size}`);
    }
  });

  it('finds the same certificate frames, wherever the search window ends', () => {
    const isFrame = (line: string): boolean => FRAME.test(line);
    for (const { name, text } of cases) {
      const whole = drain(findFrameLinesInSlices(text, '=====', isFrame, Infinity)).value;
      assert.deepEqual(findFrameLines(text, '=====', isFrame), whole, name);
      for (const size of [1, 4, 5, 6, 37, 1000]) assert.deepEqual(drain(findFrameLinesInSlices(text, '=====', isFrame, size)).value, whole, `${name}, ${size}`);
    }
    // A marker across every window boundary, and none at all.
    const markers = 'x=====\n'.repeat(50);
    for (const size of [1, 2, 3, 5, 7]) assert.equal(drain(findFrameLinesInSlices(markers, '=====', () => true, size)).value.length, 50);
    assert.deepEqual(drain(findFrameLinesInSlices('-'.repeat(10_000), '=====', () => true, 100)).value, []);
  });

  it('parses every paste the same when driven a yield at a time as in one go', () => {
    for (const { name, text } of cases) assert.deepEqual(drain(parseDumpInSlices(text)).value, parseDump(text), name);
  });

  describe('a 6 MB dump yields at least once per slice of text, for every pass over it', () => {
    const renewed = fixtures.find((f) => f.name === 'renewed-ca.txt')!.text;
    const clean = renewed.repeat(Math.ceil(6_000_000 / renewed.length));
    // Every line of the dump pasted from a mail: the whole normalisation runs.
    const quoted = lines(clean)
      .map((l) => `> ${l}`)
      .join('\n');
    const longest = lines(quoted).reduce((most, l) => Math.max(most, l.length), 0) + 2;
    /** The fewest yields of one pass over `text`: a step yields once it has read a slice, and it reads a line at a time. */
    const pass = (text: string, slice: number): number => Math.floor(text.length / (slice + longest)) - 1;

    it('normalising: one pass to test a clean dump (two with the fixed-width check), every step for a paste', () => {
      const cleanRun = drain(normalizeDumpInSlices(clean));
      assert.equal(cleanRun.value.changed, false);
      assert.ok(cleanRun.yields >= 2 * pass(clean, NORMALIZE_SLICE_CHARS), `${cleanRun.yields} yields for ${(clean.length / 1e6).toFixed(1)} MB`);
      const quotedRun = drain(normalizeDumpInSlices(quoted));
      assert.equal(quotedRun.value.changed, true);
      // The quick test finds the `> ` at once; then splitting, cleaning, joining and mapping each go over all of it.
      assert.ok(quotedRun.yields >= 4 * pass(quoted, NORMALIZE_SLICE_CHARS), `${quotedRun.yields} yields`);
    });

    it('the frame search and the whole parse', () => {
      const frames = drain(findFrameLinesInSlices(clean, '=====', (line) => FRAME.test(line)));
      assert.ok(frames.yields >= pass(clean, FRAME_SEARCH_SLICE_CHARS), `${frames.yields} yields`);
      const parse = drain(parseDumpInSlices(clean));
      const certificates = parse.value.certificates.length;
      // Normalising (two passes), the frame search, the certificates and their run contexts.
      const expected =
        2 * pass(clean, NORMALIZE_SLICE_CHARS) + pass(clean, FRAME_SEARCH_SLICE_CHARS) + 2 * Math.floor(certificates / CERTIFICATES_PER_SLICE - 1);
      assert.ok(parse.yields >= expected, `${parse.yields} yields, expected ${expected.toFixed(0)} at least`);
    });

    it('the checks: the whole-dump maps are built in slices before the first certificate, not in its slice', () => {
      // Every certificate of the copies loses its key, so the key donors are built too.
      const lost = clean.replace(/Signature test passed/g, 'Missing stored keyset');
      const dump = parseDump(lost);
      const options = { nonCaKeySpecSeverity: 'warning' as const, today: Date.UTC(2026, 0, 1), keepFindings: true };
      const run = drain(checkDumpInSlices(dump, options, lost));
      const perPass = Math.floor(dump.certificates.length / CERTIFICATES_PER_SLICE) - 1;
      // The facts, the latest certificate per subject, the donors, the two passes of the findings keys, the certificates.
      assert.ok(run.yields >= 6 * perPass, `${run.yields} yields, expected ${6 * perPass} at least`);
      assert.ok(run.value.some((p) => p.code === 'key.missing'));
      assert.deepEqual(run.value, checkDump(parseDump(lost), { ...options, keepFindings: false }, lost));
    });
  });
});

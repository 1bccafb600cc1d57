import * as assert from 'node:assert/strict';
import {
  CharCursor,
  fieldAt,
  isBlank,
  isBlankAt,
  isSpaceCode,
  leadingSpace,
  leadingSpaceAt,
  lineStarts,
  splitLines,
  trimmedSpan,
  trimmedSpanAt,
} from '../../server/src/service/text';

describe('text: lines and white space', () => {
  it('isSpaceCode is exactly the regular expression class \\s', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    assert.deepEqual(differ, []);
  });

  it('leadingSpaceAt counts in the whole text what leadingSpace counts in the line', () => {
    const text = 'a\r\n   \u00a0 x\r\n\t\t\r\n\u3000\ufeffy  \n    \n';
    for (const line of splitLines(text)) assert.equal(leadingSpaceAt(text, line.start, line.end), leadingSpace(line.text), JSON.stringify(line.text));
  });

  it('CharCursor finds the first character of each line asked in order, as a search of the line would', () => {
    let seed = 11;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: random(40) }, () => [':', 'a', '\n', '\r\n', '::', ' '][random(6)]).join('');
      const colons = new CharCursor(text, ':');
      const lines = splitLines(text).filter(() => random(3) > 0);
      for (const line of lines) {
        const inLine = line.text.indexOf(':');
        assert.equal(colons.inLine(line.start, line.end), inLine < 0 ? -1 : line.start + inLine, JSON.stringify(text));
      }
      // A cursor over a part (from one line's start to a later line's end) answers the same for the part's lines,
      // for a string as for a character.
      const all = splitLines(text);
      const a = random(all.length);
      const b = a + random(all.length - a);
      for (const needle of [':', '::', 'a:']) {
        const part = new CharCursor(text, needle, all[a].start, all[b].end);
        for (const line of all.slice(a, b + 1).filter(() => random(3) > 0)) {
          const inLine = line.text.indexOf(needle);
          assert.equal(part.inLine(line.start, line.end), inLine < 0 ? -1 : line.start + inLine, `${JSON.stringify(text)} ${needle} ${a}..${b}`);
        }
      }
    }
  });

  const texts: [string, string][] = [
    ['CRLF', 'a\r\nb\r\n\r\nc'],
    ['LF with a final break', 'a\nb\n'],
    ['lone CR', 'a\rb\r\rc'],
    ['mixed', '\r\n\n\r\r\na'],
    ['empty', ''],
  ];
  for (const [name, text] of texts) {
    it(`splits ${name} in parts exactly as whole, with offsets into the whole text`, () => {
      const whole = splitLines(text);
      // A part ends where a line starts; the last part ends at the end of the text.
      const starts = whole.map((line) => line.start).filter((start) => start < text.length);
      for (const cut of starts) {
        const parts = [...splitLines(text, 0, cut), ...splitLines(text, cut)];
        assert.deepEqual(
          parts.map(({ start, end, text: t }) => ({ start, end, t })),
          whole.map(({ start, end, text: t }) => ({ start, end, t })),
        );
      }
    });
  }

  /** The lines of text[from, to) read one character at a time: CRLF, lone CR and LF each end a line; a CRLF cut by `to` does not. */
  function referenceLines(text: string, from: number, to: number): { start: number; end: number; t: string }[] {
    const lines: { start: number; end: number; t: string }[] = [];
    let start = from;
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c !== '\r' && c !== '\n') continue;
      const next = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (next > to) break;
      lines.push({ start, end: i, t: text.slice(start, i) });
      start = next;
      i = next - 1;
    }
    if (start < to || to === text.length) lines.push({ start, end: to, t: text.slice(start, to) });
    return lines;
  }

  it('splits every part of every text of CR, LF and one letter (up to 7 characters) as a character-by-character reading does', () => {
    let texts = [''];
    const all: string[] = [''];
    for (let length = 1; length <= 7; length++) {
      texts = texts.flatMap((t) => [t + '\r', t + '\n', t + 'a']);
      all.push(...texts);
    }
    for (const text of all) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const lines = splitLines(text, from, to).map(({ start, end, text: t }) => ({ start, end, t }));
          assert.deepEqual(lines, referenceLines(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`);
        }
      }
      assert.deepEqual(
        lineStarts(text),
        [
          0,
          ...referenceLines(text, 0, text.length)
            .slice(1)
            .map((line) => line.start),
        ],
        JSON.stringify(text),
      );
    }
  });

  it('trims a line by \\s on both sides, the BOM and NBSP included', () => {
    const line = { index: 0, start: 10, end: 19, text: '\ufeff\u00a0 ab c\t\u00a0' };
    assert.deepEqual(trimmedSpan(line), { start: 13, end: 17 });
    assert.deepEqual(trimmedSpan({ index: 0, start: 5, end: 7, text: ' \u00a0' }), { start: 7, end: 7 });
    assert.equal(isBlank('\u3000\ufeff \t'), true);
    assert.equal(isBlank(' x '), false);
  });

  it('trims, tests for blank and finds a value in the whole text as in the line alone (the parsers read lines by offsets)', () => {
    let seed = 5;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const pieces = [' ', '\u00a0', '\ufeff', '\t', 'ab', 'a', 'b', '=', '\n', '\r\n', '\r', '\u3000'];
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: random(24) }, () => pieces[random(pieces.length)]).join('');
      for (const line of splitLines(text)) {
        const lead = /^\s*/.exec(line.text)![0].length;
        const trail = line.text.length - /\s*$/.exec(line.text)![0].length;
        const trimmed = { start: line.start + lead, end: line.start + Math.max(lead, trail) };
        assert.deepEqual(trimmedSpanAt(text, line.start, line.end), trimmed, JSON.stringify(text));
        assert.equal(isBlankAt(text, line.start, line.end), isBlank(line.text), JSON.stringify(text));
        for (const raw of ['', 'a', 'ab', 'b=', 'aba']) {
          const at = raw ? line.text.lastIndexOf(raw) : -1;
          const start = at >= 0 ? line.start + at : line.end;
          assert.deepEqual(
            fieldAt(text, line.start, line.end, raw, 1),
            { value: 1, start, end: start + (at >= 0 ? raw.length : 0), line: trimmed },
            `${JSON.stringify(text)} ${raw}`,
          );
        }
      }
    }
  });
});

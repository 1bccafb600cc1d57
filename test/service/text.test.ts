import * as assert from 'node:assert/strict';
import { isBlank, isSpaceCode, splitLines, trimmedSpan } from '../../server/src/service/text';

describe('text: lines and white space', () => {
  it('isSpaceCode is exactly the regular expression class \\s', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    assert.deepEqual(differ, []);
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

  it('trims a line by \\s on both sides, the BOM and NBSP included', () => {
    const line = { index: 0, start: 10, end: 19, text: '\ufeff\u00a0 ab c\t\u00a0' };
    assert.deepEqual(trimmedSpan(line), { start: 13, end: 17 });
    assert.deepEqual(trimmedSpan({ index: 0, start: 5, end: 7, text: ' \u00a0' }), { start: 7, end: 7 });
    assert.equal(isBlank('\u3000\ufeff \t'), true);
    assert.equal(isBlank(' x '), false);
  });
});

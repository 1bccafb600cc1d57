import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInf } from '../../server/src/service/inf/infParser';
import { recalledParts, sectionStarts } from '../../server/src/service/inf/infReuse';
import { defaultCheckOptions, diagnose, parse, type Parsed } from '../../server/src/service/languageService';
import { fuzzSeed, Random, withSeed } from '../fuzz/random';
import { capolicy } from './capolicyText';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'inf');
const fixtures = fs
  .readdirSync(fixtureDir)
  .filter((n) => n.endsWith('.inf'))
  .map((name) => ({ name, text: fs.readFileSync(path.join(fixtureDir, name), 'utf8') }));

/** What an edit types: the characters and lines the INF grammar gives meaning to, and plain text. */
const insertions = [
  'x',
  'Key',
  '[',
  ']',
  '[P1]\r\n',
  '\r\n[New]\r\n',
  '\\',
  '\\\r\n',
  '\r\n',
  '\n',
  '\r',
  '"',
  ';',
  '// ',
  ' # ',
  '_continue_ = "a"\r\n',
  '=',
  ',',
  ' ',
  '\t',
  '\u00a0',
  '\ufeff',
  '%token%',
  '\u2028',
  'OID=1.2.3\r\n',
  'Notcie=x\r\n',
];

function edited(random: Random, text: string): string {
  const at = random.int(0, text.length);
  const remove = random.chance(0.3) ? random.int(1, 12) : 0;
  const insert = random.chance(0.15) ? '' : random.pick(insertions);
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Parses `text` reusing `previous`; the tree and the diagnostics must be a fresh parse's, and `previous` untouched. */
function reparse(previous: Parsed, text: string, fileName: string): Parsed {
  const before = structuredClone(previous.language === 'inf' ? previous.inf : undefined);
  const next = parse('certutil-inf', text, fileName, previous)!;
  const fresh = parse('certutil-inf', text, fileName)!;
  assert.deepStrictEqual(next, fresh);
  assert.deepStrictEqual(diagnose(next, defaultCheckOptions), diagnose(fresh, defaultCheckOptions));
  if (previous.language === 'inf') assert.deepStrictEqual(previous.inf, before);
  return next;
}

describe('INF parser: re-parsing an edited INF', () => {
  it('cuts the text at section header lines only, never after a line that may continue into it', () => {
    const cases: [string, number[]][] = [
      ['[A]\r\nk=v\r\n[B]\r\n', [10]],
      ['  [A]\n \t[B]\n', [6]],
      ['k=v \\\r\n[B]\r\n[C]', [12]],
      ['k=v \\  \t\r\n[B]\n[C]', [14]],
      ['x[A]\n"[B]"\n;[C]\n\u2028[D]\n', []],
      ['[A] [B]\n[C]\r[D]', [8, 12]],
      ['\ufeff[A]\r\n\ufeff[B]', [6]],
    ];
    for (const [text, starts] of cases) assert.deepStrictEqual(sectionStarts(text), starts, JSON.stringify(text));
  });

  it('takes over the sections a keystroke did not touch', () => {
    const text = capolicy(50);
    const first = parse('certutil-inf', text, 'CAPolicy.inf')!;
    assert.ok(first.language === 'inf');
    const at = text.indexOf('[P25]') + 3;
    const next = reparse(first, text.slice(0, at) + 'x' + text.slice(at), 'CAPolicy.inf');
    assert.ok(next.language === 'inf');
    const p24 = first.inf.sections.findIndex((s) => s.name === 'P24');
    // Before the edit: the same objects; the edited section: parsed anew; after it: moved copies.
    assert.equal(next.inf.sections[p24], first.inf.sections[p24]);
    assert.notEqual(next.inf.sections[p24 + 1], first.inf.sections[p24 + 1]);
    assert.equal(next.inf.sections[p24 + 2].header.start, first.inf.sections[p24 + 2].header.start + 1);
    assert.equal(recalledParts(next.inf)?.bounds.length, recalledParts(first.inf)!.bounds.length);
  });

  it('random edits: every re-parse equals a fresh parse, and so do its diagnostics', () => {
    const root = new Random(fuzzSeed);
    const sources = [...fixtures, { name: 'CAPolicy.inf', text: capolicy(12) }, { name: 'CAPolicy.inf', text: capolicy(8, '\n') }];
    let rounds = 0;
    sources.forEach((source, s) => {
      for (let chain = 0; chain < 3; chain++) {
        const random = root.fork(s * 100 + chain);
        withSeed(`${source.name} chain ${chain}`, random, () => {
          let text = source.text;
          let previous = parse('certutil-inf', text, source.name)!;
          for (let step = 0; step < 20; step++) {
            text = edited(random, text);
            previous = reparse(previous, text, source.name);
            rounds++;
          }
        });
      }
    });
    assert.ok(rounds >= 400, `${rounds} rounds`);
  });

  it('a parse that kept no parts (or another language) is simply not reused', () => {
    const text = capolicy(3);
    const next = parseInf(text, undefined, { text: 'unrelated', inf: { sections: [], orphans: [], comments: [], problems: [], eol: '\n' } });
    assert.deepStrictEqual(next, parseInf(text));
  });
});

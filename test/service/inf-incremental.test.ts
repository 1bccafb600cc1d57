import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInf } from '../../server/src/service/inf/infParser';
import { entriesPending, recalledParts, sectionStarts } from '../../server/src/service/inf/infReuse';
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
  // What the cross-section rules read: the Policies= list, section names that repeat or are CA setup's own.
  ',P3',
  ',Q',
  'Policies=P1,Q\r\n',
  '[Certsrv_Server]\r\n',
  '[P2]\r\n',
  '[Version]\r\n',
  '[PolicyStatementExtension]\r\n',
  'URL=https://x\r\n',
  'OID=1.2.3.4.1455.67.89.5\r\n',
];

/**
 * A CAPolicy.inf whose findings come from single sections and from several: misspelt keys and sections, a section
 * named twice, a policy nothing lists, an unknown section beside [Certsrv_Server], a Policies= name with no section.
 */
const crossSections = [
  '[Version]',
  'Signature="$Windows NT$"',
  '[PolicyStatementExtension]',
  'Policies=P0,P1,P2,Missing',
  '[P0]',
  'OID=1.2.3.4.1455.67.89.5',
  'Notcie="x"',
  '[P1]',
  'OID=1.2.3.1',
  'URL=https://pki.example/cps.html',
  '[P2]',
  'Notice="no OID"',
  '[P2]',
  'Notice="again"',
  '[Unlisted]',
  'OID=1.2.3.9',
  '[Mine]',
  'key',
  '[CRLDistributionPiont]',
  'URL=http://x',
  '[Certsrv_Server]',
  'RenewalKeyLength=4096',
  'CRLPeriod=Year',
  '',
].join('\r\n');

function edited(random: Random, text: string): string {
  const at = random.int(0, text.length);
  const remove = random.chance(0.3) ? random.int(1, 12) : 0;
  const insert = random.chance(0.15) ? '' : random.pick(insertions);
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/**
 * Parses `text` reusing `previous` and checks it: the diagnostics (checked first, while the moved sections' entries
 * are still uncopied, from the findings kept on the previous version) and the tree must be a fresh parse's, and
 * `previous` untouched.
 */
function reparse(previous: Parsed, text: string, fileName: string): Parsed {
  const next = parse('certutil-inf', text, fileName, previous)!;
  const diagnostics = diagnose(next, defaultCheckOptions);
  const fresh = parse('certutil-inf', text, fileName)!;
  // Codes, ranges, messages, parameters, related spans and fix data: every field of every problem.
  assert.deepStrictEqual(diagnostics, diagnose(fresh, defaultCheckOptions));
  const before = structuredClone(previous.language === 'inf' ? previous.inf : undefined);
  assert.deepStrictEqual(next, fresh);
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
    const sources = [
      ...fixtures,
      { name: 'CAPolicy.inf', text: capolicy(12) },
      { name: 'CAPolicy.inf', text: capolicy(8, '\n') },
      { name: 'CAPolicy.inf', text: crossSections },
      { name: 'policy.inf', text: crossSections },
    ];
    let rounds = 0;
    sources.forEach((source, s) => {
      for (let chain = 0; chain < 3; chain++) {
        const random = root.fork(s * 100 + chain);
        withSeed(`${source.name} chain ${chain}`, random, () => {
          let text = source.text;
          let earlier = text;
          let previous = parse('certutil-inf', text, source.name)!;
          for (let step = 0; step < 20; step++) {
            // Now and then the edit is taken back (undo): the sections move back to where they were read.
            const next = random.chance(0.2) ? earlier : edited(random, text);
            earlier = text;
            text = next;
            previous = reparse(previous, text, source.name);
            rounds++;
          }
        });
      }
    });
    assert.ok(rounds >= 500, `${rounds} rounds`);
  });

  it('a keystroke re-checks the section it touched: the others keep their findings, the moved ones uncopied', () => {
    // Every policy section has a finding of its own (a misspelt key), so there is something to keep.
    const text = capolicy(50).replace(/Notice=/g, 'Notcie=');
    const first = parse('certutil-inf', text, 'CAPolicy.inf')!;
    const firstProblems = diagnose(first, defaultCheckOptions);
    assert.equal(firstProblems.filter((p) => p.code === 'capolicy.unknown-key').length, 50);
    const at = text.indexOf('Notcie="Statement 25"') + 'Notcie="Stat'.length;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const next = parse('certutil-inf', edited, 'CAPolicy.inf', first)!;
    const problems = diagnose(next, defaultCheckOptions);
    assert.deepStrictEqual(problems, diagnose(parse('certutil-inf', edited, 'CAPolicy.inf')!, defaultCheckOptions));
    assert.ok(next.language === 'inf');
    const p25 = next.inf.sections.findIndex((s) => s.name === 'P25');
    // The policy sections after the edit were checked without their entries being copied: their findings were
    // moved. (The known sections' entries are read for the names their Policies=/Include= lists give.)
    const after = next.inf.sections.slice(p25 + 1).filter((s) => /^P\d+$/.test(s.name));
    assert.equal(after.length, 24);
    assert.ok(after.every(entriesPending));
    // The findings of the sections before it are the very objects of the previous check.
    const edge = next.inf.sections[p25].header.start;
    const kept = problems.filter((p) => p.code === 'capolicy.unknown-key' && p.start < edge);
    assert.equal(kept.length, 25);
    for (const problem of kept) assert.ok(firstProblems.includes(problem));
  });

  it('an edit of what several sections share re-judges the others: a name dropped from Policies=', () => {
    const text = capolicy(6);
    const first = parse('certutil-inf', text, 'CAPolicy.inf')!;
    assert.deepStrictEqual(
      diagnose(first, defaultCheckOptions).map((p) => p.code),
      [],
    );
    const edited = text.replace('P2,', '');
    const next = parse('certutil-inf', edited, 'CAPolicy.inf', first)!;
    const problems = diagnose(next, defaultCheckOptions);
    const p2 = edited.indexOf('[P2]') + 1;
    assert.deepStrictEqual(
      problems.map((p) => [p.code, p.start, p.end]),
      [['capolicy.unlisted-policy', p2, p2 + 2]],
    );
    assert.deepStrictEqual(problems, diagnose(parse('certutil-inf', edited, 'CAPolicy.inf')!, defaultCheckOptions));
  });

  it('a parse that kept no parts (or another language) is simply not reused', () => {
    const text = capolicy(3);
    const next = parseInf(text, undefined, { text: 'unrelated', inf: { sections: [], orphans: [], comments: [], problems: [], eol: '\n' } });
    assert.deepStrictEqual(next, parseInf(text));
  });
});

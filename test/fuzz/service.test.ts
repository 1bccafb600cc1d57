/**
 * Part 1 of issue 7: the language service on hostile input. Every mutant of every fixture goes through
 * parse, diagnose, symbols, folding, hovers, completions and quick fixes (harness.ts checks the
 * invariants). Seeded: FUZZ_SEED=<n> replays a run, FUZZ_CASES=<n> changes how many random mutants
 * each fixture gets.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { completions, defaultCheckOptions, diagnose, hover, infFixes, parse, symbols, type Parsed } from '../../server/src/service/languageService';
import { looksLikeDump } from '../../common/dumpSniff';
import { exercise, TimeBudget, type ExerciseOptions } from './harness';
import { lineStarts, lineStartsMatching, linesWithBreaks, randomMutation, shuffleBlocks, stackedMutation, SYNTAX_CHARACTERS, type Mutant } from './mutate';
import { fuzzSeed, Random, withSeed } from './random';

const fixtures = path.join(__dirname, '..', 'fixtures');
const read = (kind: string, name: string): string => fs.readFileSync(path.join(fixtures, kind, name), 'utf8');
const dumpNames = fs.readdirSync(path.join(fixtures, 'dump')).filter((f) => f.endsWith('.txt'));
const infNames = fs.readdirSync(path.join(fixtures, 'inf')).filter((f) => f.endsWith('.inf'));
const cases = Number(process.env.FUZZ_CASES ?? 400);

/** The file name infKind sees: the CAPolicy fixture is recognised by its name as well as its sections. */
const infFileName = (name: string): string => (name.startsWith('capolicy') ? 'CAPolicy.inf' : name);

describe(`fuzz: the language service on hostile input (FUZZ_SEED=${fuzzSeed})`, function () {
  this.timeout(120_000);
  const root = new Random(fuzzSeed);
  let budget: TimeBudget;
  let openDumps: Parsed[];
  before(() => {
    budget = new TimeBudget();
    openDumps = dumpNames.map((name) => parse('certutil-dump', read('dump', name))!);
  });

  /**
   * Runs every mutant; a failure names the seed, the case and the mutation. With `chain`, each mutant is an
   * edit of the one before (its parse is the next one's `previous`), as in an editor session.
   */
  function run(label: string, mutants: Iterable<Mutant>, random: Random, options: ExerciseOptions, chain = false): number {
    let count = 0;
    let previous = options.previous;
    for (const mutant of mutants) {
      const caseRandom = random.fork(count++);
      try {
        const result = withSeed(`${label}: case ${count - 1}, ${mutant.what}`, caseRandom, () =>
          exercise(mutant.text, caseRandom, budget, { ...options, previous }),
        );
        if (chain) previous = result.parsed;
      } catch (error) {
        // The mutant itself, for a look in an editor: a failure must be easy to reproduce.
        const saved = path.join(os.tmpdir(), `certutil-fuzz-${fuzzSeed}-${label.replace(/[^\w.-]/g, '_')}-${count - 1}.txt`);
        fs.writeFileSync(saved, mutant.text);
        if (error instanceof Error) error.message += ` (mutant saved to ${saved})`;
        throw error;
      }
    }
    return count;
  }

  describe('dumps', () => {
    dumpNames.forEach((name, f) => {
      const text = read('dump', name);
      const baseline = (): Parsed => parse('certutil-dump', text)!;

      it(`${name}: truncated at every line start and inside every key-provider line`, () => {
        const random = root.fork(100 + f);
        const keyProvLines = lineStartsMatching(
          text,
          /^\s*(CERT_KEY_PROV_INFO_PROP_ID|Key Container|Schl|Unique|Provider|Anbieter|ProviderType|Flags|KeySpec|CRYPT_)/,
        );
        const lines = linesWithBreaks(text);
        const starts = lineStarts(text);
        const mutants: Mutant[] = [];
        for (const at of starts) mutants.push({ what: `truncated at line start ${at}`, text: text.slice(0, at) });
        for (const at of keyProvLines) {
          const line = lines[starts.indexOf(at)];
          // Every character of the key-provider lines: `KeySpec = ` with its value cut off is the interesting cut.
          for (let k = 1; k < line.length; k++) mutants.push({ what: `truncated at ${at + k}`, text: text.slice(0, at + k) });
        }
        for (let k = 0; k < 20; k++) {
          const at = random.int(0, text.length);
          mutants.push({ what: `truncated at ${at}`, text: text.slice(0, at) });
        }
        const count = run(name, mutants, random, { languageId: 'certutil-dump', probes: 2, baseline: baseline(), previous: baseline() });
        assert.ok(count > 50);
      });

      it(`${name}: ${cases} random mutants (flips, deleted and duplicated lines, shuffled blocks, BOM, NUL, CR, indentation)`, () => {
        const random = root.fork(200 + f);
        const mutants = (function* (): Generator<Mutant> {
          for (let k = 0; k < cases; k++) yield k % 3 === 2 ? stackedMutation(random.fork(k).fork(1), text) : randomMutation(random.fork(k).fork(1), text);
          for (let k = 0; k < 10; k++) yield { what: 'property blocks shuffled', text: shuffleBlocks(random.fork(cases + k).fork(1), text) };
        })();
        run(name, mutants, random, { languageId: 'certutil-dump', baseline: baseline(), previous: baseline() }, true);
      });
    });

    it('a dump whose key-provider blocks are cut one line shorter each time', () => {
      const random = root.fork(300);
      const text = read('dump', 'renewed-ca.txt');
      const lines = linesWithBreaks(text);
      const mutants: Mutant[] = [];
      lines.forEach((line, i) => {
        if (!/^\s*(Key Container|Provider|ProviderType|Flags|KeySpec|Unique container name)/.test(line)) return;
        mutants.push({ what: `line ${i} deleted`, text: [...lines.slice(0, i), ...lines.slice(i + 1)].join('') });
        mutants.push({ what: `line ${i} blanked`, text: [...lines.slice(0, i), '\r\n', ...lines.slice(i + 1)].join('') });
        mutants.push({ what: `value of line ${i} removed`, text: [...lines.slice(0, i), line.replace(/=.*/, '='), ...lines.slice(i + 1)].join('') });
      });
      run('renewed-ca.txt', mutants, random, { languageId: 'certutil-dump', previous: parse('certutil-dump', text)! });
    });

    const big: { what: string; text: () => string }[] = [
      { what: 'a 1 MB single line of noise', text: () => noise(new Random(fuzzSeed ^ 1), 1_000_000) },
      {
        what: 'a 1 MB key container name',
        text: () => read('dump', 'seed-flattened.txt').replace('Key Container = Contoso CA', `Key Container = ${'Contoso CA '.repeat(100_000)}`),
      },
      { what: 'a 1 MB line of = and :', text: () => `CERT_KEY_PROV_INFO_PROP_ID(2):\n${'=: '.repeat(350_000)}\nKeySpec = 2` },
      {
        what: '100,000 empty certificate frames',
        text: () => Array.from({ length: 100_000 }, (_, i) => `================ Certificate ${i} ================\r\n`).join(''),
      },
      {
        what: '100,000 frames with a bare key-provider header',
        text: () =>
          Array.from({ length: 100_000 }, (_, i) => `================ Certificate ${i} ================\r\nCERT_KEY_PROV_INFO_PROP_ID(2):\r\n`).join(''),
      },
      {
        what: '50,000 key-provider headers in one certificate',
        text: () => `X509 Certificate:\n${'  CERT_KEY_PROV_INFO_PROP_ID(2):\n    Provider = Microsoft Software Key Storage Provider\n'.repeat(50_000)}`,
      },
      { what: 'every line indented by 5,000 spaces', text: () => indent(read('dump', 'renewed-ca.txt'), ' '.repeat(5_000)) },
      {
        what: '200,000 blank lines after a header',
        text: () => `================ Certificate 0 ================\nCERT_KEY_PROV_INFO_PROP_ID(2):\n${'\n'.repeat(200_000)}KeySpec = 2\n`,
      },
      { what: 'the renewed-ca dump 300 times', text: () => read('dump', 'renewed-ca.txt').repeat(300) },
      { what: '100,000 Subject lines of RDNs', text: () => `Serial Number: 01\nSubject:\n${'CN=x\n'.repeat(100_000)}` },
      // Issue 13: an unanchored /=(.*)$/ retried from every `=` before a line separator.
      ...['\u2028', '\u2029', '\u0085'].map((separator) => ({
        what: `a 1 MB Basic Constraints line of = and U+${separator.charCodeAt(0).toString(16).padStart(4, '0')}`,
        text: () => `X509 Certificate:\nSerial Number: 01\n2.5.29.19: Flags = 1(Critical), Length = 5\n    ${'='.repeat(1_000_000)}${separator}\n`,
      })),
    ];
    for (const { what, text } of big) {
      it(`survives ${what}`, () => {
        const random = root.fork(400 + big.findIndex((b) => b.what === what));
        run('big dump', [{ what, text: text() }], random, { languageId: 'certutil-dump', probes: 3 });
      });
    }
  });

  describe('INF files', () => {
    infNames.forEach((name, f) => {
      const text = read('inf', name);

      it(`${name}: truncated at every line start and at random points`, () => {
        const random = root.fork(500 + f);
        const mutants: Mutant[] = lineStarts(text).map((at) => ({ what: `truncated at line start ${at}`, text: text.slice(0, at) }));
        for (let k = 0; k < 40; k++) {
          const at = random.int(0, text.length);
          mutants.push({ what: `truncated at ${at}`, text: text.slice(0, at) });
        }
        run(name, mutants, random, { languageId: 'certutil-inf', fileName: infFileName(name), probes: 4, dumps: openDumps });
      });

      it(`${name}: ${cases} random mutants`, () => {
        const random = root.fork(600 + f);
        const mutants = (function* (): Generator<Mutant> {
          for (let k = 0; k < cases; k++) yield k % 3 === 2 ? stackedMutation(random.fork(k).fork(1), text) : randomMutation(random.fork(k).fork(1), text);
          for (let k = 0; k < 10; k++) yield { what: 'sections shuffled', text: shuffleBlocks(random.fork(cases + k).fork(1), text) };
        })();
        run(
          name,
          mutants,
          random,
          { languageId: 'certutil-inf', fileName: infFileName(name), dumps: openDumps, previous: parse('certutil-inf', text, infFileName(name))! },
          true,
        );
      });
    });

    const keyProv = (): string => read('inf', 'keyprov-broken.inf');
    const big: { what: string; text: () => string }[] = [
      { what: 'a 1 MB single line of noise', text: () => noise(new Random(fuzzSeed ^ 2), 1_000_000) },
      {
        what: 'a 1 MB container value',
        text: () =>
          `[Version]\nSignature="$Windows NT$"\n[Properties]\n2 = "{text}"\n_continue_ = "Container=${'a&b'.repeat(330_000)}&"\n_continue_ = "KeySpec=2"\n`,
      },
      { what: 'a 1 MB unterminated quote', text: () => `[Properties]\n2 = "{text}${'Container=x&'.repeat(85_000)}` },
      { what: 'a 1 MB line of % signs', text: () => `[NewRequest]\nSubject = ${'%a'.repeat(500_000)}` },
      { what: 'a 1 MB line of ; and "', text: () => `[Properties]\n2 = ${'";'.repeat(500_000)}` },
      { what: '100,000 empty sections', text: () => Array.from({ length: 100_000 }, (_, i) => `[Section${i}]\r\n`).join('') },
      { what: '100,000 [Properties] sections', text: () => '[Properties]\r\n2 = "{text}KeySpec=2"\r\n'.repeat(100_000) },
      {
        what: 'a chain of 20,000 _continue_ lines',
        text: () =>
          `[Properties]\n2 = "{text}"\n${'_continue_ = "Provider=Microsoft Software Key Storage Provider"\n'.repeat(20_000)}_continue_ = "KeySpec=2"\n`,
      },
      { what: 'every line continued with a backslash', text: () => keyProv().repeat(2_000).replace(/\r?\n/g, '\\\n') },
      { what: 'every line indented by 5,000 tabs', text: () => indent(keyProv(), '\t'.repeat(5_000)) },
      // Issue 13: same-named sections and Policies= names were copied on every add.
      { what: '[Certsrv_Server] and 250,000 [a] sections', text: () => `[Certsrv_Server]\n${'[a]\n'.repeat(250_000)}` },
      {
        what: 'Policies=a,a,a,... 1 MB long',
        text: () => `[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=${'a,'.repeat(500_000)}\n[a]\nOID=1.2.3\n`,
      },
      {
        what: '100,000 entries in [NewRequest]',
        text: () => `[NewRequest]\n${'KeySpec = 2\nProviderName = "Microsoft Software Key Storage Provider"\n'.repeat(50_000)}`,
      },
    ];
    for (const { what, text } of big) {
      it(`survives ${what}`, () => {
        const random = root.fork(700 + big.findIndex((b) => b.what === what));
        run('big INF', [{ what, text: text() }], random, { languageId: 'certutil-inf', probes: 3, dumps: openDumps });
      });
    }
  });
});

/**
 * Superlinear growth, measured directly: the same shape at n and 8n repeats. Linear work grows about 8
 * times; a quadratic scan grows 64 times. The bound of 24 leaves room for GC and a noisy machine.
 */
describe('fuzz: work grows linearly with the input', function () {
  this.timeout(60_000);
  const shapes: { what: string; languageId: 'certutil-dump' | 'certutil-inf'; unit: string; prefix?: string; template?: string; repeats?: number }[] = [
    {
      what: '_continue_ fragments each missing their &',
      languageId: 'certutil-inf',
      prefix: '[Properties]\n2 = "{text}"\n',
      unit: '_continue_ = "Provider=Microsoft Software Key Storage Provider"\n',
    },
    { what: 'pairs in one key provider string', languageId: 'certutil-inf', prefix: '[Properties]\n2 = "{text}', unit: 'KeySpec=2&' },
    { what: 'misspelt sections', languageId: 'certutil-inf', unit: '[Propertes]\n2 = "{text}Container=x&Provider=y&KeySpec=2"\n' },
    {
      what: 'certreq entries',
      languageId: 'certutil-inf',
      prefix: '[NewRequest]\n',
      unit: 'KeySpec = 2\nProviderName = "Microsoft Software Key Storage Provider"\nKeyLenght = 1024\n',
    },
    {
      what: 'certificate frames with broken KSP keys',
      languageId: 'certutil-dump',
      unit: '================ Certificate 1 ================\nSerial Number: 0a\nCERT_KEY_PROV_INFO_PROP_ID(2):\n  Key Container = c\n  Provider = Microsoft Software Key Storage Provider\n  ProviderType = 0\n  Flags = 20 (32)\n  KeySpec = 2\n\n',
    },
    {
      // Each certificate's searches for the next `:`, `=` or `sha1` stay in its own lines: one that ran on through the
      // rest of the dump for a character its certificate lacks made such a dump quadratic.
      what: 'certificate frames whose lines hold no colon and no sha1',
      languageId: 'certutil-dump',
      unit: '================ Certificate 1 ================\nX509 Certificate\nVersion 3\n    0000  30 82 01 0a\n\n',
      // A native search runs through a few MB in a millisecond: only many certificates show the square.
      repeats: 8_000,
    },
    {
      what: 'key-provider headers in one certificate',
      languageId: 'certutil-dump',
      prefix: 'X509 Certificate:\n',
      unit: 'CERT_KEY_PROV_INFO_PROP_ID(2):\n  Provider = Microsoft Software Key Storage Provider\n',
    },
  ];
  const best = (body: () => unknown): number => {
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      body();
      fastest = Math.min(fastest, performance.now() - t0);
    }
    return fastest;
  };
  const cost = (languageId: 'certutil-dump' | 'certutil-inf', text: string): number => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      const parsed = parse(languageId, text)!;
      const problems = diagnose(parsed, defaultCheckOptions);
      symbols(parsed);
      hover(parsed, text.length >> 1);
      completions(parsed, text.length >> 1);
      for (const problem of problems.slice(0, 50)) infFixes(parsed, problem, []);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  // A run of white space at every place a line can hold one (`·` marks them): a lazy `(.*?)\s*$` or a
  // `/\s+$/` on such a line is quadratic, and a 1 MB run would wedge the server for hours.
  const dumpWithRuns =
    '·my·"Personal"·\n================ Certificate 0 ================\nSerial·Number:·0a·b·\nSubject:·CN=a·b·\n·CERT_KEY_PROV_INFO_PROP_ID(2):·\n' +
    '·Key·Container·=·a·b·\n·Unique container name:·x·y·\n·Provider·=·Microsoft Software Key Storage Provider·x·\n·ProviderType·=·0·\n·Flags·=·20·(32)·\n·KeySpec·=·2·--·AT_SIGNATURE·\n·x·\n';
  const infWithRuns =
    '·[Properties]·\n·2·=·"{text}·"·;·c·\n·_continue_·=·"Container=a·b&"·//·x·\n·_continue_·=·"Provider=p·KeySpec=2"·#·x·\n·[NewRequest]·\n·KeySpec·=·2·x·\n·x·\n';
  // The line separators: `.` stops at U+2028/U+2029 and `$` does not match there; U+0085 is neither `\s` nor a break.
  for (const [space, name] of [
    [' ', 'spaces'],
    ['\t', 'tabs'],
    ['\u00a0', 'NBSPs'],
    ['\u3000', 'ideographic spaces'],
    ['\u2028', 'U+2028'],
    ['\u2029', 'U+2029'],
    ['\u0085', 'U+0085'],
    ['=\u2028', '= and U+2028'],
  ] as const) {
    shapes.push({ what: `runs of ${name} inside every dump line`, languageId: 'certutil-dump', unit: space, template: dumpWithRuns });
    shapes.push({ what: `runs of ${name} inside every INF line`, languageId: 'certutil-inf', unit: space, template: infWithRuns });
  }
  const build = (shape: (typeof shapes)[number], n: number): string =>
    shape.template ? shape.template.split('·').join(shape.unit.repeat(n)) : (shape.prefix ?? '') + shape.unit.repeat(n);
  it('recognising a dump (the client asks on every plain-text file) is linear on a long first line of spaces', () => {
    for (const space of [' ', '\t', '\u00a0']) {
      const a = best(() => looksLikeDump(`my${space.repeat(4_000)}x\nCertUtil: -store command completed successfully.`));
      const b = best(() => looksLikeDump(`my${space.repeat(32_000)}x\nCertUtil: -store command completed successfully.`));
      assert.ok(b <= 24 * Math.max(a, 5), `4,000 took ${a.toFixed(1)} ms, 32,000 took ${b.toFixed(1)} ms`);
    }
    assert.equal(looksLikeDump('my "Personal"\r\nCertUtil: -store command completed successfully.'), true);
    assert.equal(looksLikeDump('my\u00a0\nCertUtil: -store command completed successfully.'), true);
  });
  for (const shape of shapes) {
    it(`${shape.what}: 8 times the input costs less than 24 times the time`, () => {
      const small = shape.repeats ?? (shape.template ? 1_000 : 2_000);
      const a = cost(shape.languageId, build(shape, small));
      const b = cost(shape.languageId, build(shape, small * 8));
      // Below some 20 ms the ratio is noise (JIT, GC; a 4 ms small run made a linear 8x look like 27x in CI):
      // compare against a floor. Quadratic work would still cost 64 times the time.
      assert.ok(b <= 24 * Math.max(a, 20), `${small} repeats took ${a.toFixed(1)} ms, ${small * 8} took ${b.toFixed(1)} ms`);
    });
  }
});

/** Text that looks a bit like both languages, with every awkward character mixed in. */
function noise(random: Random, length: number): string {
  const pieces = [
    ...SYNTAX_CHARACTERS,
    ' ',
    'KeySpec',
    'Provider',
    '{text}',
    '_continue_',
    '\u0000',
    '\ufeff',
    '\ud83d\ude00',
    '\ud800',
    'CERT_KEY_PROV_INFO_PROP_ID(2):',
    '2',
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = random.chance(0.2) ? random.codeUnit().replace(/[\r\n]/, 'x') : random.pick(pieces);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}

function indent(text: string, by: string): string {
  return linesWithBreaks(text)
    .map((line) => by + line)
    .join('');
}

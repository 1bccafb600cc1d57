/**
 * Issue 13 part 1: linear time, proven at 1 MB. Every shape that once stalled the server, and the worst case
 * of every regular expression the parsers and checks run on user text (long runs of each character class
 * they touch, with and without the line separators U+2028, U+2029 and U+0085, which `.` and `$` treat
 * differently from `\s`), goes through every feature of the service (a dump also through the command line's
 * one-look parse). The budget is 10 times the line-split baseline of the same run: the same features on 1 MB
 * of ordinary lines of the same language.
 * A quadratic pattern on a 1 MB line costs minutes, so the factor catches it with room for a noisy machine.
 */

import * as assert from 'node:assert/strict';
import { completions, defaultCheckOptions, diagnose, folding, hover, infFixes, parse, repairLenses, symbols } from '../../server/src/service/languageService';
import { fixtureText as fixture } from '../fixtureText';

type Language = 'certutil-dump' | 'certutil-inf';
const SIZE = 1_000_000;
const FACTOR = 10;

const toSize = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

/** Every feature the server runs on a document version, as an editor asks for them. */
function features(languageId: Language, text: string): void {
  const parsed = parse(languageId, text, languageId === 'certutil-inf' ? 'CAPolicy.inf' : 'machine.txt')!;
  const problems = diagnose(parsed, { ...defaultCheckOptions, maxProblems: Number.MAX_SAFE_INTEGER });
  for (const problem of problems) assert.notEqual(problem.code, 'internal.error', `a check threw on ${text.slice(0, 60)}`);
  symbols(parsed);
  folding(parsed);
  repairLenses(parsed);
  for (const at of [0, text.length >> 1, text.length]) {
    hover(parsed, at);
    completions(parsed, at);
  }
  for (const problem of problems.slice(0, 20)) infFixes(parsed, problem, []);
  // The command line's one-look parse (issue 16): its line table, its facts read with the lines, its one search.
  if (languageId === 'certutil-dump') {
    const once = parse(languageId, text, 'machine.txt', undefined, undefined, { oneShot: true })!;
    for (const problem of diagnose(once, { ...defaultCheckOptions, maxProblems: Number.MAX_SAFE_INTEGER }))
      assert.notEqual(problem.code, 'internal.error', `a check threw on the one-look parse of ${text.slice(0, 60)}`);
  }
}

/** The fastest of `runs` runs: the first may pay for JIT and GC. */
function cost(languageId: Language, text: string, runs = 1): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    features(languageId, text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const SEPARATORS = [
  ['', 'no separator'],
  ['\u2028', 'U+2028'],
  ['\u2029', 'U+2029'],
  ['\u0085', 'U+0085'],
] as const;

/** Each character class a pattern of the parsers or checks touches, as one character of it. */
const CLASSES = ['=', ':', ' ', '\u00a0', '\ufeff', '\ufffd', '"', '%', ',', ';', '&', '[', '<', '#', '/', '\\', '.', 'a', '0', 'CN=', '= ', '%a'];

/** A line of every kind each parser reads, with `·` where a run goes (labels, values, separators). */
const DUMP_TEMPLATE =
  '·my·"·Personal·"·\n================ Certificate 0 ================\nSerial Number: ·0a·\nSubject: ·CN=·a,·O=·b·\nIssuer:\n    CN=·x·\n' +
  '2.5.29.19: Flags = 1(Critical), Length = 5\n    Subject Type=·CA·\n  CERT_KEY_PROV_INFO_PROP_ID(2):·\n    Key Container = ·c·\n    Unique container name: ·u·\n' +
  '    Provider = ·Microsoft Software Key Storage Provider·\n    ProviderType = ·0·\n    Flags = ·20 (32)·\n    KeySpec = ·2·\n·\n  CERT_SHA1_HASH_PROP_ID(3):·\n·\n';
const INF_TEMPLATE =
  '[Version]\nSignature=·"$Windows NT$"·\n[Properties]·\n2 = ·"{text}·"·;·c\n_continue_ = ·"Container=·a&"·//·x\n_continue_ = "Provider=·p&KeySpec=·2"·#·x\n' +
  '[NewRequest]\nSubject = ·"CN=·x"·\nKeySpec = ·2·\nProviderName = ·"·Microsoft·"\n[PolicyStatementExtension]\nPolicies = ·a·,·b·\n[a]\nOID = ·1.2·\nURL = ·http://x·\nNotice = ·%a%·\n';

function spread(template: string, run: string): string {
  const slots = template.split('·').length - 1;
  return template.split('·').join(run.repeat(Math.max(1, Math.floor(SIZE / slots / run.length))));
}

const bc = (separator: string): string =>
  `X509 Certificate:\nSerial Number: 01\n2.5.29.19: Flags = 1(Critical), Length = 5\n    ${'='.repeat(SIZE)}${separator}\n`;

/** The shapes of issue 13, each at 1 MB. */
const shapes: { what: string; languageId: Language; text: () => string }[] = [
  ...SEPARATORS.map(([separator, name]) => ({
    what: `a Basic Constraints line of = followed by ${name}`,
    languageId: 'certutil-dump' as const,
    text: () => bc(separator),
  })),
  { what: '[Certsrv_Server] followed by [a] sections', languageId: 'certutil-inf', text: () => `[Certsrv_Server]\n${toSize('[a]\n')}` },
  {
    what: 'Policies=a,a,a,...',
    languageId: 'certutil-inf',
    text: () => `[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=${toSize('a,')}\n[a]\nOID=1.2.3\n`,
  },
  { what: 'Include=a,a,a,... in [NameConstraintsExtension]', languageId: 'certutil-inf', text: () => `[NameConstraintsExtension]\nInclude=${toSize('a,')}\n` },
];
for (const [separator, name] of SEPARATORS) {
  for (const unit of CLASSES) {
    const run = unit + separator;
    const shown = `${JSON.stringify(unit)}${separator ? ` and ${name}` : ''}`;
    shapes.push({ what: `runs of ${shown} in every dump line`, languageId: 'certutil-dump', text: () => spread(DUMP_TEMPLATE, run) });
    shapes.push({ what: `runs of ${shown} in every INF line`, languageId: 'certutil-inf', text: () => spread(INF_TEMPLATE, run) });
    shapes.push({ what: `one 1 MB dump line of ${shown}`, languageId: 'certutil-dump', text: () => `X509 Certificate:\n    ${toSize(run)}\n` });
    // U+2029 acts as U+2028 does for `.` and `$`; the INF parser's values are the slowest to check, so once.
    if (separator !== '\u2029')
      shapes.push({ what: `one 1 MB INF value of ${shown}`, languageId: 'certutil-inf', text: () => `[NewRequest]\nSubject = ${toSize(run)}\n` });
  }
}

describe('fuzz: every parser and check is linear (1 MB of each hostile shape, 10x the line-split baseline)', function () {
  this.timeout(600_000);
  const baseline = new Map<Language, number>();
  before(() => {
    // Warm the JIT on both languages first, so the baseline is not the first run of the parsers.
    features('certutil-dump', fixture('dump', 'renewed-ca.txt'));
    features('certutil-inf', fixture('inf', 'capolicy-issuing.inf'));
    // The line-split baseline: the same features on ordinary lines, 1 MB of them, measured in this run.
    baseline.set('certutil-dump', cost('certutil-dump', toSize(fixture('dump', 'renewed-ca.txt')), 3));
    baseline.set('certutil-inf', cost('certutil-inf', toSize(fixture('inf', 'capolicy-issuing.inf') + fixture('inf', 'keyprov-broken.inf')), 3));
  });

  after(() =>
    console.log(`      line-split baseline: dump ${baseline.get('certutil-dump')!.toFixed(0)} ms, INF ${baseline.get('certutil-inf')!.toFixed(0)} ms per 1 MB`),
  );

  for (const shape of shapes) {
    it(shape.what, () => {
      const text = shape.text();
      assert.ok(text.length >= SIZE * 0.9, `the shape is only ${text.length} characters`);
      // More runs (three at most) only while the best is over: a slow run may be the JIT, a major garbage
      // collection of what earlier tests left, or a busy machine; a shape that is not linear is over every time.
      const budget = FACTOR * baseline.get(shape.languageId)!;
      let took = cost(shape.languageId, text);
      for (let run = 1; run < 3 && took > budget; run++) took = Math.min(took, cost(shape.languageId, text));
      assert.ok(
        took <= budget,
        `${took.toFixed(0)} ms on ${text.length} characters; the budget is ${budget.toFixed(0)} ms (10 x ${baseline.get(shape.languageId)!.toFixed(0)} ms)`,
      );
    });
  }
});

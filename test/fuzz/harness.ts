/**
 * Runs one document through every feature of the language service, the way the server would for an
 * editor, and checks what must hold for any input: nothing throws, every span lies inside the text, the
 * time stays within a budget linear in the input's size, and KeySpec verdicts are backed by the text.
 */

import * as assert from 'node:assert/strict';
import {
  compare,
  completions,
  defaultCheckOptions,
  diagnose,
  folding,
  hover,
  infFixes,
  parse,
  repairCandidates,
  repairLenses,
  symbols,
  type CheckOptions,
  type HoverResult,
  type Parsed,
} from '../../server/src/service/languageService';
import { keySpecVerdict } from '../../server/src/service/dump/checks/keySpecCheck';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import type { OutlineSymbol } from '../../server/src/service/outlineTypes';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import { writeRepairInf } from '../../server/src/service/repair/repairInf';
import type { Problem, Span } from '../../server/src/service/types';
import { lineOf, textLines, unbackedDumpVerdict, unbackedInfVerdict, visiblyTruncated } from './oracle';
import type { Random } from './random';
import { infRoundTripProblem } from './roundTrip';

/** Every problem, uncut: the oracle must see the verdicts the limit would hide. */
const unlimited: CheckOptions = { ...defaultCheckOptions, maxProblems: Number.MAX_SAFE_INTEGER };

/**
 * The time budget for one feature call on `length` characters: a fixed floor for small inputs (GC pauses,
 * a loaded CI machine) plus a per-character allowance measured against splitting the same amount of text
 * into lines. The factor is deliberately large: it is there to catch superlinear blowups (a quadratic
 * scan of a 1 MB line takes minutes), not to benchmark.
 */
export class TimeBudget {
  static readonly floorMs = 400;
  static readonly factor = 2000;
  readonly nsPerChar: number;

  constructor() {
    const sample = calibrationText();
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = process.hrtime.bigint();
      const lines = sample.split(/\r\n|\n|\r/);
      let sum = 0;
      for (const line of lines) sum += line.trim().length;
      const elapsed = Number(process.hrtime.bigint() - t0);
      if (sum < 0) throw new Error('unreachable');
      best = Math.min(best, elapsed);
    }
    // A floor on the measure itself: a very fast split must not make the budget unfairly tight.
    this.nsPerChar = Math.max(best / sample.length, 0.5);
  }

  ms(length: number): number {
    return TimeBudget.floorMs + (TimeBudget.factor * this.nsPerChar * length) / 1e6;
  }

  /** Runs `body` and fails when it took longer than the budget for `length` characters. */
  check<T>(what: string, length: number, body: () => T): T {
    const t0 = performance.now();
    const result = body();
    const elapsed = performance.now() - t0;
    const budget = this.ms(length);
    assert.ok(elapsed <= budget, `${what} took ${elapsed.toFixed(0)} ms on ${length} characters; the budget is ${budget.toFixed(0)} ms`);
    return result;
  }
}

function calibrationText(): string {
  const line = '    Key Container = 0123456789abcdef 0123456789abcdef\r\n';
  return line.repeat(Math.ceil(1_000_000 / line.length));
}

/** What a run found, for the tests' own counts. */
export interface Exercise {
  parsed: Parsed;
  problems: Problem[];
}

export interface ExerciseOptions {
  languageId: 'certutil-dump' | 'certutil-inf';
  fileName?: string;
  /** Hovers and completions at this many random offsets (plus both ends). */
  probes?: number;
  /** Open dumps the INF quick fixes may fill placeholders from. */
  dumps?: readonly Parsed[];
  /** An earlier version of this dump to compare with. */
  baseline?: Parsed;
  /** An earlier version of this document, for the parse after an edit. */
  previous?: Parsed;
}

/** Every feature on `text`, with every invariant checked. */
export function exercise(text: string, random: Random, budget: TimeBudget, options: ExerciseOptions): Exercise {
  const n = text.length;
  const parsed = budget.check('parse', n, () => parse(options.languageId, text, options.fileName));
  assert.ok(parsed, 'parse returned nothing for a known language');
  if (options.previous) {
    // An edit re-parses only what it touched: the result must be the parse from scratch, whatever the edit was.
    const previous = options.previous;
    const incremental = budget.check('parse after an edit', n + previous.text.length, () => parse(options.languageId, text, options.fileName, previous));
    assert.deepEqual(incremental, parsed, 'the parse after an edit differs from the parse from scratch');
  }

  const problems = budget.check('diagnose', n, () => diagnose(parsed, defaultCheckOptions));
  assert.ok(problems.length <= defaultCheckOptions.maxProblems + 1, `${problems.length} problems passed the limit`);
  const all = budget.check('diagnose (no limit)', n, () => diagnose(parsed, unlimited));
  for (const p of all) checkProblem(p, n);

  const outline = budget.check('symbols', n, () => symbols(parsed));
  const walk = (s: OutlineSymbol, depth: number): void => {
    assert.ok(depth < 10, 'outline nests deeper than any document can');
    checkSpan(s, n, `symbol ${JSON.stringify(s.name.slice(0, 40))}`);
    checkSpan(s.selection, n, 'symbol selection');
    assert.equal(typeof s.name, 'string');
    s.children.forEach((c) => walk(c, depth + 1));
  };
  outline.forEach((s) => walk(s, 0));
  for (const span of budget.check('folding', n, () => folding(parsed))) checkSpan(span, n, 'folding range');

  const probes = options.probes ?? 8;
  const offsets = [0, n, ...Array.from({ length: probes }, () => random.int(0, n))];
  for (const offset of offsets) {
    const result = budget.check(`hover at ${offset}`, n, (): HoverResult | undefined => hover(parsed, offset));
    if (result) {
      checkSpan(result.span, n, `hover at ${offset}`);
      assert.equal(typeof result.contents, 'string');
    }
    for (const item of budget.check(`completion at ${offset}`, n, () => completions(parsed, offset))) {
      assert.ok(typeof item.label === 'string' && item.label !== '', 'completion without a label');
      if (item.replace) checkSpan(item.replace, n, `completion ${item.label} at ${offset}`);
    }
  }

  if (parsed.language === 'inf') {
    for (const problem of problems) {
      const fixes = budget.check(`quick fixes for ${problem.code}`, n, () => infFixes(parsed, problem, options.dumps ?? []));
      for (const fix of fixes) {
        assert.ok(fix.title !== '', `a fix for ${problem.code} without a title`);
        for (const edit of fix.edits) checkSpan(edit, n, `edit of "${fix.title}"`);
        const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].end <= sorted[i].start, `overlapping edits in "${fix.title}"`);
      }
    }
    checkInfVerdicts(text, all);
  } else {
    exerciseDumpActions(parsed, n, budget, options.baseline);
    checkDumpVerdicts(parsed, text, all);
  }
  return { parsed, problems };
}

/** The dump side of quick fixes: repair targets, lenses, the INF and script writers, the comparison. */
function exerciseDumpActions(parsed: Parsed, n: number, budget: TimeBudget, baseline: Parsed | undefined): void {
  const candidates = budget.check('repairCandidates', n, () => repairCandidates(parsed));
  for (const lens of budget.check('repairLenses', n, () => repairLenses(parsed))) checkSpan(lens, n, 'code lens');
  for (const { target, offset } of candidates.slice(0, 50)) {
    assert.ok(offset >= 0 && offset <= n, `candidate offset ${offset} outside the text`);
    const inf = writeRepairInf(target);
    if (!inf.ok) assert.ok(inf.reason.length > 0, 'a refusal without a reason');
    // The value certutil would read from the INF is the value the dump shows.
    else assert.equal(infRoundTripProblem(inf.text, target), undefined);
  }
  if (candidates.length > 0) {
    const files = budget.check('repairFiles', n, () =>
      repairFiles(
        { targets: candidates.slice(0, 50).map((c) => c.target), folder: 'file:///ws', scripts: true },
        { inWorkspace: () => true, isTaken: () => false },
      ),
    );
    if (!files.ok) assert.ok(files.reason.length > 0, 'a refusal without a reason');
  }
  if (baseline) {
    const result = budget.check('compare', n + baseline.text.length, () => compare(baseline, parsed, 'before.txt', 'after.txt'));
    assert.ok(result, 'two dumps always compare');
    const problems = budget.check('diagnose with a baseline', n, () => diagnose(parsed, unlimited, result.baseline));
    for (const p of problems) checkProblem(p, n);
  }
}

/**
 * The key property: a `keyspec.ksp-nonzero` only where the text backs it, and `keyprov.incomplete` on every
 * block that visibly stops before KeySpec. The service's own verdict function must agree with its problems.
 */
function checkDumpVerdicts(parsed: Parsed, text: string, problems: Problem[]): void {
  if (parsed.language !== 'dump') return;
  const t = textLines(text);
  for (const p of problems) {
    if (p.code !== 'keyspec.ksp-nonzero') continue;
    const why = unbackedDumpVerdict(t, lineOf(t, p.start));
    assert.equal(why, undefined, `keyspec.ksp-nonzero at ${p.start} without backing: ${why}`);
  }
  const incompleteAt = new Set(problems.filter((p) => p.code === 'keyprov.incomplete').map((p) => p.start));
  const brokenLines = new Set(problems.filter((p) => p.code === 'keyspec.ksp-nonzero').map((p) => p.start));
  for (const certificate of parsed.dump.certificates) {
    const keyProv = certificate.keyProv;
    if (!keyProv) continue;
    const verdict = keySpecVerdict(keyProv);
    const header = lineOf(t, keyProv.header.start);
    if (visiblyTruncated(t, header)) assert.equal(verdict, 'incomplete', `the block at line ${header} visibly stops before KeySpec but is judged ${verdict}`);
    if (verdict === 'incomplete') assert.ok(incompleteAt.has(keyProv.header.start), `the incomplete block at line ${header} has no keyprov.incomplete`);
    else assert.ok(!incompleteAt.has(keyProv.header.start), `the block at line ${header} is judged ${verdict} and incomplete at once`);
    if (verdict === 'broken')
      assert.ok(keyProv.keySpec && brokenLines.has(keyProv.keySpec.line.start), `the broken block at line ${header} has no keyspec.ksp-nonzero`);
  }
  // The KeySpec-only mode (a huge dump) judges exactly as the full checks do.
  const keySpecOnly = checkDump(parsed.dump, { ...unlimited, keySpecOnly: true }).filter(
    (p) => p.code.startsWith('keyspec.') || p.code === 'keyprov.incomplete',
  );
  const full = problems.filter((p) => p.code.startsWith('keyspec.') || p.code === 'keyprov.incomplete');
  assert.deepEqual(
    keySpecOnly.map((p) => `${p.code}@${p.start}`),
    full.map((p) => `${p.code}@${p.start}`),
  );
}

function checkInfVerdicts(text: string, problems: Problem[]): void {
  for (const p of problems) {
    if (p.code !== 'keyspec.ksp-nonzero') continue;
    const why = unbackedInfVerdict(text, p.start, p.end);
    assert.equal(why, undefined, `keyspec.ksp-nonzero at ${p.start} without backing: ${why}`);
  }
}

function checkProblem(p: Problem, n: number): void {
  checkSpan(p, n, `problem ${p.code}`);
  // A parser or check that threw: the fuzz suite exists to find these.
  assert.notEqual(p.code, 'internal.error', `a parser or check threw: ${p.message}`);
  assert.ok(typeof p.message === 'string' && p.message !== '', `${p.code} without a message`);
  for (const r of p.related ?? []) checkSpan(r, n, `related information of ${p.code}`);
}

export function checkSpan(span: Span, n: number, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= n,
    `${what}: span [${span.start}, ${span.end}) is not inside [0, ${n}]`,
  );
}

/**
 * Issue 13 part 3: a keystroke in a 1 MB INF re-parses the section it touched and re-checks that section, taking the
 * other sections' findings over from the previous check (server/src/service/inf/infReuse.ts SectionMemo); only the
 * rules that read several sections run over the file, from small per-section facts. Every budget is a ratio to a
 * floor measured in the same run on the same text, so a loaded machine moves both: the whole keystroke against the
 * text's lines split and each tested against one regular expression; its re-parse against a full parse. That the
 * reuse gives the same result as a fresh parse and check is test/service/inf-incremental.test.ts's property test;
 * that the check takes the untouched sections' findings over (and leaves the moved sections' entries uncopied) is
 * its deterministic test, and the check's share of a full check is printed here and measured by bench/inf.ts.
 */

import * as assert from 'node:assert/strict';
import { defaultCheckOptions, diagnose, parse, type Parsed } from '../../server/src/service/languageService';
import { capolicy } from '../service/capolicyText';

describe('INF: a keystroke in a 1 MB CAPolicy.inf', function () {
  this.timeout(120_000);
  // Policies of about 225 characters each, as in the bench's 1 MB CAPolicy.inf (bench/generate.ts).
  const notice = 'issued under this policy follow the certification practice statement; see the URL below for the full text';
  const text = capolicy(4400)
    .replace(/Notice="Statement (\d+)"/g, `Notice="Statement $1: certificates ${notice}"`)
    .slice(0, 1_000_000);
  // Typed at the start of a header line: a `;` there turns the section into comment lines of the one above.
  const middle = text.indexOf('\r\n[', text.length >> 1) + 2;

  /** The floor: the same text split into lines, each line tested against one regular expression. */
  const floor = (): number => {
    const t0 = performance.now();
    let n = 0;
    for (const line of text.split(/\r\n|\r|\n/)) if (/^\s*\[/.test(line)) n++;
    assert.ok(n > 0);
    return performance.now() - t0;
  };
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
  const fastest = (runs: number, body: () => number): number => Math.min(...Array.from({ length: runs }, () => body()));

  it('re-parses and re-checks in a small multiple of reading its lines once, its re-parse far below a full parse', () => {
    const full = (): { parseMs: number; checkMs: number } => {
      const t0 = performance.now();
      const parsed = parse('certutil-inf', text, 'CAPolicy.inf')!;
      const t1 = performance.now();
      diagnose(parsed, defaultCheckOptions);
      return { parseMs: t1 - t0, checkMs: performance.now() - t1 };
    };
    let previous: Parsed = parse('certutil-inf', text, 'CAPolicy.inf')!;
    diagnose(previous, defaultCheckOptions);
    const keystroke = (run: number): { parseMs: number; checkMs: number } => {
      const next = run % 2 === 0 ? text.slice(0, middle) + ';' + text.slice(middle) : text;
      const t0 = performance.now();
      previous = parse('certutil-inf', next, 'CAPolicy.inf', previous)!;
      const t1 = performance.now();
      diagnose(previous, defaultCheckOptions);
      return { parseMs: t1 - t0, checkMs: performance.now() - t1 };
    };
    const fulls = Array.from({ length: 3 }, full);
    const fullParseMs = Math.min(...fulls.map((f) => f.parseMs));
    const fullCheckMs = Math.min(...fulls.map((f) => f.checkMs));
    const floorMs = fastest(7, floor);
    // The first keystrokes pay for the JIT of the reuse path: warmed up, not measured.
    for (let run = 0; run < 6; run++) keystroke(run);
    const strokes = Array.from({ length: 11 }, (_, run) => keystroke(run));
    // The fastest of each against the fastest of the others: a busy machine slows some runs of either side, and a
    // median set against a fastest floor fails on load alone (seen: 26x the floor at a median of 62 ms, 5x fastest).
    const keystrokeMs = Math.min(...strokes.map((s) => s.parseMs + s.checkMs));
    const medianMs = median(strokes.map((s) => s.parseMs + s.checkMs));
    const parseMs = Math.min(...strokes.map((s) => s.parseMs));
    const checkMs = Math.min(...strokes.map((s) => s.checkMs));
    const report =
      `keystroke ${keystrokeMs.toFixed(1)} ms (median ${medianMs.toFixed(1)}), floor ${floorMs.toFixed(1)} ms (${(keystrokeMs / floorMs).toFixed(1)}x); ` +
      `re-parse ${parseMs.toFixed(1)} ms of a full ${fullParseMs.toFixed(0)} ms (1/${(fullParseMs / parseMs).toFixed(0)}), ` +
      `check ${checkMs.toFixed(1)} ms of a full ${fullCheckMs.toFixed(0)} ms (1/${(fullCheckMs / checkMs).toFixed(0)})`;
    console.log(`      ${report}`);
    assert.ok(keystrokeMs <= KEYSTROKE_FACTOR * floorMs, report);
    assert.ok(parseMs * PARSE_SHARE <= fullParseMs, report);
  });
});

/**
 * The budgets, measured on the 2-core machine at load average 10-13 (fastest runs). Before findings were kept per
 * section and moved sections copied lazily, the keystroke was 27x the floor and its re-parse 1/16 of a full parse;
 * now 3x-10x and 1/35-1/458 (quiet and loaded). The whole keystroke and its re-parse are the budgets that tell the
 * old code from the new.
 *
 * The check has no time budget here. What it still does over the whole file (the cross-section rules, one lookup
 * of each section's kept facts) does not shrink when a machine makes the full check fast: the old code's check was
 * 1/4 of a full one at load 10, the new one's 1/4-1/21 loaded and 1/2 in a quiet CI run. A share of a full check
 * therefore failed on a quiet machine without telling the old code from the new.
 */
/** A keystroke costs at most this many line-split floors of the same text. */
const KEYSTROKE_FACTOR = 20;
/** Its re-parse costs at most this share of a full parse (the sections after the edit are moved, not copied). */
const PARSE_SHARE = 20;

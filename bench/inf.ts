/**
 * The INF keystroke rows alone (issue 13 part 3), without the rest of `npm run bench`:
 * `node -r ./test/register.js bench/inf.ts`. The same 1 MB CAPolicy.inf, the same keystroke (bench/service.ts)
 * and the same line-split baseline as the full bench, plus the keystroke's two halves: the re-parse and the check.
 */

import * as os from 'node:os';
import { defaultCheckOptions, diagnose, parse, type Parsed } from '../server/src/service/languageService';
import { generateInf, INF_POLICIES } from './generate';
import { measureService, typedAt } from './service';
import { lineSplitBaseline, median, medianMs } from './stats';

const RUNS = 9;

function main(): void {
  const loadBefore = os.loadavg()[0];
  const inf = generateInf(INF_POLICIES);
  const baselineMs = medianMs(15, () => lineSplitBaseline(inf));
  const figures = measureService('certutil-inf', inf, RUNS, 'CAPolicy.inf');
  const halves = keystrokeHalves(inf, RUNS * 2);
  const row = (what: string, ms: number): string => `${what.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / baselineMs).toFixed(1).padStart(5)}x`;
  const lines = [
    `CAPolicy.inf of ${INF_POLICIES.toLocaleString('en-US')} policies, ${(inf.length / 1024 / 1024).toFixed(1)} MB; load average ${loadBefore.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`,
    row('baseline: split into lines, test one regex', baselineMs),
    row('service: parse + diagnostics', figures.parseAndDiagnoseMs),
    row('service: keystroke, re-parse + diagnostics', figures.keystrokeMs),
    row('  of which the re-parse', halves.parseMs),
    row('  of which the check', halves.checkMs),
    `budget < 30 ms: ${figures.keystrokeMs < 30 ? 'met' : 'not met'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The keystroke of measureService, its re-parse and its check timed apart (medians of each). */
function keystrokeHalves(text: string, runs: number): { parseMs: number; checkMs: number } {
  const lineAfter = text.indexOf('\n', text.length >> 1) + 1;
  let previous: Parsed = parse('certutil-inf', text, 'CAPolicy.inf')!;
  diagnose(previous, defaultCheckOptions);
  const parseTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let run = -2; run < runs; run++) {
    const t0 = performance.now();
    const next = parse('certutil-inf', typedAt(text, lineAfter, run & 1), 'CAPolicy.inf', previous)!;
    const t1 = performance.now();
    diagnose(next, defaultCheckOptions);
    const t2 = performance.now();
    previous = next;
    if (run < 0) continue;
    parseTimes.push(t1 - t0);
    checkTimes.push(t2 - t1);
  }
  return { parseMs: median(parseTimes), checkMs: median(checkTimes) };
}

main();

/** The TextMate grammars under vscode-textmate, the engine VS Code runs them with. */

import { INITIAL } from 'vscode-textmate';
import { builtinGrammarSource, loadGrammar, type BuiltinScope, type GrammarScope } from '../test/grammar/textmate';
import { longLineShapes } from '../test/grammar/longLines';
import { median } from './stats';

/** Tokenises `text` line by line from the initial state, as the editor does for a whole file; median of `runs`. */
export async function tokeniseMs(scope: GrammarScope, text: string, runs: number): Promise<number> {
  const grammar = await loadGrammar(scope);
  const lines = text.split(/\r\n|\r|\n/);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    let state = INITIAL;
    for (const line of lines) state = grammar.tokenizeLine2(line, state).ruleStack;
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Our grammar against VS Code's built-in `ini` grammar on the same text (issue 18, target 7). */
export interface VersusIni {
  oursUsPerLine: number;
  iniUsPerLine: number;
  /** ours / ini, the median of the per-run ratios (each run times both back to back, so load hits both alike). */
  ratio: number;
  iniSource: string;
}

/** Tokenises `text` with `scope` and with `source.ini`, alternating, `runs` times; medians per line. */
export async function versusIni(scope: GrammarScope, text: string, runs: number): Promise<VersusIni> {
  const ours = await loadGrammar(scope);
  const ini = await loadGrammar('source.ini' satisfies BuiltinScope);
  const lines = text.split(/\r\n|\r|\n/);
  const pass = (grammar: typeof ours): number => {
    const start = performance.now();
    let state = INITIAL;
    for (const line of lines) state = grammar.tokenizeLine2(line, state).ruleStack;
    return ((performance.now() - start) * 1000) / lines.length;
  };
  pass(ours); // warm both up: the first pass compiles every rule's scanner
  pass(ini);
  const oursTimes: number[] = [];
  const iniTimes: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    oursTimes.push(pass(ours));
    iniTimes.push(pass(ini));
    ratios.push(oursTimes[run] / iniTimes[run]);
  }
  return { oursUsPerLine: median(oursTimes), iniUsPerLine: median(iniTimes), ratio: median(ratios), iniSource: builtinGrammarSource('source.ini') };
}

/** The slowest single 100,000-character line over every shape and both grammars (best of two runs each). */
export async function slowestLongLine(): Promise<{ ms: number; shape: string }> {
  let slowest = { ms: 0, shape: '' };
  for (const scope of ['source.certutil-dump', 'source.certutil-inf'] as const) {
    const grammar = await loadGrammar(scope);
    for (const [shape, line] of Object.entries(longLineShapes())) {
      let best = Infinity;
      for (let run = 0; run < 2; run++) {
        const start = performance.now();
        grammar.tokenizeLine2(line, INITIAL);
        best = Math.min(best, performance.now() - start);
      }
      if (best > slowest.ms) slowest = { ms: best, shape: `${scope === 'source.certutil-dump' ? 'dump' : 'inf'}: ${shape}` };
    }
  }
  return slowest;
}

/** The TextMate grammars under vscode-textmate, the engine VS Code runs them with. */

import { INITIAL } from 'vscode-textmate';
import { loadGrammar, type GrammarScope } from '../test/grammar/textmate';
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

import * as assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import { longLineShapes } from './longLines';
import { loadGrammar, type GrammarScope } from './textmate';

/**
 * A guard against catastrophic backtracking, not a timing benchmark: every line shape of both languages,
 * stretched to 100,000 characters, must tokenise within a bound far above what a linear pattern needs (well
 * under 100 ms here) and far below what a backtracking blow-up costs (seconds to hours).
 */
describe('grammar: 100,000-character lines of every dump and INF shape (catastrophic-backtracking guard)', () => {
  const boundMs = 1500;
  const shapes = longLineShapes();

  for (const scope of ['source.certutil-dump', 'source.certutil-inf'] as GrammarScope[]) {
    for (const [shape, line] of Object.entries(shapes)) {
      it(`${scope === 'source.certutil-dump' ? 'dump' : 'inf'}: ${shape}`, async () => {
        const grammar = await loadGrammar(scope);
        // Best of two: the first long line also pays for warming up; a blow-up is slow both times.
        let best = Infinity;
        for (let run = 0; run < 2 && best >= boundMs; run++) {
          const start = performance.now();
          const { tokens } = grammar.tokenizeLine(line, INITIAL);
          best = Math.min(best, performance.now() - start);
          assert.ok(tokens[tokens.length - 1].endIndex >= line.length, 'the whole line is tokenised');
        }
        assert.ok(best < boundMs, `${best.toFixed(0)} ms for one ${line.length}-character line (bound ${boundMs} ms)`);
      });
    }
  }
});

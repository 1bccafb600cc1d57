/** Reads the test fixtures: the one place that knows where test/fixtures is. */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder of the test fixtures (dump/, inf/, grammar/, cli/). */
export const fixturesDir = path.join(__dirname, 'fixtures');

/** The text of `test/fixtures/<segments...>`, as UTF-8 (`fixtureText('dump', 'renewed-ca.txt')`). */
export const fixtureText = (...segments: string[]): string => fs.readFileSync(path.join(fixturesDir, ...segments), 'utf8');

/** Every dump fixture, `test/fixtures/dump/*.txt` and then `dump/fidelity/*.txt`, by its name under `dump/` and its text. */
export function dumpFixtures(): { name: string; text: string }[] {
  const dumpDir = path.join(fixturesDir, 'dump');
  const names = [
    ...fs.readdirSync(dumpDir).filter((f) => f.endsWith('.txt')),
    ...fs
      .readdirSync(path.join(dumpDir, 'fidelity'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join('fidelity', f)),
  ];
  return names.map((name) => ({ name, text: fixtureText('dump', name) }));
}

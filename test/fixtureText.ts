/** Reads the test fixtures: the one place that knows where test/fixtures is. */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder of the test fixtures (dump/, inf/, grammar/, cli/). */
export const fixturesDir = path.join(__dirname, 'fixtures');

/** The text of `test/fixtures/<segments...>`, as UTF-8 (`fixtureText('dump', 'renewed-ca.txt')`). */
export const fixtureText = (...segments: string[]): string => fs.readFileSync(path.join(fixturesDir, ...segments), 'utf8');

// The real-corpus tier: `npm run test:corpus -- <folder>` runs test/corpus against the files in <folder>
// (CI passes ../shared/corpus). The corpus is never copied into the project.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.error(`usage: npm run test:corpus -- <folder>${folder ? ` (${folder} does not exist)` : ''}`);
  process.exit(2);
}
const result = spawnSync('npx', ['mocha', 'test/corpus/**/*.test.ts'], { stdio: 'inherit', env: { ...process.env, CERTUTIL_CORPUS: path.resolve(folder) } });
process.exit(result.status ?? 1);

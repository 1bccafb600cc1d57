// Bundles the real-VS-Code tests with esbuild into out/e2e:
//   index.js, suite/*.e2e.js, smoke/*.smoke.js  run in the extension host (`vscode` and mocha external:
//                                              mocha is required from the project's node_modules)
//   runner.js, electron.js                      node scripts that start VS Code (code-server or desktop)
//   web/index.js                                the same journeys for the web worker extension host: one
//                                               browser bundle (only `vscode` external) with mocha's
//                                               browser build and test/e2e/webAssert.ts for node:assert
// and out/scripts/start.js (`npm start`). Every bundle sits two folders below the project root, which
// is how test/e2e/workspace.ts finds the root. The extension itself is built by scripts/build.mjs.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const e2e = path.join(root, 'test', 'e2e');
const outdir = path.join(root, 'out', 'e2e');

const testFiles = (folder, suffix) =>
  fs.existsSync(path.join(e2e, folder))
    ? fs
        .readdirSync(path.join(e2e, folder))
        .filter((name) => name.endsWith(suffix))
        .map((name) => path.join(e2e, folder, name))
    : [];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  absWorkingDir: root,
};

fs.rmSync(outdir, { recursive: true, force: true });
fs.rmSync(path.join(root, 'out', 'scripts'), { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [path.join(e2e, 'index.ts'), ...testFiles('suite', '.e2e.ts'), ...testFiles('smoke', '.smoke.ts')],
    outdir,
    outbase: e2e,
    external: ['vscode', 'mocha'],
  }),
  esbuild.build({
    ...common,
    platform: 'browser',
    target: 'es2022',
    // Generated: the journeys in file order, each required only once mocha has set up describe/it.
    stdin: {
      contents: [
        "import { setJourneys } from './webIndex';",
        "export { run } from './webIndex';",
        // A journey that reads the Node extension host itself (its module cache, /proc) is `.node.e2e.ts`: Node run only.
        `setJourneys(() => {\n${testFiles('suite', '.e2e.ts')
          .filter((file) => !file.endsWith('.node.e2e.ts'))
          .sort()
          .map((file) => `  require(${JSON.stringify(`./suite/${path.basename(file, '.ts')}`)});`)
          .join('\n')}\n});`,
      ].join('\n'),
      resolveDir: e2e,
      sourcefile: 'webEntry.ts',
      loader: 'ts',
    },
    outfile: path.join(outdir, 'web', 'index.js'),
    external: ['vscode'],
    alias: { 'node:assert/strict': path.join(e2e, 'webAssert.ts') },
  }),
  esbuild.build({
    ...common,
    entryPoints: [path.join(e2e, 'runner.ts'), path.join(e2e, 'electron.ts')],
    outdir,
    outbase: e2e,
    packages: 'external',
  }),
  esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'scripts', 'start.ts')],
    outfile: path.join(root, 'out', 'scripts', 'start.js'),
    packages: 'external',
  }),
]);
console.log(`built ${path.relative(root, outdir)}`);

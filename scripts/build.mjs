// Bundles the client (the extension's main) and the language server with esbuild.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

// The glob library ships ESM that reads import.meta.url, which a CommonJS bundle must supply.
const cli = {
  ...common,
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  // The extension's main: only the content sniff. It loads dist/client.js, the language client, on the first dump or INF.
  { ...common, entryPoints: ['client/src/entry.ts'], outfile: 'dist/entry.js', external: ['vscode'] },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The command line and its worker threads (not in the VSIX: .vscodeignore is an allow-list).
  { ...cli, entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${cli.banner.js}` } },
  { ...cli, entryPoints: ['cli/src/cliWorker.ts'], outfile: 'dist/cliWorker.js' },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

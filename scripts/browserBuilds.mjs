// The browser build (the manifest's `browser` entry): the client, and the language server as a web worker
// script, bundled by esbuild for `platform: 'browser'` with no polyfills, so an import of a Node built-in
// does not resolve and fails the build. `nodeImports` reads a build's metafile for what esbuild would still
// let through (a package's `browser` field can map a built-in to an empty module): scripts/build.mjs and
// test/service/browserBundle.test.ts fail on any.
import { builtinModules } from 'node:module';

/** @param {{ production: boolean }} options @returns {import('esbuild').BuildOptions[]} */
export function browserBuilds({ production }) {
  /** @type {import('esbuild').BuildOptions} */
  const browser = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    metafile: true,
  };
  return [
    // CommonJS: the web extension host loads a `browser` main as a CommonJS module with `vscode` provided.
    { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] },
    // A classic script: a worker runs it, or the client evaluates it in the extension host (client/src/browserExtension.ts).
    { ...browser, format: 'iife', entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browserServer.js' },
  ];
}

const builtins = new Set(builtinModules);

/** `file imports fs` for each import of a Node built-in in a build's metafile (none for a clean browser bundle). */
export function nodeImports(metafile) {
  const found = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    // `(disabled):fs`: a package's `browser` field replaced a built-in with an empty module.
    if (file.startsWith('(disabled):')) found.push(`${file} (a Node built-in replaced by an empty module)`);
    for (const { path } of input.imports) {
      const name = path.replace(/^node:/, '');
      if (path.startsWith('node:') || builtins.has(name) || builtins.has(name.split('/')[0])) found.push(`${file} imports ${path}`);
    }
  }
  return found;
}

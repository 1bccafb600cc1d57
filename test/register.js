// Compiles test and source TypeScript on the fly with esbuild, so `mocha` runs .ts directly.
const { transformSync } = require('esbuild');
const fs = require('fs');
require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename });
  module._compile(code, filename);
};

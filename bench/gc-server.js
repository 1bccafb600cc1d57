// The language server (dist/server.js) with one addition for the memory figure: on SIGUSR2 it runs a full
// garbage collection and writes its memory use to stderr as one JSON line. Run with node --expose-gc.
'use strict';
const path = require('path');
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  global.gc();
  const after = process.memoryUsage();
  process.stderr.write(`memory ${JSON.stringify({ before, after })}\n`);
});
require(path.join(__dirname, '..', 'dist', 'server.js'));

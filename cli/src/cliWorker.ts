/**
 * The worker entry (dist/cliWorker.js): checks one file at a time, so a worker holds at most one file and
 * its parse. A file that cannot be read is answered as a read error; a worker that dies (out of memory on a
 * hostile file) is noticed by the pool, which reports that file and starts a fresh worker.
 */

import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort, resourceLimits } from 'node:worker_threads';
import { analyse } from './analyse';
import type { FileJob, FileResult } from './pool';

parentPort?.on('message', (job: FileJob) => {
  let result: FileResult;
  try {
    result = { id: job.id, report: analyse(job.shown, job.file, readRegularFile(job.file), job.options) };
  } catch (error) {
    result = { id: job.id, report: { path: job.shown, uri: pathToFileURL(job.file).toString(), findings: [], error: readError(error) } };
  }
  parentPort?.postMessage(result);
});

/**
 * Reads a regular file whole. Opened without blocking and checked before reading: a FIFO or a device named
 * like a dump would otherwise hold the worker (and the scan) forever. A file whose text alone would take more
 * than half the worker's heap is refused before it is read: one allocation that large goes past the heap limit
 * at once, and V8 then ends the whole process instead of the worker (seen with a 24 MB file on a 16 MB heap).
 */
function readRegularFile(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    const heapMB = resourceLimits.maxOldGenerationSizeMb;
    // Decoded, a byte takes at most two bytes of string (UTF-16 in V8).
    if (heapMB !== undefined && stat.size * 2 > (heapMB * 1024 * 1024) / 2)
      throw new Error(`the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, too large for a worker's heap of ${heapMB} MB (raise --worker-memory)`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `could not read the file (${code}): ${message}` : `could not check the file: ${message}`;
}

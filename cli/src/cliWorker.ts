/**
 * The worker entry (dist/cliWorker.js): checks one file at a time, so a worker holds at most one file and
 * its parse. A file that cannot be read is answered as a read error; a worker that dies (out of memory on a
 * hostile file) is noticed by the pool, which reports that file and starts a fresh worker.
 */

import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { analyse } from './analyse';
import type { FileJob, FileResult } from './pool';

parentPort?.on('message', (job: FileJob) => {
  let result: FileResult;
  try {
    result = { id: job.id, report: analyse(job.shown, job.file, fs.readFileSync(job.file), job.options) };
  } catch (error) {
    result = { id: job.id, report: { path: job.shown, uri: pathToFileURL(job.file).toString(), findings: [], error: readError(error) } };
  }
  parentPort?.postMessage(result);
});

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `could not read the file (${code}): ${message}` : `could not check the file: ${message}`;
}

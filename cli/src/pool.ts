/**
 * Files are checked in worker threads, as many as the machine has cores (at least one). Each worker gets
 * one file at a time, so memory stays near workers × largest file; each worker's heap is capped, and a
 * worker that dies takes only its own file down: that file is reported as a read error, a new worker takes
 * the next file, and the scan completes.
 */

import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOptions } from './analyse';
import type { FileReport } from './report';

export interface FileJob {
  id: number;
  file: string;
  shown: string;
  options: FileOptions;
}

export interface FileResult {
  id: number;
  report: FileReport;
}

export interface PoolOptions {
  workers: number;
  /** Old-space limit of each worker, in MB. */
  workerMemoryMB: number;
  /** Called after each file, in completion order. */
  onDone?: (report: FileReport, bytes: number) => void;
}

export function defaultWorkerCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Checks every job and answers the reports in the jobs' order. */
export function checkFiles(jobs: readonly FileJob[], options: PoolOptions): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(jobs.length);
  if (jobs.length === 0) return Promise.resolve(reports);
  const workerFile = path.join(__dirname, 'cliWorker.js');
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (index: number, report: FileReport): void => {
      reports[index] = report;
      done++;
      options.onDone?.(report, report.bytes ?? 0);
      if (done === jobs.length) resolve(reports);
    };
    const start = (): void => {
      if (next >= jobs.length) return;
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMB } });
      let current: number | undefined;
      let failed = false;
      const feed = (): void => {
        if (next >= jobs.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (result: FileResult) => {
        const index = current;
        if (index === undefined || result.id !== jobs[index].id) return;
        current = undefined;
        finish(index, result.report);
        feed();
      });
      const died = (reason: string): void => {
        if (failed) return;
        failed = true;
        const index = current;
        current = undefined;
        if (index !== undefined) {
          finish(index, {
            path: jobs[index].shown,
            uri: pathToFileURL(jobs[index].file).toString(),
            findings: [],
            error: `the worker checking this file failed: ${reason}`,
          });
          start();
        }
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`it exited with code ${code}`));
      feed();
    };
    for (let i = 0; i < Math.min(options.workers, jobs.length); i++) start();
  });
}

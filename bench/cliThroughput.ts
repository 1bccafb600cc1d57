/**
 * Command-line throughput: `certutil-keyspec scan` over many distinct dumps (1,000 of 100 certificates, about 600 MB, by
 * default), in MB/s, as a ratio to reading the same files and splitting them into lines in the same run (the
 * floor any line-oriented tool pays). Peak memory is the scan process's maximum resident set, workers included,
 * against workers × largest file. `CERTUTIL_BENCH_CLI_FILES` scales the file count down on a slow machine.
 * Runs inside `npm run bench`, or alone: `node -r ./test/register.js bench/cliThroughput.ts`.
 */

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultCheckOptions, diagnose, parse } from '../server/src/service/languageService';
import { generateDump } from './generate';
import { lineSplitBaseline } from './stats';

export interface CliFigures {
  files: number;
  certificatesPerFile: number;
  totalMB: number;
  largestMB: number;
  workers: number;
  /** The floor: the mean of its runs before and after the scan, so that a change of the machine's load during the run moves both sides. */
  baselineMBs: number;
  baselineBeforeMBs: number;
  baselineAfterMBs: number;
  cliMBs: number;
  /** cliMBs / baselineMBs. */
  ratio: number;
  /** The ceiling of one thread: parse + diagnostics of the first files in this process, no I/O, no report. */
  serviceMBs: number;
  /** The same scan with one worker (`--jobs 1`), for the workers' speed-up on this machine. */
  oneWorkerMBs: number;
  /** cliMBs / oneWorkerMBs. */
  speedUp: number;
  /**
   * What a MB costs in CPU time, whatever the machine's load does to the clock: the scan's MB per CPU-second (all its
   * threads, user and system), and the floor's (its process's CPU time over its two runs).
   */
  cpuMBs?: number;
  floorCpuMBs: number;
  findings: number;
  peakRssMB?: number;
  /** The one-minute load average before and after the run. */
  load: [number, number];
}

const MB = 1024 * 1024;

/**
 * Writes `count` dumps of `certificatesPerFile` certificates into `folder`, each a different one (about 25 ms each to
 * generate): with a few variants written round-robin, a worker saw the same certificates again and again, which a
 * scan of distinct dumps never does. The first n files are the same for any count. Returns their sizes in bytes.
 */
export function writeDistinctDumps(folder: string, count: number, certificatesPerFile: number): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = Buffer.from(generateDump(certificatesPerFile, 100 + i), 'utf8');
    fs.writeFileSync(path.join(folder, `ca${String(i).padStart(4, '0')}.txt`), bytes);
    sizes.push(bytes.length);
  }
  return sizes;
}

export function measureCliThroughput(files = Number(process.env.CERTUTIL_BENCH_CLI_FILES ?? 1000), certificatesPerFile = 100): CliFigures {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-bench-cli-'));
  try {
    const sizes = writeDistinctDumps(folder, files, certificatesPerFile);
    const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
    const largest = Math.max(...sizes);
    const names = fs.readdirSync(folder).map((name) => path.join(folder, name));

    // The floor: read every file, decode it and split it into lines, one file after another, in this process.
    let floorCpuSeconds = 0;
    const floorSeconds = (): number => {
      const baselineStart = performance.now();
      const cpuStart = process.cpuUsage();
      for (const name of names) lineSplitBaseline(fs.readFileSync(name, 'utf8'));
      const cpu = process.cpuUsage(cpuStart);
      floorCpuSeconds += (cpu.user + cpu.system) / 1e6;
      return (performance.now() - baselineStart) / 1000;
    };
    const loadBefore = os.loadavg()[0];
    const beforeSeconds = floorSeconds();

    const sample = names.slice(0, Math.min(50, names.length)).map((name) => fs.readFileSync(name, 'utf8'));
    const serviceStart = performance.now();
    // Parsed as the scan parses (oneShot: no copies or caches for a re-parse that never comes).
    for (const text of sample) diagnose(parse('certutil-dump', text, 'machine.txt', undefined, undefined, { oneShot: true })!, defaultCheckOptions);
    const serviceMBs = sample.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / MB / ((performance.now() - serviceStart) / 1000);

    const cli = path.join(__dirname, '..', 'dist', 'cli.js');
    const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const command = timeBinary ? [timeBinary, '-f', 'maxrss=%M cpu=%U+%S', process.execPath, cli] : [process.execPath, cli];
    const scan = (jobs: string[]): { seconds: number; stdout: string; stderr: string } => {
      const start = performance.now();
      const run = spawnSync(command[0], [...command.slice(1), 'scan', folder, '--format', 'json', '--fail-on', 'never', ...jobs], {
        encoding: 'utf8',
        maxBuffer: 1024 * MB,
      });
      const seconds = (performance.now() - start) / 1000;
      if (run.status !== 0) throw new Error(`the scan failed (${String(run.status)}): ${run.stderr}`);
      return { seconds, stdout: run.stdout, stderr: run.stderr };
    };
    const run = scan([]);
    const cliSeconds = run.seconds;
    const afterSeconds = floorSeconds();
    const one = scan(['--jobs', '1']);
    const report = JSON.parse(run.stdout) as { summary: { findings: number; checked: number } };
    if (report.summary.checked !== files) throw new Error(`the scan checked ${report.summary.checked} of ${files} files`);
    const rss = /maxrss=(\d+)/.exec(run.stderr);
    const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr);
    const totalMB = totalBytes / MB;
    const baselineMBs = (totalMB / beforeSeconds + totalMB / afterSeconds) / 2;
    const figures: CliFigures = {
      files,
      certificatesPerFile,
      totalMB,
      largestMB: largest / MB,
      workers: Math.max(1, os.availableParallelism()),
      baselineMBs,
      baselineBeforeMBs: totalMB / beforeSeconds,
      baselineAfterMBs: totalMB / afterSeconds,
      cliMBs: totalMB / cliSeconds,
      ratio: totalMB / cliSeconds / baselineMBs,
      serviceMBs,
      oneWorkerMBs: totalMB / one.seconds,
      floorCpuMBs: (2 * totalMB) / floorCpuSeconds,
      speedUp: one.seconds / cliSeconds,
      findings: report.summary.findings,
      load: [loadBefore, os.loadavg()[0]],
    };
    if (rss) figures.peakRssMB = Number(rss[1]) / 1024;
    if (cpu) figures.cpuMBs = totalMB / (Number(cpu[1]) + Number(cpu[2]));
    return figures;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const figures = measureCliThroughput();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

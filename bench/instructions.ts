/**
 * What a MB costs the scan in machine instructions, against what it costs the floor: the one figure of the command
 * line's speed that the machine's load does not move. Both run under valgrind's callgrind with V8 made
 * deterministic (`--single-threaded --predictable`), which counts the instructions of every thread (the scan's
 * main thread, its worker and V8's own). Each runs twice, on a few dumps and on more, and only the difference is
 * kept, so node's start, the module loads and the first compilations cancel out: what is left is the cost of
 * more dumps. Two runs of the same input agree to within 0.01 %, where the clock moves by a quarter on this machine.
 * Runs inside `npm run bench` (about two and a half minutes), or alone: `node -r ./test/register.js bench/instructions.ts`.
 */

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeDistinctDumps } from './cliThroughput';
import { BASELINE_PATTERN, lineSplitBaseline } from './stats';

export interface InstructionFigures {
  /** The dumps of the larger run beyond the smaller, and their size. */
  dumps: number;
  certificatesPerFile: number;
  MB: number;
  /** Instructions per MB: the floor (read, decode, split into lines, one pattern a line), and the scan. */
  floorPerMB: number;
  scanPerMB: number;
  /** floorPerMB / scanPerMB: the share of the floor's speed the scan would have on one core. */
  ratio: number;
}

const MB = 1024 * 1024;

export function measureInstructions(fewer = 4, more = 12, certificatesPerFile = 100): InstructionFigures {
  if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed: `npm run runtime` installs it');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-bench-instructions-'));
  try {
    // Two folders, the smaller's files a prefix of the larger's: the same dumps the command-line throughput scans.
    const counts = [fewer, more];
    const folders = counts.map((count) => path.join(root, String(count)));
    const [fewerBytes, moreBytes] = counts.map((count, k) => {
      fs.mkdirSync(folders[k]);
      return writeDistinctDumps(folders[k], count, certificatesPerFile).reduce((sum, size) => sum + size, 0);
    });
    const addedMB = (moreBytes - fewerBytes) / MB;
    /** The instructions of one more MB: the count of the larger folder's run less the smaller's. */
    const perMB = (argsFor: (folder: string) => string[]): number => {
      const [a, b] = folders.map((folder) => counted(argsFor(folder)));
      return (b - a) / addedMB;
    };

    // The floor as bench/stats.ts defines it, as plain JavaScript: no TypeScript compiler under valgrind.
    const floorScript = path.join(root, 'floor.js');
    fs.writeFileSync(
      floorScript,
      [
        "const fs = require('node:fs');",
        "const path = require('node:path');",
        `const BASELINE_PATTERN = ${String(BASELINE_PATTERN)};`,
        String(lineSplitBaseline),
        'const folder = process.argv[2];',
        "for (const name of fs.readdirSync(folder)) lineSplitBaseline(fs.readFileSync(path.join(folder, name), 'utf8'));",
      ].join('\n'),
    );
    const cli = path.join(__dirname, '..', 'dist', 'cli.js');
    const floor = perMB((folder) => [floorScript, folder]);
    const scan = perMB((folder) => [cli, 'scan', folder, '--format', 'json', '--fail-on', 'never', '--jobs', '1']);
    return {
      dumps: more - fewer,
      certificatesPerFile,
      MB: addedMB,
      floorPerMB: floor,
      scanPerMB: scan,
      ratio: floor / scan,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The instructions callgrind counted for node running `args`, every thread. */
function counted(args: string[]): number {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * MB,
  });
  const collected = /Collected\s*:\s*(\d+)/.exec(run.stderr);
  if (run.status !== 0 || !collected) throw new Error(`callgrind failed (${String(run.status)}): ${run.stderr.slice(-2000)}`);
  return Number(collected[1]);
}

if (require.main === module) {
  const figures = measureInstructions();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

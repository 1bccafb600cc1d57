/**
 * The bundles as the VSIX ships them (`npm run package` builds with `--production`): built here with the same
 * esbuild options as scripts/build.mjs plus minify, into a temporary folder, so dist/ is left as it is. The
 * activation figures run against these bundles, through bench/activation.ts in a fresh process each time.
 */

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { median } from './stats';

const root = path.join(__dirname, '..');

export interface Bundles {
  /** A folder laid out like the extension: `dist/entry.js` (the main), `dist/client.js`, `dist/server.js`. */
  folder: string;
  entryBytes: number;
  clientBytes: number;
  serverBytes: number;
}

export async function buildProductionBundles(): Promise<Bundles> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-bench-bundles-'));
  const common: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, sourcemap: false, logLevel: 'warning' };
  const entry = path.join(folder, 'dist', 'entry.js');
  const client = path.join(folder, 'dist', 'client.js');
  const server = path.join(folder, 'dist', 'server.js');
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'client', 'src', 'entry.ts')], outfile: entry, external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'client', 'src', 'extension.ts')], outfile: client, external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'server', 'src', 'server.ts')], outfile: server });
  return { folder, entryBytes: fs.statSync(entry).size, clientBytes: fs.statSync(client).size, serverBytes: fs.statSync(server).size };
}

export interface Activation {
  loadMs: number;
  toStartMs: number;
  toReadyMs: number;
  /** A bare `node -e 0`, start to exit: the floor under any language server's start. */
  nodeSpawnMs: number;
}

/** One run of bench/activation.ts in a fresh process. */
interface ActivationSample {
  window: 'plain' | 'dump' | 'command';
  loadMs: number;
  activateMs: number;
  toStartMs?: number;
  toReadyMs?: number;
  serverForked: boolean;
  bundles: { name: string; bytes: number }[];
  error?: string;
}

function activateIn(folder: string, window: ActivationSample['window']): ActivationSample {
  const output = execFileSync(process.execPath, ['-r', path.join(root, 'test', 'register.js'), path.join(__dirname, 'activation.ts'), folder, window], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const sample = JSON.parse(output.trim().split('\n').pop() ?? '{}') as ActivationSample;
  if (sample.error !== undefined) throw new Error(`activation (${window} window) failed: ${sample.error}`);
  return sample;
}

/** Medians over `runs` fresh processes, in a window with a dump open. */
export function measureActivation(folder: string, runs: number): Activation {
  const samples: ActivationSample[] = [];
  for (let run = 0; run < runs; run++) {
    const sample = activateIn(folder, 'dump');
    if (sample.toStartMs === undefined || sample.toReadyMs === undefined) throw new Error(`activation failed: ${JSON.stringify(sample)}`);
    samples.push(sample);
  }
  const spawns: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    spawns.push(performance.now() - start);
  }
  return {
    loadMs: median(samples.map((s) => s.loadMs)),
    toStartMs: median(samples.map((s) => s.toStartMs!)),
    toReadyMs: median(samples.map((s) => s.toReadyMs!)),
    nodeSpawnMs: median(spawns),
  };
}

/** A window with only a plain-text file open (issue 18, part 1). */
export interface PlainTextActivation {
  /** load + activate() of the main, median. */
  ms: number;
  /** The extension's bundles the process loaded, and their bytes (the same in every run). */
  bundles: { name: string; bytes: number }[];
  /** Whether any run forked a language server. */
  serverForked: boolean;
  /** A contributed command run first (nothing open) started the server and reached its real handler. */
  commandFirstWorks: boolean;
  /** That command, from activate() until its handler answered (the server started on the way). */
  commandFirstMs: number;
}

export function measurePlainTextActivation(folder: string, runs: number): PlainTextActivation {
  const samples: ActivationSample[] = [];
  for (let run = 0; run < runs; run++) samples.push(activateIn(folder, 'plain'));
  const command = activateIn(folder, 'command');
  return {
    ms: median(samples.map((s) => s.loadMs + s.activateMs)),
    bundles: samples[0].bundles,
    serverForked: samples.some((s) => s.serverForked),
    commandFirstWorks: command.serverForked && command.bundles.some((b) => b.name === 'client.js'),
    commandFirstMs: command.toReadyMs ?? Number.NaN,
  };
}

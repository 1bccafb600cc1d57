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
  /** A folder laid out like the extension: `dist/client.js`, `dist/server.js`. */
  folder: string;
  clientBytes: number;
  serverBytes: number;
}

export async function buildProductionBundles(): Promise<Bundles> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-bench-bundles-'));
  const common: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, sourcemap: false, logLevel: 'warning' };
  const client = path.join(folder, 'dist', 'client.js');
  const server = path.join(folder, 'dist', 'server.js');
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'client', 'src', 'extension.ts')], outfile: client, external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'server', 'src', 'server.ts')], outfile: server });
  return { folder, clientBytes: fs.statSync(client).size, serverBytes: fs.statSync(server).size };
}

export interface Activation {
  loadMs: number;
  toStartMs: number;
  toReadyMs: number;
  /** A bare `node -e 0`, start to exit: the floor under any language server's start. */
  nodeSpawnMs: number;
}

/** Medians over `runs` fresh processes. */
export function measureActivation(folder: string, runs: number): Activation {
  const samples: { loadMs: number; toStartMs?: number; toReadyMs?: number; error?: string }[] = [];
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, ['-r', path.join(root, 'test', 'register.js'), path.join(__dirname, 'activation.ts'), folder], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const sample = JSON.parse(output.trim().split('\n').pop() ?? '{}') as (typeof samples)[number];
    if (sample.error !== undefined || sample.toStartMs === undefined || sample.toReadyMs === undefined)
      throw new Error(`activation failed: ${sample.error ?? output}`);
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

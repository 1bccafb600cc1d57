// Starts the real VS Code of these machines: code-server 4.100.3 (VS Code 1.100.3), installed by
// scripts/ensure-runtime.mjs. Used by the e2e runner and by `npm start`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from './workspace';

/** Where scripts/ensure-runtime.mjs installs code-server. */
export const codeServerEntry = path.join(projectRoot, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings for a quiet, reproducible window: no welcome page, tips, update checks or git scanning. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'files.hotExit': 'off',
};

/** Debian's Chromium, installed by scripts/ensure-runtime.mjs; playwright-core drives it. */
export const chromiumPath = '/usr/bin/chromium';
/** Flags for Chromium as root on a machine whose only network is loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface CodeServerOptions {
  /** Folder for code-server's config, user data and (unless given) extensions. */
  stateDir: string;
  /** The workspace folder to open. */
  folder: string;
  /** 0 picks a free port. */
  port: number;
  extensionsDir?: string;
  /** Extra environment; the extension host inherits code-server's environment. */
  env?: Record<string, string>;
}

export interface CodeServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** 127.0.0.1:<port>, the authority of vscode-remote:// URIs in a payload. */
  authority: string;
  process: ChildProcess;
  /** Everything code-server printed, line by line. */
  output: string[];
  /** Resolves with the exit code once code-server has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function codeServerArgs(options: CodeServerOptions): string[] {
  const userDataDir = path.join(options.stateDir, 'user-data');
  return [
    codeServerEntry,
    '--bind-addr',
    `127.0.0.1:${options.port}`,
    '--auth',
    'none',
    '--config',
    path.join(options.stateDir, 'config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    options.extensionsDir ?? path.join(options.stateDir, 'extensions'),
  ];
}

/**
 * Writes the config file that code-server would otherwise take from $HOME, and the user settings
 * unless a person already has some there (`npm start` keeps its state between runs).
 */
export function prepareState(stateDir: string): void {
  const user = path.join(stateDir, 'user-data', 'User');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), 'auth: none\ncert: false\n');
  const settings = path.join(user, 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(userSettings, null, 2));
}

/** Installs a VSIX the way a user would, with `--install-extension`; throws with code-server's output if it fails. */
export function installExtension(vsix: string, options: Pick<CodeServerOptions, 'stateDir' | 'extensionsDir'>): string {
  prepareState(options.stateDir);
  const args = [...codeServerArgs({ ...options, folder: '', port: 0 }), '--force', '--install-extension', path.resolve(vsix)];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return output.trim();
}

/** Starts code-server and resolves once it listens. */
export async function startCodeServer(options: CodeServerOptions, timeoutMs = 60_000): Promise<CodeServer> {
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server is not installed at ${codeServerEntry}: run node scripts/ensure-runtime.mjs`);
  prepareState(options.stateDir);
  // Detached: its own process group, so stop() also ends the extension host and pty host it forks.
  const child = spawn(process.execPath, [...codeServerArgs(options), options.folder], {
    cwd: options.folder,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
    const onLine = (line: string): void => {
      output.push(line);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before it listened:\n${output.join('\n')}`));
    });
  });
  const origin = await listening;
  return {
    origin,
    authority: new URL(origin).host,
    process: child,
    output,
    exited,
    stop: () => stopGroup(child, exited),
  };
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)))]);
  clearTimeout(timer);
  if (!killed) signalGroup('SIGKILL');
  // The group's other members (extension host, pty host) may outlive the leader's SIGTERM.
  signalGroup('SIGKILL');
}

/** The `?folder=…&payload=…` URL that opens `folder` with a development extension and a test index. */
export function workbenchUrl(server: Pick<CodeServer, 'origin' | 'authority'>, folder: string, payload: [string, string][] = []): string {
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

/** A payload entry that names a path on the code-server machine. */
export function remotePath(server: Pick<CodeServer, 'authority'>, key: string, file: string): [string, string] {
  return [key, `vscode-remote://${server.authority}${file}`];
}

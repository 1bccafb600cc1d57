// Makes sure a real VS Code can run here: Debian's chromium, ripgrep and libkrb5-dev, and
// code-server 4.100.3 (VS Code 1.100.3, the last that runs on Node 20) in .vscode-test/code-server.
// VS Code desktop cannot be downloaded on these machines; code-server comes from the npm registry,
// but its install scripts download binaries, so it is installed in steps with the scripts off.
// Idempotent: a marker file makes the second run instant.
//
//   node scripts/ensure-runtime.mjs [--apt-update]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const codeServerVersion = '4.100.3';
const root = path.resolve(import.meta.dirname, '..');
const runtimeDir = path.join(root, '.vscode-test', 'code-server');
const codeServerEntry = path.join(runtimeDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const marker = path.join(runtimeDir, `.installed-${codeServerVersion}`);
// The fonts keep screenshots legible; chromium only recommends them. valgrind and time are for `npm run bench`
// (the scan's instructions per MB, and its CPU time and peak memory).
const debianPackages = [
  'libkrb5-dev',
  'ripgrep',
  'chromium',
  'fonts-liberation',
  'fonts-dejavu-core',
  'wine',
  'wine64',
  'gcc-mingw-w64-x86-64',
  'valgrind',
  'time',
];

function log(message) {
  console.log(`[ensure-runtime] ${message}`);
}

function fail(step, detail) {
  console.error(`[ensure-runtime] FAILED at step: ${step}${detail ? `\n${detail}` : ''}`);
  process.exit(1);
}

/** Runs a command with inherited output; exits the process naming the step if it fails. */
function run(step, command, args, options = {}) {
  log(`${step}: ${command} ${args.join(' ')}${options.cwd ? `  (in ${path.relative(root, options.cwd) || '.'})` : ''}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.error) fail(step, String(result.error));
  if (result.status !== 0) fail(step, `exit code ${result.status ?? `signal ${result.signal}`}`);
  log(`${step}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function isInstalled(debianPackage) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', debianPackage], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function apt(step, args) {
  const env = 'DEBIAN_FRONTEND=noninteractive';
  if (process.getuid?.() === 0) run(step, 'apt-get', args, { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  else run(step, 'sudo', [env, 'apt-get', ...args]);
}

/** `aptUpdate`: refresh the package lists even when nothing is missing (CI starts from an image's old lists). */
function ensureDebianPackages(aptUpdate) {
  const missing = debianPackages.filter((name) => !isInstalled(name));
  if (aptUpdate || missing.length > 0) apt('apt-get update', ['update']);
  if (missing.length === 0) {
    log(`Debian packages present: ${debianPackages.join(', ')}`);
    return;
  }
  apt(`apt-get install ${missing.join(' ')}`, ['install', '-y', '--no-install-recommends', ...missing]);
}

function ensureCodeServer() {
  if (fs.existsSync(marker) && fs.existsSync(codeServerEntry)) {
    log(`code-server ${codeServerVersion} present in ${path.relative(root, runtimeDir)}`);
    return;
  }
  log(`installing code-server ${codeServerVersion} into ${path.relative(root, runtimeDir)} (about two minutes, 310 MB)`);
  fs.rmSync(runtimeDir, { recursive: true, force: true });
  fs.mkdirSync(runtimeDir, { recursive: true });
  // Its own package.json keeps npm from walking up to the project's.
  fs.writeFileSync(path.join(runtimeDir, 'package.json'), JSON.stringify({ name: 'code-server-runtime', private: true }, null, 2));
  const npm = 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('install code-server', npm, ['install', '--ignore-scripts', ...quiet, `code-server@${codeServerVersion}`], { cwd: runtimeDir });

  const codeServer = path.join(runtimeDir, 'node_modules', 'code-server');
  const vscode = path.join(codeServer, 'lib', 'vscode');
  run('install VS Code server dependencies', npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], { cwd: vscode });
  // node-pty's build calls npx, which would otherwise ask before installing.
  run('build VS Code native modules', npm, ['rebuild', 'kerberos', 'native-watchdog', 'node-pty', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog'], {
    cwd: vscode,
    env: { npm_config_yes: 'true' },
  });
  // @vscode/ripgrep's postinstall downloads rg from GitHub; Debian's does the same job.
  const rgBin = path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync('/usr/bin/rg', path.join(rgBin, 'rg'));
  log('linked /usr/bin/rg for @vscode/ripgrep');
  const asar = path.join(vscode, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);
  log('linked node_modules.asar');
  const extensions = path.join(vscode, 'extensions');
  run('install built-in extension dependencies', npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], { cwd: extensions });
  run('built-in extensions postinstall', process.execPath, ['postinstall.mjs'], { cwd: extensions });
  run('build argon2', npm, ['rebuild', 'argon2'], { cwd: runtimeDir });

  run('check code-server starts', process.execPath, [codeServerEntry, '--version']);
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(`code-server ${codeServerVersion} installed`);
}

ensureDebianPackages(process.argv.includes('--apt-update'));
ensureCodeServer();

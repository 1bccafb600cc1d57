// `npm start`: code-server on 127.0.0.1 with the packaged extension installed, opened on a fresh
// copy of samples/, and the URL to open printed. State (settings, installed extension) stays in
// .vscode-test/start; the workspace copy is refreshed on every start, so samples/ is never edited.
//
//   node out/scripts/start.js [--port <n>]      (8080 when free, else any free port)
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { installExtension, startCodeServer, workbenchUrl } from '../test/e2e/codeServer';
import { projectRoot } from '../test/e2e/workspace';

const { values: args } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
const vsix = path.join(projectRoot, 'dist', 'certutil-keyspec.vsix');
const stateDir = path.join(projectRoot, '.vscode-test', 'start');

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package`);
  const folder = path.join(stateDir, 'samples');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, 'samples'), folder, { recursive: true });
  const extensionsDir = path.join(stateDir, 'extensions');
  console.log(installExtension(vsix, { stateDir, extensionsDir }));

  const wanted = Number(args.port);
  const port = (await portIsFree(wanted)) ? wanted : 0;
  const server = await startCodeServer({ stateDir, folder, port, extensionsDir });
  console.log(`\nThe extension is running on a copy of samples/. Open:\n\n  ${workbenchUrl(server, folder)}\n\nCtrl+C stops code-server.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
  const code = await server.exited;
  console.error(`code-server exited with ${code}:\n${server.output.slice(-20).join('\n')}`);
  process.exit(code ?? 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

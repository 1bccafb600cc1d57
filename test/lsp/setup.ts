/** The setup most LSP suites share: a server, and a temp folder of their own inside its workspace (os.tmpdir()). */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestServer, type TestServer, type TestServerOptions } from './lspClient';

/** Starts a server and makes a fresh folder named `<prefix>XXXXXX` in the temp folder the server takes for its workspace. */
export async function startInTempFolder(prefix: string, options?: TestServerOptions): Promise<{ server: TestServer; folder: string }> {
  const server = await startTestServer(options);
  return { server, folder: fs.mkdtempSync(path.join(os.tmpdir(), prefix)) };
}

/** Stops the server and removes the folder with all the tests wrote into it. */
export async function stopAndRemove(server: TestServer, folder: string): Promise<void> {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
}

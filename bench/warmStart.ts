/**
 * Issue 18, target 5 (warm from the start): the first document a fresh server opens, against the same server
 * once warm. Each fresh server gets `initialize`, `initialized` and at once a didOpen, as VS Code sends them
 * when the first dump opens (the client starts the server then, so there is no idle time before it). Warm is
 * a later didOpen of a dump of the same size that this server has not seen (so no per-certificate cache can
 * answer it), and, for comparison, the first dump again (what the other `lsp.open` rows measure).
 */

import { generateDump } from './generate';
import { BenchServer } from './lsp';
import { median } from './stats';

export interface WarmStart {
  /** Spawn until `initialize` is answered and `initialized` sent. */
  startMs: number;
  /** didOpen to diagnostics of the first document on a fresh server. */
  firstMs: number;
  /** The same server, warm: a dump of the same size it has not seen. */
  warmNewMs: number;
  /** The same server, warm: the first dump again. */
  warmSameMs: number;
  /** firstMs / warmNewMs, per server. */
  ratioToNew: number;
  /** firstMs / warmSameMs, per server. */
  ratioToSame: number;
}

/** Medians over `servers` fresh servers, with dumps of `certificates` certificates. */
export async function measureWarmStart(certificates: number, servers: number): Promise<WarmStart> {
  // Three texts of one size: different serials, keys and names, so none repeats another's certificates.
  const dumps = [11, 12, 13].map((seed) => generateDump(certificates, seed));
  const samples: WarmStart[] = [];
  for (let run = 0; run < servers; run++) {
    const spawned = performance.now();
    const server = await BenchServer.start();
    const startMs = performance.now() - spawned;
    try {
      const open = async (text: string): Promise<number> => {
        const opened = await server.open('certutil-dump', text, 'machine.txt');
        server.close(opened.uri);
        return opened.ms;
      };
      const firstMs = await open(dumps[0]);
      await open(dumps[1]);
      const warmNewMs = await open(dumps[2]);
      const warmSameMs = await open(dumps[0]);
      samples.push({ startMs, firstMs, warmNewMs, warmSameMs, ratioToNew: firstMs / warmNewMs, ratioToSame: firstMs / warmSameMs });
    } finally {
      await server.stop();
    }
  }
  const of = (key: keyof WarmStart): number => median(samples.map((s) => s[key]));
  return {
    startMs: of('startMs'),
    firstMs: of('firstMs'),
    warmNewMs: of('warmNewMs'),
    warmSameMs: of('warmSameMs'),
    ratioToNew: of('ratioToNew'),
    ratioToSame: of('ratioToSame'),
  };
}

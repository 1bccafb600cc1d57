/**
 * Issue 13 part 2: the server is single-threaded, so a long check must never hold up another document.
 * A 6 MB dump is parsed and checked in slices: a hover on another document answers within 100 ms (p99)
 * meanwhile, `$/cancelRequest` is honoured (RequestCancelled), and a version superseded by a newer one gets no
 * diagnostics of its own. Every pass over the whole text yields (the normalisation, the frame search, the line
 * starts, the whole-dump maps of the checks: test/service/dump-slices.test.ts counts the yields), and the server's
 * slices are bounded in time (8 ms, server/src/parseCache.ts `drive`).
 *
 * The budgets are the requirement on a quiet machine as written: 100 ms for the 6 MB hover p99, 1 s for the
 * slowest request behind a 60 MB dump. What a loaded machine still slows is what no slicing shortens: the share of
 * a core the server gets (with 15 runnable processes on 2 cores it is about a seventh: every slice, and the wait
 * for the next turn, is seven times as long), the steps that cannot be cut (vscode-jsonrpc joins, decodes and
 * JSON-parses a 60 MB message in one piece: about 300 ms quiet, 550-650 ms at a load of 13), and garbage
 * collection. So on a loaded machine each budget is a multiple of a floor measured in this process in the same
 * run, the 6 MB text split into lines: it costs about 25 ms on the quiet 2-core machine and grows with the load as
 * any pass over text does. The multiple is the quiet budget's own ratio to the quiet floor, never more: 100 ms is
 * 4 floors; for 60 MB the floor is ten times as much text, and 1 s is about 3 of those (a quiet 60 MB split
 * costs about 300 ms). A slowdown of the server's own beyond the machine's shows as a failure at any load.
 */

import * as assert from 'node:assert/strict';
import { CancellationTokenSource, CodeLensRequest, HoverRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startTestServer, type TestServer } from './lspClient';
import { keySpecLine, renewed } from './renewedCa';

/** About 6 MB of certificates (the fixture's three, again and again). */
const big = renewed.repeat(Math.ceil(6_000_000 / renewed.length));
const small = 'file:///responsive/b.txt';
/** The KeySpec line of the small dump: its hover is the request measured. */
/** A hover during the check of 6 MB may take this many floors, when that is more than 100 ms (100 ms / 25 ms quiet). */
const LOADED_FACTOR = 4;
/** A request behind a 60 MB dump may take this many floors of ten times the text, when that is more than 1 s (1 s / 300 ms quiet). */
const LOADED_FACTOR_60MB = 3;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
};

describe('language server over stdio: responsive while a 6 MB dump is checked', function () {
  this.timeout(60_000);
  let server: TestServer;
  const published: PublishDiagnosticsParams[] = [];
  before(async () => {
    server = await startTestServer();
    server.onPublish((p) => published.push(p));
    server.open(small, 'certutil-dump', renewed);
    await server.diagnostics(small);
  });
  after(async () => server.stop());

  const hoverOnSmall = async (): Promise<number> => {
    const t0 = performance.now();
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: keySpecLine, character: 8 } });
    assert.ok(hover, 'no hover on the KeySpec line');
    return performance.now() - t0;
  };

  /** The floor: the 6 MB text split into lines here, the median of 5 (a warm-up first: the first call pays for the JIT). */
  const floor = async (): Promise<number> => {
    for (let i = 0; i < 5; i++) await hoverOnSmall();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      assert.ok(big.split(/\r\n|\r|\n/).length > 1000);
      times.push(performance.now() - t0);
    }
    return percentile(times, 0.5);
  };

  /** Hovers on the small dump, one after the other, from now until `uri`'s diagnostics are published. */
  const hoversWhileChecked = async (uri: string, text: string, skipFirst: boolean): Promise<number[]> => {
    let checked = false;
    const done = server.diagnostics(uri).then(() => (checked = true));
    const opened = server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'certutil-dump', version: 1, text } });
    if (skipFirst) await hoverOnSmall();
    // Else timed from when the open is written: the client's own time to send 60 MB is not the server's.
    else await opened;
    const latencies: number[] = [];
    const deadline = Date.now() + 240_000;
    while (!checked && Date.now() < deadline) latencies.push(await hoverOnSmall());
    await done;
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return latencies;
  };

  const summary = (latencies: number[], floorMs: number): string =>
    `${latencies.length} hovers, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, slowest ${[...latencies]
      .sort((a, b) => a - b)
      .slice(-3)
      .map((l) => l.toFixed(0))
      .join(', ')} ms; floor ${floorMs.toFixed(1)} ms`;

  it('answers hovers on another document within 100 ms (p99) while the 6 MB dump is parsed and checked', async () => {
    const floorMs = await floor();
    // The first answer after the open waits for the 6 MB message itself to be read (JSON and line starts, as in
    // any LSP server): not measured here (the 60 MB test below measures it). The checking that follows is.
    const latencies = await hoversWhileChecked('file:///responsive/a.txt', big, true);
    assert.ok(latencies.length >= 5, `only ${latencies.length} hovers were answered while the dump was checked: the check did not yield`);
    const budget = Math.max(100, LOADED_FACTOR * floorMs);
    console.log(`      ${summary(latencies, floorMs)}; budget ${budget.toFixed(0)} ms`);
    assert.ok(percentile(latencies, 0.99) < budget, summary(latencies, floorMs));
  });

  it('never keeps a request on another document waiting a second behind a 60 MB dump, its reading included', async function () {
    this.timeout(300_000);
    const huge = renewed.repeat(Math.ceil(60_000_000 / renewed.length));
    const floorMs = await floor();
    const latencies = await hoversWhileChecked('file:///responsive/huge.txt', huge, false);
    assert.ok(latencies.length >= 5, `only ${latencies.length} hovers were answered while the dump was checked`);
    const budget = Math.max(1000, LOADED_FACTOR_60MB * 10 * floorMs);
    const slowest = Math.max(...latencies);
    console.log(`      ${summary(latencies, floorMs)}; budget ${budget.toFixed(0)} ms for the slowest`);
    assert.ok(slowest < budget, summary(latencies, floorMs));
  });

  it('answers a cancelled request with RequestCancelled, without computing it to the end', async () => {
    const uri = 'file:///responsive/cancel.txt';
    server.open(uri, 'certutil-dump', big);
    const source = new CancellationTokenSource();
    const lenses = server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }, source.token);
    setImmediate(() => source.cancel());
    await assert.rejects(lenses, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    // The server is still up, and answers the same request uncancelled.
    const again = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    assert.ok(again.length > 0);
  });

  it('drops the diagnostics of a version superseded while it was checked', async () => {
    const uri = 'file:///responsive/superseded.txt';
    const mine = (): PublishDiagnosticsParams[] => published.filter((p) => p.uri === uri);
    server.open(uri, 'certutil-dump', big, 1);
    // A whole new text while version 1 is still being parsed: only version 2 may be published.
    setImmediate(
      () => void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: renewed }] }),
    );
    await server.diagnostics(uri, 2);
    assert.deepEqual(
      mine().map((p) => p.version),
      [2],
    );
    // Wait for the server to go quiet (a hover answered after the change), then check again.
    await hoverOnSmall();
    assert.deepEqual(
      mine().map((p) => p.version),
      [2],
    );
  });
});

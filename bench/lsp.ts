/**
 * The language server as an editor meets it: `node dist/server.js --stdio`, driven through the protocol by the
 * LSP tests' client. Every figure is wall time from sending a message to receiving the answer.
 */

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, CodeLensRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { TestServer } from '../test/lsp/lspClient';
import { startInTempFolder, stopAndRemove } from '../test/lsp/setup';
import { median } from './stats';

/** Waits for `promise`, failing after `ms` so a lost message cannot hang the benchmark. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The server's resident memory in bytes, from /proc (Linux), or undefined elsewhere. */
export function residentBytes(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s*(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export class BenchServer {
  private opened = 0;
  private constructor(
    readonly server: TestServer,
    private readonly folder: string,
  ) {}

  static async start(): Promise<BenchServer> {
    const { server, folder } = await startInTempFolder('certutil-bench-');
    return new BenchServer(server, folder);
  }

  get pid(): number {
    return this.server.process.pid!;
  }

  /** Opens `text` under a new name; resolves with the time to its first diagnostics, the diagnostics and the URI. */
  async open(languageId: string, text: string, fileName: string): Promise<{ ms: number; uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(path.join(this.folder, `${this.opened++}-${fileName}`)).toString();
    const start = performance.now();
    const published = this.server.diagnostics(uri, 1);
    this.server.open(uri, languageId, text, 1);
    const diagnostics = await within(60_000, `diagnostics for ${fileName}`, published);
    return { ms: performance.now() - start, uri, diagnostics };
  }

  close(uri: string): void {
    void this.server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces `range` with `text` as version `version`; resolves with the time until that version's diagnostics. */
  async edit(
    uri: string,
    version: number,
    range: { line: number; character: number; length: number },
    text: string,
  ): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
    const start = performance.now();
    const published = this.server.diagnostics(uri, version);
    void this.server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line: range.line, character: range.character }, end: { line: range.line, character: range.character + range.length } }, text },
      ],
    });
    const diagnostics = await within(10_000, `diagnostics for version ${version}`, published);
    return { ms: performance.now() - start, diagnostics };
  }

  async codeAction(uri: string, diagnostic: Diagnostic): Promise<number> {
    const start = performance.now();
    const actions = await within(
      10_000,
      'code action',
      this.server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }),
    );
    if (!actions || actions.length === 0) throw new Error('the code action request returned no action');
    return performance.now() - start;
  }

  async hover(uri: string, line: number, character: number): Promise<number> {
    const start = performance.now();
    const hover = await within(
      10_000,
      'hover',
      this.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }),
    );
    if (!hover) throw new Error('the hover request returned nothing');
    return performance.now() - start;
  }

  stop(): Promise<void> {
    return stopAndRemove(this.server, this.folder);
  }
}

/** The KeySpec problem of the broken certificate nearest the middle of the dump: where the editing measurements type. */
function middleKeySpecProblem(diagnostics: Diagnostic[]): Diagnostic {
  const broken = diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero');
  const target = broken[Math.floor(broken.length / 2)];
  if (!target) throw new Error('the dump has no KeySpec problem to edit');
  return target;
}

/** `    KeySpec = 2 -- AT_SIGNATURE`: the digit stands after the `= `. */
const keySpecDigitAt = (problem: Diagnostic): number => problem.range.start.character + 'KeySpec = '.length;

export interface KeystrokeFigures {
  keystrokeMs: number;
  /** A character typed at the start of that line, then deleted: the text grows and shrinks, so every certificate after the edit moves. */
  typedMs: number;
  codeActionMs: number;
  hoverMs: number;
}

/**
 * On an open dump: a keystroke on the KeySpec line of the broken certificate nearest the middle (2 -> 0 and
 * back), timed until diagnostics for that version arrive, checked to be fresh (its problem gone, then back);
 * a quick fix and a hover on that line.
 */
export async function measureEditing(server: BenchServer, uri: string, diagnostics: Diagnostic[], runs: number): Promise<KeystrokeFigures> {
  const target = middleKeySpecProblem(diagnostics);
  const line = target.range.start.line;

  const codeActionTimes: number[] = [];
  const hoverTimes: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = [await server.codeAction(uri, target), await server.hover(uri, line, target.range.start.character + 2)];
    if (run > 0) {
      codeActionTimes.push(ms[0]);
      hoverTimes.push(ms[1]);
    }
  }

  const keystrokeTimes: number[] = [];
  let version = 1;
  const digitAt = keySpecDigitAt(target);
  for (let run = 0; run <= runs; run++) {
    const fixed = run % 2 === 0;
    const result = await server.edit(uri, ++version, { line, character: digitAt, length: 1 }, fixed ? '0' : '2');
    assertFresh(result.diagnostics, line, fixed, run);
    if (run > 0) keystrokeTimes.push(result.ms);
  }

  // Typing: a space before the line's indentation, then deleted; the problem moves with its line's text.
  const typedTimes: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const typed = run % 2 === 0;
    const result = await server.edit(uri, ++version, { line, character: 0, length: typed ? 0 : 1 }, typed ? ' ' : '');
    const shown = result.diagnostics.find((d) => d.code === 'keyspec.ksp-nonzero' && d.range.start.line === line);
    if (shown?.range.start.character !== target.range.start.character + (typed ? 1 : 0))
      throw new Error(`typed ${run}: the KeySpec problem on line ${line} did not move with its text: not fresh`);
    if (run > 0) typedTimes.push(result.ms);
  }
  return { keystrokeMs: median(keystrokeTimes), typedMs: median(typedTimes), codeActionMs: median(codeActionTimes), hoverMs: median(hoverTimes) };
}

/**
 * Fresh diagnostics after a keystroke on a KeySpec digit: the problem of the edited line is gone when the digit
 * was fixed, and back when it was broken again (a count would not do: maxProblems caps it).
 */
function assertFresh(diagnostics: readonly Diagnostic[], line: number, fixed: boolean, run: number): void {
  const shown = diagnostics.some((d) => d.code === 'keyspec.ksp-nonzero' && d.range.start.line === line);
  if (shown === fixed) throw new Error(`keystroke ${run}: the KeySpec problem on line ${line} is ${shown ? 'still there' : 'missing'}: not fresh`);
}

/** A keystroke in the middle of an open INF, timed until that version's diagnostics. */
export async function measureInfKeystroke(server: BenchServer, uri: string, text: string, runs: number): Promise<number> {
  const lines = text.split(/\r\n|\r|\n/);
  const line = Math.floor(lines.length / 2);
  const times: number[] = [];
  let version = 1;
  for (let run = 0; run <= runs; run++) {
    const typed = run % 2 === 0;
    const result = await server.edit(uri, ++version, { line, character: 0, length: typed ? 0 : 1 }, typed ? ';' : '');
    if (run > 0) times.push(result.ms);
  }
  return median(times);
}

/** What the server holds after opening a document: resident memory as the OS sees it, and after a full collection. */
export interface MemoryFigures {
  idleBytes?: number;
  /** Right after the diagnostics, with the garbage of receiving the document not yet collected. */
  openBytes?: number;
  /** After a full garbage collection: what the server keeps for the document. */
  collectedBytes?: number;
  heapUsedBytes?: number;
}

/**
 * A fresh server (bench/gc-server.js: dist/server.js with --expose-gc) opens `text`; its resident memory is read
 * from /proc before, right after the diagnostics, and after it has collected its garbage on SIGUSR2.
 */
export async function measureMemory(text: string): Promise<MemoryFigures> {
  const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'gc-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let stderr = '';
  let onStderr: () => void = () => {};
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr();
  });
  const settle = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 500));
  try {
    const published = new Promise<void>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, () => resolve()));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await settle();
    const idleBytes = residentBytes(child.pid!);
    void connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///bench/machine-5000.txt', languageId: 'certutil-dump', version: 1, text },
    });
    await within(60_000, 'diagnostics of the memory server', published);
    await settle();
    const openBytes = residentBytes(child.pid!);
    const collected = new Promise<void>((resolve) => (onStderr = () => stderr.includes('memory ') && resolve()));
    child.kill('SIGUSR2');
    await within(10_000, 'garbage collection', collected);
    await settle();
    const report = /memory (.*)/.exec(stderr)?.[1];
    const heapUsedBytes = report ? (JSON.parse(report) as { after: { heapUsed: number } }).after.heapUsed : undefined;
    return { idleBytes, openBytes, collectedBytes: residentBytes(child.pid!), heapUsedBytes };
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** Issue 18 parts 3 and 4: what VS Code asks after every edit, and what each answer costs. */
export interface FollowUpFigures {
  /** A keystroke alone, until its fresh diagnostics (as measureEditing). */
  loneKeystrokeMs: number;
  /** The same keystroke with documentSymbol, foldingRange and codeLens sent right after it, until its fresh diagnostics. */
  withRequestsMs: number;
  /** Each request's answer after an edit (computed for the new version), and again on the same version (cached). */
  documentSymbolMs: number;
  foldingRangeMs: number;
  codeLensMs: number;
  documentSymbolCachedMs: number;
  /** The size of the documentSymbol answer as JSON. */
  documentSymbolBytes: number;
}

/**
 * On an open dump: a keystroke on the KeySpec line of the broken certificate nearest the middle (as measureEditing),
 * once alone and once followed at once by VS Code's usual documentSymbol + foldingRange + codeLens; each timed until
 * that version's fresh diagnostics. Then each structure request on its own, right after an edit and once more.
 */
export async function measureFollowUps(server: BenchServer, uri: string, diagnostics: Diagnostic[], runs: number): Promise<FollowUpFigures> {
  const target = middleKeySpecProblem(diagnostics);
  const line = target.range.start.line;
  const digitAt = keySpecDigitAt(target);
  const connection = server.server.connection;
  const textDocument = { uri };
  const followUps = (): Promise<unknown>[] => [
    connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
    connection.sendRequest(CodeLensRequest.type, { textDocument }),
  ];
  let version = 1000;
  const keystroke = async (run: number, withRequests: boolean): Promise<number> => {
    const fixed = run % 2 === 0;
    const answers: Promise<unknown>[] = [];
    const result = server.edit(uri, ++version, { line, character: digitAt, length: 1 }, fixed ? '0' : '2');
    if (withRequests) answers.push(...followUps());
    const { ms, diagnostics: fresh } = await result;
    await Promise.all(answers);
    assertFresh(fresh, line, fixed, run);
    return ms;
  };
  const lone: number[] = [];
  const withRequests: number[] = [];
  // Alternated, so both see the same machine; an even number of edits leaves the dump as it was.
  for (let run = 0; run < runs * 2 + 2; run++) {
    const ms = await keystroke(run, run % 4 >= 2);
    if (run >= 2) (run % 4 >= 2 ? withRequests : lone).push(ms);
  }

  const timeRequest = async (send: () => Promise<unknown>): Promise<{ ms: number; answer: unknown }> => {
    const start = performance.now();
    const answer = await within(10_000, 'structure request', send());
    return { ms: performance.now() - start, answer };
  };
  const symbolTimes: number[] = [];
  const foldingTimes: number[] = [];
  const lensTimes: number[] = [];
  const cachedTimes: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs + 1; run++) {
    // A fresh version, its diagnostics out of the way: then each request computes its answer for it.
    await keystroke(run, false);
    const symbols = await timeRequest(() => connection.sendRequest(DocumentSymbolRequest.type, { textDocument }));
    const folding = await timeRequest(() => connection.sendRequest(FoldingRangeRequest.type, { textDocument }));
    const lenses = await timeRequest(() => connection.sendRequest(CodeLensRequest.type, { textDocument }));
    const cached = await timeRequest(() => connection.sendRequest(DocumentSymbolRequest.type, { textDocument }));
    if (run === 0) continue;
    symbolTimes.push(symbols.ms);
    foldingTimes.push(folding.ms);
    lensTimes.push(lenses.ms);
    cachedTimes.push(cached.ms);
    bytes = JSON.stringify(symbols.answer).length;
  }
  // An odd number of edits above left the KeySpec at 0: put it back.
  if ((runs + 1) % 2 === 1) await keystroke(1, false);
  return {
    loneKeystrokeMs: median(lone),
    withRequestsMs: median(withRequests),
    documentSymbolMs: median(symbolTimes),
    foldingRangeMs: median(foldingTimes),
    codeLensMs: median(lensTimes),
    documentSymbolCachedMs: median(cachedTimes),
    documentSymbolBytes: bytes,
  };
}

/**
 * All LSP glue: capabilities, settings, and one small handler per request. Each handler looks up the
 * document, takes the cached parse for its version, calls one service function and converts.
 */

import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type CodeLensParams,
  type CompletionItem,
  type CompletionParams,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type ExecuteCommandParams,
  type FoldingRange,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type InlayHint,
  type InlayHintParams,
} from 'vscode-languageserver/node';
import { clientCommands, contributedCommands, serverCommands } from '../../common/commandIds';
import {
  compareRequest,
  healthReportRequest,
  repairCandidatesRequest,
  repairEditRequest,
  type CompareParams,
  type CompareResult,
  type HealthReportParams,
  type RepairCandidate,
  type RepairEditParams,
  type RepairEditResult,
} from '../../common/protocol';
import { diagnosticSource, toCompletionItem, toCreateEdit, toDocumentSymbol, toInlayHint, toProblem, toRange } from './convert';
import { DiagnosticsScheduler } from './diagnostics';
import { drive, fileNameOf, ParseCache, type ErrorLog, type ParsedDocument } from './parseCache';
import {
  compare,
  completions,
  dumpSummaryInSlices,
  healthReport,
  folding,
  groupByContainer,
  hoverInSlices,
  infFixes,
  inlayHints,
  keyRepair,
  repairCandidates,
  repairCandidatesInSlices,
  repairLensesInSlices,
  repairPlan,
  symbols,
  isRepairTarget,
  needsStoreChoice,
  type NoRepair,
  type RepairPlan,
} from './service/languageService';
import { defaultServerSettings, readServerSettings, settingsSection, type ServerSettings } from './readSettings';
import { WorkspaceHost } from './workspaceHost';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const DAY_MS = 24 * 60 * 60 * 1000;

export function startServer(connection: Connection): void {
  /** A parser or check that threw: the diagnostic says "could not be checked", the log says why. */
  const logInternalErrors: ErrorLog = (errors, document, request) => {
    for (const { what, span, error } of errors) {
      connection.console.error(
        `certutil: ${what} failed on ${document} at offsets ${span.start}-${span.end} (${request}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  };
  const documents = new ParseCache(logInternalErrors);
  const host = new WorkspaceHost();
  let settings: ServerSettings = defaultServerSettings;
  const diagnostics = new DiagnosticsScheduler(connection, documents, () => settings, logInternalErrors);
  let canReadConfiguration = false;
  /** Counts settings changes: a cached answer that reads the settings is keyed by it. */
  let settingsGeneration = 0;
  /** The most folding ranges the client takes (its `rangeLimit`), when it says. */
  let foldingRangeLimit = Infinity;
  /** The client announces workspace folder changes (asking for them without this throws). */
  let canTrackFolders = false;

  /**
   * The one wrapper of a request on a document: publishes the document's pending diagnostics first, waits for the parse of its current version (in slices, other
   * documents' requests answered meanwhile), honours `$/cancelRequest` (RequestCancelled), answers ContentModified
   * when a newer version superseded the one asked about, and logs an exception and answers `failed`.
   */
  function onDocument<P, R>(
    name: string,
    fallback: R,
    uriOf: (params: P) => string,
    body: (found: ParsedDocument, params: P) => R | Generator<void, R>,
    failed: R = fallback,
  ): (params: P, token: CancellationToken) => Promise<R | ResponseError> {
    return async (params, token) => {
      try {
        const cancelled = (): ResponseError => new ResponseError(LSPErrorCodes.RequestCancelled, `${name} was cancelled`);
        const modified = (): ResponseError => new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while this was computed.');
        if (token.isCancellationRequested) return cancelled();
        const uri = uriOf(params);
        await diagnostics.flush(uri);
        const found = await documents.getInSlices(uri, name, () => token.isCancellationRequested);
        if (found === 'cancelled' || token.isCancellationRequested) return cancelled();
        if (found === 'superseded') return modified();
        if (!found) return fallback;
        const answer = body(found, params);
        if (!isSliced(answer)) return answer;
        // A body that checks the whole document (code lenses, the repair candidates) runs in time slices too.
        const superseded = (): boolean => documents.documents.get(uri)?.version !== found.document.version;
        const result = await drive(answer, () => token.isCancellationRequested || superseded());
        if (result.done) return result.value;
        return token.isCancellationRequested ? cancelled() : modified();
      } catch (error) {
        connection.console.error(`certutil: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return failed;
      }
    };
  }

  function isSliced<R>(answer: R | Generator<void, R>): answer is Generator<void, R> {
    return Object.prototype.toString.call(answer) === '[object Generator]';
  }

  function initialize(params: InitializeParams): InitializeResult {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    canTrackFolders = params.capabilities.workspace?.workspaceFolders === true;
    foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? Infinity;
    host.setFolders((params.workspaceFolders ?? []).map((f) => f.uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['[', '=', '"', '&'] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        executeCommandProvider: { commands: [serverCommands.repairFiles] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'certutil-language-server' },
    };
  }

  function initialized(): void {
    void refreshSettings();
    if (canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) =>
        host.addRemove(
          e.added.map((f) => f.uri),
          e.removed.map((f) => f.uri),
        ),
      );
    }
  }

  async function refreshSettings(): Promise<void> {
    try {
      const raw: unknown = canReadConfiguration ? await connection.workspace.getConfiguration(settingsSection) : undefined;
      settings = readServerSettings(raw);
      settingsGeneration++;
    } catch (error) {
      connection.console.error(`certutil: reading settings failed: ${String(error)}`);
    }
    for (const document of documents.documents.all()) diagnostics.schedule(document.uri);
  }

  // Outline, folding and lenses: computed and converted once per version (documents.once), the outline bounded by a setting.
  function documentSymbols(found: ParsedDocument): DocumentSymbol[] {
    const max = settings.outlineMaxItems;
    return documents.once(found, `documentSymbol ${max}`, () => symbols(found.parsed, max).map((symbol) => toDocumentSymbol(found.document, symbol)));
  }

  function foldingRanges(found: ParsedDocument): FoldingRange[] {
    const max = Math.min(settings.outlineMaxItems, foldingRangeLimit);
    return documents.once(found, `foldingRange ${max}`, () =>
      folding(found.parsed, max)
        .map((span) => ({ startLine: found.document.positionAt(span.start).line, endLine: found.document.positionAt(span.end).line }))
        .filter((range) => range.endLine > range.startLine),
    );
  }

  function* hovers(found: ParsedDocument, params: HoverParams): Generator<void, Hover | null> {
    const result = yield* hoverInSlices(found.parsed, found.document.offsetAt(params.position), { ...settings, today: Date.now() });
    if (!result) return null;
    return { contents: { kind: 'markdown', value: result.contents }, range: toRange(found.document, result.span) };
  }

  function completion(found: ParsedDocument, params: CompletionParams): CompletionItem[] {
    const offset = found.document.offsetAt(params.position);
    return completions(found.parsed, offset).map((item) => toCompletionItem(found.document, offset, item));
  }

  function* codeActions(found: ParsedDocument, params: CodeActionParams): Generator<void, CodeAction[]> {
    const ours = params.context.diagnostics.filter((d) => d.source === diagnosticSource);
    if (found.parsed.language === 'inf') {
      const dumps = documents.parsedOnes().map((d) => d.parsed);
      return ours.flatMap((diagnostic) =>
        infFixes(found.parsed, toProblem(found.document, diagnostic), dumps).map((fix) => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred,
          edit: { changes: { [params.textDocument.uri]: fix.edits.map((e) => ({ range: toRange(found.document, e), newText: e.newText })) } },
        })),
      );
    }
    // The KeySpec fixes look their certificate up among the repair candidates: found once per version, in slices.
    if (ours.some((d) => d.code === 'keyspec.ksp-nonzero')) yield* repairCandidatesInSlices(found.parsed);
    return ours.flatMap((d) => {
      if (!d.data) return [];
      if (d.code === 'keyspec.ksp-nonzero') return [keySpecFix(params.textDocument.uri, d)];
      if (d.code === 'key.missing' || d.code === 'keyspec.consumer') return [keyRepairFix(params.textDocument.uri, d)];
      return [];
    });
  }

  /** The key-binding quick fix: the file the diagnostic's repair names (a repairstore .cmd or a KeyProv INF), create-only. */
  function keyRepairFix(dumpUri: string, diagnostic: Diagnostic): CodeAction {
    const plan = keyRepair(dumpUri, diagnostic.data, host);
    const title = diagnostic.code === 'keyspec.consumer' ? 'Generate KeyProv.inf (KeySpec=1)' : 'Generate the key repair';
    if (plan.kind === 'refused') return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: plan.reason } };
    if (plan.kind === 'untitled')
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: clientCommands.openUntitledInf, arguments: [plan.texts[0]] },
      };
    const file = plan.files[0];
    return {
      title: `Generate ${file.fileName}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: toCreateEdit(plan.files),
      command: { title: 'Show the generated file', command: clientCommands.showGeneratedFile, arguments: [file.uri] },
    };
  }

  function inlayHintsOf(found: ParsedDocument, params: InlayHintParams): InlayHint[] {
    const range = { start: found.document.offsetAt(params.range.start), end: found.document.offsetAt(params.range.end) };
    return inlayHints(found.parsed, Date.now(), range).map((hint) => toInlayHint(found.document, hint));
  }

  /**
   * The KeySpec quick fix, never an empty lightbulb: a WorkspaceEdit that creates the KeyProv.inf beside the dump
   * (never over a file), a command that asks for the store the dump does not show, or a disabled action saying why not.
   */
  function keySpecFix(dumpUri: string, diagnostic: Diagnostic): CodeAction {
    const data: unknown = diagnostic.data;
    if (!isRepairTarget(data)) {
      const reason =
        typeof data === 'object' && data !== null && 'noRepair' in data ? String((data as NoRepair).noRepair) : 'The diagnostic carries no repair target.';
      return { title: 'Generate KeyProv.inf (KeySpec=0)', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason } };
    }
    const target = data;
    const title = `Generate KeyProv.inf for serial ${String(target.serial)} (KeySpec=0)`;
    if (needsStoreChoice(target)) {
      const ask = `Choose the store, then generate KeyProv.inf for serial ${target.serial} (KeySpec=0)`;
      const args = [dumpUri, target.serial, target.storeEvidence?.question ?? '', target.store];
      return {
        title: ask,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: ask, command: clientCommands.repairWithStoreChoice, arguments: args },
      };
    }
    const found = documents.get(dumpUri);
    const plan: RepairPlan = found
      ? repairPlan(found.parsed, dumpUri, { serials: [target.serial], scripts: false }, host)
      : { kind: 'refused', reason: 'The dump is not open.' };
    if (plan.kind === 'refused') return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: plan.reason } };
    if (plan.kind === 'untitled') {
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title, command: clientCommands.openUntitledInf, arguments: [plan.texts[0]] },
      };
    }
    const file = plan.files[0];
    return {
      title: `Generate ${file.fileName} (KeySpec=0)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: toCreateEdit(plan.files),
      command: { title: 'Show the generated file', command: clientCommands.showGeneratedFile, arguments: [file.uri] },
    };
  }

  function* codeLenses(found: ParsedDocument, params: CodeLensParams): Generator<void, CodeLens[]> {
    // The summary reads the settings and the day: both are part of what the cached answer is for.
    const key = `codeLens ${settingsGeneration} ${Math.floor(Date.now() / DAY_MS)}`;
    const known = documents.recall<CodeLens[]>(found, key);
    if (known) return known;
    const lenses = yield* computeCodeLenses(found, params);
    return documents.once(found, key, () => lenses);
  }

  function* computeCodeLenses(found: ParsedDocument, params: CodeLensParams): Generator<void, CodeLens[]> {
    const lenses: CodeLens[] = (yield* repairLensesInSlices(found.parsed)).map((lens) => ({
      range: toRange(found.document, lens),
      command: { title: 'Generate repair INF (KeySpec=0)', command: contributedCommands.generateRepairInf, arguments: [params.textDocument.uri, lens.serial] },
    }));
    // An empty command id makes the lens a label: the summary is to read, the fixes are on each line.
    const summary = yield* dumpSummaryInSlices(found.parsed, { ...settings, today: Date.now() });
    if (summary) lenses.unshift({ range: toRange(found.document, summary.at), command: { title: `CA key health: ${summary.text}`, command: '' } });
    return lenses;
  }

  function* candidates(found: ParsedDocument): Generator<void, RepairCandidate[]> {
    yield* repairCandidatesInSlices(found.parsed);
    return groupByContainer(repairCandidates(found.parsed)).flatMap((group, index) =>
      group.entries.map((c) => ({
        target: c.target,
        line: found.document.positionAt(c.offset).line,
        certificate: certificateLines(found.document, c.certificate),
        group: { index, size: group.entries.length },
      })),
    );
  }

  function certificateLines(
    document: TextDocument,
    cert: { start: number; end: number; notBefore?: string; notAfter?: string },
  ): RepairCandidate['certificate'] {
    const lines: RepairCandidate['certificate'] = { startLine: document.positionAt(cert.start).line, endLine: document.positionAt(cert.end).line };
    if (cert.notBefore !== undefined) lines.notBefore = cert.notBefore;
    if (cert.notAfter !== undefined) lines.notAfter = cert.notAfter;
    return lines;
  }

  function* repairEdit(found: ParsedDocument, params: RepairEditParams): Generator<void, RepairEditResult> {
    yield* repairCandidatesInSlices(found.parsed);
    const request = {
      scripts: params.scripts === true,
      ...(params.serials ? { serials: params.serials } : {}),
      ...(params.folder !== undefined ? { folder: params.folder } : {}),
      ...(params.storeChoice ? { storeChoice: params.storeChoice } : {}),
    };
    const plan = repairPlan(found.parsed, params.uri, request, host);
    if (plan.kind === 'refused') return { ok: false, reason: plan.reason, ...(plan.askStore ? { askStore: plan.askStore } : {}) };
    if (plan.kind === 'untitled') return { ok: true, untitled: plan.texts };
    return {
      ok: true,
      edit: toCreateEdit(plan.files),
      files: plan.files.map((f) => ({ uri: f.uri, fileName: f.fileName, ...(f.command ? { command: f.command } : {}) })),
    };
  }

  function healthReportOf(found: ParsedDocument, params: HealthReportParams): { html: string } | null {
    const html = healthReport(found.parsed, { ...settings, today: Date.now() }, params.nonce);
    return html === undefined ? null : { html };
  }

  /** Both parses in slices: comparing a dump still being parsed never holds up other documents. */
  async function compareDumps(params: CompareParams): Promise<CompareResult | null> {
    const before = await documents.getInSlices(params.beforeUri, 'compare');
    const after = await documents.getInSlices(params.afterUri, 'compare');
    if (!before || !after || typeof before === 'string' || typeof after === 'string') return null;
    const result = compare(before.parsed, after.parsed, fileNameOf(params.beforeUri), fileNameOf(params.afterUri));
    if (!result) return null;
    diagnostics.compared(params.afterUri, params.beforeUri, result.baseline);
    return { markdown: result.markdown, allCaFixed: result.allCaFixed };
  }

  // Refusals go back to the client as errors with the reason, so any LSP client can show why nothing was written.
  async function executeCommand(params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
    try {
      if (params.command !== serverCommands.repairFiles) return new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      const [dumpUri, folderUri] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof dumpUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${serverCommands.repairFiles} takes the dump's URI`);
      if (folderUri !== undefined && typeof folderUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'The folder must be a URI string.');
      const found = await documents.getInSlices(dumpUri, 'executeCommand', () => token.isCancellationRequested);
      if (found === 'cancelled') return new ResponseError(LSPErrorCodes.RequestCancelled, 'executeCommand was cancelled');
      if (found === 'superseded') return new ResponseError(LSPErrorCodes.ContentModified, 'The dump changed while the repair files were planned.');
      if (!found) return new ResponseError(ErrorCodes.InvalidParams, `${dumpUri} is not an open certutil dump`);
      const superseded = (): boolean => documents.documents.get(dumpUri)?.version !== found.document.version;
      const prepared = await drive(repairCandidatesInSlices(found.parsed), () => token.isCancellationRequested || superseded());
      if (!prepared.done && token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'executeCommand was cancelled');
      if (!prepared.done) return new ResponseError(LSPErrorCodes.ContentModified, 'The dump changed while the repair files were planned.');
      const plan = repairPlan(found.parsed, dumpUri, { scripts: true, ...(folderUri !== undefined ? { folder: folderUri } : {}) }, host);
      if (plan.kind === 'refused') return new ResponseError(LSPErrorCodes.RequestFailed, plan.reason);
      if (plan.kind === 'untitled')
        return new ResponseError(
          LSPErrorCodes.RequestFailed,
          'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.',
        );
      return toCreateEdit(plan.files);
    } catch (error) {
      connection.console.error(`certutil: executeCommand failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, 'The server could not generate the repair files; see the Certutil output channel.');
    }
  }

  connection.onInitialize(initialize);
  connection.onInitialized(initialized);
  connection.onDidChangeConfiguration(() => void refreshSettings());
  documents.documents.onDidOpen((e) => diagnostics.schedule(e.document.uri));
  documents.documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri, true));
  documents.documents.onDidClose((e) => {
    documents.forget(e.document.uri);
    diagnostics.closed(e.document.uri);
  });
  const inDocument = (params: { textDocument: { uri: string } }): string => params.textDocument.uri;
  const byUri = (params: { uri: string }): string => params.uri;
  connection.onDocumentSymbol(onDocument('documentSymbol', [], inDocument, documentSymbols));
  connection.onFoldingRanges(onDocument('foldingRange', [], inDocument, foldingRanges));
  connection.onHover(onDocument('hover', null, inDocument, hovers));
  connection.onCodeAction(onDocument('codeAction', [], inDocument, codeActions));
  connection.onCompletion(onDocument('completion', [], inDocument, completion));
  connection.onCodeLens(onDocument('codeLens', [], inDocument, codeLenses));
  connection.languages.inlayHint.on(onDocument('inlayHint', [], inDocument, inlayHintsOf));
  connection.onRequest(repairCandidatesRequest, onDocument('repairCandidates', [], byUri, candidates));
  const notOpen: RepairEditResult = { ok: false, reason: 'The dump is not open in the editor.' };
  const failed: RepairEditResult = { ok: false, reason: 'The server could not write the repair files; see the Certutil output channel.' };
  connection.onRequest(repairEditRequest, onDocument('repairEdit', notOpen, byUri, repairEdit, failed));
  connection.onRequest(compareRequest, (params: CompareParams) =>
    compareDumps(params).catch((error: unknown) => {
      connection.console.error(`certutil: compare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }),
  );
  connection.onRequest(healthReportRequest, onDocument('healthReport', null, byUri, healthReportOf));
  connection.onExecuteCommand(executeCommand);
  documents.documents.listen(connection);
  connection.listen();
}

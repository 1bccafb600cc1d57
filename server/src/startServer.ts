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
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type CodeLensParams,
  type CompletionItem,
  type CompletionParams,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type ExecuteCommandParams,
  type FoldingRange,
  type FoldingRangeParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { clientCommands, contributedCommands, serverCommands } from '../../common/commands';
import { compareRequest, repairCandidatesRequest, repairEditRequest, type CompareParams, type CompareResult, type RepairCandidate, type RepairCandidatesParams, type RepairEditParams, type RepairEditResult } from '../../common/protocol';
import { diagnosticSource, toCompletionItem, toCreateEdit, toDocumentSymbol, toProblem, toRange } from './convert';
import { DiagnosticsScheduler } from './diagnostics';
import { fileNameOf, ParseCache } from './parseCache';
import {
  compare,
  completions,
  folding,
  groupByContainer,
  hover,
  infFixes,
  repairCandidates,
  repairLenses,
  repairPlan,
  symbols,
  isRepairTarget,
  needsStoreChoice,
  type NoRepair,
  type RepairPlan,
} from './service/languageService';
import { defaultServerSettings, readServerSettings, settingsSection, type ServerSettings } from './settings';
import { WorkspaceHost } from './workspaceHost';

export function startServer(connection: Connection): void {
  const documents = new ParseCache();
  const host = new WorkspaceHost();
  let settings: ServerSettings = defaultServerSettings;
  const diagnostics = new DiagnosticsScheduler(connection, documents, () => settings);
  let canReadConfiguration = false;
  /** The client announces workspace folder changes (asking for them without this throws). */
  let canTrackFolders = false;

  /** Runs a handler; an exception is logged and answered with `fallback`, so the server stays up. */
  function safe<P extends unknown[], R>(name: string, fallback: R, handler: (...params: P) => R): (...params: P) => R {
    return (...params: P) => {
      try {
        return handler(...params);
      } catch (error) {
        connection.console.error(`certutil: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  function initialize(params: InitializeParams): InitializeResult {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    canTrackFolders = params.capabilities.workspace?.workspaceFolders === true;
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
        executeCommandProvider: { commands: [serverCommands.repairFiles] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'certutil-language-server' },
    };
  }

  function initialized(): void {
    void refreshSettings();
    if (canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => host.addRemove(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
    }
  }

  async function refreshSettings(): Promise<void> {
    try {
      const raw: unknown = canReadConfiguration ? await connection.workspace.getConfiguration(settingsSection) : undefined;
      settings = readServerSettings(raw);
    } catch (error) {
      connection.console.error(`certutil: reading settings failed: ${String(error)}`);
    }
    for (const document of documents.documents.all()) diagnostics.schedule(document.uri);
  }

  function documentSymbols(params: DocumentSymbolParams): DocumentSymbol[] {
    const found = documents.get(params.textDocument.uri);
    if (!found) return [];
    return symbols(found.parsed).map((symbol) => toDocumentSymbol(found.document, symbol));
  }

  function foldingRanges(params: FoldingRangeParams): FoldingRange[] {
    const found = documents.get(params.textDocument.uri);
    if (!found) return [];
    return folding(found.parsed)
      .map((span) => ({ startLine: found.document.positionAt(span.start).line, endLine: found.document.positionAt(span.end).line }))
      .filter((range) => range.endLine > range.startLine);
  }

  function hovers(params: HoverParams): Hover | null {
    const found = documents.get(params.textDocument.uri);
    if (!found) return null;
    const result = hover(found.parsed, found.document.offsetAt(params.position));
    if (!result) return null;
    return { contents: { kind: 'markdown', value: result.contents }, range: toRange(found.document, result.span) };
  }

  function completion(params: CompletionParams): CompletionItem[] {
    const found = documents.get(params.textDocument.uri);
    if (!found) return [];
    const offset = found.document.offsetAt(params.position);
    return completions(found.parsed, offset).map((item) => toCompletionItem(found.document, offset, item));
  }

  function codeActions(params: CodeActionParams): CodeAction[] {
    const found = documents.get(params.textDocument.uri);
    if (!found) return [];
    const ours = params.context.diagnostics.filter((d) => d.source === diagnosticSource);
    if (found.parsed.language === 'inf') {
      const dumps = documents.all().map((d) => d.parsed);
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
    return ours.filter((d) => d.code === 'keyspec.ksp-nonzero').map((d) => keySpecFix(params.textDocument.uri, d));
  }

  /**
   * The KeySpec quick fix, never an empty lightbulb: a WorkspaceEdit that creates the KeyProv.inf beside the dump
   * (never over a file), a command that asks for the store the dump does not show, or a disabled action saying why not.
   */
  function keySpecFix(dumpUri: string, diagnostic: Diagnostic): CodeAction {
    const data: unknown = diagnostic.data;
    if (!isRepairTarget(data)) {
      const reason = typeof data === 'object' && data !== null && 'noRepair' in data ? String((data as NoRepair).noRepair) : 'The diagnostic carries no repair target.';
      return { title: 'Generate KeyProv.inf (KeySpec=0)', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason } };
    }
    const target = data;
    const title = `Generate KeyProv.inf for serial ${String(target.serial)} (KeySpec=0)`;
    if (needsStoreChoice(target)) {
      const ask = `Choose the store, then generate KeyProv.inf for serial ${target.serial} (KeySpec=0)`;
      const args = [dumpUri, target.serial, target.storeEvidence?.question ?? '', target.store];
      return { title: ask, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: ask, command: clientCommands.repairWithStoreChoice, arguments: args } };
    }
    const found = documents.get(dumpUri);
    const plan: RepairPlan = found ? repairPlan(found.parsed, dumpUri, { serials: [target.serial], scripts: false }, host) : { kind: 'refused', reason: 'The dump is not open.' };
    if (plan.kind === 'refused') return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: plan.reason } };
    if (plan.kind === 'untitled') {
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, command: { title, command: clientCommands.openUntitledInf, arguments: [plan.texts[0]] } };
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

  function codeLenses(params: CodeLensParams): CodeLens[] {
    const found = documents.get(params.textDocument.uri);
    if (!found) return [];
    return repairLenses(found.parsed).map((lens) => ({
      range: toRange(found.document, lens),
      command: { title: 'Generate repair INF (KeySpec=0)', command: contributedCommands.generateRepairInf, arguments: [params.textDocument.uri, lens.serial] },
    }));
  }

  function candidates(params: RepairCandidatesParams): RepairCandidate[] {
    const found = documents.get(params.uri);
    if (!found) return [];
    return groupByContainer(repairCandidates(found.parsed)).flatMap((group, index) =>
      group.entries.map((c) => ({ target: c.target, line: found.document.positionAt(c.offset).line, group: { index, size: group.entries.length } })),
    );
  }

  function repairEdit(params: RepairEditParams): RepairEditResult {
    const found = documents.get(params.uri);
    if (!found) return { ok: false, reason: 'The dump is not open in the editor.' };
    const request = {
      scripts: params.scripts === true,
      ...(params.serials ? { serials: params.serials } : {}),
      ...(params.folder !== undefined ? { folder: params.folder } : {}),
      ...(params.storeChoice ? { storeChoice: params.storeChoice } : {}),
    };
    const plan = repairPlan(found.parsed, params.uri, request, host);
    if (plan.kind === 'refused') return { ok: false, reason: plan.reason, ...(plan.askStore ? { askStore: plan.askStore } : {}) };
    if (plan.kind === 'untitled') return { ok: true, untitled: plan.texts };
    return { ok: true, edit: toCreateEdit(plan.files), files: plan.files.map((f) => ({ uri: f.uri, fileName: f.fileName, ...(f.command ? { command: f.command } : {}) })) };
  }

  function compareDumps(params: CompareParams): CompareResult | null {
    const before = documents.get(params.beforeUri);
    const after = documents.get(params.afterUri);
    if (!before || !after) return null;
    const result = compare(before.parsed, after.parsed, fileNameOf(params.beforeUri), fileNameOf(params.afterUri));
    if (!result) return null;
    diagnostics.baselines.set(params.afterUri, result.baseline);
    diagnostics.schedule(params.afterUri);
    return { markdown: result.markdown, allCaFixed: result.allCaFixed };
  }

  // Refusals go back to the client as errors with the reason, so any LSP client can show why nothing was written.
  function executeCommand(params: ExecuteCommandParams): unknown {
    try {
      if (params.command !== serverCommands.repairFiles) return new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      const [dumpUri, folderUri] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof dumpUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${serverCommands.repairFiles} takes the dump's URI`);
      if (folderUri !== undefined && typeof folderUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'The folder must be a URI string.');
      const found = documents.get(dumpUri);
      if (!found) return new ResponseError(ErrorCodes.InvalidParams, `${dumpUri} is not an open certutil dump`);
      const plan = repairPlan(found.parsed, dumpUri, { scripts: true, ...(folderUri !== undefined ? { folder: folderUri } : {}) }, host);
      if (plan.kind === 'refused') return new ResponseError(LSPErrorCodes.RequestFailed, plan.reason);
      if (plan.kind === 'untitled') return new ResponseError(LSPErrorCodes.RequestFailed, 'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.');
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
  connection.onDocumentSymbol(safe('documentSymbol', [], documentSymbols));
  connection.onFoldingRanges(safe('foldingRange', [], foldingRanges));
  connection.onHover(safe('hover', null, hovers));
  connection.onCodeAction(safe('codeAction', [], codeActions));
  connection.onCompletion(safe('completion', [], completion));
  connection.onCodeLens(safe('codeLens', [], codeLenses));
  connection.onRequest(repairCandidatesRequest, safe('repairCandidates', [], candidates));
  connection.onRequest(repairEditRequest, safe('repairEdit', { ok: false, reason: 'The server could not write the repair files; see the Certutil output channel.' } as RepairEditResult, repairEdit));
  connection.onRequest(compareRequest, safe('compare', null, compareDumps));
  connection.onExecuteCommand(executeCommand);
  documents.documents.listen(connection);
  connection.listen();
}

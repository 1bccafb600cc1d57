/**
 * All LSP glue: capabilities, the parse cache, settings, and one safe wrapper per handler.
 * Each handler looks up the document, takes the cached parse for its version, calls one service
 * function and converts offsets to positions. Nothing clever lives here.
 */

import * as fs from 'fs';
import * as path from 'path';
import { URI, Utils } from 'vscode-uri';
import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { createFileEdits, diagnosticSource, toCompletionItem, toDiagnostic, toDocumentSymbol, toProblem, toRange } from './convert';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textDocuments } from './documents';
import { clientCommands, compareRequest, repairCandidatesRequest, repairInfRequest, serverCommands } from './protocol';
import { defaultServerSettings, readServerSettings, settingsSection, type ServerSettings } from './settings';
import { repairInfForFolder } from './service/dump/repairAction';
import { compare, completions, diagnose, folding, hover, infFixes, parse, repairCandidates, repairLenses, symbols, type Baseline, type Parsed } from './service/languageService';
import { repairFiles } from './service/repairFiles';
import { writeRepairInf, type RepairInfResult } from './service/repairInf';
import type { RepairTarget } from './service/repairTarget';

/** Diagnostics wait this long after the last change, so a burst of changes (a paste, an undo group) is checked once, */
const DIAGNOSTICS_DELAY_MS = 10;
/** but never longer than this after the first change of the burst: keystroke to fresh diagnostics has a 30 ms budget. */
const DIAGNOSTICS_MAX_DELAY_MS = 20;

function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(textDocuments);
  const cache = new Map<string, { version: number; parsed: Parsed | undefined }>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** When the pending validation of each document must run at the latest. */
  const deadlines = new Map<string, number>();
  /** Later dumps compared with an earlier one: their comparison problems are published with the rest. */
  const baselines = new Map<string, Baseline>();
  let settings: ServerSettings = defaultServerSettings;
  let canReadConfiguration = false;
  /** The client announces workspace folder changes (asking for them without this throws). */
  let canTrackFolders = false;
  /** The workspace folders: a quick fix writes only inside them (an untitled INF otherwise). */
  let workspaceFolders: URI[] = [];

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

  function parsedOf(uri: string): { document: TextDocument; parsed: Parsed } | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    let entry = cache.get(uri);
    if (!entry || entry.version !== document.version) {
      entry = { version: document.version, parsed: parse(document.languageId, document.getText(), fileNameOf(uri), entry?.parsed) };
      cache.set(uri, entry);
    }
    return entry.parsed ? { document, parsed: entry.parsed } : undefined;
  }

  const validate = safe('diagnostics', undefined, (uri: string): void => {
    const found = parsedOf(uri);
    if (!found) return;
    const diagnostics = diagnose(found.parsed, settings, baselines.get(uri)).map((p) => toDiagnostic(found.document, p));
    // A newer version may have arrived while this one was checked: never publish stale results over it.
    if (documents.get(uri)?.version !== found.document.version) return;
    void connection.sendDiagnostics({ uri, version: found.document.version, diagnostics });
  });

  function scheduleValidation(uri: string, delay: number): void {
    const now = Date.now();
    const deadline = timers.has(uri) ? (deadlines.get(uri) ?? now) : now + DIAGNOSTICS_MAX_DELAY_MS;
    clearTimeout(timers.get(uri));
    deadlines.set(uri, deadline);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      deadlines.delete(uri);
      validate(uri);
    }, Math.max(0, Math.min(delay, deadline - now))));
  }

  connection.onInitialize((params): InitializeResult => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    canTrackFolders = params.capabilities.workspace?.workspaceFolders === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri));
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
  });

  connection.onInitialized(() => {
    void refreshSettings();
    if (workspaceFolders.length > 0 && canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f.toString())), ...e.added.map((f) => URI.parse(f.uri))];
      });
    }
  });

  /** True when `folder` is a workspace folder or inside one. */
  function inWorkspace(folder: URI): boolean {
    return workspaceFolders.some((w) => w.scheme === folder.scheme && w.authority === folder.authority && (folder.path === w.path || folder.path.startsWith(`${w.path.replace(/\/$/, '')}/`)));
  }
  connection.onDidChangeConfiguration(() => void refreshSettings());

  async function refreshSettings(): Promise<void> {
    try {
      const raw: unknown = canReadConfiguration ? await connection.workspace.getConfiguration(settingsSection) : undefined;
      settings = readServerSettings(raw);
    } catch (error) {
      connection.console.error(`certutil: reading settings failed: ${String(error)}`);
    }
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }

  documents.onDidOpen((e) => scheduleValidation(e.document.uri, 0));
  documents.onDidChangeContent((e) => scheduleValidation(e.document.uri, DIAGNOSTICS_DELAY_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    deadlines.delete(e.document.uri);
    cache.delete(e.document.uri);
    baselines.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(
    safe('documentSymbol', [], (params): DocumentSymbol[] => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return [];
      return symbols(found.parsed).map((symbol) => toDocumentSymbol(found.document, symbol));
    }),
  );

  connection.onFoldingRanges(
    safe('foldingRange', [], (params) => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return [];
      return folding(found.parsed)
        .map((span) => ({ startLine: found.document.positionAt(span.start).line, endLine: found.document.positionAt(span.end).line }))
        .filter((range) => range.endLine > range.startLine);
    }),
  );

  connection.onHover(
    safe('hover', null, (params) => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return null;
      const result = hover(found.parsed, found.document.offsetAt(params.position));
      if (!result) return null;
      return { contents: { kind: 'markdown', value: result.contents }, range: toRange(found.document, result.span) };
    }),
  );

  connection.onCodeAction(
    safe('codeAction', [], (params): CodeAction[] => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return [];
      const actions: CodeAction[] = [];
      if (found.parsed.language === 'inf') {
        const dumps = documents.all().flatMap((d) => parsedOf(d.uri)?.parsed ?? []).filter((p) => p.language === 'dump');
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== diagnosticSource) continue;
          const problem = toProblem(found.document, diagnostic);
          for (const fix of infFixes(found.parsed, problem, dumps)) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: fix.isPreferred,
              edit: { changes: { [params.textDocument.uri]: fix.edits.map((e) => ({ range: toRange(found.document, e), newText: e.newText })) } },
            });
          }
        }
        return actions;
      }
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.code === 'keyspec.ksp-nonzero' && diagnostic.data) {
          actions.push(repairInfAction(params.textDocument.uri, diagnostic.data as RepairTarget, diagnostic));
        }
      }
      return actions;
    }),
  );

  connection.onCompletion(
    safe('completion', [], (params): CompletionItem[] => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return [];
      const offset = found.document.offsetAt(params.position);
      return completions(found.parsed, offset).map((item) => toCompletionItem(found.document, offset, item));
    }),
  );

  /** The preferred quick fix: a WorkspaceEdit that creates the KeyProv.inf beside the dump, never over a file. */
  function repairInfAction(dumpUri: string, target: RepairTarget, diagnostic: Diagnostic): CodeAction {
    const dump = URI.parse(dumpUri);
    const title = `Generate KeyProv.inf for serial ${target.serial} (KeySpec=0)`;
    const folder = Utils.dirname(dump);
    // An untitled dump has no folder, and nothing is written outside the workspace without a save dialog.
    if (dump.scheme === 'untitled' || !inWorkspace(folder)) {
      const result = writeRepairInf(target);
      if (!result.ok) return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: result.reason } };
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title, command: clientCommands.openUntitledInf, arguments: [result.text] },
      };
    }
    const isTaken = (name: string): boolean => dump.scheme === 'file' && fs.existsSync(path.join(folder.fsPath, name));
    const result: RepairInfResult = repairInfForFolder(target, isTaken);
    if (!result.ok) return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: result.reason } };
    const infUri = Utils.joinPath(folder, result.fileName).toString();
    return {
      title: `Generate ${result.fileName} (KeySpec=0)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { documentChanges: createFileEdits(infUri, result.text) },
      command: { title: 'Show the generated file', command: clientCommands.showGeneratedFile, arguments: [infUri] },
    };
  }

  connection.onRequest(
    repairCandidatesRequest,
    safe('repairCandidates', [], (params) => {
      const found = parsedOf(params.uri);
      if (!found) return [];
      return repairCandidates(found.parsed).map((c) => ({ target: c.target, line: found.document.positionAt(c.offset).line }));
    }),
  );

  connection.onRequest(
    repairInfRequest,
    safe('repairInf', { ok: false, reason: 'The server could not write the INF.' } as RepairInfResult, (params) => writeRepairInf(params.target, params.fileName)),
  );

  connection.onCodeLens(
    safe('codeLens', [], (params) => {
      const found = parsedOf(params.textDocument.uri);
      if (!found) return [];
      return repairLenses(found.parsed).map((lens) => ({
        range: toRange(found.document, lens),
        command: { title: 'Generate repair INF (KeySpec=0)', command: 'certutil.generateRepairInf', arguments: [params.textDocument.uri, lens.serial] },
      }));
    }),
  );

  connection.onRequest(
    compareRequest,
    safe('compare', null, (params) => {
      const before = parsedOf(params.beforeUri);
      const after = parsedOf(params.afterUri);
      if (!before || !after) return null;
      const result = compare(before.parsed, after.parsed, fileNameOf(params.beforeUri), fileNameOf(params.afterUri));
      if (!result) return null;
      baselines.set(params.afterUri, result.baseline);
      scheduleValidation(params.afterUri, 0);
      return { markdown: result.markdown, allCaFixed: result.allCaFixed };
    }),
  );

  // Refusals go back to the client as errors with the reason, so any LSP client can show why nothing was written.
  connection.onExecuteCommand((params) => {
    try {
      if (params.command !== serverCommands.repairFiles) return new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      const [dumpUri, folderUri] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof dumpUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${serverCommands.repairFiles} takes the dump's URI`);
      const found = parsedOf(dumpUri);
      if (!found) return new ResponseError(ErrorCodes.InvalidParams, `${dumpUri} is not an open certutil dump`);
      // Without a folder from the client, only beside a dump that lies inside the workspace.
      const folder = typeof folderUri === 'string' ? URI.parse(folderUri) : Utils.dirname(URI.parse(dumpUri));
      if (typeof folderUri !== 'string' && !inWorkspace(folder)) {
        return new ResponseError(ErrorCodes.InvalidParams, 'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.');
      }
      const isTaken = (name: string): boolean => folder.scheme === 'file' && fs.existsSync(path.join(folder.fsPath, name));
      const result = repairFiles(repairCandidates(found.parsed).map((c) => c.target), isTaken);
      if (!result.ok) return new ResponseError(LSPErrorCodes.RequestFailed, result.reason);
      return {
        documentChanges: result.files.flatMap((file) => createFileEdits(Utils.joinPath(folder, file.fileName).toString(), file.text)),
      };
    } catch (error) {
      connection.console.error(`certutil: executeCommand failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, 'The server could not generate the repair files; see the Certutil output channel.');
    }
  });

  documents.listen(connection);
  connection.listen();
}

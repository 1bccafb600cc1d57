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
} from 'vscode-languageserver';
import { clientCommands, contributedCommands, serverCommands } from '../../common/commandIds';
import {
  compareRequest,
  healthReportRequest,
  healthSummaryRequest,
  keyRepairEditRequest,
  repairCandidatesRequest,
  repairEditRequest,
  type CompareParams,
  type CompareResult,
  type HealthReportParams,
  type HealthSummaryResult,
  type KeyRepairEditParams,
  type RepairCandidate,
  type RepairEditParams,
  type RepairEditResult,
} from '../../common/protocol';
import { diagnosticSource, toCompletionItem, toCreateEdit, toDocumentSymbol, toInlayHint, toProblem, toRange } from './convert';
import { DiagnosticsScheduler } from './diagnostics';
import { drive, fileNameOf, ParseCache, type ErrorLog, type ParsedDocument, type SliceStep } from './parseCache';
import {
  compare,
  completions,
  dumpSummaryInSlices,
  healthReportInSlices,
  folding,
  groupByContainer,
  hoverInSlices,
  infFixes,
  inlayHintsInSlices,
  keyRepair,
  keyRepairQuestion,
  repairCandidates,
  repairCandidatesInSlices,
  repairLensesInSlices,
  repairPlan,
  symbols,
  isRepairTarget,
  needsStoreChoice,
  parseOptionsFor,
  type NoRepair,
  type RepairPlan,
  localizeText,
  serverLocaleOf,
  type ServerLocale,
} from './service/languageService';
import { isConfigFileUri, type ConfigFileLookup } from './configFileLookup';
import { readServerSettings, settingsSection, withConfigFile, type ServerSettings } from './readSettings';
import type { RepairHost } from './service/languageService';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the server knows of the workspace's folders and files: read from the disk by the Node server
 * (workspaceHost.ts), asked of the client by the browser server (browserWorkspaceHost.ts).
 */
export interface ServerHost extends RepairHost {
  setFolders(uris: readonly string[]): void;
  addRemove(added: readonly string[], removed: readonly string[]): void;
  /** Called before a repair plan names files in these folders (URIs), so the host can list them first. */
  prepare(folders: readonly string[]): Promise<void>;
  /** The config files of the workspace (certutil-keyspec.json, .certutilrc.json); the browser build has none. */
  readonly configFiles: ConfigFileLookup;
}

/** The folder a dump lies in, as a URI string. */
const folderOf = (uri: string): string => Utils.dirname(URI.parse(uri)).toString();

export function startServer(connection: Connection, makeHost: (connection: Connection) => ServerHost): void {
  /** A parser or check that threw: the diagnostic says "could not be checked", the log says why. */
  const logInternalErrors: ErrorLog = (errors, document, request) => {
    for (const { what, span, error } of errors) {
      connection.console.error(
        `certutil: ${what} failed on ${document} at offsets ${span.start}-${span.end} (${request}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  };
  const documents = new ParseCache(logInternalErrors, (uri, text) => parseOptionsFor(text, settingsFor(uri)));
  const host = makeHost(connection);
  /** The `certutil` section as VS Code sends it; a document's config file goes over it (settingsFor). */
  let vsCodeSettings: unknown = undefined;
  const configFiles = host.configFiles;
  /** The settings of one document: VS Code's, with the nearest config file's over them, read once per change. */
  const settingsByConfigFile = new Map<string, ServerSettings>();
  /** Config files already reported as unusable (reported once until they change). */
  const reportedConfigFiles = new Set<string>();
  function settingsFor(uri: string): ServerSettings {
    const file = configFiles.forDocument(uri);
    const key = file?.read.ok ? file.uri : '';
    let settings = settingsByConfigFile.get(key);
    if (!settings) {
      settings = readServerSettings(file?.read.ok ? withConfigFile(vsCodeSettings, file.read.section) : vsCodeSettings);
      settingsByConfigFile.set(key, settings);
    }
    if (file && !file.read.ok && !reportedConfigFiles.has(file.uri)) {
      reportedConfigFiles.add(file.uri);
      // A request at run time (the types say void): a client that answers it with an error must not end the server.
      const shown: unknown = connection.window.showWarningMessage(t(`${file.path} cannot be read (${file.read.reason}), so its settings are not used.`));
      if (shown instanceof Promise) shown.catch(() => undefined);
    }
    return settings;
  }
  /** The language of the messages: `initializationOptions.locale`, else the LSP `locale` VS Code sends (its display language). */
  let locale: ServerLocale = 'en';
  /** A text the server shows (title, lens, hint, refusal) in that language. */
  const t = (text: string): string => localizeText(text, locale);
  const diagnostics = new DiagnosticsScheduler(connection, documents, settingsFor, logInternalErrors, () => locale);
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
    body: (found: ParsedDocument, params: P) => R | Generator<SliceStep, R>,
    failed: R = fallback,
  ): (params: P, token: CancellationToken) => Promise<R | ResponseError> {
    return async (params, token) => {
      try {
        const cancelled = (): ResponseError => new ResponseError(LSPErrorCodes.RequestCancelled, `${name} was cancelled`);
        const modified = (): ResponseError => new ResponseError(LSPErrorCodes.ContentModified, t('The document changed while this was computed.'));
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

  function isSliced<R>(answer: R | Generator<SliceStep, R>): answer is Generator<SliceStep, R> {
    return Object.prototype.toString.call(answer) === '[object Generator]';
  }

  function initialize(params: InitializeParams): InitializeResult {
    const options = params.initializationOptions as { locale?: unknown } | undefined;
    locale = serverLocaleOf(typeof options?.locale === 'string' ? options.locale : params.locale);
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
      vsCodeSettings = canReadConfiguration ? await connection.workspace.getConfiguration(settingsSection) : undefined;
      settingsByConfigFile.clear();
      settingsGeneration++;
    } catch (error) {
      connection.console.error(`certutil: reading settings failed: ${String(error)}`);
    }
    for (const document of documents.documents.all()) diagnostics.schedule(document.uri);
  }

  // Outline, folding and lenses: computed and converted once per version (documents.once), the outline bounded by a setting.
  function documentSymbols(found: ParsedDocument): DocumentSymbol[] {
    const max = settingsFor(found.document.uri).outlineMaxItems;
    return documents.once(found, `documentSymbol ${max}`, () => symbols(found.parsed, max).map((symbol) => toDocumentSymbol(found.document, symbol)));
  }

  function foldingRanges(found: ParsedDocument): FoldingRange[] {
    const max = Math.min(settingsFor(found.document.uri).outlineMaxItems, foldingRangeLimit);
    return documents.once(found, `foldingRange ${max}`, () =>
      folding(found.parsed, max)
        .map((span) => ({ startLine: found.document.positionAt(span.start).line, endLine: found.document.positionAt(span.end).line }))
        .filter((range) => range.endLine > range.startLine),
    );
  }

  function* hovers(found: ParsedDocument, params: HoverParams): Generator<void, Hover | null> {
    const result = yield* hoverInSlices(found.parsed, found.document.offsetAt(params.position), {
      ...settingsFor(found.document.uri),
      today: Date.now(),
      locale,
    });
    if (!result) return null;
    return { contents: { kind: 'markdown', value: result.contents }, range: toRange(found.document, result.span) };
  }

  function completion(found: ParsedDocument, params: CompletionParams): CompletionItem[] {
    const offset = found.document.offsetAt(params.position);
    return completions(found.parsed, offset).map((item) => toCompletionItem(found.document, offset, item));
  }

  function* codeActions(found: ParsedDocument, params: CodeActionParams): Generator<SliceStep, CodeAction[]> {
    const ours = params.context.diagnostics.filter((d) => d.source === diagnosticSource);
    // The fixes write beside the dump: the host lists that folder first (the browser build asks the client).
    if (found.parsed.language !== 'inf' && ours.some((d) => d.data)) yield host.prepare([folderOf(params.textDocument.uri)]);
    if (found.parsed.language === 'inf') {
      const dumps = documents.parsedOnes().map((d) => d.parsed);
      return ours.flatMap((diagnostic) =>
        infFixes(found.parsed, toProblem(found.document, diagnostic), dumps).map((fix) => ({
          title: t(fix.title),
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
    const title = t(diagnostic.code === 'keyspec.consumer' ? 'Generate KeyProv.inf (KeySpec=1)' : 'Generate the key repair');
    // A store the dump does not settle is asked for, as for the KeySpec repair (never guessed).
    const ask = keyRepairQuestion(diagnostic.data);
    if (ask) {
      const asking =
        diagnostic.code === 'keyspec.consumer'
          ? t(`Choose the store, then generate KeyProv.inf (KeySpec=1) for serial ${ask.serial}`)
          : t(`Choose the store, then generate the key repair for serial ${ask.serial}`);
      const args = [dumpUri, ask.serial, t(ask.question), ask.store, diagnostic.data];
      return {
        title: asking,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: asking, command: clientCommands.repairWithStoreChoice, arguments: args },
      };
    }
    const plan = keyRepair(dumpUri, diagnostic.data, host);
    if (plan.kind === 'refused') return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: t(plan.reason) } };
    if (plan.kind === 'untitled')
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: clientCommands.openUntitledInf, arguments: [plan.texts[0]] },
      };
    const file = plan.files[0];
    if (file.alreadyWritten) return showExisting(file.uri, file.fileName, diagnostic);
    return {
      title: t(`Generate ${file.fileName}`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: toCreateEdit(plan.files),
      command: { title: t('Show the generated file'), command: clientCommands.showGeneratedFile, arguments: [file.uri] },
    };
  }

  /** A quick fix whose file is in the folder already, with the very text it would write. */
  function showExisting(uri: string, fileName: string, diagnostic: Diagnostic): CodeAction {
    const title = t(`Show ${fileName} (already written)`);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title, command: clientCommands.showGeneratedFile, arguments: [uri] },
    };
  }

  function* inlayHintsOf(found: ParsedDocument, params: InlayHintParams): Generator<void, InlayHint[]> {
    const range = { start: found.document.offsetAt(params.range.start), end: found.document.offsetAt(params.range.end) };
    const hints = yield* inlayHintsInSlices(found.parsed, Date.now(), range);
    return hints.map((hint) => toInlayHint(found.document, { ...hint, label: t(hint.label) }));
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
      return { title: t('Generate KeyProv.inf (KeySpec=0)'), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: t(reason) } };
    }
    const target = data;
    const title = t(`Generate KeyProv.inf for serial ${String(target.serial)} (KeySpec=0)`);
    if (needsStoreChoice(target)) {
      const ask = t(`Choose the store, then generate KeyProv.inf for serial ${target.serial} (KeySpec=0)`);
      const args = [dumpUri, target.serial, t(target.storeEvidence?.question ?? ''), target.store];
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
    if (plan.kind === 'refused') return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: t(plan.reason) } };
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
    // The same KeyProv.inf is beside the dump already: show it, never a second copy.
    if (file.alreadyWritten) return showExisting(file.uri, file.fileName, diagnostic);
    return {
      title: t(`Generate ${file.fileName} (KeySpec=0)`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: toCreateEdit(plan.files),
      command: { title: t('Show the generated file'), command: clientCommands.showGeneratedFile, arguments: [file.uri] },
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
      command: {
        title: t('Generate repair INF (KeySpec=0)'),
        command: contributedCommands.generateRepairInf,
        arguments: [params.textDocument.uri, lens.serial],
      },
    }));
    // An empty command id makes the lens a label: the summary is to read, the fixes are on each line.
    const summary = yield* dumpSummaryInSlices(found.parsed, { ...settingsFor(found.document.uri), today: Date.now() });
    if (summary)
      lenses.unshift({
        range: toRange(found.document, summary.at),
        command: { title: t(`CA key health: ${summary.text.split(', ').map(t).join(', ')}`), command: '' },
      });
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

  function* repairEdit(found: ParsedDocument, params: RepairEditParams): Generator<SliceStep, RepairEditResult> {
    yield* repairCandidatesInSlices(found.parsed);
    const request = {
      scripts: params.scripts === true,
      ...(params.serials ? { serials: params.serials } : {}),
      ...(params.folder !== undefined ? { folder: params.folder } : {}),
      ...(params.storeChoice ? { storeChoice: params.storeChoice } : {}),
    };
    yield host.prepare([params.folder ?? folderOf(params.uri)]);
    const plan = repairPlan(found.parsed, params.uri, request, host);
    if (plan.kind === 'refused') return { ok: false, reason: t(plan.reason), ...(plan.askStore ? { askStore: plan.askStore } : {}) };
    if (plan.kind === 'untitled') return { ok: true, untitled: plan.texts };
    return {
      ok: true,
      edit: toCreateEdit(plan.files),
      files: plan.files.map((f) => ({
        uri: f.uri,
        fileName: f.fileName,
        ...(f.command ? { command: f.command } : {}),
        ...(f.alreadyWritten ? { alreadyWritten: f.alreadyWritten } : {}),
        ...(f.note ? { note: t(f.note) } : {}),
      })),
    };
  }

  /** A key-binding repair with the admin's store choice: the host lists the dump's folder first (the browser build asks the client). */
  function* keyRepairEdit(_found: ParsedDocument, params: KeyRepairEditParams): Generator<SliceStep, RepairEditResult> {
    yield host.prepare([folderOf(params.uri)]);
    const plan = keyRepair(params.uri, params.repair, host, params.storeChoice);
    if (plan.kind === 'refused') return { ok: false, reason: t(plan.reason) };
    if (plan.kind === 'untitled') return { ok: true, untitled: plan.texts };
    return { ok: true, edit: toCreateEdit(plan.files), files: plan.files.map((f) => ({ uri: f.uri, fileName: f.fileName })) };
  }

  /** The status bar's line: the same summary as the code lens on the store header, in the client's language. */
  function* healthSummaryOf(found: ParsedDocument): Generator<SliceStep, HealthSummaryResult | null> {
    const summary = yield* dumpSummaryInSlices(found.parsed, { ...settingsFor(found.document.uri), today: Date.now() });
    return summary ? { text: summary.text.split(', ').map(t).join(', '), count: summary.count, keySpecRepairs: summary.keySpecRepairs } : null;
  }

  function* healthReportOf(found: ParsedDocument, params: HealthReportParams): Generator<void, { html: string } | null> {
    const html = yield* healthReportInSlices(found.parsed, { ...settingsFor(found.document.uri), today: Date.now(), locale }, params.nonce);
    return html === undefined ? null : { html };
  }

  /** Both parses in slices: comparing a dump still being parsed never holds up other documents. */
  async function compareDumps(params: CompareParams): Promise<CompareResult | null> {
    const before = await documents.getInSlices(params.beforeUri, 'compare');
    const after = await documents.getInSlices(params.afterUri, 'compare');
    if (!before || !after || typeof before === 'string' || typeof after === 'string') return null;
    const result = compare(before.parsed, after.parsed, fileNameOf(params.beforeUri), fileNameOf(params.afterUri), locale);
    if (!result) return null;
    diagnostics.compared(params.afterUri, params.beforeUri, result.baseline);
    return { markdown: result.markdown, allCaFixed: result.allCaFixed };
  }

  // Refusals go back to the client as errors with the reason, so any LSP client can show why nothing was written.
  async function executeCommand(params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
    try {
      if (params.command !== serverCommands.repairFiles) return new ResponseError(ErrorCodes.InvalidParams, t(`Unknown command ${params.command}`));
      const [dumpUri, folderUri] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof dumpUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, t(`${serverCommands.repairFiles} takes the dump's URI`));
      if (folderUri !== undefined && typeof folderUri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, t('The folder must be a URI string.'));
      const found = await documents.getInSlices(dumpUri, 'executeCommand', () => token.isCancellationRequested);
      if (found === 'cancelled') return new ResponseError(LSPErrorCodes.RequestCancelled, 'executeCommand was cancelled');
      if (found === 'superseded') return new ResponseError(LSPErrorCodes.ContentModified, t('The dump changed while the repair files were planned.'));
      if (!found) return new ResponseError(ErrorCodes.InvalidParams, t(`${dumpUri} is not an open certutil dump`));
      const superseded = (): boolean => documents.documents.get(dumpUri)?.version !== found.document.version;
      const prepared = await drive(repairCandidatesInSlices(found.parsed), () => token.isCancellationRequested || superseded());
      if (!prepared.done && token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'executeCommand was cancelled');
      if (!prepared.done) return new ResponseError(LSPErrorCodes.ContentModified, t('The dump changed while the repair files were planned.'));
      await host.prepare([folderUri ?? folderOf(dumpUri)]);
      const plan = repairPlan(found.parsed, dumpUri, { scripts: true, ...(folderUri !== undefined ? { folder: folderUri } : {}) }, host);
      if (plan.kind === 'refused') return new ResponseError(LSPErrorCodes.RequestFailed, t(plan.reason));
      if (plan.kind === 'untitled')
        return new ResponseError(
          LSPErrorCodes.RequestFailed,
          t('The dump is outside the workspace: pass the folder to write the repair files to as the second argument.'),
        );
      return toCreateEdit(plan.files);
    } catch (error) {
      connection.console.error(`certutil: executeCommand failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, t('The server could not generate the repair files; see the Certutil output channel.'));
    }
  }

  connection.onInitialize(initialize);
  connection.onInitialized(initialized);
  connection.onDidChangeConfiguration(() => void refreshSettings());
  // The client watches the config files (common/configFile.ts configFileGlob) and says when one changes.
  connection.onDidChangeWatchedFiles((e) => {
    if (!e.changes.some((change) => isConfigFileUri(change.uri))) return;
    configFiles.forget();
    settingsByConfigFile.clear();
    reportedConfigFiles.clear();
    settingsGeneration++;
    for (const document of documents.documents.all()) diagnostics.schedule(document.uri);
  });
  documents.documents.onDidOpen((e) => diagnostics.schedule(e.document.uri));
  documents.documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri, true));
  documents.documents.onDidClose((e) => {
    // The registry view beside a dump closed (or the dump): the other one's comparison goes with it.
    const closing = documents.parsedNow().find((d) => d.uri === e.document.uri)?.parsed;
    documents.forget(e.document.uri);
    diagnostics.closed(e.document.uri);
    diagnostics.scheduleBeside(e.document.uri, closing);
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
  /** The two fallbacks in the admin's language: they are made before initialize names it. */
  const inLocale =
    <P>(handler: (params: P, token: CancellationToken) => Promise<RepairEditResult | ResponseError>) =>
    async (params: P, token: CancellationToken): Promise<RepairEditResult | ResponseError> => {
      const result = await handler(params, token);
      return result === notOpen || result === failed ? { ok: false, reason: t(result.reason) } : result;
    };
  connection.onRequest(repairEditRequest, inLocale(onDocument('repairEdit', notOpen, byUri, repairEdit, failed)));
  connection.onRequest(compareRequest, (params: CompareParams) =>
    compareDumps(params).catch((error: unknown) => {
      connection.console.error(`certutil: compare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }),
  );
  connection.onRequest(keyRepairEditRequest, inLocale(onDocument('keyRepairEdit', notOpen, byUri, keyRepairEdit, failed)));
  connection.onRequest(healthSummaryRequest, onDocument('healthSummary', null, byUri, healthSummaryOf));
  connection.onRequest(healthReportRequest, onDocument('healthReport', null, byUri, healthReportOf));
  connection.onExecuteCommand(executeCommand);
  documents.documents.listen(connection);
  connection.listen();
}

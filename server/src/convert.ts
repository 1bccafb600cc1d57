/**
 * Conversions between the service's offsets and shapes and the protocol's positions and types.
 * Positions are computed here, at the edge, and nowhere else.
 */

import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  SymbolKind,
  type CompletionItem,
  type CreateFile,
  type Diagnostic,
  type DocumentSymbol,
  type InlayHint,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  localizeProblem,
  ruleDocsUrl,
  type InfCompletionItem,
  type OutlineSymbol,
  type Problem,
  type ServerLocale,
  type Severity,
  type Span,
  type SymbolKindName,
} from './service/languageService';

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const symbolKindMap: Record<SymbolKindName, SymbolKind> = {
  certificate: SymbolKind.Class,
  keyProvider: SymbolKind.Key,
  property: SymbolKind.Property,
  extension: SymbolKind.Field,
  section: SymbolKind.Namespace,
  entry: SymbolKind.Property,
  store: SymbolKind.Package,
};

const completionKindMap: Record<InfCompletionItem['kind'], CompletionItemKind> = {
  section: CompletionItemKind.Module,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  property: CompletionItemKind.Field,
  pair: CompletionItemKind.Property,
  provider: CompletionItemKind.Class,
};

/** The source every diagnostic of this server carries. */
export const diagnosticSource = 'certutil';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A problem as an LSP diagnostic, its texts in `locale` (the code, range and data are the same in every language). */
export function toDiagnostic(document: TextDocument, problem: Problem, locale: ServerLocale = 'en'): Diagnostic {
  const text = localizeProblem(problem, locale);
  const diagnostic: Diagnostic = {
    range: toRange(document, problem),
    severity: severityMap[problem.severity],
    code: problem.code,
    source: diagnosticSource,
    message: text.message,
  };
  const docs = ruleDocsUrl(problem.code);
  if (docs) diagnostic.codeDescription = { href: docs };
  if (text.related) {
    diagnostic.relatedInformation = text.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r) }, message: r.message }));
  }
  if (problem.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (problem.data !== undefined) diagnostic.data = problem.data;
  return diagnostic;
}

/** A diagnostic back from the client as the service's problem: a quick fix reads its code and data, never its message. */
export function toProblem(document: TextDocument, diagnostic: Diagnostic): Problem {
  return {
    code: diagnostic.code as Problem['code'],
    start: document.offsetAt(diagnostic.range.start),
    end: document.offsetAt(diagnostic.range.end),
    severity: 'error',
    message: diagnostic.message,
    data: diagnostic.data,
  };
}

export function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || '(unnamed)',
    detail: symbol.detail,
    kind: symbolKindMap[symbol.kind],
    range: toRange(document, symbol),
    selectionRange: toRange(document, symbol.selection),
    children: symbol.children.map((child) => toDocumentSymbol(document, child)),
  };
}

export function toCompletionItem(document: TextDocument, offset: number, item: InfCompletionItem): CompletionItem {
  const completion: CompletionItem = {
    label: item.label,
    kind: completionKindMap[item.kind],
    // Provider names hold spaces: replace the span the service names, not the editor's word.
    textEdit: { range: toRange(document, item.replace ?? { start: offset, end: offset }), newText: item.insertText ?? item.label },
  };
  if (item.detail) completion.detail = item.detail;
  if (item.documentation) completion.documentation = { kind: 'markdown', value: item.documentation };
  if (item.filterText) completion.filterText = item.filterText;
  if (item.sortText) completion.sortText = item.sortText;
  return completion;
}

/**
 * Creates a new file with `text`. `overwrite: false` with `ignoreIfExists: false` makes the client fail the
 * whole edit rather than touch a file that already exists.
 */
export function createFileEdits(uri: string, text: string): [CreateFile, TextDocumentEdit] {
  return [
    { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
    { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
  ];
}

/** The files of a repair plan as one WorkspaceEdit of create-only files; a file already written as it is is left out. */
export function toCreateEdit(files: readonly { uri: string; text: string; alreadyWritten?: true }[]): WorkspaceEdit {
  return { documentChanges: files.filter((file) => !file.alreadyWritten).flatMap((file) => createFileEdits(file.uri, file.text)) };
}

/** An inlay hint after a date ("expires in 43 days"), padded off the text it follows. */
export function toInlayHint(document: TextDocument, hint: { offset: number; label: string }): InlayHint {
  return { position: document.positionAt(hint.offset), label: hint.label, paddingLeft: true };
}

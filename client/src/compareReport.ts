/**
 * The comparison report as a read-only virtual document (its own scheme), shown in the Markdown preview:
 * it is never dirty, so closing it asks nothing, and it is saved to a file only when the admin asks.
 */

import * as vscode from 'vscode';
import { contextKeys } from '../../common/commandIds';

/** The scheme of comparison reports. */
export const comparisonScheme = 'certutil-comparison';

export class ComparisonReports implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The report shown last: what "Save Comparison Report As..." saves. */
  private last: vscode.Uri | undefined;

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(comparisonScheme, this), this.changed);
  }

  /** Holds a report for `earlier` → `later` and returns its URI; comparing the same two dumps again replaces it. */
  add(earlier: vscode.Uri, later: vscode.Uri, markdown: string): vscode.Uri {
    // The path is the tab's title; the query keeps two pairs of dumps with the same names apart.
    const uri = vscode.Uri.from({
      scheme: comparisonScheme,
      path: `/${baseName(earlier)} → ${baseName(later)}.md`,
      query: new URLSearchParams({ before: earlier.toString(), after: later.toString() }).toString(),
    });
    const replaced = this.reports.has(uri.toString());
    this.reports.set(uri.toString(), markdown);
    if (replaced) this.changed.fire(uri);
    this.last = uri;
    void vscode.commands.executeCommand('setContext', contextKeys.hasComparisonReport, true);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '# This comparison is no longer available\n\nCompare the two dumps again.\n';
  }

  /** The report to save: the one whose preview or text is active, else the one shown last. */
  current(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === comparisonScheme) return active;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    const label = tab?.label;
    const fromTab = label ? [...this.reports.keys()].map((key) => vscode.Uri.parse(key)).find((uri) => label.endsWith(baseName(uri))) : undefined;
    return fromTab ?? this.last;
  }

  /** The markdown of a report, or undefined when it is not held (any more). */
  text(uri: vscode.Uri): string | undefined {
    return this.reports.get(uri.toString());
  }

  /** The later dump of a report, from its URI: where its saved copy is proposed. */
  laterDump(uri: vscode.Uri): vscode.Uri | undefined {
    const after = new URLSearchParams(uri.query).get('after');
    return after ? vscode.Uri.parse(after) : undefined;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

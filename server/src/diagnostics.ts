/**
 * When diagnostics are computed and published: a short debounce per document, a cap on how long a burst
 * may delay them, and never a stale version published over a newer one.
 */

import type { Connection } from 'vscode-languageserver/node';
import { toDiagnostic } from './convert';
import type { ParseCache } from './parseCache';
import { diagnose, type Baseline, type CheckOptions } from './service/languageService';

/** Diagnostics wait this long after the last change, so a burst of changes (a paste, an undo group) is checked once, */
const DIAGNOSTICS_DELAY_MS = 10;
/** but never longer than this after the first change of the burst: keystroke to fresh diagnostics has a 30 ms budget. */
const DIAGNOSTICS_MAX_DELAY_MS = 20;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When the pending validation of each document must run at the latest. */
  private readonly deadlines = new Map<string, number>();
  /** Later dumps compared with an earlier one: their comparison problems are published with the rest. */
  readonly baselines = new Map<string, Baseline>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: ParseCache,
    private readonly settings: () => CheckOptions,
  ) {}

  /** Checks the document soon: at once for an open, after a short pause for an edit. */
  schedule(uri: string, afterEdit = false): void {
    const now = Date.now();
    const delay = afterEdit ? DIAGNOSTICS_DELAY_MS : 0;
    const deadline = this.timers.has(uri) ? (this.deadlines.get(uri) ?? now) : now + DIAGNOSTICS_MAX_DELAY_MS;
    clearTimeout(this.timers.get(uri));
    this.deadlines.set(uri, deadline);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.deadlines.delete(uri);
        this.publish(uri);
      }, Math.max(0, Math.min(delay, deadline - now))),
    );
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.deadlines.delete(uri);
    this.baselines.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private publish(uri: string): void {
    try {
      const found = this.documents.get(uri);
      if (!found) return;
      // The service has no clock: today comes from here, for the validity checks.
      const diagnostics = diagnose(found.parsed, { ...this.settings(), today: Date.now() }, this.baselines.get(uri)).map((p) => toDiagnostic(found.document, p));
      // A newer version may have arrived while this one was checked: never publish stale results over it.
      if (this.documents.documents.get(uri)?.version !== found.document.version) return;
      void this.connection.sendDiagnostics({ uri, version: found.document.version, diagnostics });
    } catch (error) {
      this.connection.console.error(`certutil: diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

/**
 * When diagnostics are computed and published: a short debounce per document, a cap on how long a burst
 * may delay them, and never a stale version published over a newer one.
 */

import type { Connection } from 'vscode-languageserver/node';
import { toDiagnostic } from './convert';
import { drive, pause, type ErrorLog, type ParseCache } from './parseCache';
import { diagnoseInSlices, type Baseline, type CheckOptions, type InternalError } from './service/languageService';

/** Diagnostics wait this long after the last change, so a burst of changes (a paste, an undo group) is checked once, */
const DIAGNOSTICS_DELAY_MS = 10;
/** but never longer than this after the first change of the burst: keystroke to fresh diagnostics has a 30 ms budget. */
const DIAGNOSTICS_MAX_DELAY_MS = 20;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When the pending validation of each document must run at the latest. */
  private readonly deadlines = new Map<string, number>();
  /** Later dumps compared with an earlier one: their comparison problems are published with the rest. */
  private readonly baselines = new Map<string, { beforeUri: string; baseline: Baseline }>();
  /** The publication under way per document: a request that must wait for it (see `flush`) awaits this. */
  private readonly publishing = new Map<string, Promise<void>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: ParseCache,
    private readonly settings: () => CheckOptions,
    private readonly log: ErrorLog = () => {},
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
      setTimeout(() => void this.publishNow(uri), Math.max(0, Math.min(delay, deadline - now))),
    );
  }

  /**
   * Diagnostics first (issue 18 part 3): the document's pending diagnostics are computed and published now, and
   * the promise resolves once they are out. A request on the document awaits this before it is answered, so the
   * outline, folding and lens requests VS Code sends after every edit never delay the Problems of that edit.
   */
  async flush(uri: string): Promise<void> {
    const pending = this.timers.has(uri) ? this.publishNow(uri) : this.publishing.get(uri);
    if (!pending) return;
    await pending;
    // The connection writes the notification in a later turn: let it, before the caller's answer is computed.
    await pause();
  }

  private publishNow(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.deadlines.delete(uri);
    const done = this.publish(uri).finally(() => {
      if (this.publishing.get(uri) === done) this.publishing.delete(uri);
    });
    this.publishing.set(uri, done);
    return done;
  }

  /** Publishes the comparison of `afterUri` with `beforeUri` on the later dump, until either of them closes. */
  compared(afterUri: string, beforeUri: string, baseline: Baseline): void {
    this.baselines.set(afterUri, { beforeUri, baseline });
    this.schedule(afterUri);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.deadlines.delete(uri);
    this.baselines.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    // The earlier dump closed: the later one's comparison problems go with it.
    for (const [afterUri, { beforeUri }] of [...this.baselines]) {
      if (beforeUri !== uri) continue;
      this.baselines.delete(afterUri);
      this.schedule(afterUri);
    }
  }

  /**
   * Parses and checks in slices, the event loop turning in between; a version superseded (or closed) before
   * its diagnostics are done is dropped there, not computed to the end.
   */
  private async publish(uri: string): Promise<void> {
    try {
      // The service has no clock: today comes from here, for the validity checks.
      const version = this.documents.documents.get(uri)?.version;
      const superseded = (): boolean => this.documents.documents.get(uri)?.version !== version;
      const found = await this.documents.getInSlices(uri, 'diagnostics', superseded);
      if (!found || typeof found === 'string') return;
      const errors: InternalError[] = [];
      const steps = diagnoseInSlices(found.parsed, { ...this.settings(), today: Date.now(), keepFindings: true }, this.baselines.get(uri)?.baseline, errors);
      const checked = await drive(steps, superseded);
      if (!checked.done) return;
      if (errors.length > 0) this.log(errors, `${uri} version ${found.document.version}`, 'diagnostics');
      const diagnostics = checked.value.map((p) => toDiagnostic(found.document, p));
      // A newer version may have arrived while this one was checked: never publish stale results over it.
      if (this.documents.documents.get(uri)?.version !== found.document.version) return;
      void this.connection.sendDiagnostics({ uri, version: found.document.version, diagnostics });
    } catch (error) {
      this.connection.console.error(`certutil: diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

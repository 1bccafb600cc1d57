/**
 * When diagnostics are computed and published: a short debounce per document, a cap on how long a burst
 * may delay them, and never a stale version published over a newer one.
 */

import type { Connection } from 'vscode-languageserver';
import { toDiagnostic } from './convert';
import { drive, pause, type ErrorLog, type ParseCache } from './parseCache';
import {
  besideDocuments,
  besideToRecheck,
  diagnoseInSlices,
  type Baseline,
  type CheckOptions,
  type InternalError,
  type Parsed,
  type ServerLocale,
} from './service/languageService';

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
  /** The version of each document whose neighbours were last asked to re-check against it. */
  private readonly besideChecked = new Map<string, number>();
  /** The publication under way per document: a request that must wait for it (see `flush`) awaits this. */
  private readonly publishing = new Map<string, Promise<void>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: ParseCache,
    private readonly settings: (uri: string) => CheckOptions,
    private readonly log: ErrorLog = () => {},
    /** The language of the messages, from the client's initialisation. */
    private readonly locale: () => ServerLocale = () => 'en',
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
   * Re-checks the open dumps beside `uri` that compare with it: a `certutil -getreg ca\\csp` view open as a document
   * of its own and the dump in the same folder report where they disagree. `parsed`: its parse (just checked, or before it closed).
   */
  scheduleBeside(uri: string, parsed?: Parsed): void {
    const own = parsed ?? this.documents.parsedNow().find((d) => d.uri === uri)?.parsed;
    for (const other of besideToRecheck(uri, own, this.documents.parsedNow())) this.schedule(other, true);
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
    this.besideChecked.delete(uri);
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
      // Only parses that are done: a document beside it that is still parsed re-checks this one when it is (below).
      const beside = besideDocuments(uri, found.parsed, this.documents.parsedNow());
      const steps = diagnoseInSlices(
        found.parsed,
        { ...this.settings(uri), today: Date.now(), keepFindings: true },
        this.baselines.get(uri)?.baseline,
        errors,
        beside,
      );
      const checked = await drive(steps, superseded);
      if (!checked.done) return;
      if (errors.length > 0) this.log(errors, `${uri} version ${found.document.version}`, 'diagnostics');
      const diagnostics = checked.value.map((p) => toDiagnostic(found.document, p, this.locale()));
      // A newer version may have arrived while this one was checked: never publish stale results over it.
      if (this.documents.documents.get(uri)?.version !== found.document.version) return;
      void this.connection.sendDiagnostics({ uri, version: found.document.version, diagnostics });
      // Once per version (never again for a re-check it caused, so two documents never re-check each other forever).
      if (this.besideChecked.get(uri) !== found.document.version) {
        this.besideChecked.set(uri, found.document.version);
        this.scheduleBeside(uri, found.parsed);
      }
    } catch (error) {
      this.connection.console.error(`certutil: diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

/**
 * The progress line on stderr: only when stderr is a terminal, and only once the scan has run for a second
 * (a quick scan stays quiet). Files done / total and MB/s, redrawn at most ten times a second.
 */

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;
const WIDTH = 24;

export class Progress {
  private done = 0;
  private bytes = 0;
  private drawnAt = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = process.stderr.isTTY === true,
  ) {}

  fileDone(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || (now - this.drawnAt < REDRAW_MS && this.done < this.total)) return;
    this.drawnAt = now;
    this.shown = true;
    const filled = Math.round((this.done / this.total) * WIDTH);
    const rate = this.bytes / 1024 / 1024 / ((now - this.started) / 1000);
    this.stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${this.done}/${this.total} files, ${rate.toFixed(1)} MB/s`);
  }

  /** Clears the line before the report is printed. */
  end(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
  }
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal; on anything else (CI logs), a plain line at every tenth
 * of the files (from ten files on), so a log shows the run is alive without thousands of lines.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private lastTenth = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled || this.total === 0) return;
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round((this.done / this.total) * width);
      this.stream.write(`\r\u001B[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} files ${this.elapsed()}`);
      this.drawn = true;
    } else if (this.total >= 10) {
      const tenth = Math.floor((this.done * 10) / this.total);
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth;
        this.stream.write(`memory-codemod: ${this.done}/${this.total} files (${Math.floor((this.done * 100) / this.total)}%), ${this.elapsed()}\n`);
      }
    }
  }

  /** Clears the bar before other output, so lines do not mix with it; it is drawn again at the next tick. */
  clear(): void {
    if (this.drawn && this.stream.isTTY) this.stream.write('\r\u001B[K');
    this.drawn = false;
  }

  private elapsed(): string {
    const seconds = Math.round((Date.now() - this.started) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }
}

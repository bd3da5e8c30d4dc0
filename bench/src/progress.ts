/**
 * A progress bar on stderr. On a terminal it redraws one line; elsewhere (CI, a log
 * file) it prints a line at every tenth of the way, so logs stay short.
 */
export class ProgressBar {
  private done = 0;
  private lastDecile = -1;
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly width = 30,
  ) {}

  tick(n: number, detail = ""): void {
    this.done = Math.min(this.total, this.done + n);
    this.render(detail);
  }

  finish(detail = ""): void {
    this.done = this.total;
    this.render(detail, true);
    if (this.tty) process.stderr.write("\n");
  }

  /** The bar as text, e.g. `[#######-------]  50%`. */
  static bar(fraction: number, width: number): string {
    const f = Math.max(0, Math.min(1, fraction));
    const full = Math.round(f * width);
    return `[${"#".repeat(full)}${"-".repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
  }

  private render(detail: string, final = false): void {
    const fraction = this.total ? this.done / this.total : 1;
    const line = `${this.label} ${ProgressBar.bar(fraction, this.width)} ${this.done.toLocaleString("en")}/${this.total.toLocaleString("en")} ${detail}`.trimEnd();
    if (this.tty) {
      process.stderr.write(`\r${line}${final ? ` (${((Date.now() - this.started) / 1000).toFixed(1)} s)` : ""}\x1b[K`);
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== this.lastDecile || final) {
      this.lastDecile = decile;
      process.stderr.write(`${line}${final ? ` (${((Date.now() - this.started) / 1000).toFixed(1)} s)` : ""}\n`);
    }
  }
}

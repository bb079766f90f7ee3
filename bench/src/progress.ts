/** A one-line progress bar on a terminal; plain lines every 10 % otherwise (CI logs). */
export class ProgressBar {
  private readonly tty = Boolean(process.stderr.isTTY);
  private lastDecile = -1;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number, note = ''): void {
    const fraction = this.total ? Math.min(1, done / this.total) : 1;
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = fraction > 0.02 ? elapsed / fraction - elapsed : NaN;
    const tail = `${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${this.total} ${elapsed.toFixed(0)}s${Number.isFinite(eta) ? ` eta ${eta.toFixed(0)}s` : ''} ${note}`;
    if (this.tty) {
      const width = 30;
      const full = Math.round(fraction * width);
      process.stderr.write(`\r  ${this.label} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${tail}\x1b[K`);
    } else {
      const decile = Math.floor(fraction * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        process.stderr.write(`  ${this.label} ${tail}\n`);
      }
    }
  }

  done(note = ''): void {
    this.update(this.total, note);
    if (this.tty) process.stderr.write('\n');
  }
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

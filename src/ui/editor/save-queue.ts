/**
 * Saves the editor's text after a pause in typing, one save at a time. The
 * pause counts as saving (the status bar says "Saving…" from the first key),
 * so nobody leaves, reloads or trusts "Saved" while an edit is still waiting.
 */
export class SaveQueue {
  private dirty = false;
  private due = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wake: (() => void) | null = null;
  private cycle: Promise<void> | null = null;

  constructor(
    private readonly delayMs: number,
    /** Runs the whole cycle as one save of the app (status, announcement, errors); false when it failed. */
    private readonly asSave: (work: () => Promise<void>) => Promise<boolean>,
    /** Sends what is to be saved now. */
    private readonly saveNow: () => Promise<void>,
  ) {}

  /** Something changed: save after the pause. */
  touch(): void {
    this.dirty = true;
    this.due = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wakeUp(), this.delayMs);
    this.cycle ??= this.loop();
  }

  get pending(): boolean {
    return this.dirty || this.cycle !== null;
  }

  /** Saves what waits now, and resolves when every save has finished. */
  async flush(): Promise<void> {
    if (this.dirty) this.cycle ??= this.loop();
    this.wakeUp();
    while (this.cycle) await this.cycle;
  }

  private wakeUp(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private quiet(): Promise<void> {
    if (this.due) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }

  private async loop(): Promise<void> {
    const ok = await this.asSave(async () => {
      while (this.dirty) {
        await this.quiet();
        this.due = false;
        if (!this.dirty) break;
        this.dirty = false;
        await this.saveNow();
      }
    });
    // A failed save keeps the edit: the next change (or flush) tries again.
    if (!ok) this.dirty = true;
    this.cycle = null;
  }
}

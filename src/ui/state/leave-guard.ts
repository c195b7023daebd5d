/**
 * Writes what waits before the page goes away. Saves are debounced (typing,
 * scrolling and j/k come in bursts), so a tab closed, reloaded or hidden right
 * after a change would otherwise forget it. Each debounced writer registers
 * here; when the page is hidden or left, every one of them sends what it holds
 * at once (small requests go out with `keepalive`, so they outlive the page).
 * Only what cannot outlive the page (a large text edit) makes the browser ask
 * before leaving.
 */
export interface PendingWriter {
  /** Sends what waits now. */
  flush(): unknown;
  /** True while something would be lost if the page went away now (sent or not). */
  atRisk?(): boolean;
}

export class LeaveGuard {
  private readonly writers = new Set<PendingWriter>();

  register(writer: PendingWriter): () => void {
    this.writers.add(writer);
    return () => this.writers.delete(writer);
  }

  flushAll(): void {
    for (const w of this.writers) void w.flush();
  }

  /** Listens to the page's lifecycle; returns the function that stops listening. */
  install(win: Window): () => void {
    const onHidden = () => {
      if (win.document.visibilityState === 'hidden') this.flushAll();
    };
    const onLeave = () => this.flushAll();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      this.flushAll();
      if ([...this.writers].some((w) => w.atRisk?.())) e.preventDefault();
    };
    win.document.addEventListener('visibilitychange', onHidden);
    win.addEventListener('pagehide', onLeave);
    win.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      win.document.removeEventListener('visibilitychange', onHidden);
      win.removeEventListener('pagehide', onLeave);
      win.removeEventListener('beforeunload', onBeforeUnload);
    };
  }
}
